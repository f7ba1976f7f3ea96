package main

import (
	"fmt"
	"sync/atomic"

	"github.com/compute-pi-go/compute-pi-go/pkg/heaplimit"
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
	algorithmChudnovsky    = 2
	algorithmPanicForTests = 255
)

var algorithms = map[int32]pi.Algorithm{
	algorithmAuto:       pi.Auto,
	algorithmSpigot:     pi.SpigotAlgorithm,
	algorithmChudnovsky: pi.ChudnovskyAlgorithm,
}

// maxDigits is the largest n for an algorithm code, or −1 if it is unknown.
// The test hook takes any n the others do.
func maxDigits(algorithm int32) int64 {
	if algorithm == algorithmPanicForTests {
		algorithm = algorithmAuto
	}
	algo, ok := algorithms[algorithm]
	if !ok {
		return -1
	}
	return int64(algo.MaxDigits())
}

// digits is cpi_digits in Go types: it checks the arguments, fills dst with
// the first n digits while polling cancel and storing progress (either may
// be nil), and turns every failure, a panic included, into a result code and
// a message. A panic must not cross into C: it would end the
// host process.
func digits(n int64, algorithm int32, dst []byte, cancel, progress *int32) (code int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			code, msg = codePanic, fmt.Sprintf("compute-pi-go: Go panic: %v", r)
		}
	}()
	max := maxDigits(algorithm)
	if max < 0 {
		return codeInvalid, fmt.Sprintf("compute-pi-go: unknown algorithm %d", algorithm)
	}
	if n < 0 || n > max {
		return codeInvalid, fmt.Sprintf("compute-pi-go: n must be from 0 to %d, got %d", max, n)
	}
	if int64(len(dst)) != n {
		return codeInvalid, "compute-pi-go: the output buffer is missing"
	}
	if algorithm == algorithmPanicForTests {
		panic("panic requested by CPI_ALGORITHM_PANIC_FOR_TESTS")
	}
	opt := pi.Options{Algorithm: algorithms[algorithm]}
	if cancel != nil {
		opt.Canceled = func() bool { return atomic.LoadInt32(cancel) != 0 }
	}
	if progress != nil {
		opt.Progress = func(f float64) { atomic.StoreInt32(progress, int32(f*1e6)) }
	}
	defer heaplimit.Reserve(len(dst))()
	fill := pi.Fill
	if n >= pi.SerialDigits {
		fill = fillUnlocked
	}
	switch err := fill(dst, opt); err {
	case nil:
		return codeOK, ""
	case pi.ErrCanceled:
		return codeCanceled, "compute-pi-go: canceled"
	default:
		return codeInvalid, err.Error()
	}
}

// fillUnlocked runs pi.Fill on a goroutine of its own and waits for it, for
// the computations that start goroutines (from pi.SerialDigits on). The
// caller is a cgo callback, locked to its C thread: each time it blocked (as
// the computation's parallel steps wait for one another) the runtime had to
// hand it back to that very thread, whose wake-up costs about 260 µs on a
// virtual machine. Unlocked, the computation waits like any goroutine, and
// the callback blocks once. A panic comes back to the caller.
func fillUnlocked(dst []byte, opt pi.Options) error {
	type result struct {
		err   error
		panic any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: r}
			}
		}()
		done <- result{err: pi.Fill(dst, opt)}
	}()
	r := <-done
	if r.panic != nil {
		panic(r.panic)
	}
	return r.err
}
