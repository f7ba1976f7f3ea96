package pi

import "math/big"

// Newton's iterations at doubling precision: each step costs a few fast
// multiplications at the precision it reaches, so the whole costs a small
// multiple of one full-precision multiplication, and nothing divides at full
// precision. Each step checks the job for cancellation.

// invSqrt returns y ≈ 2^(p+e/2)/√x within a few units, and e: x's bit
// length rounded up to even, so that x/2^e lies in [1/4, 1) and y in about
// [2^p, 2^(p+1)]. x > 0; up to workers goroutines multiply.
func invSqrt(x *big.Int, p uint, workers int, j *job) (*big.Int, uint) {
	e := uint(x.BitLen()+1) &^ 1
	return invSqrtTo(x, e, p, workers, j), e
}

// invSqrtTo is invSqrt for a given e, by the iteration y ← y + y(1 − a·y²)/2
// for a = x/2^e, each step on x's top bits alone.
func invSqrtTo(x *big.Int, e, p uint, workers int, j *job) *big.Int {
	j.check()
	// xt = x/2^d with d a whole number of words (so even): xt/2^et = x/2^e.
	xt, n := top(x, p+64)
	et := e - (uint(x.BitLen()) - n)
	if p <= 2048 {
		y := new(big.Int).Lsh(big.NewInt(1), 2*p+et)
		y.Quo(y, xt)
		return y.Sqrt(y)
	}
	h := p/2 + 64
	y := invSqrtTo(x, e, h, workers, j) // ≈ 2^(h+et/2)/√xt, relative error about 2^-h
	// E = 2^(2h+et) − xt·y², about 2^(h+et); the new y is
	// y·2^(p−h) + y·E / 2^(3h+et+1−p).
	E := mulParallel(xt, mulParallel(y, y, workers), workers)
	E.Sub(new(big.Int).Lsh(big.NewInt(1), 2*h+et), E)
	corr := scaledProduct(y, E, 3*h+et+1-p, p-h+64, workers)
	y.Lsh(y, p-h)
	return y.Add(y, corr)
}

// scaledProduct returns ≈ x·y / 2^s to within a unit or so, multiplying
// only the top keep bits of each factor, with up to workers goroutines.
func scaledProduct(x, y *big.Int, s, keep uint, workers int) *big.Int {
	xt, xl := top(x, keep)
	yt, yl := top(y, keep)
	shift := int(s) - (x.BitLen() - int(xl)) - (y.BitLen() - int(yl))
	z := mulParallel(xt, yt, workers)
	if shift >= 0 {
		return z.Rsh(z, uint(shift))
	}
	return z.Lsh(z, uint(-shift))
}

// top returns x's top bits bits, or up to a word more (all of x if it is
// shorter), as x / 2^(x.BitLen()−n), and n, their count. It drops whole
// words, so it shares x's words: neither may be changed while the other is
// in use.
func top(x *big.Int, bits uint) (*big.Int, uint) {
	l := uint(x.BitLen())
	if l <= bits {
		return x, l
	}
	words := (l - bits) / wordBits
	t := new(big.Int).SetBits(x.Bits()[words:])
	if x.Sign() < 0 {
		t.Neg(t)
	}
	return t, l - words*wordBits
}
