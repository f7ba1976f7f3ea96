package pi

import "math/big"

// karatsubaWords is the operand size from which karatsuba splits rather
// than multiplying by basicMul.
var karatsubaWords = 40

// karatsubaScratch returns the scratch words karatsuba needs for n-word
// operands.
func karatsubaScratch(n int) int {
	s := 0
	for n >= karatsubaWords {
		m := (n + 1) / 2
		s += 4*m + 1
		n = m
	}
	return s
}

// karatsuba sets z[0:2n] = x·y for len(x) == len(y) == n ≥ 1, using t's
// first karatsubaScratch(n) words as scratch; z must not overlap x, y or t.
// x and y may be the same slice, which saves one difference.
//
// With x = x1·B^m + x0 and y = y1·B^m + y0 (B = 2^64, m = ⌈n/2⌉):
//
//	x·y = x1·y1·B^2m + (x0·y0 + x1·y1 - (x0-x1)·(y0-y1))·B^m + x0·y0
func karatsuba(z, x, y, t []big.Word) {
	n := len(x)
	if n < karatsubaWords {
		basicMul(z, x, y)
		return
	}
	m := (n + 1) / 2
	x0, x1 := x[:m], x[m:]
	y0, y1 := y[:m], y[m:]
	p, dx, dy, rest := t[:2*m], t[2*m:3*m], t[3*m:4*m], t[4*m+1:]
	neg := diffAbs(dx, x0, x1)
	if &x[0] == &y[0] {
		dy, neg = dx, false
	} else {
		neg = neg != diffAbs(dy, y0, y1)
	}
	karatsuba(p, dx, dy, rest)
	z0, z2 := z[:2*m], z[2*m:2*n]
	karatsuba(z0, x0, y0, rest)
	karatsuba(z2, x1, y1, rest)

	// u = z0 + z2 ∓ p, in the 2m+1 words after p.
	u := t[2*m : 4*m+1]
	c := addVV(u[:len(z2)], z0[:len(z2)], z2)
	copy(u[len(z2):2*m], z0[len(z2):])
	u[2*m] = incr(u[len(z2):2*m], c)
	if neg {
		addInto(u, p)
	} else {
		subFrom(u, p)
	}
	addInto(z[m:2*n], u)
}
