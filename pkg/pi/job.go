package pi

import (
	"math"
	"sync"
)

// job links one computation to its caller: it polls for cancellation and
// reports the fraction done, stage by stage, each stage a share of the whole.
// Reports are made under the lock, so they reach the caller in order.
type job struct {
	canceled func() bool
	report   func(float64)

	mu           sync.Mutex
	base, weight float64 // the fraction before this stage; this stage's share
	done, total  float64 // this stage's work: done of total
	last         float64 // last fraction reported: reports never go back
}

func newJob(opt Options) *job {
	j := &job{canceled: opt.Canceled, report: opt.Progress}
	if j.canceled == nil {
		j.canceled = func() bool { return false }
	}
	if j.report == nil {
		j.report = func(float64) {}
	}
	return j
}

// errStop unwinds a computation when canceled() reports true.
type errStop struct{}

// check panics with errStop once the caller has canceled; Fill recovers it.
func (j *job) check() {
	if j.canceled() {
		panic(errStop{})
	}
}

// stage ends the current stage and starts one that is weight of the whole
// and counts total units of work.
func (j *job) stage(weight, total float64) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.base += j.weight
	j.weight, j.done, j.total = weight, 0, total
	j.report(j.fraction())
}

// advance records units of work done in the current stage.
func (j *job) advance(units float64) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.done += units
	j.report(j.fraction())
}

// finish reports the whole done.
func (j *job) finish() {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.last = 1
	j.report(1)
}

func (j *job) fraction() float64 {
	f := j.base
	if j.total > 0 {
		f += j.weight * math.Min(1, j.done/j.total)
	}
	j.last = math.Max(j.last, math.Min(f, 1))
	return j.last
}
