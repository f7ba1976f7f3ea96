package pi

import (
	"math/big"

	"github.com/remyoudompheng/bigfft"
)

// mul returns x·y in a new Int: Schönhage–Strassen (bigfft) when both
// operands are large, math/big's Karatsuba otherwise.
func mul(x, y *big.Int) *big.Int {
	return bigfft.Mul(x, y)
}
