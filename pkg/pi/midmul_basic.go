package pi

import (
	"math/big"
	"math/bits"
)

// basicMulGo sets z[0:len(x)+len(y)] = x·y row by row in plain Go, for
// len(x), len(y) ≥ 1; z must not overlap x or y.
func basicMulGo(z, x, y []big.Word) {
	clear(z[:len(x)])
	for i, d := range y {
		var c uint
		zi := z[i : i+len(x)]
		for j, w := range x {
			hi, lo := bits.Mul(uint(w), uint(d))
			lo, cc := bits.Add(lo, uint(zi[j]), 0)
			hi += cc
			lo, cc = bits.Add(lo, c, 0)
			c = hi + cc
			zi[j] = big.Word(lo)
		}
		z[i+len(x)] = big.Word(c)
	}
}
