package pi

import (
	"math/rand"
	"testing"
)

// block's word loops give blockInts' sums (the 32-bit platforms' path, and
// the plain big.Int statement of the recurrence), from the first term to
// MaxDigits' last, for every block length.
func TestBlockMatchesBlockInts(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := range 3000 {
		a := rng.Int63n(7_060_000)
		if i%3 == 0 {
			a = rng.Int63n(100)
		}
		b := a + 1 + rng.Int63n(blockTerms)
		got, want := block(a, b), blockInts(a, b)
		if got.P.Cmp(want.P) != 0 || got.Q.Cmp(want.Q) != 0 || got.T.Cmp(want.T) != 0 || got.z != want.z {
			t.Fatalf("block(%d, %d) differs from blockInts", a, b)
		}
	}
}
