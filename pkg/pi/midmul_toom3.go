package pi

import (
	"math/big"
	"math/bits"
)

// toom3Words is the operand size from which toom3 splits in three rather
// than calling karatsuba (alike from 120 to 240 words with MULX rows, from
// 250 to 350 with IFMA).
var toom3Words = ifmaPick(150, 300)

// toom3Scratch returns the scratch words toom3 needs for an a×b-word
// product, a ≥ b.
func toom3Scratch(a, b int) int {
	if b < toom3Words {
		return karatsubaScratch(a, b)
	}
	k := (a + 2) / 3
	sub := max(toom3Scratch(k+1, k+1), toom3Scratch(k, k), mulNatScratch(a-2*k, b-2*k))
	return 6*(k+2) + 3*(2*k+2) + sub
}

// toom3 sets z[0:a+b] = x·y for a = len(x) ≥ b = len(y) > 2·⌈a/3⌉, using t's
// first toom3Scratch(a, b) words as scratch; z must not overlap x, y or t.
// x and y may be the same slice, which saves the second evaluation.
//
// With x and y cut in three pieces of k = ⌈a/3⌉ words (the top ones
// shorter), as polynomials in B^k, the product is interpolated from its
// values at 0, 1, -1, -2 and ∞ (Bodrato's sequence), in two's complement of
// 2k+2 words.
func toom3(z, x, y, t []big.Word) {
	a, b := len(x), len(y)
	if b < toom3Words {
		karatsuba(z, x, y, t)
		return
	}
	k := (a + 2) / 3
	e := k + 2
	ex, t := t[:3*e], t[3*e:]
	ey, t := t[:3*e], t[3*e:]
	L := 2*k + 2
	r1, t := t[:L], t[L:]
	rm, t := t[:L], t[L:]
	r2, t := t[:L], t[L:]

	nx := toom3Eval(ex, x, k)
	ny := nx
	if sameWords(x, y) {
		ey = ex
	} else {
		ny = toom3Eval(ey, y, k)
	}
	toom3Mul(r1, ex[:k+1], ey[:k+1], false, t)
	toom3Mul(rm, ex[e:e+k+1], ey[e:e+k+1], nx[0] != ny[0], t)
	toom3Mul(r2, ex[2*e:2*e+k+1], ey[2*e:2*e+k+1], nx[1] != ny[1], t)
	r0, r4 := z[:2*k], z[4*k:a+b]
	toom3(r0, x[:k], y[:k], t)
	if a == b {
		toom3(r4, x[2*k:], y[2*k:], t)
	} else {
		mulNat(r4, x[2*k:], y[2*k:], t)
	}

	// r2 = (r(-2) - r(1))/3, r1 = (r(1) - r(-1))/2, rm = r(-1) - r0,
	// r2 = (rm - r2)/2 + 2·r4, rm = rm + r1 - r4, r1 = r1 - r2:
	// then r1, rm and r2 are the coefficients of B^k, B^2k and B^3k.
	subVV(r2, r2, r1)
	divExact3(r2)
	subVV(r1, r1, rm)
	sar1(r1)
	subFrom(rm, r0)
	subVV(r2, rm, r2)
	sar1(r2)
	addInto(r2, r4)
	addInto(r2, r4)
	addVV(rm, rm, r1)
	subFrom(rm, r4)
	subVV(r1, r1, r2)

	clear(z[2*k : 4*k])
	addInto(z[k:a+b], r1)
	addInto(z[2*k:a+b], rm)
	addInto(z[3*k:a+b], r2[:min(L, a+b-3*k)])
}

// toom3Mul sets r (2k+2 words) to the product of the magnitudes a and b
// (k+1 words each), negated in two's complement if neg.
func toom3Mul(r, a, b []big.Word, neg bool, t []big.Word) {
	toom3(r, a, b, t)
	if neg {
		negate(r)
	}
}

// toom3Eval writes the values of x's three k-word pieces (x = x2·B^2k +
// x1·B^k + x0) at 1, -1 and -2 into e's thirds, as magnitudes of k+1 words
// (the third's last word zero), and reports which of the last two are
// negative.
func toom3Eval(e, x []big.Word, k int) [2]bool {
	s := len(e) / 3
	p1, pm, p2 := e[:s], e[s:2*s], e[2*s:]
	x0, x1, x2 := x[:k], x[k:2*k], x[2*k:]
	// p1 = x0 + x2, then pm = p1 - x1 and p1 += x1.
	copy(p1, x0)
	clear(p1[k:])
	addInto(p1, x2)
	copy(pm, p1)
	subFrom(pm, x1)
	addInto(p1, x1)
	// p2 = 2·(pm + x2) - x0.
	copy(p2, pm)
	addInto(p2, x2)
	shl1(p2)
	subFrom(p2, x0)
	return [2]bool{abs(pm), abs(p2)}
}

// abs replaces the two's complement x by its magnitude and reports whether
// it was negative.
func abs(x []big.Word) bool {
	if x[len(x)-1]>>(wordBits-1) == 0 {
		return false
	}
	negate(x)
	return true
}

// shl1 doubles x, dropping the top bit.
func shl1(x []big.Word) {
	var c big.Word
	for i, w := range x {
		x[i] = w<<1 | c
		c = w >> (wordBits - 1)
	}
}

// sar1 halves the two's complement x, rounding down.
func sar1(x []big.Word) {
	top := x[len(x)-1] >> (wordBits - 1) << (wordBits - 1)
	for i := range x {
		hi := top
		if i+1 < len(x) {
			hi = x[i+1] << (wordBits - 1)
		}
		x[i] = x[i]>>1 | hi
	}
}

// divExact3 divides x, a multiple of 3 in two's complement, by 3.
func divExact3(x []big.Word) {
	inv := ^big.Word(0)/3*2 + 1 // 3·inv ≡ 1 mod 2^wordBits
	var c uint
	for i, w := range x {
		s, b := bits.Sub(uint(w), c, 0)
		q := s * uint(inv)
		hi, _ := bits.Mul(q, 3)
		c = hi + b
		x[i] = big.Word(q)
	}
}
