package pi

import (
	"math/big"
	"math/rand"
	"testing"
)

// mulParallel's halves add up to math/big's product, whatever the signs,
// sizes and balance of the operands.
func TestMulParallelAgainstMathBig(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, bits := range [][2]int{{100, 100}, {parallelMulWords*wordBits + 1, 64}, {300_000, 300_000}, {400_001, 123_457}, {64, 500_000}} {
		for _, signs := range [][2]int64{{1, 1}, {-1, 1}, {1, -1}, {-1, -1}} {
			x := randomInt(rng, bits[0])
			y := randomInt(rng, bits[1])
			x.Mul(x, big.NewInt(signs[0]))
			y.Mul(y, big.NewInt(signs[1]))
			want := new(big.Int).Mul(x, y)
			for _, workers := range []int{1, 2, 3} {
				if got := mulParallel(x, y, workers); got.Cmp(want) != 0 {
					t.Fatalf("%d×%d bits, signs %v, %d workers: wrong product", bits[0], bits[1], signs, workers)
				}
			}
		}
	}
}
