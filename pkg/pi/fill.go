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
)

// String returns the algorithm's name as the JavaScript API spells it.
func (a Algorithm) String() string {
	switch a {
	case Auto:
		return "auto"
	case SpigotAlgorithm:
		return "spigot"
	}
	return fmt.Sprintf("Algorithm(%d)", int(a))
}

// MaxDigits is the largest digit count Fill accepts.
//
// It follows from time: the spigot is O(n²) and computes 10^5 digits in
// about 4 s on one 2020s x86-64 core, so 10^6 digits take about 7 minutes,
// the most that fits comfortably inside AWS Lambda's 15-minute limit on a
// slower Lambda vCPU.
const MaxDigits = 1_000_000

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
	if len(dst) > MaxDigits {
		return fmt.Errorf("pi: %d digits requested, the maximum is %d", len(dst), MaxDigits)
	}
	canceled := opt.Canceled
	if canceled == nil {
		canceled = func() bool { return false }
	}
	switch opt.Algorithm {
	case Auto, SpigotAlgorithm:
		return fillSpigot(dst, canceled)
	}
	return fmt.Errorf("pi: unknown algorithm %v", opt.Algorithm)
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
