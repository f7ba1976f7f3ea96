package pi

import (
	"math/big"
	"math/rand"
	"testing"
)

// mulSum is math/big's x·y and y·z + u·v for every sign of each operand,
// sums that cancel to a negative, a zero or a small value, operands of
// unequal sizes, at its threshold and below it.
func TestMulSumAgainstMathBig(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	sizes := [][5]int{
		{nttWords, nttWords, nttWords, nttWords, nttWords},
		{2100, 3000, 3500, 1500, 2900},
		{5000, 1400, 1400, 1400, 1400},
		{1500, 1500, 6000, 1500, 1500},
		{nttWords - 1, 3000, 3000, 3000, 3000},
	}
	for _, sz := range sizes {
		var ops [5]*big.Int
		for i, n := range sz {
			ops[i] = wordsOf(rng, n, i%2)
		}
		for signs := range 32 {
			op := func(i int) *big.Int {
				if signs>>i&1 == 1 {
					return new(big.Int).Neg(ops[i])
				}
				return ops[i]
			}
			x, y, z, u, v := op(0), op(1), op(2), op(3), op(4)
			check := func(u, v *big.Int) {
				t.Helper()
				wantXY := new(big.Int).Mul(x, y)
				wantSum := new(big.Int).Add(new(big.Int).Mul(y, z), new(big.Int).Mul(u, v))
				xy, sum := mulSum(x, y, z, u, v, 1+signs%2)
				if xy.Cmp(wantXY) != 0 || sum.Cmp(wantSum) != 0 {
					t.Fatalf("sizes %v, signs %05b: wrong x·y or y·z + u·v", sz, signs)
				}
			}
			check(u, v)
			// Sums of 0, −y and y: every coefficient cancels, or nearly.
			minusY := new(big.Int).Neg(y)
			check(minusY, z)
			check(minusY, new(big.Int).Add(z, big.NewInt(1)))
			check(minusY, new(big.Int).Sub(z, big.NewInt(1)))
		}
	}
}
