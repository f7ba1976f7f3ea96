package pi

import "math/big"

// karatsubaWords is the operand size from which karatsuba splits rather
// than multiplying by basicMul (mulMid / math/big alike from 32 to 40
// words with MULX rows, from 112 to 192 with IFMA).
var karatsubaWords = ifmaPick(40, 144)

// karatsubaScratch returns the scratch words karatsuba needs for an a×b-word
// product, a ≥ b.
func karatsubaScratch(a, b int) int {
	if b < karatsubaWords {
		return basicScratch(a, b)
	}
	m := (a + 1) / 2
	return 4*m + 1 + max(toom3Scratch(m, m), mulNatScratch(a-m, b-m))
}

// karatsuba sets z[0:a+b] = x·y for a = len(x) ≥ b = len(y) > ⌈a/2⌉, using
// t's first karatsubaScratch(a, b) words as scratch; z must not overlap x,
// y or t. x and y may be the same slice, which saves one difference.
//
// With x = x1·B^m + x0 and y = y1·B^m + y0 (B = 2^64, m = ⌈a/2⌉):
//
//	x·y = x1·y1·B^2m + (x0·y0 + x1·y1 - (x0-x1)·(y0-y1))·B^m + x0·y0
//
// x0·y0 and (x0-x1)·(y0-y1) are m×m-word products; x1·y1 is unbalanced
// when x and y are.
func karatsuba(z, x, y, t []big.Word) {
	a, b := len(x), len(y)
	if b < karatsubaWords {
		basicMul(z, x, y, t)
		return
	}
	m := (a + 1) / 2
	x0, x1 := x[:m], x[m:]
	y0, y1 := y[:m], y[m:]
	p, dx, dy, rest := t[:2*m], t[2*m:3*m], t[3*m:4*m], t[4*m+1:]
	neg := diffAbs(dx, x0, x1)
	if sameWords(x, y) {
		dy, neg = dx, false
	} else {
		neg = neg != diffAbs(dy, y0, y1)
	}
	toom3(p, dx, dy, rest)
	z0, z2 := z[:2*m], z[2*m:a+b]
	toom3(z0, x0, y0, rest)
	if a == b {
		toom3(z2, x1, y1, rest)
	} else {
		mulNat(z2, x1, y1, rest)
	}

	// u = z0 + z2 ∓ p, in the 2m+1 words after p; its top words are zero
	// where z ends before it.
	u := t[2*m : 4*m+1]
	c := addVV(u[:len(z2)], z0[:len(z2)], z2)
	copy(u[len(z2):2*m], z0[len(z2):])
	u[2*m] = incr(u[len(z2):2*m], c)
	if neg {
		addInto(u, p)
	} else {
		subFrom(u, p)
	}
	addInto(z[m:a+b], u[:min(len(u), a+b-m)])
}
