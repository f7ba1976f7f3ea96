package pi

import (
	"math/big"
	"math/bits"
	"sync"
	"sync/atomic"
)

// Number-theoretic transforms modulo three primes below 2^62, for products
// of large integers (nttmul.go). One coefficient holds 80 bits; a
// product's coefficients are below n·2^160, below the three primes'
// product (about 2^186) for n up to 2^25, so the Chinese remainder theorem
// recovers them exactly.
//
// The forward transform is Cooley–Tukey on the factor tree of x^n − 1: the
// node k (the root is 1, its children 2k and 2k+1) splits x^2m − c² into
// x^m − c and x^m + c with one twiddle c for all its m butterflies. It reads
// coefficients in order and leaves the values in bit-reversed order; the
// inverse (Gentleman–Sande, the same tree bottom-up) reads them so and
// writes coefficients in order: no bit reversal anywhere. Values stay
// lazily reduced below 4p (Harvey), which p < 2^62 allows in a word; every
// product is a Montgomery product, twiddles held in Montgomery form.

// prime is one modulus with its Montgomery constants and, grown on demand
// and shared by all sizes, its twiddle tables.
type prime struct {
	p     uint64
	pinv  uint64     // p^-1 mod 2^64
	r2    uint64     // 2^128 mod p
	two64 uint64     // 2^64 mod p
	root  [37]uint64 // root[m]: a primitive 2^m-th root of unity, Montgomery form
	root3 [37]uint64 // root3[m]: a primitive 3·2^m-th root of unity, Montgomery form

	mu     sync.Mutex
	tables atomic.Pointer[twiddles]
	// twistTables[k]: the twist table for length 3·2^k, when kept (ntt3.go).
	twistTables [16]atomic.Pointer[[]uint64]
}

// twiddles are node k's twiddle for transforms of length up to len(w) (a
// power of two): for k = B + j, B a power of two and j < B, the (2B)-th
// root of unity raised to j's bits reversed (log2 B of them). w has them in
// Montgomery form; s, for the nodes below len(w)/4 (those of blocks of 16
// or more), has each as c and ⌊c·2^64/p⌋ (Shoup's form, one multiplication
// fewer). Both grow by levels and are kept: each length uses a prefix.
type twiddles struct {
	w, s []uint64
}

// The primes are m·2^36 + 1 with 3 | m, the largest such below 2^62, each
// with its smallest primitive root.
var primes = [3]*prime{
	newPrime(0x3fffff3000000001, 5),
	newPrime(0x3ffffd2000000001, 13),
	newPrime(0x3ffff96000000001, 11),
}

func newPrime(p, g uint64) *prime {
	q := &prime{p: p}
	// Newton's iteration for p^-1 mod 2^64: each step doubles the bits.
	inv := p
	for range 6 {
		inv *= 2 - p*inv
	}
	q.pinv = inv
	P := new(big.Int).SetUint64(p)
	R := new(big.Int).Lsh(big.NewInt(1), 64)
	q.r2 = new(big.Int).Mod(new(big.Int).Mul(R, R), P).Uint64()
	q.two64 = new(big.Int).Mod(R, P).Uint64()
	// root[36] = g^((p−1)/2^36), then squares.
	w := new(big.Int).Exp(new(big.Int).SetUint64(g), new(big.Int).SetUint64((p-1)>>36), P)
	w3 := new(big.Int).Exp(new(big.Int).SetUint64(g), new(big.Int).SetUint64((p-1)/3>>36), P)
	for m := 36; m >= 0; m-- {
		q.root3[m] = q.toMont(w3.Uint64())
		w3.Mul(w3, w3).Mod(w3, P)
		q.root[m] = q.toMont(w.Uint64())
		w.Mul(w, w).Mod(w, P)
	}
	return q
}

// mont returns a·b/2^64 mod p in [0, 2p), for a·b < p·2^64.
func (q *prime) mont(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	mh, _ := bits.Mul64(lo*q.pinv, q.p)
	return hi - mh + q.p
}

// reduce returns a mod p for a < 2p.
func (q *prime) reduce(a uint64) uint64 {
	if a >= q.p {
		a -= q.p
	}
	return a
}

// toMont returns a·2^64 mod p for a < p.
func (q *prime) toMont(a uint64) uint64 {
	return q.reduce(q.mont(a, q.r2))
}

// twiddles returns the twiddles of the transforms of length up to n, a
// power of two.
func (q *prime) twiddles(n int) *twiddles {
	if t := q.tables.Load(); t != nil && len(t.w) >= n {
		return t
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if t := q.tables.Load(); t != nil && len(t.w) >= n {
		return t
	}
	w := make([]uint64, n)
	b := 2
	if old := q.tables.Load(); old != nil {
		b = copy(w, old.w)
	} else {
		w[1] = q.toMont(1)
	}
	// Level b from level b/2's exponents: node b+2j takes r^brv(j) and
	// node b+2j+1 that times r^(b/2) = the 4th root, r the (2b)-th root.
	for ; b < n; b *= 2 {
		l := bits.TrailingZeros(uint(b)) - 1 // log2(b/2)
		r, x := q.root[l+2], w[1]
		for e := range b / 2 {
			j := 0
			if l > 0 {
				j = int(bits.Reverse64(uint64(e)) >> (64 - l))
			}
			w[b+2*j] = x
			w[b+2*j+1] = q.reduce(q.mont(x, q.root[2]))
			x = q.reduce(q.mont(x, r))
		}
	}
	s := make([]uint64, max(n/2, 8))
	for k := 1; k < len(s)/2; k++ {
		c := q.reduce(q.mont(w[k], 1))
		s[2*k] = c
		s[2*k+1], _ = bits.Div64(c, 0, q.p)
	}
	t := &twiddles{w: w, s: s}
	q.tables.Store(t)
	return t
}

// nttLeaf is the length below which a transform runs level by level rather
// than depth first: 32 KiB, a level-1 data cache (4096 measured 3–6%
// faster than 2048 from 3·10^5 to 10^7 bits).
const nttLeaf = 1 << 12

// mod is a prime's modulus and Montgomery constant, by value so that the
// butterfly loops keep them in registers.
type mod struct{ p, pinv uint64 }

func (q *prime) mod() mod { return mod{q.p, q.pinv} }

// ct is a Cooley–Tukey butterfly (u, v) → (u + c·v, u − c·v) for u, v < 4p,
// c < p in Montgomery form; the results are below 4p.
func (m mod) ct(u, v, c uint64) (uint64, uint64) {
	if u >= 2*m.p {
		u -= 2 * m.p
	}
	hi, lo := bits.Mul64(v, c)
	mh, _ := bits.Mul64(lo*m.pinv, m.p)
	t := hi - mh + m.p
	return u + t, u - t + 2*m.p
}

// cts is ct with c in Shoup's form (c, cs = ⌊c·2^64/p⌋, c < p).
func (m mod) cts(u, v, c, cs uint64) (uint64, uint64) {
	if u >= 2*m.p {
		u -= 2 * m.p
	}
	h, _ := bits.Mul64(v, cs)
	t := v*c - h*m.p // below 2p
	return u + t, u - t + 2*m.p
}

// gss is gs with c in Shoup's form.
func (m mod) gss(u, v, c, cs uint64) (uint64, uint64) {
	s := u + v
	if s >= 2*m.p {
		s -= 2 * m.p
	}
	d := u - v + 2*m.p
	h, _ := bits.Mul64(d, cs)
	return s, d*c - h*m.p
}

// gs is a Gentleman–Sande butterfly (u, v) → (u + v, (u − v)·c) for
// u, v < 2p; the results are below 2p.
func (m mod) gs(u, v, c uint64) (uint64, uint64) {
	s := u + v
	if s >= 2*m.p {
		s -= 2 * m.p
	}
	hi, lo := bits.Mul64(u-v+2*m.p, c)
	mh, _ := bits.Mul64(lo*m.pinv, m.p)
	return s, hi - mh + m.p
}

// forward transforms a, node k of the tree, in place, two levels at a time:
// values below 4p in, below 4p out.
func (m mod) forward(a []uint64, k int, t *twiddles) {
	if len(a) > nttLeaf {
		q := len(a) / 4
		m.ct4(a, q, t.s, k)
		for i := range 4 {
			m.forward(a[i*q:(i+1)*q], 4*k+i, t)
		}
		return
	}
	n := len(a)
	s := 0
	for ; n>>s >= 16; s += 2 {
		q := n >> (s + 2)
		base := k << s
		for j := range 1 << s {
			m.ct4(a[4*q*j:4*q*(j+1)], q, t.s, base+j)
		}
	}
	// Blocks of 8 or fewer: twiddles in Montgomery form.
	if n>>s == 8 {
		m.ctLevel(a, 4, t.w, k<<s)
		s++
	}
	switch n >> s {
	case 4:
		m.ctQuads(a, t.w, k<<s)
	case 2:
		m.ctLevel(a, 1, t.w, k<<s)
	}
}

// ctLevel is one level of butterflies, on blocks of 2h from node base on.
func (m mod) ctLevel(a []uint64, h int, w []uint64, base int) {
	for j := 0; j < len(a)/(2*h); j++ {
		c := w[base+j]
		x := a[2*h*j : 2*h*(j+1)]
		for i := range h {
			x[i], x[h+i] = m.ct(x[i], x[h+i], c)
		}
	}
}

// ct4 is two levels of node k on a's quarters of q values: k's butterflies,
// then its children's, with twiddles in Shoup's form from s.
func (m mod) ct4(a []uint64, q int, s []uint64, k int) {
	c, cs := s[2*k], s[2*k+1]
	c0, c0s, c1, c1s := s[4*k], s[4*k+1], s[4*k+2], s[4*k+3]
	a0, a1, a2, a3 := a[:q], a[q:2*q], a[2*q:3*q], a[3*q:4*q]
	for i := range a0 {
		x0, x2 := m.cts(a0[i], a2[i], c, cs)
		x1, x3 := m.cts(a1[i], a3[i], c, cs)
		a0[i], a1[i] = m.cts(x0, x1, c0, c0s)
		a2[i], a3[i] = m.cts(x2, x3, c1, c1s)
	}
}

// ctQuads is the last two levels, on blocks of four from node base on.
func (m mod) ctQuads(a []uint64, w []uint64, base int) {
	for j := 0; j+3 < len(a); j += 4 {
		nd := base + j/4
		c, c0, c1 := w[nd], w[2*nd], w[2*nd+1]
		x0, x2 := m.ct(a[j], a[j+2], c)
		x1, x3 := m.ct(a[j+1], a[j+3], c)
		a[j], a[j+1] = m.ct(x0, x1, c0)
		a[j+2], a[j+3] = m.ct(x2, x3, c1)
	}
}

// inverse undoes the forward transform with the inverse twiddles up to the
// factor len(a): values below 2p in, below 2p out. With w itself, it
// undoes forward on values put in the order of the inverse roots (see
// pointwise).
func (m mod) inverse(a []uint64, k int, t *twiddles) {
	n := len(a)
	if n > nttLeaf {
		q := n / 4
		for i := range 4 {
			m.inverse(a[i*q:(i+1)*q], 4*k+i, t)
		}
		m.gs4(a, q, t.s, k)
		return
	}
	// Where forward's two levels at a time stopped, at blocks of 8 or
	// fewer.
	s := 0
	for n>>s >= 16 {
		s += 2
	}
	switch n >> s {
	case 8:
		m.gsQuads(a, t.w, k<<(s+1))
		m.gsLevel(a, 4, t.w, k<<s)
	case 4:
		m.gsQuads(a, t.w, k<<s)
	case 2:
		m.gsLevel(a, 1, t.w, k<<s)
	}
	for s -= 2; s >= 0; s -= 2 {
		q := n >> (s + 2)
		base := k << s
		for j := range 1 << s {
			m.gs4(a[4*q*j:4*q*(j+1)], q, t.s, base+j)
		}
	}
}

// gsLevel undoes ctLevel.
func (m mod) gsLevel(a []uint64, h int, w []uint64, base int) {
	for j := 0; j < len(a)/(2*h); j++ {
		c := w[base+j]
		x := a[2*h*j : 2*h*(j+1)]
		for i := range h {
			x[i], x[h+i] = m.gs(x[i], x[h+i], c)
		}
	}
}

// gs4 undoes ct4: the children's butterflies, then node k's.
func (m mod) gs4(a []uint64, q int, s []uint64, k int) {
	c, cs := s[2*k], s[2*k+1]
	c0, c0s, c1, c1s := s[4*k], s[4*k+1], s[4*k+2], s[4*k+3]
	a0, a1, a2, a3 := a[:q], a[q:2*q], a[2*q:3*q], a[3*q:4*q]
	for i := range a0 {
		x0, x1 := m.gss(a0[i], a1[i], c0, c0s)
		x2, x3 := m.gss(a2[i], a3[i], c1, c1s)
		a0[i], a2[i] = m.gss(x0, x2, c, cs)
		a1[i], a3[i] = m.gss(x1, x3, c, cs)
	}
}

// gsQuads undoes ctQuads.
func (m mod) gsQuads(a []uint64, w []uint64, base int) {
	for j := 0; j+3 < len(a); j += 4 {
		nd := base + j/4
		c, c0, c1 := w[nd], w[2*nd], w[2*nd+1]
		x0, x1 := m.gs(a[j], a[j+1], c0)
		x2, x3 := m.gs(a[j+2], a[j+3], c1)
		a[j], a[j+2] = m.gs(x0, x2, c)
		a[j+1], a[j+3] = m.gs(x1, x3, c)
	}
}
