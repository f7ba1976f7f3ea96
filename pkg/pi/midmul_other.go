//go:build !amd64

package pi

import "math/big"

// midMulOK reports whether mid-size products use the basecase and the
// Karatsuba and Toom-3 splits of this package rather than math/big's: not
// on this architecture, which has no assembly basecase of ours.
const midMulOK = false

// ifmaPick returns without: there is no IFMA basecase here.
func ifmaPick(without, withIFMA int) int { return without }

// basicScratch returns the scratch words basicMul needs: none here.
func basicScratch(a, b int) int { return 0 }

// basicMul sets z[0:len(x)+len(y)] = x·y by schoolbook multiplication, for
// len(x), len(y) ≥ 1; z must not overlap x or y; t is not used.
func basicMul(z, x, y, t []big.Word) {
	basicMulGo(z, x, y)
}

// addVV sets z = x + y for len(z) == len(x) == len(y) and returns the carry.
func addVV(z, x, y []big.Word) big.Word {
	return addVVGo(z, x, y)
}

// subVV sets z = x - y for len(z) == len(x) == len(y) and returns the borrow.
func subVV(z, x, y []big.Word) big.Word {
	return subVVGo(z, x, y)
}

// negate replaces x by its two's complement negation.
func negate(x []big.Word) {
	negateGo(x)
}
