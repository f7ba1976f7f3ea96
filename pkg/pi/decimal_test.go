package pi

import (
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// exactDigits is floor(f·10^k / 2^s) as k digit characters, by math/big.
func exactDigits(f *big.Int, s uint, k int) string {
	g := new(big.Int).Mul(f, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
	text := g.Rsh(g, s).Text(10)
	return strings.Repeat("0", k-len(text)) + text
}

func writeFraction(f *big.Int, s uint, e int64, k int) (string, bool) {
	dst := make([]byte, k)
	ok := newDecimal(never).write(dst, fraction{f: f, s: s, e: big.NewInt(e)}, 2)
	for i := range dst {
		dst[i] += '0'
	}
	return string(dst), ok
}

// decimal.write gives the digits math/big gives, leading zeros included,
// whatever the error bound when the digits are far from undecided.
func TestDecimalAgainstExact(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, k := range []int{1, 1999, 2000, 2001, 9_999, 65_537} {
		s := uint(math.Ceil(float64(k)*log2of10)) + 160
		for _, zeros := range []int{0, 1, 700} { // leading zero digits
			if zeros > k {
				continue
			}
			lead := uint(float64(zeros) * log2of10)
			f := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), s-lead))
			want := exactDigits(f, s, k)
			for _, e := range []int64{0, 1, 2 * piError} {
				got, ok := writeFraction(f, s, e, k)
				if !ok || got != want {
					t.Fatalf("k=%d zeros=%d e=%d: ok=%v, first difference at %d", k, zeros, e, ok, firstDifference(got, want))
				}
			}
		}
	}
}

// A fraction whose digits after some point are 999… or 000… for longer than
// the error bound allows is reported as undecided; known exactly, it is not.
func TestDecimalUndecided(t *testing.T) {
	const k = 10_000
	s := uint(math.Ceil(k*log2of10)) + 160
	half := new(big.Int).Lsh(big.NewInt(1), s-1)        // 0.5000…
	below := new(big.Int).Sub(half, big.NewInt(1<<20))  // 0.4999…9 then other digits
	if _, ok := writeFraction(below, s, 1<<21, k); ok { // up to 0.5000…
		t.Error("0.4999… within its error bound of 0.5: reported certain")
	}
	if got, ok := writeFraction(half, s, 0, k); !ok || got != "5"+strings.Repeat("0", k-1) {
		t.Errorf("exactly 0.5: ok=%v, digits %.20s…", ok, got)
	}
	// φ just below a/10^k: the k digits of a − 1, then a run of 9s longer
	// than the guard bits, covered by the error bound.
	a := new(big.Int).Rand(rand.New(rand.NewSource(4)), new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
	f := new(big.Int).Lsh(a, s)
	f.Div(f, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil))
	f.Sub(f, big.NewInt(1<<30))
	if _, ok := writeFraction(f, s, 1<<31, k); ok {
		t.Error("a/10^k − tiny within its error bound of a/10^k: reported certain")
	}
	want := new(big.Int).Sub(a, big.NewInt(1)).Text(10)
	want = strings.Repeat("0", k-len(want)) + want
	if got, ok := writeFraction(f, s, 0, k); !ok || got != want {
		t.Errorf("a/10^k − tiny known exactly: ok=%v, first difference at %d", ok, firstDifference(got, want))
	}
}

func firstDifference(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// sumBelow agrees with the sum's length, near 2^s too.
func TestSumBelow(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for range 3000 {
		s := uint(1 + rng.Intn(300))
		x := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), s))
		if rng.Intn(2) == 0 { // x's top bits all ones, down to a random one
			ones := new(big.Int).Lsh(big.NewInt(1), s)
			ones.Sub(ones, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(int(s)+1))))
			x.Or(x, ones)
		}
		y := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(int(s)+2))))
		want := uint(new(big.Int).Add(x, y).BitLen()) <= s
		if got := sumBelow(x, y, s); got != want {
			t.Fatalf("sumBelow(%v, %v, %d) = %v, want %v", x, y, s, got, want)
		}
	}
}
