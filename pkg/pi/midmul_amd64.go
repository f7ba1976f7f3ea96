//go:build amd64

package pi

import "math/big"

// basicMulADX sets z[0:len(x)+len(y)] = x·y row by row with MULX, ADCX and
// ADOX; len(x), len(y) ≥ 1 and z[0:len(x)] must be zero on entry.
//
//go:noescape
func basicMulADX(z, x, y []big.Word)

// cpuHasADX reports whether the processor has the BMI2 and ADX extensions.
func cpuHasADX() bool

// midMulOK reports whether mid-size products use the basecase and the
// Karatsuba and Toom-3 splits of this package rather than math/big's.
var midMulOK = cpuHasADX()

// ifmaOK reports whether basicMul may use mulIFMA.
var ifmaOK = midMulOK && cpuHasIFMA()

// ifmaPick returns withIFMA if basicMul has mulIFMA, else without: for
// thresholds that move with the basecase's speed.
func ifmaPick(without, withIFMA int) int {
	if ifmaOK {
		return withIFMA
	}
	return without
}

// ifmaWords is the shorter operand's size from which basicMul uses
// mulIFMA; below it the MULX rows are faster.
var ifmaWords = 16

// ifmaMaxWords bounds the shorter operand of mulIFMA: below it, a column's
// sum of 52-bit halves stays below 2^62.
const ifmaMaxWords = 780

// useIFMA reports whether basicMul multiplies a×b words by mulIFMA.
func useIFMA(a, b int) bool {
	n := min(a, b)
	return ifmaOK && n >= ifmaWords && n < ifmaMaxWords
}

// basicScratch returns the scratch words basicMul needs for an a×b-word
// product.
func basicScratch(a, b int) int {
	if useIFMA(a, b) {
		return ifmaScratch(a, b)
	}
	return 0
}

// basicMul sets z[0:len(x)+len(y)] = x·y by schoolbook multiplication, for
// len(x), len(y) ≥ 1, using t's first basicScratch(len(x), len(y)) words as
// scratch; z must not overlap x, y or t.
func basicMul(z, x, y, t []big.Word) {
	if useIFMA(len(x), len(y)) {
		mulIFMA(z, x, y, t)
		return
	}
	if !midMulOK {
		basicMulGo(z, x, y)
		return
	}
	if len(x) < len(y) {
		x, y = y, x
	}
	z = z[:len(x)+len(y)]
	clear(z[:len(x)])
	basicMulADX(z, x, y)
}

// addVVAsm sets z = x + y for len(z), len(y) ≥ len(x) and returns the
// carry.
//
//go:noescape
func addVVAsm(z, x, y []big.Word) big.Word

// subVVAsm sets z = x - y for len(z), len(y) ≥ len(x) and returns the
// borrow.
//
//go:noescape
func subVVAsm(z, x, y []big.Word) big.Word

// addVV sets z = x + y for len(z) == len(x) == len(y) and returns the carry.
func addVV(z, x, y []big.Word) big.Word {
	return addVVAsm(z[:len(x)], x, y[:len(x)])
}

// subVV sets z = x - y for len(z) == len(x) == len(y) and returns the borrow.
func subVV(z, x, y []big.Word) big.Word {
	return subVVAsm(z[:len(x)], x, y[:len(x)])
}

// zeroWords is the zero that negate subtracts from.
var zeroWords [4096]big.Word

// negate replaces x by its two's complement negation.
func negate(x []big.Word) {
	if len(x) > len(zeroWords) {
		negateGo(x)
		return
	}
	subVVAsm(x, zeroWords[:len(x)], x)
}
