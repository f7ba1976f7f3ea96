package pi

import (
	"errors"
	"fmt"
)

// Algorithm selects how Fill computes digits.
type Algorithm int

const (
	// Auto picks the fastest algorithm for the requested count.
	Auto Algorithm = iota
	// SpigotAlgorithm is Gibbons' spigot (see Spigot): O(n²), the reference.
	SpigotAlgorithm
	// ChudnovskyAlgorithm sums the Chudnovsky series by parallel binary
	// splitting: O(n log³ n).
	ChudnovskyAlgorithm
)

// String returns the algorithm's name as the JavaScript API spells it.
func (a Algorithm) String() string {
	switch a {
	case Auto:
		return "auto"
	case SpigotAlgorithm:
		return "spigot"
	case ChudnovskyAlgorithm:
		return "chudnovsky"
	}
	return fmt.Sprintf("Algorithm(%d)", int(a))
}

// MaxDigits is the largest digit count Fill accepts with Auto and
// ChudnovskyAlgorithm. It follows from memory: Chudnovsky peaks at about 33
// bytes per digit (323 MiB resident at 10^7 digits, measured), so 10^8
// digits need about 3.3 GB, which fits a Lambda function (10,240 MB at most)
// and leaves the JavaScript string of the result (1 byte per digit) under
// V8's limit of 2^29−24 characters.
const MaxDigits = 100_000_000

// MaxSpigotDigits is the largest digit count Fill accepts with
// SpigotAlgorithm. It follows from time: the spigot is O(n²) and takes 0.18
// s for 10^4 digits on one core here, so 5×10^5 digits take about 8
// minutes, inside Lambda's 15-minute limit with room for a slower vCPU.
const MaxSpigotDigits = 500_000

// MaxDigits returns the largest digit count Fill accepts with a, or −1 for
// an unknown algorithm.
func (a Algorithm) MaxDigits() int {
	switch a {
	case Auto, ChudnovskyAlgorithm:
		return MaxDigits
	case SpigotAlgorithm:
		return MaxSpigotDigits
	}
	return -1
}

// spigotCrossover is the digit count from which Auto picks Chudnovsky over
// the spigot (measured: see BenchmarkCrossover).
const spigotCrossover = 150

// ErrCanceled is returned by Fill when Options.Canceled reported true.
var ErrCanceled = errors.New("pi: computation canceled")

// Options tune Fill. The zero value computes with Auto and cannot be
// canceled.
type Options struct {
	Algorithm Algorithm
	// Canceled, when not nil, is polled between steps of the computation
	// (before the first one too); once it returns true, Fill stops and
	// returns ErrCanceled.
	Canceled func() bool
}

// Fill writes the first len(dst) digits of π (byte values 0–9, the leading
// 3 first) into dst. It returns an error for a length above MaxDigits, an
// unknown algorithm, or cancellation; dst is then left partly written.
func Fill(dst []byte, opt Options) error {
	if max := opt.Algorithm.MaxDigits(); max < 0 {
		return fmt.Errorf("pi: unknown algorithm %v", opt.Algorithm)
	} else if len(dst) > max {
		return fmt.Errorf("pi: %d digits requested, the maximum for %v is %d", len(dst), opt.Algorithm, max)
	}
	canceled := opt.Canceled
	if canceled == nil {
		canceled = func() bool { return false }
	}
	switch opt.Algorithm {
	case SpigotAlgorithm:
		return fillSpigot(dst, canceled)
	case ChudnovskyAlgorithm:
		return fillChudnovsky(dst, canceled)
	default: // Auto
		if len(dst) < spigotCrossover {
			return fillSpigot(dst, canceled)
		}
		return fillChudnovsky(dst, canceled)
	}
}

// fillSpigot fills dst from a new Spigot, polling canceled before each digit.
func fillSpigot(dst []byte, canceled func() bool) error {
	s := NewSpigot()
	for k := range dst {
		if canceled() {
			return ErrCanceled
		}
		dst[k] = s.Next()
	}
	return nil
}
