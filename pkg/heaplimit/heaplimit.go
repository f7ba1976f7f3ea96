// Package heaplimit keeps the Go runtime's soft memory limit in step with
// the digits of π being computed, for programs that host pkg/pi: the
// collector then runs seldom while the heap is far below what the
// computations in flight need, and often only as it nears it.
//
// A computation's live heap peaks at about 16 bytes per digit (measured with
// GODEBUG=gctrace=1 from 3·10^6 to 2·10^7 digits), in large pointer-free
// numbers that die young. Collecting at a fixed 50% growth (GOGC=50) holds
// 10^7 digits near 260 MiB but costs time at every size; the default 100%
// costs less but peaks near 390 MiB. A limit of 32 MiB plus 18 bytes per digit
// in flight holds a whole Node process computing 10^7 digits near 250 MiB
// (js/test/memory.test.js) and leaves GOGC at its default.
//
// GOMEMLIMIT in the environment stays a ceiling: the limit never goes above
// it. Without GOMEMLIMIT, in a Lambda function (AWS_LAMBDA_FUNCTION_MEMORY_SIZE
// set, in MB), the ceiling is 90% of the function's memory, set as the limit
// from the start. GOGC in the environment hands the collector to it: only
// that ceiling is set.
package heaplimit

import (
	"os"
	"regexp"
	"runtime/debug"
	"strconv"
	"sync"
)

const (
	base     = 32 << 20
	perDigit = 18
)

var (
	mu       sync.Mutex
	inFlight int64
	managed  = os.Getenv("GOGC") == ""
	ceiling  = initCeiling()
)

// initCeiling sets and returns the ceiling: GOMEMLIMIT, or 90% of a Lambda
// function's memory, or math.MaxInt64.
func initCeiling() int64 {
	c := Ceiling(os.Getenv("GOMEMLIMIT"), os.Getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(c)
	return c
}

var wholeMB = regexp.MustCompile(`^[1-9][0-9]{0,5}$`)

// Ceiling is the limit never to pass, from the GOMEMLIMIT and
// AWS_LAMBDA_FUNCTION_MEMORY_SIZE variables and the runtime's current
// limit: that limit when GOMEMLIMIT is set or the function's memory is not
// a whole number of MB, else 90% of the function's memory.
func Ceiling(gomemlimit, functionMB string, current int64) int64 {
	if gomemlimit != "" || !wholeMB.MatchString(functionMB) {
		return current
	}
	mb, _ := strconv.ParseInt(functionMB, 10, 64)
	return mb << 20 / 10 * 9
}

// Reserve counts n digits as in flight until release is called, and sets the
// limit to match. It does nothing when GOGC is set.
func Reserve(n int) (release func()) {
	if !managed {
		return func() {}
	}
	add(int64(n))
	return func() { add(-int64(n)) }
}

func add(n int64) {
	mu.Lock()
	defer mu.Unlock()
	inFlight += n
	debug.SetMemoryLimit(Limit(inFlight))
}

// Limit is the soft memory limit, in bytes, for n digits in flight.
func Limit(n int64) int64 {
	return min(base+perDigit*n, ceiling)
}

// InFlight is the number of digits reserved and not yet released: the
// computations running, those whose callers stopped waiting included. It
// is 0 when GOGC is set.
func InFlight() int64 {
	mu.Lock()
	defer mu.Unlock()
	return inFlight
}
