package pi

import (
	"math/big"
	"math/bits"
)

// addVVGo sets z = x + y for len(z) == len(x) == len(y) and returns the carry.
func addVVGo(z, x, y []big.Word) big.Word {
	var c uint
	y = y[:len(x)]
	z = z[:len(x)]
	for i := range x {
		var s uint
		s, c = bits.Add(uint(x[i]), uint(y[i]), c)
		z[i] = big.Word(s)
	}
	return big.Word(c)
}

// subVVGo sets z = x - y for len(z) == len(x) == len(y) and returns the borrow.
func subVVGo(z, x, y []big.Word) big.Word {
	var b uint
	y = y[:len(x)]
	z = z[:len(x)]
	for i := range x {
		var d uint
		d, b = bits.Sub(uint(x[i]), uint(y[i]), b)
		z[i] = big.Word(d)
	}
	return big.Word(b)
}

// sameWords reports whether x and y are one slice: a product of the two is a
// square, and one transform or evaluation serves both.
func sameWords(x, y []big.Word) bool {
	return len(x) == len(y) && len(x) > 0 && &x[0] == &y[0]
}

// addInto adds x into z (len(z) ≥ len(x)), carrying through z, and returns
// the carry out of z's top word.
func addInto(z, x []big.Word) big.Word {
	return incr(z[len(x):], addVV(z[:len(x)], z[:len(x)], x))
}

// subFrom subtracts x from z (len(z) ≥ len(x)), borrowing through z, and
// returns the borrow out of z's top word.
func subFrom(z, x []big.Word) big.Word {
	return decr(z[len(x):], subVV(z[:len(x)], z[:len(x)], x))
}

// incr adds c ∈ {0, 1} to z and returns the carry out of its top word.
func incr(z []big.Word, c big.Word) big.Word {
	for i := 0; c != 0 && i < len(z); i++ {
		z[i]++
		if z[i] != 0 {
			c = 0
		}
	}
	return c
}

// decr subtracts b ∈ {0, 1} from z and returns the borrow out of its top word.
func decr(z []big.Word, b big.Word) big.Word {
	for i := 0; b != 0 && i < len(z); i++ {
		z[i]--
		if z[i] != ^big.Word(0) {
			b = 0
		}
	}
	return b
}

// cmpPadded compares x and y as numbers, the shorter one zero-extended, and
// returns -1, 0 or +1.
func cmpPadded(x, y []big.Word) int {
	for len(x) > len(y) {
		if x[len(x)-1] != 0 {
			return 1
		}
		x = x[:len(x)-1]
	}
	for len(y) > len(x) {
		if y[len(y)-1] != 0 {
			return -1
		}
		y = y[:len(y)-1]
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] > y[i] {
				return 1
			}
			return -1
		}
	}
	return 0
}

// diffAbs sets z[0:len(x)] = |x - y| for len(x) ≥ len(y), y zero-extended,
// and reports whether x < y.
func diffAbs(z, x, y []big.Word) bool {
	z = z[:len(x)]
	if cmpPadded(x, y) >= 0 {
		b := subVV(z[:len(y)], x[:len(y)], y)
		copy(z[len(y):], x[len(y):])
		decr(z[len(y):], b)
		return false
	}
	// y > x: x's words above len(y) are zero.
	subVV(z[:len(y)], y, x[:len(y)])
	clear(z[len(y):])
	return true
}

// negateGo replaces x by its two's complement negation.
func negateGo(x []big.Word) {
	var b uint
	for i, w := range x {
		var d uint
		d, b = bits.Sub(0, uint(w), b)
		x[i] = big.Word(d)
	}
}
