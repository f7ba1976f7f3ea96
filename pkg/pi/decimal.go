package pi

import (
	"math/big"
	"sync"
)

// Binary fraction to decimal digits by a remainder tree. The first k digits
// of a fraction φ in [0, 1) are the first h digits of φ followed by the first
// k−h digits of frac(φ·10^h). So each node of the tree multiplies once, by a
// cached power of ten (5^h, the 2^h a move of the binary point), and nothing
// divides: the whole costs O(M(n) log n).
// Digits go straight into the caller's bytes.
//
// φ is only known to within an error bound, so each node checks that the
// digits it hands on are certain: they are unless φ·10^h lies within the
// bound of an integer, that is unless φ's digits from the h-th on start with
// a run of 0s or 9s about as long as the guard bits. Then the conversion
// reports failure and the caller retries with more guard bits.

// decimalLeaf is the digit count up to which a node multiplies by 10^k and
// lets math/big write the integer.
const decimalLeaf = 2000

// fraction is φ ∈ [0, 1) known to lie in [f, f+e]/2^s.
type fraction struct {
	f *big.Int
	s uint
	e *big.Int
}

type decimal struct {
	job    *job
	mu     sync.Mutex
	powers map[int]*power
}

// power is 10^h as 5^h·2^h, computed once however many goroutines ask: a
// node multiplies by 5^h, a third fewer bits than 10^h, and moves its binary
// point h places instead of shifting.
type power struct {
	once sync.Once
	five *big.Int // 5^h
}

func newDecimal(j *job) *decimal {
	return &decimal{job: j, powers: map[int]*power{}}
}

func (d *decimal) power(h int) *power {
	d.mu.Lock()
	pw := d.powers[h]
	if pw == nil {
		pw = &power{}
		d.powers[h] = pw
	}
	d.mu.Unlock()
	pw.once.Do(func() { pw.five = pow5(h) })
	return pw
}

// splitDigits returns how many of a node's k digits its left half writes,
// and so which power of ten the node multiplies by: all k at a leaf.
func splitDigits(k int) int {
	if k <= decimalLeaf {
		return k
	}
	return (k + 1) / 2
}

// write sets dst to the first len(dst) decimal digits of x's φ (digit values
// 0–9, not characters), using up to workers goroutines, and reports whether
// they are certain. It advances the job by one unit per digit.
func (d *decimal) write(dst []byte, x fraction, workers int) bool {
	d.job.check()
	k := len(dst)
	h := splitDigits(k)
	pw := d.power(h)
	// φ·10^h = φ·5^h·2^h: φ·10^h·2^(s−h) lies in [g, g + e·5^h], and
	// e·5^h < e·2^BitLen(5^h).
	g := mulParallel(x.f, pw.five, workers)
	s := x.s - uint(h)
	bound := new(big.Int).Lsh(x.e, uint(pw.five.BitLen()))
	rest, ok := fractionalPart(g, s, bound)
	if !ok {
		return false
	}
	if h == k {
		defer d.job.advance(float64(k))
		// ⌊φ·10^k⌋ < 10^k: its characters fit dst, then move right past
		// the leading zeros and become digit values.
		text := g.Rsh(g, s).Append(dst[:0:k], 10)
		pad := k - len(text)
		copy(dst[pad:], text)
		for i := range pad {
			dst[i] = 0
		}
		for i := pad; i < k; i++ {
			dst[i] -= '0'
		}
		return true
	}
	// The left half needs about (k−h)·log2(10) fewer bits of φ; the right
	// half's fraction frac(φ·10^h) is known to within bound, so its bits
	// below bound's top bit are noise.
	left := x.drop(uint(float64(k-h) * log2of10))
	right := fraction{f: rest, s: s, e: bound}.drop(uint(max(bound.BitLen()-1, 0)))
	var okL, okR bool
	if workers > 1 {
		parallel(
			func() { okL = d.write(dst[:h], left, workers/2) },
			func() { okR = d.write(dst[h:], right, workers-workers/2) },
		)
		return okL && okR
	}
	return d.write(dst[:h], left, 1) && d.write(dst[h:], right, 1)
}

const log2of10 = 3.321928094887362

// pow5 returns 5^m by binary powering with fast multiplication.
func pow5(m int) *big.Int {
	if m < 512 {
		return new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(m)), nil)
	}
	h := pow5(m / 2)
	r := mul(h, h)
	if m%2 == 1 {
		r.Mul(r, big.NewInt(5))
	}
	return r
}

// fractionalPart returns g mod 2^s, the fractional part of g/2^s, and
// whether every value in [g, g+bound] has the same integer part as g:
// g mod 2^s + bound < 2^s.
func fractionalPart(g *big.Int, s uint, bound *big.Int) (*big.Int, bool) {
	rest := lowBits(g, s)
	return rest, sumBelow(rest, bound, s)
}

// sumBelow reports whether x + y < 2^s, for x, y ≥ 0 and x < 2^s, mostly
// without adding: with y < 2^b, x + y < 2^s unless x's bits from b to s−1
// are all ones, and seldom are more than its top few.
func sumBelow(x, y *big.Int, s uint) bool {
	b := y.BitLen()
	if b > int(s) {
		return false
	}
	for i := int(s) - 1; i >= b; i-- {
		if x.Bit(i) == 0 {
			return true
		}
	}
	return uint(new(big.Int).Add(x, y).BitLen()) <= s
}

// drop returns x with the lowest d bits of f cut off, or fewer: whole words
// only, so that f's words are shared, not copied (f is never changed in
// place). f/2^d rounds down, so the upper end of the interval moves up by
// the part cut off.
func (x fraction) drop(d uint) fraction {
	d -= d % wordBits
	if d == 0 {
		return x
	}
	// e' = ⌈e/2^d⌉, one more when f loses bits that are not zero.
	e := new(big.Int).Rsh(x.e, d)
	for _, v := range [...]*big.Int{x.e, x.f} {
		if v.Sign() != 0 && v.TrailingZeroBits() < d {
			e.Add(e, big.NewInt(1))
		}
	}
	f := new(big.Int)
	if words := x.f.Bits(); int(d/wordBits) < len(words) {
		f.SetBits(words[d/wordBits:])
	}
	return fraction{f: f, s: x.s - d, e: e}
}

// lowBits returns x mod 2^s for x ≥ 0, in a new Int.
func lowBits(x *big.Int, s uint) *big.Int {
	if uint(x.BitLen()) <= s {
		return new(big.Int).Set(x)
	}
	n := int((s + wordBits - 1) / wordBits) // ≤ len(x.Bits())
	low := make([]big.Word, n)
	copy(low, x.Bits())
	if r := s % wordBits; r != 0 {
		low[n-1] &= 1<<r - 1
	}
	return new(big.Int).SetBits(low)
}
