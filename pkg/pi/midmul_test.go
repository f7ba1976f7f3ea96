package pi

import (
	"math/big"
	"math/rand"
	"testing"
)

// randomWords returns n random words, or n all-ones words when ones is set.
func randomWords(rng *rand.Rand, n int, ones bool) []big.Word {
	w := make([]big.Word, n)
	for i := range w {
		if ones {
			w[i] = ^big.Word(0)
		} else {
			w[i] = big.Word(rng.Uint64())
		}
	}
	return w
}

// wantProduct returns x·y by math/big, padded to len(x)+len(y) words.
func wantProduct(x, y []big.Word) []big.Word {
	p := new(big.Int).Mul(new(big.Int).SetBits(x), new(big.Int).SetBits(y)).Bits()
	return append(append([]big.Word(nil), p...), make([]big.Word, len(x)+len(y)-len(p))...)
}

// checkProduct fails t unless z is x·y; the sentinel word past z's end
// must be untouched.
func checkProduct(t *testing.T, what string, z, x, y []big.Word) {
	t.Helper()
	want := wantProduct(x, y)
	for i := range want {
		if z[i] != want[i] {
			t.Fatalf("%s %d×%d words: word %d is %#x, want %#x", what, len(x), len(y), i, z[i], want[i])
		}
	}
	if z[len(want) : len(want)+1][0] != sentinel {
		t.Fatalf("%s %d×%d words: wrote past the product", what, len(x), len(y))
	}
}

const sentinel = big.Word(0x5eed)

// productSpace returns len(x)+len(y) words of garbage and one sentinel.
func productSpace(rng *rand.Rand, n int) []big.Word {
	z := randomWords(rng, n+1, false)
	z[n] = sentinel
	return z
}

// The basecases agree with math/big for every size up to 40×40 words, random
// and all-ones, both orders.
func TestBasicMul(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for m := 1; m <= 40; m++ {
		for n := 1; n <= 40; n++ {
			for _, ones := range []bool{false, true} {
				x, y := randomWords(rng, m, ones), randomWords(rng, n, ones)
				z := productSpace(rng, m+n)
				basicMul(z, x, y, make([]big.Word, basicScratch(m, n)))
				checkProduct(t, "basicMul", z, x, y)
				z = productSpace(rng, m+n)
				basicMulGo(z, x, y)
				checkProduct(t, "basicMulGo", z, x, y)
			}
		}
	}
}

// mulNat agrees with math/big for all sizes up to 100×100 words around the
// split thresholds, random and all-ones, with a scratch of exactly the
// size it asks for.
func TestMulNatSmall(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for m := 1; m <= 100; m++ {
		for n := 1; n <= 100; n += 1 + rng.Intn(3) {
			for _, ones := range []bool{false, true} {
				checkMulNat(t, rng, m, n, ones)
			}
		}
	}
}

// checkMulNat multiplies m×n random words by mulNat (checkMul), and when
// n ≤ m also x·x[:n] (x·x when n == m).
func checkMulNat(t *testing.T, rng *rand.Rand, m, n int, ones bool) {
	t.Helper()
	x := checkMul(t, rng, "mulNat", mulNat, mulNatScratch(m, n), m, n, ones)
	// x times x itself, or times its own first n words: only the first
	// is a square.
	if n <= m {
		z := productSpace(rng, m+n)
		mulNat(z, x, x[:n], make([]big.Word, mulNatScratch(m, n)))
		checkProduct(t, "mulNat x·x[:n]", z, x, x[:n])
	}
}

// checkMul multiplies m×n random words by f into fresh garbage storage,
// with a garbage scratch of s words, checks the product and that the
// scratch's sentinel held, and returns the first operand.
func checkMul(t *testing.T, rng *rand.Rand, name string, f func(z, x, y, t []big.Word), s, m, n int, ones bool) []big.Word {
	t.Helper()
	x, y := randomWords(rng, m, ones), randomWords(rng, n, ones)
	z := productSpace(rng, m+n)
	scratch := productSpace(rng, s)
	f(z, x, y, scratch[:s])
	checkProduct(t, name, z, x, y)
	if scratch[s] != sentinel {
		t.Fatalf("%s %d×%d words: wrote past its scratch", name, m, n)
	}
	return x
}

// addVV and subVV agree with their plain Go versions for lengths 0..20,
// carries rippling through all-ones words included.
func TestAddSubVV(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n <= 20; n++ {
		for _, ones := range []bool{false, true} {
			x, y := randomWords(rng, n, ones), randomWords(rng, n, false)
			if n > 0 {
				y[0] |= 1
			}
			for _, f := range []struct {
				name     string
				asm, ref func(z, x, y []big.Word) big.Word
			}{{"addVV", addVV, addVVGo}, {"subVV", subVV, subVVGo}} {
				z, want := make([]big.Word, n), make([]big.Word, n)
				if c, wc := f.asm(z, x, y), f.ref(want, x, y); c != wc {
					t.Fatalf("%s %d words: carry %d, want %d", f.name, n, c, wc)
				}
				for i := range want {
					if z[i] != want[i] {
						t.Fatalf("%s %d words: word %d wrong", f.name, n, i)
					}
				}
			}
		}
	}
}

// mulNat agrees with math/big on a sampled grid of sizes up to 1500 words
// each way, and for a few very unbalanced shapes.
func TestMulNatLarge(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	sizes := []int{1, 2, 7, 39, 40, 41, 79, 80, 81, 127, 160, 333, 640, 1023, 1399, 1500}
	for _, m := range sizes {
		for _, n := range sizes {
			checkMulNat(t, rng, m, n, false)
		}
	}
	for _, s := range [][2]int{{5000, 100}, {4000, 1399}, {3001, 41}} {
		checkMulNat(t, rng, s[0], s[1], false)
		checkMulNat(t, rng, s[1], s[0], true)
	}
}

// mul agrees with math/big through mulMid whatever the signs, for zero and
// one-word operands, and for squares of one Int.
func TestMulMidSignsAndSquares(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	for _, s := range [][2]int{{0, 5}, {5, 0}, {0, 0}, {1, 1}, {1, 300}, {300, 1}, {45, 45}, {200, 90}, {90, 1300}} {
		for _, signs := range [][2]int64{{1, 1}, {-1, 1}, {1, -1}, {-1, -1}} {
			x := new(big.Int).SetBits(randomWords(rng, s[0], false))
			y := new(big.Int).SetBits(randomWords(rng, s[1], false))
			x.Mul(x, big.NewInt(signs[0]))
			y.Mul(y, big.NewInt(signs[1]))
			for _, op := range [][2]*big.Int{{x, y}, {x, x}, {y, y}} {
				want := new(big.Int).Mul(op[0], op[1])
				if got := mulMid(op[0], op[1]); got.Cmp(want) != 0 {
					t.Fatalf("mulMid %d×%d words, signs %v: wrong product", s[0], s[1], signs)
				}
				if got := mul(op[0], op[1]); got.Cmp(want) != 0 {
					t.Fatalf("mul %d×%d words, signs %v: wrong product", s[0], s[1], signs)
				}
			}
		}
	}
}

// mulNat agrees with math/big for all sizes up to 60×60 words with the
// split thresholds lowered, so that every size goes through Karatsuba,
// Toom-3 or both, down to their smallest operands.
func TestMulNatLowThresholds(t *testing.T) {
	defer func(k, t3 int) { karatsubaWords, toom3Words = k, t3 }(karatsubaWords, toom3Words)
	rng := rand.New(rand.NewSource(7))
	for _, th := range [][2]int{{5, 1000}, {5, 12}, {8, 5}, {1000, 5}} {
		karatsubaWords, toom3Words = th[0], th[1]
		for m := 1; m <= 60; m++ {
			for n := 1; n <= 60; n++ {
				checkMulNat(t, rng, m, n, n%7 == 0)
			}
		}
	}
}

// FuzzMulNat checks mulNat against math/big for sizes up to 1600×1600
// words, the operands drawn from the seed (all-ones for odd seeds).
func FuzzMulNat(f *testing.F) {
	for _, s := range [][3]int{{1, 1, 1}, {39, 41, 2}, {160, 150, 3}, {1399, 700, 4}, {600, 31, 5}} {
		f.Add(int64(s[2]), uint16(s[0]), uint16(s[1]))
	}
	f.Fuzz(func(t *testing.T, seed int64, m, n uint16) {
		rng := rand.New(rand.NewSource(seed))
		checkMulNat(t, rng, int(m)%1600+1, int(n)%1600+1, seed&1 == 1)
	})
}

// negate agrees with negateGo for short lengths, a length past zeroWords'
// (on amd64), zero and all-ones words included.
func TestNegate(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	for _, n := range []int{0, 1, 2, 3, 5, 8, 13, 4095, 4096, 4097, 5000} {
		for _, ones := range []bool{false, true} {
			x := randomWords(rng, n, ones)
			if n > 2 {
				x[0], x[1] = 0, 0
			}
			got, want := append([]big.Word(nil), x...), append([]big.Word(nil), x...)
			negate(got)
			negateGo(want)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("negate %d words: word %d wrong", n, i)
				}
			}
			if n > 0 && n < 8 {
				// -x + x = 0.
				if addVV(got, got, x); cmpPadded(got, nil) != 0 {
					t.Fatalf("negate %d words: -x + x is not zero", n)
				}
			}
		}
	}
}
