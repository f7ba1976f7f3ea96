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

// recip and invSqrt are within a few units of the exact floor.
func TestNewtonAgainstExact(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	four := big.NewInt(4)
	for _, c := range [][2]int{{100, 1050}, {3000, 2500}, {4100, 4163}, {9000, 9000}, {50_000, 26_000}, {70_001, 66_000}, {300_000, 151_000}} {
		bits, p := c[0], uint(c[1])
		x := randomInt(rng, bits)
		exact := new(big.Int).Lsh(big.NewInt(1), uint(x.BitLen())+p)
		exact.Quo(exact, x)
		diff := new(big.Int).Sub(recip(x, p, never), exact)
		if diff.Abs(diff).Cmp(four) > 0 {
			t.Errorf("recip of %d bits at %d bits: off by %v", bits, p, diff)
		}
	}
	for _, p := range []uint{500, 5000, 100_000} {
		exact := new(big.Int).Lsh(big.NewInt(1), 2*p)
		exact.Quo(exact, big.NewInt(10005))
		exact.Sqrt(exact)
		diff := new(big.Int).Sub(invSqrt(10005, p, never), exact)
		if diff.Abs(diff).Cmp(four) > 0 {
			t.Errorf("invSqrt at %d bits: off by %v", p, diff)
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
