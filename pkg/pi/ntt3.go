package pi

import "math/bits"

// Transforms of length 3m, m a power of two, for products that would
// otherwise be padded to up to twice their length: one radix-3 step splits
// x^3m − 1 into x^m − ω^t, t = 0, 1, 2 (ω a cube root of unity), and
// x = ζ^t·y (ζ a 3m-th root, ζ^m = ω) turns each into y^m − 1, so that the
// three thirds go through the power-of-two transform.

// twistWords is the longest twist table kept for reuse; longer ones are
// made for each product, where their cost is small beside the transform's.
const twistWords = 1 << 16

// twists returns the twist table for length n (3·2^k): kept, when short.
func (q *prime) twists(n int) []uint64 {
	if n > twistWords {
		tw := make([]uint64, n)
		q.twist(tw)
		return tw
	}
	k := bits.TrailingZeros(uint(n / 3))
	if tw := q.twistTables[k].Load(); tw != nil {
		return *tw
	}
	tw := make([]uint64, n)
	q.twist(tw)
	q.twistTables[k].Store(&tw) // a racing twin stores the same values
	return tw
}

// twist sets tw[i] = ζ^i, ζ a primitive len(tw)-th root of unity, in
// Montgomery form; it does nothing to an empty tw. Powers a block apart
// are independent products.
func (q *prime) twist(tw []uint64) {
	n := len(tw)
	if n == 0 {
		return
	}
	z := q.root3[bits.TrailingZeros(uint(n/3))]
	tw[0] = q.toMont(1)
	blk := min(n, 1024)
	for i := 1; i < blk; i++ {
		tw[i] = q.reduce(q.mont(tw[i-1], z))
	}
	zb := q.reduce(q.mont(tw[blk-1], z)) // ζ^blk
	for i := blk; i < n; i++ {
		tw[i] = q.reduce(q.mont(tw[i-blk], zb))
	}
}

// mul returns a·c/2^64 mod p in [0, 2p) for a < 4p, c < p.
func (m mod) mul(a, c uint64) uint64 {
	hi, lo := bits.Mul64(a, c)
	mh, _ := bits.Mul64(lo*m.pinv, m.p)
	return hi - mh + m.p
}

// add2 returns a + b reduced below 2p, for a + b < 4p.
func (m mod) add2(a, b uint64) uint64 {
	s := a + b
	if s >= 2*m.p {
		s -= 2 * m.p
	}
	return s
}

// radix3 maps the thirds A0, A1, A2 of a (values below 2p) to
// B_t = A0 + ω^t·A1 + ω^2t·A2, B_t[i] twisted by ζ^(t·i): values below 4p.
// w is ω in Montgomery form; ω² = −1 − ω.
func (m mod) radix3(a, tw []uint64, w uint64) {
	k := len(a) / 3
	a0, a1, a2 := a[:k], a[k:2*k], a[2*k:3*k]
	tw = tw[:3*k]
	p2 := 2 * m.p
	for i, x0 := range a0 {
		x1, x2 := a1[i], a2[i]
		u, v := m.mul(x1, w), m.mul(x2, w)
		a0[i] = x0 + m.add2(x1, x2)
		a1[i] = m.mul(m.add2(x0, u)-m.add2(x2, v)+p2, tw[i])
		a2[i] = m.mul(m.add2(x0, v)-m.add2(x1, u)+p2, tw[2*i])
	}
}

// radix3Inverse undoes radix3 up to the factor 3: values below 2p in and
// out.
func (m mod) radix3Inverse(a, tw []uint64, w uint64) {
	k := len(a) / 3
	n := 3 * k
	a0, a1, a2 := a[:k], a[k:2*k], a[2*k:n]
	tw = tw[:n]
	p2 := 2 * m.p
	for i, y0 := range a0 {
		y1, y2 := a1[i], a2[i]
		if i > 0 {
			y1, y2 = m.mul(y1, tw[n-i]), m.mul(y2, tw[n-2*i])
		}
		u, v := m.mul(y1, w), m.mul(y2, w)
		a0[i] = m.add2(y0, m.add2(y1, y2))
		a1[i] = m.add2(m.add2(y0, v)-m.add2(y1, u)+p2, 0)
		a2[i] = m.add2(m.add2(y0, u)-m.add2(y2, v)+p2, 0)
	}
}
