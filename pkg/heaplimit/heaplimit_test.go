package heaplimit

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime/debug"
	"slices"
	"strings"
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
	if got := InFlight(); got != 11_000_000 {
		t.Errorf("in flight: %d", got)
	}
	if got, want := limit(), int64(base+perDigit*11_000_000); got != want {
		t.Errorf("two in flight: limit %d, want %d", got, want)
	}
	b()
	if got, want := limit(), int64(base+perDigit*1_000_000); got != want {
		t.Errorf("one released: limit %d, want %d", got, want)
	}
	a()
	if InFlight() != 0 {
		t.Errorf("in flight after release: %d", InFlight())
	}
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

// In a Lambda function without GOMEMLIMIT, the ceiling is 90% of the
// function's memory; GOMEMLIMIT, or a memory size that is not a whole
// number of MB, leaves the runtime's limit as it is.
func TestCeilingFromFunctionMemory(t *testing.T) {
	const none = math.MaxInt64
	for _, c := range []struct {
		gomemlimit, mb string
		want           int64
	}{
		{"", "128", 128 << 20 / 10 * 9},
		{"", "1769", 1769 << 20 / 10 * 9},
		{"", "10240", 10240 << 20 / 10 * 9},
		{"1500MiB", "1769", none},
		{"", "", none},
		{"", "0", none},
		{"", "-128", none},
		{"", "12.5", none},
		{"", "1e3", none},
		{"", "99999999999", none},
	} {
		if got := Ceiling(c.gomemlimit, c.mb, none); got != c.want {
			t.Errorf("GOMEMLIMIT=%q AWS_LAMBDA_FUNCTION_MEMORY_SIZE=%q: ceiling %d, want %d", c.gomemlimit, c.mb, got, c.want)
		}
	}
}

// A process started with AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128 and no
// GOMEMLIMIT has the 90% limit from its start, before any Reserve.
func TestFunctionMemorySetsTheLimitAtStart(t *testing.T) {
	if os.Getenv("HEAPLIMIT_CHILD") == "1" {
		fmt.Print(debug.SetMemoryLimit(-1))
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFunctionMemorySetsTheLimitAtStart$")
	cmd.Env = append(withoutVars(os.Environ(), "GOMEMLIMIT", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), "HEAPLIMIT_CHILD=1", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprint(128 << 20 / 10 * 9); !strings.HasPrefix(string(out), want) {
		t.Errorf("limit at start: %q, want %s", out, want)
	}
}

func withoutVars(env []string, names ...string) []string {
	var kept []string
	for _, kv := range env {
		if !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(kv, n+"=") }) {
			kept = append(kept, kv)
		}
	}
	return kept
}
