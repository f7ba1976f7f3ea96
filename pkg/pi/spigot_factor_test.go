package pi

import (
	"math/big"
	"testing"
)

// The exponents that spigotFactors keeps for q multiply back to the spigot's q.
func TestSpigotFactorsTrackQ(t *testing.T) {
	s := NewSpigot()
	for range 700 {
		s.Next()
	}
	prod := big.NewInt(1)
	for p, e := range s.f.vq {
		if e < 0 {
			t.Fatalf("exponent of %d in q: %d", p, e)
		}
		for ; e > 0; e-- {
			prod.Mul(prod, big.NewInt(int64(p)))
		}
	}
	if prod.Cmp(s.q) != 0 {
		t.Fatalf("q's tracked factorization gives %v, want %v", prod, s.q)
	}
}

// Dividing by the common factor keeps the numbers much shorter than the
// undivided spigot's, whose q after k steps is 10^k·k!·(2k−1)!!.
func TestSpigotCommonFactorShrinksNumbers(t *testing.T) {
	const k = 2000
	s := NewSpigot()
	for range k {
		s.Next()
	}
	full := big.NewInt(1)
	for i := int64(2); i < k+2; i++ {
		full.Mul(full, big.NewInt(10*i*(2*i-1)))
	}
	if got, undivided := s.t.BitLen(), full.BitLen(); got*4 > undivided {
		t.Fatalf("after %d steps t has %d bits, not under a quarter of undivided q's %d", k, got, undivided)
	}
}
