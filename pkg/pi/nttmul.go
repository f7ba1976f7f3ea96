package pi

import (
	"math/big"
	"math/bits"
	"sync"
	"sync/atomic"
)

// pieceBits is the width of one coefficient: five words make four pieces.
// A product's coefficients are then below L·2^160 for a transform of
// length L, and the three primes' product (above 2^185.99) holds them
// exactly while L ≤ maxLength; 64-bit pieces would need a quarter more
// coefficients.
const (
	pieceBits = 80
	maxLength = 1 << 25
)

// pieces returns how many coefficients hold words words.
func pieces(words int) int {
	return (words*wordBits + pieceBits - 1) / pieceBits
}

// nttFits reports whether nttMul can multiply operands of these lengths.
func nttFits(xWords, yWords int) bool {
	return pieces(xWords)+pieces(yWords) <= maxLength*3/4
}

// nttMul returns the product of the magnitudes x and y (64-bit words, least
// significant first, neither empty, nttFits) as len(x)+len(y) words: each
// operand cut into 80-bit coefficients, transformed modulo each prime,
// multiplied value by value, transformed back, and the three residues of
// each coefficient combined by Garner's method into the carried sum. A
// square is transformed once. With workers above 1 the primes are worked
// on side by side.
func nttMul(x, y []big.Word, workers int) []big.Word {
	coeffs := pieces(len(x)) + pieces(len(y)) - 1
	n := length(coeffs)
	var res [3][]uint64
	if phased(n, workers) {
		res = productsPhased(x, y, n, workers)
	} else {
		eachPrime(workers, func(i int) { res[i] = primes[i].product(x, y, n) })
	}
	out, _ := garner(res, coeffs, n, len(x)+len(y), false)
	for _, r := range res {
		putScratch(r)
	}
	return out
}

// eachPrime runs work for each prime's index, side by side when workers is
// above 1.
func eachPrime(workers int, work func(i int)) {
	if workers > 1 {
		parallel(func() { work(0) }, func() { work(1) }, func() { work(2) })
		return
	}
	for i := range primes {
		work(i)
	}
}

// phasedLength is the longest transform whose products, with two or more
// workers, go in phases: all the forward transforms (of each operand for
// each prime) shared out among the workers, then all the inverse ones. A
// goroutine per prime instead leaves one of two cores idle for a third of
// the time, while it waits for the third prime. Longer transforms keep a
// goroutine per prime: phases would hold every transform at once, and the
// scheduler shares out goroutines that outrun its time slice.
const phasedLength = 1 << 18

// phased reports whether a transform of length n on workers goroutines goes
// in phases.
func phased(n, workers int) bool {
	return workers > 1 && n <= phasedLength
}

// shared runs work(0), …, work(tasks−1) on up to workers goroutines, each
// taking the next task not yet taken.
func shared(workers, tasks int, work func(t int)) {
	var next atomic.Int64
	run := func() {
		for t := int(next.Add(1)) - 1; t < tasks; t = int(next.Add(1)) - 1 {
			work(t)
		}
	}
	fs := make([]func(), min(workers, tasks))
	for i := range fs {
		fs[i] = run
	}
	parallel(fs...)
}

// productsPhased returns each prime's product (as product does) with
// workers goroutines, in phases (see phasedLength).
func productsPhased(x, y []big.Word, n, workers int) (res [3][]uint64) {
	ops := [][]big.Word{x, y}
	if sameWords(x, y) {
		ops = ops[:1] // a square
	}
	var t [3][2][]uint64
	shared(workers, 3*len(ops), func(k int) {
		i, j := k/len(ops), k%len(ops)
		w, tw, _ := primes[i].transformTables(n)
		t[i][j] = getScratch(n)
		primes[i].load(t[i][j], ops[j], w, tw)
	})
	shared(workers, 3, func(i int) {
		q := primes[i]
		w, tw, m := q.transformTables(n)
		a, b := t[i][0], t[i][len(ops)-1]
		q.pointwise(a, b, m)
		if len(ops) == 2 {
			putScratch(b)
		}
		q.unload(a, w, tw)
		res[i] = a
	})
	return res
}

// length returns the transform length for coeffs coefficients: the least
// 2^k, or 3·2^k from 12 on, that is at least coeffs.
func length(coeffs int) int {
	n := 4
	for n < coeffs {
		n *= 2
	}
	if n >= 16 && n/4*3 >= coeffs {
		n = n / 4 * 3
	}
	return n
}

// poolWords is the longest transform whose buffers are kept for reuse:
// a product's buffers, taken warm from the cache instead of fresh from the
// heap (zeroed, cold), make products of a few thousand words faster.
const poolWords = 1 << 18

var scratch = sync.Pool{}

// getScratch returns a buffer of n words, contents undefined.
func getScratch(n int) []uint64 {
	if n <= poolWords {
		if b, ok := scratch.Get().(*[]uint64); ok && cap(*b) >= n {
			return (*b)[:n]
		}
	}
	return make([]uint64, n)
}

// putScratch gives a buffer from getScratch back.
func putScratch(b []uint64) {
	if cap(b) <= poolWords {
		scratch.Put(&b)
	}
}

// product returns x·y's coefficients modulo q, times n·2^-64, below 2p, for
// a transform of length n.
func (q *prime) product(x, y []big.Word, n int) []uint64 {
	w, tw, m := q.transformTables(n)
	a := getScratch(n)
	q.load(a, x, w, tw)
	b := a
	if len(x) != len(y) || &x[0] != &y[0] {
		b = getScratch(n)
		q.load(b, y, w, tw)
	}
	q.pointwise(a, b, m)
	if &b[0] != &a[0] {
		putScratch(b)
	}
	q.unload(a, w, tw)
	return a
}

// transformTables returns the twiddles and the twist table (nil for a power of two)
// of a transform of length n, and its power-of-two blocks' length.
func (q *prime) transformTables(n int) (*twiddles, []uint64, int) {
	if n%3 != 0 {
		return q.twiddles(n), nil, n
	}
	return q.twiddles(n / 3), q.twists(n), n / 3
}

// pointwise sets a[σ(i)] = a[i]·b[i]/2^64 (below 2p) in each block of m
// values, a and b below 4p, b possibly a itself. Position i of a transform
// holds the value at the root w^brv(i) (w the m-th root, brv reversing
// log2 m bits), and σ(i) is the position of its inverse, w^−brv(i): σ
// fixes 0 and reverses each [h, 2h), h = 1, 2, 4, … So the inverse
// transform runs with the forward twiddles and no table of their inverses.
func (q *prime) pointwise(a, b []uint64, m int) {
	prod := func(i int) uint64 { return q.mont(q.reduce2(a[i]), q.reduce2(b[i])) }
	for off := 0; off < len(a); off += m {
		a[off] = prod(off)
		for h := 1; h < m; h *= 2 {
			for i, j := off+h, off+2*h-1; i <= j; i, j = i+1, j-1 {
				a[i], a[j] = prod(j), prod(i)
			}
		}
	}
}

// reduce2 returns a value below 2p congruent to a < 4p.
func (q *prime) reduce2(a uint64) uint64 {
	if a >= 2*q.p {
		a -= 2 * q.p
	}
	return a
}

// load sets a to the forward transform of x's 80-bit pieces zero-padded to
// len(a), tw the twist table when len(a) is 3·2^k (see radix3). When x
// fills at most half of a power-of-two a, the root's butterflies only copy
// x into both halves, so they are skipped.
func (q *prime) load(a []uint64, x []big.Word, w *twiddles, tw []uint64) {
	n := len(a)
	np := pieces(len(x))
	h := n
	if np <= n/2 && tw == nil {
		h = n / 2
	}
	q.split(a[:np], x)
	clear(a[np:h])
	if tw != nil {
		q.mod().radix3(a, tw, q.root3[0])
		m := n / 3
		for t := range 3 {
			q.mod().forward(a[t*m:(t+1)*m], 1, w)
		}
		return
	}
	if h == n {
		q.mod().forward(a, 1, w)
		return
	}
	copy(a[h:], a[:h])
	q.mod().forward(a[:h], 2, w)
	q.mod().forward(a[h:], 3, w)
}

// split sets a[i] to x's bits [80i, 80i+80) modulo p, below 2p: lo +
// hi·2^64 as lo (below 2p after two subtractions, 2^64 < 6p) plus hi·(2^64
// mod p), below 2^16·2^45 for these primes, so the sum stays below 4p.
func (q *prime) split(a []uint64, x []big.Word) {
	at := func(w int) uint64 {
		if w < len(x) {
			return uint64(x[w])
		}
		return 0
	}
	for i := range a {
		bit := i * pieceBits
		w, off := bit/wordBits, uint(bit%wordBits)
		w0, w1 := at(w), at(w+1)
		lo := w0>>off | w1<<(64-off)
		hi := (w1 >> off) & (1<<(pieceBits-64) - 1)
		a[i] = q.reduce2(q.reduce2(q.reduce2(lo)) + hi*q.two64)
	}
}

// unload undoes load up to the factor len(a): values below 2p out.
func (q *prime) unload(a []uint64, w *twiddles, tw []uint64) {
	if tw == nil {
		q.mod().inverse(a, 1, w)
		return
	}
	m := len(a) / 3
	for t := range 3 {
		q.mod().inverse(a[t*m:(t+1)*m], 1, w)
	}
	q.mod().radix3Inverse(a, tw, q.root3[0])
}

// garner combines the residues (below 2p, times n, times 2^-64 from the
// pointwise Montgomery products) of coeffs coefficients into their carried
// sum, 80 bits apart, as words words. With signed, a coefficient whose
// residue lies above half the primes' product is that residue minus the
// product, and a negative sum comes back as its magnitude and true.
func garner(res [3][]uint64, coeffs, n, words int, signed bool) ([]big.Word, bool) {
	p0, p1, p2 := primes[0], primes[1], primes[2]
	var s [3]uint64 // n^-1·2^128 mod p: Montgomery products by it remove n·2^-64
	for i, q := range primes {
		ninv := q.p - (q.p-1)/uint64(n)
		s[i] = q.reduce(q.mont(q.reduce(q.mont(ninv, q.r2)), q.r2))
	}
	out := make([]big.Word, words)
	// emit ors the 80 bits hi:lo in at bit 80j; pieces never overlap.
	emit := func(j int, hi, lo uint64) {
		bit := j * pieceBits
		w, off := bit/wordBits, uint(bit%wordBits)
		if w < words {
			out[w] |= big.Word(lo << off)
		}
		if w+1 < words {
			out[w+1] |= big.Word(lo>>(64-off) | hi<<off)
		}
	}
	const hiMask = 1<<(pieceBits-64) - 1
	// The carried sum from bit 80j up, two's complement in 192 bits.
	var a0, a1, a2 uint64
	for j := range coeffs {
		r0 := p0.reduce(p0.mont(res[0][j], s[0]))
		r1 := p1.reduce(p1.mont(res[1][j], s[1]))
		r2 := p2.reduce(p2.mont(res[2][j], s[2]))
		// x = r0 + p0·v1 + p0·p1·v2, v1 < p1, v2 < p2.
		v1 := p1.reduce(p1.mont(r1+2*p1.p-r0, inv01))
		e := p2.reduce(p2.mont(r2+2*p2.p-r0, inv012))
		f := p2.reduce(p2.mont(v1, inv12))
		v2 := e - f
		if e < f {
			v2 += p2.p
		}
		h1, l1 := bits.Mul64(p0.p, v1)
		h2, l2 := bits.Mul64(p01[0], v2)
		h3, l3 := bits.Mul64(p01[1], v2)
		x0, c := bits.Add64(r0, l1, 0)
		x1, c := bits.Add64(h1, h2, c)
		x2 := h3 + c
		x0, c = bits.Add64(x0, l2, 0)
		x1, c = bits.Add64(x1, l3, c)
		x2 += c
		if signed && (x2 > halfM[2] || x2 == halfM[2] && (x1 > halfM[1] || x1 == halfM[1] && x0 > halfM[0])) {
			x0, c = bits.Sub64(x0, p012[0], 0)
			x1, c = bits.Sub64(x1, p012[1], c)
			x2 -= p012[2] + c
		}
		a0, c = bits.Add64(a0, x0, 0)
		a1, c = bits.Add64(a1, x1, c)
		a2 += x2 + c
		emit(j, a1&hiMask, a0)
		a0, a1, a2 = a1>>(pieceBits-64)|a2<<(128-pieceBits), uint64(int64(a2)>>(pieceBits-64)), uint64(int64(a2)>>63)
	}
	for j := coeffs; j*pieceBits < words*wordBits; j++ {
		emit(j, a1&hiMask, a0)
		a0, a1 = a1>>(pieceBits-64)|a2<<(128-pieceBits), uint64(int64(a2)>>(pieceBits-64))
	}
	if a2 == 0 {
		return out, false
	}
	// out is the sum plus 2^(64·words): its magnitude is 2^(64·words) − out.
	for i := range out {
		out[i] = ^out[i]
	}
	for i := range out {
		out[i]++
		if out[i] != 0 {
			break
		}
	}
	return out, true
}

// Garner's constants, in Montgomery form: inv01 = p0^-1 mod p1,
// inv012 = (p0·p1)^-1 mod p2, inv12 = p1^-1 mod p2; p01 = p0·p1, low word
// first.
var inv01, inv012, inv12, p01 = garnerConstants()

// p012 is the three primes' product and halfM half of it, rounded down,
// low word first.
var p012, halfM = productConstants()

func productConstants() ([3]uint64, [3]uint64) {
	m := big.NewInt(1)
	for _, q := range primes {
		m.Mul(m, new(big.Int).SetUint64(q.p))
	}
	h := new(big.Int).Rsh(m, 1)
	var a, b [3]uint64
	for i := range 3 {
		a[i] = uint64(m.Bits()[i])
		b[i] = uint64(h.Bits()[i])
	}
	return a, b
}

func garnerConstants() (uint64, uint64, uint64, [2]uint64) {
	b := func(q *prime) *big.Int { return new(big.Int).SetUint64(q.p) }
	inv := func(x *big.Int, q *prime) uint64 {
		return q.toMont(new(big.Int).ModInverse(x, b(q)).Uint64())
	}
	prod := new(big.Int).Mul(b(primes[0]), b(primes[1]))
	w := prod.Bits()
	return inv(b(primes[0]), primes[1]), inv(prod, primes[2]), inv(b(primes[1]), primes[2]),
		[2]uint64{uint64(w[0]), uint64(w[1])}
}
