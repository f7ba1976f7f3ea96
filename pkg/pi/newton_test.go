package pi

import (
	"math/big"
	"math/rand"
	"testing"
)

var never = newJob(Options{})

func randomInt(rng *rand.Rand, bits int) *big.Int {
	x := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
	return x.SetBit(x, bits-1, 1)
}

// invSqrt is within a few units of the exact floor, for x from a word to
// 300,000 bits, of odd and even lengths, against p from below to above x's
// length, on one goroutine and two.
func TestInvSqrtAgainstExact(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	four := big.NewInt(4)
	cases := [][2]int{{1, 100}, {14, 3000}, {100, 1050}, {3000, 2500}, {4101, 4163}, {9000, 9000},
		{20_001, 30_000}, {50_000, 26_000}, {70_001, 66_000}, {300_000, 151_000}, {300_001, 320_000}}
	for i, c := range cases {
		bits, p := c[0], uint(c[1])
		x := randomInt(rng, bits)
		y, e := invSqrt(x, p, 1+i%2, never)
		if e%2 != 0 || e < uint(bits) || e > uint(bits)+1 {
			t.Fatalf("%d bits: e = %d", bits, e)
		}
		exact := new(big.Int).Lsh(big.NewInt(1), 2*p+e)
		exact.Quo(exact, x)
		exact.Sqrt(exact)
		diff := new(big.Int).Sub(y, exact)
		if diff.Abs(diff).Cmp(four) > 0 {
			t.Errorf("invSqrt of %d bits at %d bits: off by %v", bits, p, diff)
		}
	}
}

// top keeps at least the bits asked for and at most a word more, and its
// value is x shifted right by the bits it drops, sign kept.
func TestTop(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for range 300 {
		x := randomInt(rng, 1+rng.Intn(3000))
		if rng.Intn(2) == 0 {
			x.Neg(x)
		}
		bits := uint(1 + rng.Intn(3000))
		before := new(big.Int).Set(x)
		got, n := top(x, bits)
		l := uint(x.BitLen())
		if l <= bits && n != l || l > bits && (n < bits || n >= bits+wordBits) {
			t.Fatalf("top(%d bits, %d): %d bits", l, bits, n)
		}
		want := new(big.Int).Rsh(new(big.Int).Abs(x), l-n)
		if x.Sign() < 0 {
			want.Neg(want)
		}
		if got.Cmp(want) != 0 || uint(got.BitLen()) != n || x.Cmp(before) != 0 {
			t.Fatalf("top(%d bits, %d) = %v (%d bits), want %v", l, bits, got, n, want)
		}
	}
}
