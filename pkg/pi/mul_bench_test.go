package pi

import (
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/remyoudompheng/bigfft"
)

// One balanced product of b×b bits by each method.
func BenchmarkMul(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	for _, bits := range []int{1e5, 3e5, 1e6, 3e6, 1e7, 3e7} {
		x, y := randomInt(rng, bits), randomInt(rng, bits)
		b.Run(fmt.Sprintf("bigfft/%d", bits), func(b *testing.B) {
			for b.Loop() {
				bigfft.Mul(x, y)
			}
		})
		b.Run(fmt.Sprintf("ntt/%d", bits), func(b *testing.B) {
			for b.Loop() {
				new(big.Int).SetBits(nttMul(x.Bits(), y.Bits(), 1))
			}
		})
	}
}
