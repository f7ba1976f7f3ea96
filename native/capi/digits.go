package main

import (
	"fmt"
	"sync/atomic"

	"github.com/compute-pi-go/compute-pi-go/pkg/pi"
)

// Result and algorithm codes, as in compute_pi.h (main.go checks they agree).
const (
	codeOK       = 0
	codeInvalid  = 1
	codeCanceled = 2
	codePanic    = 3

	algorithmAuto          = 0
	algorithmSpigot        = 1
	algorithmPanicForTests = 255
)

const maxDigits = pi.MaxDigits

var algorithms = map[int32]pi.Algorithm{
	algorithmAuto:   pi.Auto,
	algorithmSpigot: pi.SpigotAlgorithm,
}

// digits is cpi_digits in Go types: it checks the arguments, fills dst with
// the first n digits, and turns every failure, a panic included, into a
// result code and a message. A panic must not cross into C: it would end the
// host process.
func digits(n int64, algorithm int32, dst []byte, cancel *int32) (code int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			code, msg = codePanic, fmt.Sprintf("compute-pi-go: Go panic: %v", r)
		}
	}()
	if n < 0 || n > maxDigits {
		return codeInvalid, fmt.Sprintf("compute-pi-go: n must be from 0 to %d, got %d", maxDigits, n)
	}
	if int64(len(dst)) != n {
		return codeInvalid, "compute-pi-go: the output buffer is missing"
	}
	if algorithm == algorithmPanicForTests {
		panic("panic requested by CPI_ALGORITHM_PANIC_FOR_TESTS")
	}
	algo, ok := algorithms[algorithm]
	if !ok {
		return codeInvalid, fmt.Sprintf("compute-pi-go: unknown algorithm %d", algorithm)
	}
	opt := pi.Options{Algorithm: algo}
	if cancel != nil {
		opt.Canceled = func() bool { return atomic.LoadInt32(cancel) != 0 }
	}
	switch err := pi.Fill(dst, opt); err {
	case nil:
		return codeOK, ""
	case pi.ErrCanceled:
		return codeCanceled, "compute-pi-go: canceled"
	default:
		return codeInvalid, err.Error()
	}
}
