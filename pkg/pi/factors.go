package pi

import (
	"math/big"
	"math/bits"
	"slices"
)

// Common factors of the splitting (chudnovsky.go). P(a,m) of a left range
// and Q(m,b) of the right one share many small primes: the k³ of Q against
// the (6k−5)(2k−1)(6k−1) of P. A node's sums matter only through the ratios
// P/Q and T/Q, and dividing Pl and Qr by a common g divides the node's P, Q
// and T all by g (T = Qr·Tl + Pl·Tr), so it may drop g. Done at every node
// up to factorTerms terms, this leaves the root's Q and T about a third
// shorter and P several times shorter. g comes from factorizations kept
// beside P and Q, built at the leaves from a sieve.

// factorTerms is the largest node whose P and Q keep their factorizations.
const factorTerms = 4096

// factorFrom is the fewest terms for which the common factors are removed:
// below, the bookkeeping costs about what it saves.
const factorFrom = 16384

// factorPrimes bounds the primes kept: a prime shared by Pl and Qr divides
// one of Qr's k, and at the nodes kept most of the common part is in the
// small primes, while most terms have one large prime factor that only
// lengthens the lists.
const factorPrimes = 1 << 12

// primePower is p^e as p<<32 | e, so that powers sort by prime.
type primePower uint64

func pow(p, e uint32) primePower { return primePower(p)<<32 | primePower(e) }

func (x primePower) prime() uint32 { return uint32(x >> 32) }
func (x primePower) exp() uint32   { return uint32(x) }

// factorization is a product of prime powers, primes ascending, each once.
type factorization []primePower

// add appends the odd prime factors of n below factorPrimes to f, each
// exponent times mult.
func (s sieve) add(f factorization, n uint64, mult uint32) factorization {
	s.factor(n, func(p uint64, e uint32) bool {
		if p == 2 {
			return true
		}
		if p >= factorPrimes {
			return false // the rest are larger still
		}
		f = append(f, pow(uint32(p), e*mult))
		return true
	})
	return f
}

// normalize sorts f by prime and adds the exponents of equal primes.
func (f factorization) normalize() factorization {
	slices.Sort(f)
	out := f[:0]
	for _, x := range f {
		if n := len(out); n > 0 && out[n-1].prime() == x.prime() {
			out[n-1] += primePower(x.exp())
		} else {
			out = append(out, x)
		}
	}
	return out
}

// blockFactors returns the factorizations of divisors of |P(a,b)| and of
// Q(a,b)'s odd part, their primes below factorPrimes, as block computes
// them: p(k) = −(6k−5)(2k−1)(6k−1) and
// q(k) = k³·640320³/24 for k ≥ 1, 640320³/24 = 2^15·3^2·5^3·23^3·29^3.
func (s sieve) blockFactors(a, b int64) (fp, fq factorization) {
	a = max(a, 1)
	for k := a; k < b; k++ {
		for _, n := range [...]int64{6*k - 5, 2*k - 1, 6*k - 1} {
			fp = s.add(fp, uint64(n), 1)
		}
		fq = s.add(fq, uint64(k), 3)
	}
	if n := uint32(max(b-a, 0)); n > 0 {
		fq = append(fq, pow(3, 2*n), pow(5, 3*n), pow(23, 3*n), pow(29, 3*n))
	}
	return fp.normalize(), fq.normalize()
}

// times returns the factorization of f·g.
func (f factorization) times(g factorization) factorization {
	out := make(factorization, 0, len(f)+len(g))
	i, j := 0, 0
	for i < len(f) && j < len(g) {
		switch {
		case f[i].prime() < g[j].prime():
			out = append(out, f[i])
			i++
		case f[i].prime() > g[j].prime():
			out = append(out, g[j])
			j++
		default:
			out = append(out, f[i]+primePower(g[j].exp()))
			i++
			j++
		}
	}
	out = append(out, f[i:]...)
	return append(out, g[j:]...)
}

// gcd returns the factorization of gcd(f, g).
func (f factorization) gcd(g factorization) factorization {
	var out factorization
	for i, j := 0, 0; i < len(f) && j < len(g); {
		switch {
		case f[i].prime() < g[j].prime():
			i++
		case f[i].prime() > g[j].prime():
			j++
		default:
			out = append(out, min(f[i], g[j])) // same prime: the lesser power
			i++
			j++
		}
	}
	return out
}

// over returns the factorization of f/g, g a divisor of f.
func (f factorization) over(g factorization) factorization {
	out := make(factorization, 0, len(f))
	j := 0
	for _, x := range f {
		if j < len(g) && g[j].prime() == x.prime() {
			x -= primePower(g[j].exp())
			j++
		}
		if x.exp() > 0 {
			out = append(out, x)
		}
	}
	return out
}

// value returns the product f stands for: word-sized pieces gathered
// first, then multiplied in.
func (f factorization) value() *big.Int {
	z := big.NewInt(1)
	var w big.Int
	acc := uint64(1)
	for _, x := range f {
		p := uint64(x.prime())
		for range x.exp() {
			if hi, lo := bits.Mul64(acc, p); hi == 0 {
				acc = lo
				continue
			}
			z.Mul(z, w.SetUint64(acc))
			acc = p
		}
	}
	return z.Mul(z, w.SetUint64(acc))
}
