package community

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"gbo/graph/network"
)

// Louvain's runs share goroutines; the partition kept must be the same
// whatever their number and the schedule.

func withWorkers(k int, f func()) {
	old := parallelWorkers
	parallelWorkers = func() int { return k }
	defer func() { parallelWorkers = old }()
	f()
}

func TestLouvainGivesTheSamePartitionOnAnyNumberOfWorkers(t *testing.T) {
	for _, tg := range []struct {
		name string
		g    *network.Network
	}{
		{"gen600-sized (2 runs)", randomGnm(600, 12338, 1)}, // above smallNetwork: fewRuns
		{"small (many runs)", randomGnm(400, 1600, 2)},
	} {
		var want []int32
		var wantQ float64
		withWorkers(1, func() { want, wantQ = Louvain(tg.g, 7) })
		check := func(k, rep int) {
			var got []int32
			var q float64
			withWorkers(k, func() { got, q = Louvain(tg.g, 7) })
			what := fmt.Sprintf("%s, %d workers, run %d", tg.name, k, rep)
			if math.Float64bits(q) != math.Float64bits(wantQ) {
				t.Fatalf("%s: modularity %v, with one worker %v", what, q, wantQ)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s: partition differs from one worker's", what)
			}
		}
		for _, k := range []int{2, 3, 4, 7, 16} {
			check(k, 0)
		}
		reps := 20
		if testing.Short() {
			reps = 3
		}
		for _, k := range []int{2, 7} {
			for rep := range reps {
				check(k, rep)
			}
		}
	}
}
