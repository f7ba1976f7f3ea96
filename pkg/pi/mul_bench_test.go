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

// Mid-size products of m×n words (the splitting's shapes at 10^5 digits),
// by math/big and by mulMid.
func BenchmarkMulMid(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	for _, s := range [][2]int{{8, 8}, {22, 22}, {37, 37}, {75, 75}, {150, 150}, {300, 300}, {600, 600}, {1200, 1200}, {600, 300}, {1200, 400}, {5000, 100}} {
		x := new(big.Int).SetBits(randomWords(rng, s[0], false))
		y := new(big.Int).SetBits(randomWords(rng, s[1], false))
		b.Run(fmt.Sprintf("big/%dx%d", s[0], s[1]), func(b *testing.B) {
			for b.Loop() {
				new(big.Int).Mul(x, y)
			}
		})
		b.Run(fmt.Sprintf("mid/%dx%d", s[0], s[1]), func(b *testing.B) {
			for b.Loop() {
				mulMid(x, y)
			}
		})
	}
}
