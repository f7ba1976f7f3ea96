package pi

import (
	"math"
	"math/big"
	"sync"
)

// Binary to decimal by divide and conquer: x with n digits is split as
// x = hi·10^h + lo, h = ⌈n/2⌉, and each half written on its own. Each split
// divides by multiplying with a cached reciprocal of 10^h (Newton, fast
// multiplication), so the whole costs O(M(n) log n); digits go straight into
// the caller's bytes.

// decimalLeaf is the size below which math/big's own conversion is used.
const decimalLeaf = 2000

type decimal struct {
	job    *job
	mu     sync.Mutex
	powers map[int]*power
}

// power is 10^h with its reciprocal, computed once however many goroutines
// ask.
type power struct {
	once  sync.Once
	value *big.Int // 10^h
	inv   *big.Int // ≈ 2^(bits(10^h)+p) / 10^h
	p     uint
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
	pw.once.Do(func() {
		pw.value = pow10(int64(h))
		// The quotients have at most h+1 digits.
		pw.p = uint(math.Ceil(float64(h+1)*math.Log2(10))) + 64
		pw.inv = recip(pw.value, pw.p, d.job)
	})
	return pw
}

// write sets dst to x's len(dst) lowest decimal digits, leading zeros
// included (x < 10^len(dst)), using up to workers goroutines; it advances
// the job by one unit per digit.
func (d *decimal) write(dst []byte, x *big.Int, workers int) {
	d.job.check()
	n := len(dst)
	if n <= decimalLeaf {
		defer d.job.advance(float64(n))
		text := x.Text(10)
		pad := n - len(text)
		for k := range pad {
			dst[k] = 0
		}
		for k := pad; k < n; k++ {
			dst[k] = text[k-pad] - '0'
		}
		return
	}
	h := (n + 1) / 2
	pw := d.power(h)
	// hi = ⌊x / 10^h⌋ from the reciprocal, then corrected: lo must land in
	// [0, 10^h).
	// hi has about bits(x) − bits(10^h) bits: multiply only the top bits
	// that decide them.
	keep := uint(max(x.BitLen()-pw.value.BitLen(), 0)) + 64
	hi := scaledProduct(x, pw.inv, uint(pw.value.BitLen())+pw.p, keep)
	lo := new(big.Int).Sub(x, mul(hi, pw.value))
	for lo.Sign() < 0 {
		lo.Add(lo, pw.value)
		hi.Sub(hi, big.NewInt(1))
	}
	for lo.Cmp(pw.value) >= 0 {
		lo.Sub(lo, pw.value)
		hi.Add(hi, big.NewInt(1))
	}
	if workers > 1 {
		parallel(
			func() { d.write(dst[:n-h], hi, workers/2) },
			func() { d.write(dst[n-h:], lo, workers-workers/2) },
		)
		return
	}
	d.write(dst[:n-h], hi, 1)
	d.write(dst[n-h:], lo, 1)
}
