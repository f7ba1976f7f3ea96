package pi

// The spigot's q, r and t share a common factor that grows with every
// step: q multiplies in 10i(2i−1), t multiplies in u = 3(3i+1)(3i+2), and
// r is a multiple of 10u. Any prime of u that q has collected from earlier
// steps therefore divides all three, and dividing it out changes no digit:
// each digit is a quotient of linear forms in q, r and t, and each update is
// linear in them. spigotFactors keeps q's factorization so that each step can find
// gcd(u, q·10i(2i−1)) without touching the big numbers; dividing by it keeps
// q, r and t about 6.5 times shorter at 10^4 digits than without.

// spigotFactors tracks the prime exponents of the spigot's q.
type spigotFactors struct {
	spf sieve
	vq  []int32 // vq[p]: the exponent of the prime p in q
}

// common returns g = gcd(u, q·a) for step i, with u = 3(3i+1)(3i+2) and
// a = 10i(2i−1), and records that q becomes q·a/g.
func (f *spigotFactors) common(i uint64) uint64 {
	if n := 3*i + 3; n > f.spf.limit() {
		f.spf = newSieve(max(n, 2*f.spf.limit()))
	}
	// q ·= a
	f.add(2, 1)
	f.add(5, 1)
	f.spf.factor(i, f.add)
	f.spf.factor(2*i-1, f.add)
	// g = gcd(u, q); q /= g
	g := uint64(1)
	take := func(p uint64, e uint32) bool {
		if p >= uint64(len(f.vq)) {
			return true
		}
		e = min(e, uint32(f.vq[p]))
		f.vq[p] -= int32(e)
		for ; e > 0; e-- {
			g *= p
		}
		return true
	}
	take(3, 1)
	f.spf.factor(3*i+1, take)
	f.spf.factor(3*i+2, take)
	return g
}

// add records that q is multiplied by p^e.
func (f *spigotFactors) add(p uint64, e uint32) bool {
	for p >= uint64(len(f.vq)) {
		f.vq = append(f.vq, 0)
	}
	f.vq[p] += int32(e)
	return true
}

// gcd returns the greatest common divisor of a and b.
func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
