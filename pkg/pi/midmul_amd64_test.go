//go:build amd64

package pi

import (
	"math/rand"
	"testing"
)

// mulIFMA agrees with math/big for every size up to 140 words by a sampled
// other size, up to the largest it takes, random and all-ones, with
// garbage scratch of exactly the size it asks for.
func TestMulIFMA(t *testing.T) {
	if !ifmaOK {
		t.Skip("no AVX-512 IFMA")
	}
	rng := rand.New(rand.NewSource(8))
	check := func(m, n int, ones bool) {
		checkMul(t, rng, "mulIFMA", mulIFMA, ifmaScratch(m, n), m, n, ones)
	}
	for m := 1; m <= 140; m++ {
		for n := 1; n <= 140; n += 1 + rng.Intn(4) {
			check(m, n, m%5 == 0)
		}
	}
	for _, s := range [][2]int{{779, 779}, {779, 1}, {3000, 100}, {1, 2000}} {
		check(s[0], s[1], false)
		check(s[0], s[1], true)
	}
}

// mulNat agrees with math/big with mulIFMA as the basecase from one word
// under Karatsuba and Toom-3 at low thresholds, and with it switched off.
func TestMulNatIFMAThresholds(t *testing.T) {
	defer func(k, t3, f int, ok bool) {
		karatsubaWords, toom3Words, ifmaWords, ifmaOK = k, t3, f, ok
	}(karatsubaWords, toom3Words, ifmaWords, ifmaOK)
	rng := rand.New(rand.NewSource(9))
	for _, th := range [][3]int{{5, 12, 1}, {20, 40, 3}, {1000, 1000, 1}} {
		karatsubaWords, toom3Words, ifmaWords = th[0], th[1], th[2]
		for m := 1; m <= 70; m++ {
			for n := 1; n <= 70; n += 1 + rng.Intn(3) {
				checkMulNat(t, rng, m, n, n%7 == 0)
			}
		}
	}
	ifmaOK = false
	for m := 1; m <= 70; m += 3 {
		checkMulNat(t, rng, m, 70-m+1, false)
	}
}

// The whole computation is right with each basecase this package may pick
// on amd64: 10^6 digits (products up to the transform's sizes through every
// split) against the reference hash, with IFMA where the processor has it,
// with the MULX rows, and with math/big alone.
func TestChudnovskyEachBasecase(t *testing.T) {
	defer func(ifma, mid bool) { ifmaOK, midMulOK = ifma, mid }(ifmaOK, midMulOK)
	want := referenceHashes(t)[1_000_000]
	configs := []struct {
		name      string
		ifma, mid bool
	}{{"IFMA", true, true}, {"MULX", false, true}, {"math/big", false, false}}
	for _, c := range configs {
		if c.ifma && !ifmaOK {
			continue // the processor has no IFMA: the MULX run covers it
		}
		ifmaOK, midMulOK = c.ifma, c.mid
		if got := hashDigits(chudnovskyDigits(t, 1_000_000)); got != want {
			t.Errorf("%s: 10^6 digits differ from the reference hash", c.name)
		}
	}
}
