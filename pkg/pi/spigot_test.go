package pi

import (
	"bytes"
	"fmt"
	"math/big"
	"math/bits"
	"math/rand"
	"testing"
)

// The spigot's first 10,000 digits equal the reference, which covers every
// n ≤ 10,000 since each n is a prefix.
func TestSpigotMatchesReference(t *testing.T) {
	want := referenceDigits(t)[:10000]
	s := NewSpigot()
	for k, w := range want {
		if got := s.Next(); got != w {
			t.Fatalf("digit %d: got %d, want %d", k+1, got, w)
		}
	}
}

func TestFillSmallCounts(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want []byte
	}{
		{0, []byte{}},
		{1, []byte{3}},
		{2, []byte{3, 1}},
		{5, []byte{3, 1, 4, 1, 5}},
	} {
		got := make([]byte, tc.n)
		if err := Fill(got, Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, tc.want) {
			t.Errorf("n=%d: got %v, want %v", tc.n, got, tc.want)
		}
	}
}

// The Feynman point: the six 9s at decimal places 762–767 are digits
// 763–768 here, since the leading 3 is digit 1. Every count that ends in or
// just after the run is exact, not rounded up.
func TestFillFeynmanPoint(t *testing.T) {
	ref := referenceDigits(t)
	for n := 760; n <= 770; n++ {
		got := make([]byte, n)
		if err := Fill(got, Options{Algorithm: SpigotAlgorithm}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, ref[:n]) {
			t.Fatalf("n=%d: differs from the reference", n)
		}
	}
	if want := []byte{4, 9, 9, 9, 9, 9, 9, 8}; !bytes.Equal(ref[761:769], want) {
		t.Fatalf("reference digits 762-769: %v, want %v", ref[761:769], want)
	}
}

func TestDigitsStopsEarly(t *testing.T) {
	var got []byte
	for d := range Digits() {
		got = append(got, d)
		if len(got) == 7 {
			break
		}
	}
	if want := []byte{3, 1, 4, 1, 5, 9, 2}; !bytes.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestFillCanceled(t *testing.T) {
	polls := 0
	err := Fill(make([]byte, 1000), Options{Algorithm: SpigotAlgorithm, Canceled: func() bool {
		polls++
		return polls > 10
	}})
	if err != ErrCanceled {
		t.Fatalf("got %v, want ErrCanceled", err)
	}
	if polls != 11 {
		t.Fatalf("polled %d times, want 11", polls)
	}
}

func TestFillRejects(t *testing.T) {
	if err := Fill(make([]byte, MaxSpigotDigits+1), Options{Algorithm: SpigotAlgorithm}); err == nil {
		t.Error("spigot, n = MaxSpigotDigits+1: no error")
	}
	if err := Fill(make([]byte, 1), Options{Algorithm: Algorithm(99)}); err == nil {
		t.Error("unknown algorithm: no error")
	}
}

func BenchmarkSpigot1000(b *testing.B)  { benchmarkSpigot(b, 1000) }
func BenchmarkSpigot10000(b *testing.B) { benchmarkSpigot(b, 10000) }

func benchmarkSpigot(b *testing.B, n int) {
	dst := make([]byte, n)
	b.ReportAllocs()
	for b.Loop() {
		if err := Fill(dst, Options{Algorithm: SpigotAlgorithm}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCrossover times both algorithms around the count where Auto
// switches from the spigot to Chudnovsky (spigotCrossover).
func BenchmarkCrossover(b *testing.B) {
	for _, n := range []int{20, 50, 100, 200, 400} {
		for _, algo := range []Algorithm{SpigotAlgorithm, ChudnovskyAlgorithm} {
			b.Run(fmt.Sprintf("%s/%d", algo, n), func(b *testing.B) {
				dst := make([]byte, n)
				for b.Loop() {
					if err := Fill(dst, Options{Algorithm: algo}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// The full division that Next falls back on when the floating-point
// estimate is too close to call agrees with every estimate it trusts, and
// gives the reference digits on its own.
func TestSpigotExactDigit(t *testing.T) {
	want := referenceDigits(t)[:3000]
	s := NewSpigot()
	for k, w := range want {
		exact := s.exactDigit()
		if est, ok := s.estimate(float64(27*s.i-12), 5); ok && est != exact {
			t.Fatalf("digit %d: estimate %d, exact %d", k+1, est, exact)
		}
		if exact != uint64(w) {
			t.Fatalf("digit %d: exact %d, want %d", k+1, exact, w)
		}
		if got := s.Next(); got != w {
			t.Fatalf("digit %d: got %d, want %d", k+1, got, w)
		}
	}
}

// divExact gives back x from x·d, for odd and even d of every size.
func TestDivExact(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	for range 2000 {
		x := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(2000))))
		d := big.Word(rng.Uint64())
		switch rng.Intn(3) {
		case 0:
			d >>= rng.Intn(bits.UintSize)
		case 1:
			d <<= rng.Intn(bits.UintSize)
		}
		if d == 0 {
			d = 1
		}
		y := new(big.Int).Mul(x, new(big.Int).SetBits([]big.Word{d}))
		got := new(big.Int).SetBits(divExact(y.Bits(), d))
		if got.Cmp(x) != 0 {
			t.Fatalf("divExact(%v·%d, %d) = %v", x, d, d, got)
		}
	}
}
