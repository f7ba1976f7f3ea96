package pi

import (
	"math/big"
	"math/rand"
	"testing"
)

// The sieve's factors multiply back to n, primes ascending, each prime.
func TestSieveFactors(t *testing.T) {
	const limit = 1 << 20
	s := newSieve(limit)
	rng := rand.New(rand.NewSource(5))
	for range 20000 {
		n := 1 + uint64(rng.Int63n(limit-1))
		prod, last := uint64(1), uint64(0)
		s.factor(n, func(p uint64, e uint32) bool {
			if p <= last || !big.NewInt(int64(p)).ProbablyPrime(0) {
				t.Fatalf("factor(%d): %d after %d, or not prime", n, p, last)
			}
			last = p
			for range e {
				prod *= p
			}
			return true
		})
		if prod != n {
			t.Fatalf("factor(%d) multiplies back to %d", n, prod)
		}
	}
}

// smooth returns the part of |x| made of primes below factorPrimes but 2.
func smooth(x *big.Int) *big.Int {
	g, y, q, r := big.NewInt(1), new(big.Int).Abs(x), new(big.Int), new(big.Int)
	for p := int64(3); p < factorPrimes; p += 2 {
		bp := big.NewInt(p)
		if !bp.ProbablyPrime(0) {
			continue
		}
		for {
			q.QuoRem(y, bp, r)
			if r.Sign() != 0 {
				break
			}
			y.Set(q)
			g.Mul(g, bp)
		}
	}
	return g
}

// blockFactors gives exactly the primes below factorPrimes (2 apart) of
// block's P and Q, at the start of the series and far into it.
func TestBlockFactors(t *testing.T) {
	s := newSieve(6 * 7_100_000)
	for _, r := range [][2]int64{{0, 16}, {1, 9}, {5, 21}, {4096, 4112}, {7_050_000, 7_050_016}} {
		b := block(r[0], r[1])
		fp, fq := s.blockFactors(r[0], r[1])
		if fp.value().Cmp(smooth(b.P)) != 0 || fq.value().Cmp(smooth(b.Q)) != 0 {
			t.Errorf("blockFactors(%d, %d) differ from block's P and Q", r[0], r[1])
		}
	}
}

// With the sieve, split's sums are those without it divided by a common
// factor (P/Q and T/Q unchanged), and much shorter.
func TestSplitCommonFactors(t *testing.T) {
	for _, r := range [][2]int64{{0, 3000}, {1000, 1700}, {5_000_000, 5_000_600}} {
		plain := &chudnovsky{job: newJob(Options{})}
		factored := &chudnovsky{job: newJob(Options{}), sieve: newSieve(6 * uint64(r[1]))}
		a, b := plain.split(r[0], r[1], 1, true), factored.split(r[0], r[1], 1, true)
		cross := func(x, y, u, v *big.Int) bool { // x/y == u/v
			return new(big.Int).Mul(x, v).Cmp(new(big.Int).Mul(u, y)) == 0
		}
		if a.z != b.z || !cross(a.P, a.Q, b.P, b.Q) || !cross(a.T, a.Q, b.T, b.Q) {
			t.Fatalf("terms [%d, %d): the factored sums differ in P/Q or T/Q", r[0], r[1])
		}
		if b.Q.BitLen() > a.Q.BitLen()*9/10 || b.P.BitLen() > a.P.BitLen()*8/10 {
			t.Errorf("terms [%d, %d): Q %d → %d bits, P %d → %d bits: too little removed",
				r[0], r[1], a.Q.BitLen(), b.Q.BitLen(), a.P.BitLen(), b.P.BitLen())
		}
	}
}
