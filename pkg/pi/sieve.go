package pi

import "math/bits"

// sieve holds the smallest prime factor of each odd number below its
// limit, 2i+1 at i, 0 for a prime (and 1). The factors fit 16 bits while
// the limit is below 2^32. The spigot (spigot_factor.go) and the splitting
// (factors.go) find common factors with it.
type sieve []uint16

// newSieve returns the sieve of the odd numbers below limit.
func newSieve(limit uint64) sieve {
	s := make(sieve, (limit+1)/2)
	for p := uint64(3); p*p < limit; p += 2 {
		if s[p/2] != 0 {
			continue
		}
		for m := p * p; m < limit; m += 2 * p {
			if s[m/2] == 0 {
				s[m/2] = uint16(p)
			}
		}
	}
	return s
}

// limit returns the number below which s holds the odd numbers.
func (s sieve) limit() uint64 { return 2 * uint64(len(s)) }

// factor calls fn(p, e) for each prime power p^e of n, 0 < n < limit,
// primes ascending, 2 first when n is even; it stops early when fn returns
// false.
func (s sieve) factor(n uint64, fn func(p uint64, e uint32) bool) {
	if z := bits.TrailingZeros64(n); z > 0 {
		n >>= z
		if !fn(2, uint32(z)) {
			return
		}
	}
	for n > 1 {
		p := uint64(s[n/2])
		if p == 0 {
			p = n
		}
		e := uint32(0)
		for n%p == 0 {
			n /= p
			e++
		}
		if !fn(p, e) {
			return
		}
	}
}
