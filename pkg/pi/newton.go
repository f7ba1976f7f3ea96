package pi

import "math/big"

// Newton's iterations at doubling precision: each step costs a few fast
// multiplications at the precision it reaches, so the whole costs a small
// multiple of one full-precision multiplication, and nothing divides at full
// precision. Each step checks the job for cancellation.

// recip returns y ≈ 2^(L+p) / x, where L = x.BitLen() > 0, within a few
// units: p bits of 1/x.
func recip(x *big.Int, p uint, j *job) *big.Int {
	j.check()
	xt, lt := top(x, p+64) // x/2^(L−lt), ample for p bits
	if p <= 2048 {
		y := new(big.Int).Lsh(big.NewInt(1), lt+p)
		return y.Quo(y, xt)
	}
	h := p/2 + 64
	y := recip(x, h, j) // ≈ 2^(lt+h)/xt, relative error about 2^-h
	// E = 2^(lt+h) − xt·y, about 2^lt; the new y is
	// y·2^(p−h) + y·E / 2^(lt+2h−p) (Newton's y + y(1 − xt·y/2^(lt+h)),
	// scaled by 2^(p−h) after the products, not before).
	e := mul(xt, y)
	e.Sub(new(big.Int).Lsh(big.NewInt(1), lt+h), e)
	corr := scaledProduct(y, e, lt+2*h-p, p-h+64, 1)
	y.Lsh(y, p-h)
	return y.Add(y, corr)
}

// invSqrt returns y ≈ 2^p/√a within a few units, by the iteration
// y ← y + y(1 − a·y²/2^2p)/2.
func invSqrt(a int64, p uint, j *job) *big.Int {
	j.check()
	if p <= 2048 {
		x := new(big.Int).Lsh(big.NewInt(1), 2*p)
		x.Quo(x, big.NewInt(a))
		return x.Sqrt(x)
	}
	h := p/2 + 64
	y := invSqrt(a, h, j)
	// With y ← y·2^(p−h) ≈ 2^p/√a (relative error about 2^-h):
	// E = 2^p − a·y²/2^p, about 2^(p−h); y += y·E / 2^(p+1). The square is
	// taken before the shift, as a·y²/2^(2h−p), at half the size.
	e := mul(y, y)
	e.Mul(e, big.NewInt(a))
	e.Rsh(e, 2*h-p)
	y.Lsh(y, p-h)
	e.Sub(new(big.Int).Lsh(big.NewInt(1), p), e)
	return y.Add(y, scaledProduct(y, e, p+1, p-h+64, 1))
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
