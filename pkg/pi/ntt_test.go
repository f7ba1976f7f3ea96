package pi

import (
	"math/big"
	"math/bits"
	"math/rand"
	"testing"
)

// wordsOf returns an Int of n words: random (kind 0), all ones (kind 1),
// or only the top bit set (kind 2).
func wordsOf(rng *rand.Rand, n int, kind int) *big.Int {
	w := make([]big.Word, n)
	for i := range w {
		switch kind {
		case 0:
			w[i] = big.Word(rng.Uint64())
		case 1:
			w[i] = ^big.Word(0)
		}
	}
	if kind == 2 {
		w[n-1] = 1 << (wordBits - 1)
	}
	return new(big.Int).SetBits(w)
}

// wordsFor returns the fewest words that make p 80-bit pieces.
func wordsFor(p int) int {
	return (p-1)*pieceBits/wordBits + 1
}

// nttMul agrees with math/big for products whose coefficient count lies at
// each transform length's boundaries (2^k and 3·2^k, and one past), for
// balanced and unbalanced operands, squares, and words at their extremes,
// on one to three goroutines.
func TestNTTMulAgainstMathBig(t *testing.T) {
	if wordBits != 64 {
		t.Skip("the transform is for 64-bit words; mul uses bigfft here")
	}
	rng := rand.New(rand.NewSource(9))
	workers := 0
	check := func(x, y *big.Int) {
		t.Helper()
		want := new(big.Int).Mul(x, y)
		workers = workers%3 + 1 // one goroutine, two, three; phased or not
		if got := new(big.Int).SetBits(nttMul(x.Bits(), y.Bits(), workers)); got.Cmp(want) != 0 {
			t.Fatalf("%d×%d words, %d workers: wrong product", len(x.Bits()), len(y.Bits()), workers)
		}
	}
	for k := 1; k <= 17; k++ {
		for _, coeffs := range []int{1 << k, 1<<k + 1, 3 << k, 3<<k + 1} {
			total := coeffs + 1 // pieces of x and y
			for _, py := range []int{total / 2, 1, 3} {
				px := total - py
				if px < 1 || py < 1 || py > px {
					continue
				}
				lx, ly := wordsFor(px), wordsFor(py)
				if got := pieces(lx) + pieces(ly) - 1; got != coeffs {
					t.Fatalf("%d and %d words make %d coefficients, want %d", lx, ly, got, coeffs)
				}
				kind := (k + py) % 3
				x := wordsOf(rng, lx, kind)
				check(x, wordsOf(rng, ly, (kind+1)%3))
				if lx == ly {
					check(x, x)
				}
			}
		}
	}
}

// mul is math/big's product whatever the signs and sizes, on either side of
// the transform's threshold, and for zero.
func TestMulAgainstMathBig(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	zero := new(big.Int)
	for _, words := range [][2]int{{10, 10}, {nttWords - 1, nttWords - 1}, {nttWords, nttWords}, {3 * nttWords, nttWords}, {nttWords, 5}} {
		for _, signs := range [][2]int64{{1, 1}, {-1, 1}, {1, -1}, {-1, -1}} {
			x := wordsOf(rng, words[0], 0)
			y := wordsOf(rng, words[1], 0)
			x.Mul(x, big.NewInt(signs[0]))
			y.Mul(y, big.NewInt(signs[1]))
			for _, pair := range [][2]*big.Int{{x, y}, {x, x}, {x, zero}, {zero, y}} {
				want := new(big.Int).Mul(pair[0], pair[1])
				if got := mul(pair[0], pair[1]); got.Cmp(want) != 0 {
					t.Fatalf("%d×%d words, signs %v: wrong product", words[0], words[1], signs)
				}
			}
		}
	}
}

// split's sum lo + hi·(2^64 mod p) stays below 4p for every prime: lo below
// 2p, hi below 2^(pieceBits−64).
func TestSplitBound(t *testing.T) {
	for _, q := range primes {
		hi, lo := bits.Mul64(1<<(pieceBits-64)-1, q.two64)
		if hi != 0 || lo > 2*q.p {
			t.Errorf("p = %#x: hi·(2^64 mod p) reaches %#x:%#x, above 2p", q.p, hi, lo)
		}
		if want := new(big.Int).Mod(new(big.Int).Lsh(big.NewInt(1), 64), new(big.Int).SetUint64(q.p)); want.Uint64() != q.two64 {
			t.Errorf("p = %#x: 2^64 mod p = %#x, want %v", q.p, q.two64, want)
		}
	}
}
