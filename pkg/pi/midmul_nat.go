package pi

import (
	"math/big"
	"sync"
)

// mulNatScratch returns the scratch words mulNat needs for an m×n-word
// product.
func mulNatScratch(m, n int) int {
	m, n = max(m, n), min(m, n)
	switch {
	case n < karatsubaWords:
		return basicScratch(m, n)
	case n > 2*((m+2)/3):
		return toom3Scratch(m, n)
	case n > (m+1)/2:
		return karatsubaScratch(m, n)
	}
	s := 2*n + toom3Scratch(n, n)
	if r := m % n; r != 0 {
		s = max(s, 2*n+mulNatScratch(n, r))
	}
	return s
}

// mulNat sets z[0:len(x)+len(y)] = x·y for len(x), len(y) ≥ 1, using t's
// first mulNatScratch(len(x), len(y)) words as scratch; z must not overlap
// x, y or t. Operands less than 3:2 apart go to toom3, which hands smaller
// ones to karatsuba and basicMul; operands less than 2:1 apart to
// karatsuba, which splits both at half the longer; others are multiplied as
// a row of products, the longer one cut into pieces the size of the
// shorter.
func mulNat(z, x, y, t []big.Word) {
	if len(x) < len(y) {
		x, y = y, x
	}
	n := len(y)
	switch {
	case n < karatsubaWords:
		basicMul(z, x, y, t)
		return
	case n > 2*((len(x)+2)/3):
		toom3(z, x, y, t)
		return
	case n > (len(x)+1)/2:
		karatsuba(z, x, y, t)
		return
	}
	z = z[:len(x)+n]
	toom3(z[:2*n], x[:n], y, t)
	clear(z[2*n:])
	p, rest := t[:2*n], t[2*n:]
	for i := n; i < len(x); i += n {
		xi := x[i:min(i+n, len(x))]
		if len(xi) == n {
			toom3(p, xi, y, rest)
		} else {
			mulNat(p, y, xi, rest)
		}
		addInto(z[i:], p[:len(xi)+n])
	}
}

// mulMid returns x·y in a new Int by mulNat.
func mulMid(x, y *big.Int) *big.Int {
	xw, yw := x.Bits(), y.Bits()
	if len(xw) == 0 || len(yw) == 0 {
		return new(big.Int)
	}
	z := make([]big.Word, len(xw)+len(yw))
	if s := mulNatScratch(len(xw), len(yw)); s == 0 {
		mulNat(z, xw, yw, nil)
	} else {
		t := getWords(s)
		mulNat(z, xw, yw, *t)
		wordsPool.Put(t)
	}
	r := new(big.Int).SetBits(z)
	if x.Sign() != y.Sign() {
		r.Neg(r)
	}
	return r
}

// wordsPool holds mulMid's scratch slices between products: they need no
// clearing, and the splitting's many products of like sizes reuse them.
var wordsPool sync.Pool

// getWords returns a pooled slice of n words, of unspecified content.
func getWords(n int) *[]big.Word {
	t, _ := wordsPool.Get().(*[]big.Word)
	if t == nil || cap(*t) < n {
		s := make([]big.Word, n)
		return &s
	}
	*t = (*t)[:n]
	return t
}
