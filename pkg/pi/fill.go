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
// ChudnovskyAlgorithm. It follows from memory and time: measured here, the
// live heap peaks near 16 bytes per digit; with pkg/heaplimit's limit a whole
// Node process peaks near 250 MiB at 10^7 digits and 1.8 GiB at 10^8, in 48 s
// on 2 cores. That fits the largest Lambda function (10,240 MB, 6
// vCPUs, 15 minutes) with room to spare, which 10^9 (about 18 GiB) would not;
// the JavaScript string of 10^8 digits also stays under V8's 2^29−24 limit.
const MaxDigits = 100_000_000

// MaxSpigotDigits is the largest digit count Fill accepts with
// SpigotAlgorithm. It follows from time: the spigot is O(n²); it once took
// 0.18 s for 10^4 digits on one core here and 8 minutes for 5×10^5, inside
// Lambda's 15-minute limit with room for a slower vCPU. Since each step
// divides out the common factor, 5×10^5 digits take about 1 minute.
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

// SerialDigits is the digit count below which Fill computes on the calling
// goroutine alone and starts none, whatever the algorithm and GOMAXPROCS.
// There, a second core saves less than waking it costs: on a 2-vCPU virtual
// machine a goroutine started while the other core idled began after 260 µs
// (median of 200), and 10^4 digits take 1–2 ms in all. Measured through
// Node on 2 cores, serial/parallel time: 0.89 at 10^4, 0.97 at 2·10^4, 1.13
// at 3·10^4 (interleaved pairs).
const SerialDigits = 20_000

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
	// Progress, when not nil, is called with the fraction of the work done,
	// from 0 to 1, never decreasing, as the computation goes; possibly from
	// several goroutines at once, so it must be safe for concurrent use and
	// quick.
	Progress func(done float64)
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
	j := newJob(opt)
	fill := fillChudnovsky
	if opt.Algorithm == SpigotAlgorithm || opt.Algorithm == Auto && len(dst) < spigotCrossover {
		fill = fillSpigot
	}
	if err := run(func() { fill(dst, j) }); err != nil {
		return err
	}
	j.finish()
	return nil
}

// run calls f and turns the errStop panic of a canceled job into ErrCanceled;
// any other panic goes on.
func run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errStop); !ok {
				panic(r)
			}
			err = ErrCanceled
		}
	}()
	f()
	return nil
}

// fillSpigot fills dst from a new Spigot, checking the job before each
// digit. The k-th digit costs about k steps, so after k of n digits the work
// done is about (k/n)².
func fillSpigot(dst []byte, j *job) {
	j.stage(1, float64(len(dst))*float64(len(dst)))
	s := NewSpigot()
	for k := range dst {
		j.check()
		dst[k] = s.Next()
		if k%64 == 63 {
			j.advance(float64(64 * (2*k - 62)))
		}
	}
}
