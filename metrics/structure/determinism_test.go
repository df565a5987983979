package structure

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"gbo/graph/network"
	"gbo/metrics/internal/testgraph"
)

// DiameterAPL and LocalBridges share their work among goroutines; the
// result must be the same whatever their number and the schedule.

// withWorkers runs f with the kernels forced onto k workers.
func withWorkers(k int, f func()) {
	old := parallelWorkers
	parallelWorkers = func() int { return k }
	defer func() { parallelWorkers = old }()
	f()
}

func TestParallelKernelsGiveTheSameResultOnAnyNumberOfWorkers(t *testing.T) {
	graphs := []struct {
		name string
		g    *network.Network
	}{
		// gen600's size: three 256-source batches, few local bridges.
		{"dense", testgraph.GNM(600, 12338, []float64{1, 2, 3, 4, 5}, 1)},
		// sparse: many local bridges of different spans, a few components
		// (the largest well over one batch), long paths.
		{"sparse", randomNetwork(4, 900, 1000)},
	}
	type result struct {
		diam       int
		apl        uint64 // bits
		local      []bool
		span       []int32
		localCount int
	}
	run := func(g *network.Network) result {
		var r result
		var apl float64
		r.diam, apl = DiameterAPL(g)
		r.apl = math.Float64bits(apl)
		r.local, r.span = LocalBridges(g)
		for _, l := range r.local {
			if l {
				r.localCount++
			}
		}
		return r
	}
	for _, tg := range graphs {
		var want result
		withWorkers(1, func() { want = run(tg.g) })
		if tg.name == "sparse" && want.localCount < 200 {
			t.Fatalf("sparse: %d local bridges; the graph should spread them over many workers", want.localCount)
		}
		check := func(k, rep int) {
			var got result
			withWorkers(k, func() { got = run(tg.g) })
			what := fmt.Sprintf("%s, %d workers, run %d", tg.name, k, rep)
			if got.diam != want.diam || got.apl != want.apl {
				t.Fatalf("%s: diameter %d, APL %v; with one worker %d, %v", what,
					got.diam, math.Float64frombits(got.apl), want.diam, math.Float64frombits(want.apl))
			}
			if !slices.Equal(got.local, want.local) || !slices.Equal(got.span, want.span) {
				t.Fatalf("%s: local bridges or spans differ from one worker's", what)
			}
		}
		for _, k := range []int{2, 3, 4, 7, 16} {
			check(k, 0)
		}
		for _, k := range []int{2, 7} {
			for rep := range 20 {
				check(k, rep)
			}
		}
	}
}
