package main

import (
	"os"
	"regexp"
	"strconv"

	"github.com/compute-pi-go/compute-pi-go/pkg/heaplimit"
)

// The twin's own memory model, an upper bound of measured peaks as
// lambda/memory.js's is: the resident set (VmHWM) of the bootstrap process
// (dist/function-go-x86_64.zip under the emulator) answering one HTTP GET
// for n digits:
//
//	n        1    10^5  3·10^5  10^6  2·10^6  3·10^6  5·10^6  6·10^6
//	MiB    6.6    12.5    15.8  33.5    55.6    69.7   112.1   127.8
//
// The steepest measured growth is about 27 bytes a digit (3·10^5 to 10^6)
// and 21 on average; the highest measured peak less 24 bytes a digit is
// 10.6 MiB: the model adds 9.4 MiB to that.
const (
	baseBytes     = 20 << 20
	bytesPerDigit = 24
)

// InsufficientMemoryError is a request that would not fit the function's
// memory (errorType of a direct invoke, as in Node).
type InsufficientMemoryError struct{ message string }

func (e *InsufficientMemoryError) Error() string { return e.message }

var wholeMB = regexp.MustCompile(`^[1-9][0-9]{0,5}$`)

// functionMemoryMB is AWS_LAMBDA_FUNCTION_MEMORY_SIZE, or false when it is
// not set to a whole number of MB.
func functionMemoryMB() (int, bool) {
	text := os.Getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
	if !wholeMB.MatchString(text) {
		return 0, false
	}
	mb, _ := strconv.Atoi(text)
	return mb, true
}

// fits reports whether computing digits fits in mb MB beside the digits
// still in flight (a computation stopped at its deadline goes on until its
// next check, beside the next request).
func fits(digits, mb int) bool {
	return baseBytes+bytesPerDigit*(int64(digits)+heaplimit.InFlight()) <= int64(mb)<<20
}
