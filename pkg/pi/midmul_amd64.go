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

// basicMul sets z[0:len(x)+len(y)] = x·y by schoolbook multiplication, for
// len(x), len(y) ≥ 1; z must not overlap x or y.
func basicMul(z, x, y []big.Word) {
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
