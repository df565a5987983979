package depth

import (
	"runtime"
	"time"

	"gbo/graph/casedata"
)

// ScoreOptions bounds the window of evidence (docs/depth-model.md#window)
// and says when Score splits its work among the cores.
type ScoreOptions struct {
	// AsOf is the date the analysis looks from; zero means the case's as_of,
	// else the latest event date. Events after it are left out.
	AsOf time.Time
	// Since leaves out events before it (zero: none left out).
	Since time.Time
	// ParallelAbove is the size of the work above which Score splits it
	// among the cores: the partners named by the events in the window, each
	// event's distinct partners counted, summed over the events. Zero means
	// DefaultParallelAbove. The result is the same bytes either way; only
	// the time and memory differ.
	ParallelAbove int
}

// DefaultParallelAbove is ScoreOptions.ParallelAbove when it is zero: some
// 200,000 event partners, where the cores start to pay for their setup.
const DefaultParallelAbove = 200000

// workers is how many workers Score splits the work among for events
// naming n partners in all: 1 up to ParallelAbove, else scoreWorkers().
func (o ScoreOptions) workers(n int) int {
	above := o.ParallelAbove
	if above == 0 {
		above = DefaultParallelAbove
	}
	if n > above {
		return scoreWorkers()
	}
	return 1
}

// scoreWorkers is how many workers Score splits the work among above
// ScoreOptions.ParallelAbove: the cores, at most 8 (a variable, so tests
// can force several workers on a one-core machine).
var scoreWorkers = func() int { return min(runtime.GOMAXPROCS(0), 8) }

// testHookShards, when set (by tests only), is told how many ties each
// worker accumulated, one count per worker.
var testHookShards func(tiesPerWorker []int)

// EffectiveAsOf is the as-of date a case is scored from when no date is
// given (docs/depth-model.md#window): case.toml's as_of, else the latest
// event date. A case without events and without as_of (ratings only) has
// none: the zero time, as the clock must not leak into outputs (the same
// input gives the same bytes).
func EffectiveAsOf(c *casedata.Case, given time.Time) time.Time {
	if !given.IsZero() {
		return given
	}
	if !c.AsOf.IsZero() {
		return c.AsOf
	}
	var last time.Time
	for i := range c.Events {
		if c.Events[i].Date.After(last) {
			last = c.Events[i].Date
		}
	}
	return last
}

// InWindow reports whether an event falls in the scored window
// (docs/depth-model.md#window): not after as-of, not before since.
func (s *Scored) InWindow(e *casedata.Event) bool {
	return !e.Date.After(s.AsOf) && (s.Since.IsZero() || !e.Date.Before(s.Since))
}
