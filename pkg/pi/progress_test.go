package pi

import (
	"sync"
	"testing"
)

// Progress rises from 0 to 1, never goes back, and reports along the way.
func TestProgress(t *testing.T) {
	for _, tc := range []struct {
		algo Algorithm
		n    int
	}{{SpigotAlgorithm, 3000}, {ChudnovskyAlgorithm, 200_000}} {
		var mu sync.Mutex
		var seen []float64
		err := Fill(make([]byte, tc.n), Options{Algorithm: tc.algo, Progress: func(f float64) {
			mu.Lock()
			seen = append(seen, f)
			mu.Unlock()
		}})
		if err != nil {
			t.Fatal(err)
		}
		distinct := map[float64]bool{}
		for k, f := range seen {
			if f < 0 || f > 1 || k > 0 && f < seen[k-1] {
				t.Fatalf("%v: report %d is %v after %v", tc.algo, k, f, seen[max(k-1, 0)])
			}
			distinct[f] = true
		}
		if seen[len(seen)-1] != 1 {
			t.Fatalf("%v: last report %v, want 1", tc.algo, seen[len(seen)-1])
		}
		if len(distinct) < 10 {
			t.Fatalf("%v: only %d distinct reports", tc.algo, len(distinct))
		}
	}
}
