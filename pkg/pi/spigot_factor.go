package pi

// The spigot's q, r and t share a common factor that grows with every
// step: q multiplies in 10i(2i−1), t multiplies in u = 3(3i+1)(3i+2), and
// r is a multiple of 10u. Any prime of u that q has collected from earlier
// steps therefore divides all three, and dividing it out changes no digit:
// each digit is a quotient of linear forms in q, r and t, and each update is
// linear in them. factors keeps q's factorization so that each step can find
// gcd(u, q·10i(2i−1)) without touching the big numbers; dividing by it keeps
// q, r and t about 6.5 times shorter at 10^4 digits than without.

// factors tracks the prime exponents of the spigot's q.
type factors struct {
	spf []uint16 // spf[n]: n's smallest prime factor (< 2^16 for n < 2^32), or 0 when n is prime
	vq  []int32  // vq[p]: the exponent of the prime p in q
}

// common returns g = gcd(u, q·a) for step i, with u = 3(3i+1)(3i+2) and
// a = 10i(2i−1), and records that q becomes q·a/g.
func (f *factors) common(i uint64) uint64 {
	if n := 3*i + 3; n > uint64(len(f.spf)) {
		f.sieve(max(n, 2*uint64(len(f.spf))))
	}
	// q ·= a
	f.add(2, 1)
	f.add(5, 1)
	f.factor(i, f.add)
	f.factor(2*i-1, f.add)
	// g = gcd(u, q); q /= g
	g := uint64(1)
	take := func(p uint64, e int32) {
		if p >= uint64(len(f.vq)) {
			return
		}
		e = min(e, f.vq[p])
		f.vq[p] -= e
		for ; e > 0; e-- {
			g *= p
		}
	}
	take(3, 1)
	f.factor(3*i+1, take)
	f.factor(3*i+2, take)
	return g
}

// add records that q is multiplied by p^e.
func (f *factors) add(p uint64, e int32) {
	for p >= uint64(len(f.vq)) {
		f.vq = append(f.vq, 0)
	}
	f.vq[p] += e
}

// factor calls fn(p, e) for each prime power p^e of n, n < len(f.spf).
func (f *factors) factor(n uint64, fn func(p uint64, e int32)) {
	for n > 1 {
		p := uint64(f.spf[n])
		if p == 0 {
			p = n
		}
		e := int32(0)
		for n%p == 0 {
			n /= p
			e++
		}
		fn(p, e)
	}
}

// sieve sets f.spf for every number below n.
func (f *factors) sieve(n uint64) {
	f.spf = make([]uint16, n)
	for p := uint64(2); p*p < n; p++ {
		if f.spf[p] != 0 {
			continue
		}
		for m := p * p; m < n; m += p {
			if f.spf[m] == 0 {
				f.spf[m] = uint16(p)
			}
		}
	}
}

// gcd returns the greatest common divisor of a and b.
func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
