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
	for _, bits := range []int{100, 3000, 50_000, 300_000} {
		x := randomInt(rng, bits)
		p := uint(bits/2 + 1000)
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
