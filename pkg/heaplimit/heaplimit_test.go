package heaplimit

import (
	"math"
	"runtime/debug"
	"testing"
)

// Reservations add up and release exactly what they reserved; the limit at
// 10^7 digits stays under the 300 MiB the package promises.
func TestReserveTracksDigitsInFlight(t *testing.T) {
	if !managed {
		t.Skip("GOGC is set: the collector is the environment's")
	}
	defer func(c int64) { ceiling = c }(ceiling)
	ceiling = math.MaxInt64
	limit := func() int64 { return debug.SetMemoryLimit(-1) }
	a := Reserve(1_000_000)
	b := Reserve(10_000_000)
	if got, want := limit(), int64(base+perDigit*11_000_000); got != want {
		t.Errorf("two in flight: limit %d, want %d", got, want)
	}
	b()
	if got, want := limit(), int64(base+perDigit*1_000_000); got != want {
		t.Errorf("one released: limit %d, want %d", got, want)
	}
	a()
	if got := limit(); got != base {
		t.Errorf("none in flight: limit %d, want %d", got, base)
	}
	if Limit(10_000_000) > 300<<20 {
		t.Errorf("Limit(10^7) = %d MiB", Limit(10_000_000)>>20)
	}
}

// GOMEMLIMIT is a ceiling the limit never passes.
func TestLimitStaysUnderGOMEMLIMIT(t *testing.T) {
	defer func(c int64) { ceiling = c }(ceiling)
	ceiling = 100 << 20
	if got := Limit(1_000_000); got != base+perDigit*1_000_000 {
		t.Errorf("under the ceiling: %d", got)
	}
	if got := Limit(10_000_000); got != 100<<20 {
		t.Errorf("over the ceiling: %d, want %d", got, 100<<20)
	}
}
