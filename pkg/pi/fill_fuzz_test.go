package pi

import (
	"bytes"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// FuzzFill checks Fill for any n up to the reference's 20,000 digits, any
// algorithm value (unknown ones included) and a cancellation after any
// number of polls: the digits are the reference's prefix unless Fill
// returns an error, ErrCanceled comes exactly when Canceled has said true,
// and progress never goes back and ends at 1. The seeds are in
// testdata/fuzz/FuzzFill; go test runs them, go test -fuzz=FuzzFill
// explores.
func FuzzFill(f *testing.F) {
	ref := referenceDigits(f)
	f.Fuzz(func(t *testing.T, n uint16, algorithm int8, cancelAfter int16) {
		count := int(n) % (len(ref) + 1)
		algo := Algorithm(algorithm)
		var polls, trues atomic.Int64
		opt := Options{Algorithm: algo}
		if cancelAfter >= 0 {
			opt.Canceled = func() bool {
				if polls.Add(1) > int64(cancelAfter) {
					trues.Add(1)
					return true
				}
				return false
			}
		}
		var mu sync.Mutex
		var reports []float64
		opt.Progress = func(done float64) {
			mu.Lock()
			reports = append(reports, done)
			mu.Unlock()
		}

		dst := make([]byte, count)
		err := Fill(dst, opt)

		if algo.MaxDigits() < 0 {
			if err == nil || errors.Is(err, ErrCanceled) {
				t.Fatalf("unknown algorithm %v: error %v", algo, err)
			}
			return
		}
		if (err == ErrCanceled) != (trues.Load() > 0) {
			t.Fatalf("n=%d %v: error %v after Canceled said true %d times", count, algo, err, trues.Load())
		}
		for k, r := range reports {
			if r < 0 || r > 1 || k > 0 && r < reports[k-1] {
				t.Fatalf("n=%d %v: progress report %d is %v after %v", count, algo, k, r, reports[max(k-1, 0)])
			}
		}
		if err != nil {
			if err != ErrCanceled {
				t.Fatalf("n=%d %v: %v", count, algo, err)
			}
			return
		}
		if !bytes.Equal(dst, ref[:count]) {
			t.Fatalf("n=%d %v: digits differ from the reference", count, algo)
		}
		if len(reports) == 0 || reports[len(reports)-1] != 1 {
			t.Fatalf("n=%d %v: last progress report is not 1 (%d reports)", count, algo, len(reports))
		}
	})
}
