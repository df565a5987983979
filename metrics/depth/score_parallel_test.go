package depth

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gbo/graph/casedata"
)

// The parallel scorer must give the very same ties, bytes and all, as one
// core: each tie's sums are made in event order either way.
func TestParallelScoringEqualsSerial(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	var ps []casedata.Partner
	for i := 0; i < 60; i++ {
		ps = append(ps, casedata.Partner{ID: fmt.Sprintf("p%02d", i), Sector: "X"})
	}
	kinds := []string{"introduction", "info_exchange", "referral", "case_consultation", "joint_action"}
	c := &casedata.Case{Partners: ps, HasPeople: true, People: []casedata.Person{{ID: "a", Partner: "p01"}, {ID: "b", Partner: "p02"}}}
	for i := 0; i < 3000; i++ {
		e := ev(fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28)), ps[rng.IntN(60)].ID, ps[rng.IntN(60)].ID, kinds[rng.IntN(5)], 1+rng.IntN(3), "a", "b")
		e.With = append(e.With, ps[rng.IntN(60)].ID)
		if e.With[0] == e.From {
			continue
		}
		e.Object = fmt.Sprintf("o%d", rng.IntN(4))
		c.Events = append(c.Events, e)
	}
	c.Ratings = []casedata.Rating{{From: "p03", To: "p59", Depth: 4}}
	// score runs Score with the given number of workers (1: the serial
	// path) and returns the ties' JSON and how many ties each worker made.
	// The workers are forced, whatever GOMAXPROCS or the machine's cores:
	// on a one-core machine Score would otherwise take the serial path both
	// times and the test would compare serial with serial.
	score := func(workers int) (string, []int) {
		oldWorkers, oldHook := scoreWorkers, testHookShards
		defer func() { scoreWorkers, testHookShards = oldWorkers, oldHook }()
		opt := ScoreOptions{AsOf: day("2024-12-31"), ParallelAbove: math.MaxInt}
		if workers > 1 {
			opt.ParallelAbove = 1
			scoreWorkers = func() int { return workers }
		}
		var perWorker []int
		testHookShards = func(n []int) { perWorker = append([]int(nil), n...) }
		b, err := json.Marshal(Score(c, DefaultModel(), opt).Ties)
		if err != nil {
			t.Fatal(err)
		}
		return string(b), perWorker
	}
	serial, one := score(1)
	if len(one) != 1 {
		t.Fatalf("serial scoring ran %d workers, want 1", len(one))
	}
	if len(serial) < 10000 {
		t.Fatalf("too few ties to mean anything: %d bytes", len(serial))
	}
	for _, workers := range []int{2, 3, 8} {
		parallel, per := score(workers)
		// The parallel path really ran: as many workers as forced, and
		// each made some of the ties (the pairs are split by partner rank).
		if len(per) != workers {
			t.Fatalf("%d workers forced, %d ran", workers, len(per))
		}
		for w, n := range per {
			if n == 0 {
				t.Errorf("%d workers: worker %d made no ties (%v): the work was not split", workers, w, per)
			}
		}
		if parallel != serial {
			t.Errorf("%d workers: parallel scoring differs from serial: %s", workers, firstDiffAt(serial, parallel))
		}
	}
}

// firstDiffAt shows where two strings first differ.
func firstDiffAt(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-60, 0)
	return fmt.Sprintf("at byte %d: %q vs %q", i, a[lo:min(i+60, len(a))], b[lo:min(i+60, len(b))])
}

// ScoreOptions.ParallelAbove decides the path: zero is the default
// threshold, under which a small case runs on one worker; at or above the
// work's size one worker; below it scoreWorkers' count.
func TestParallelAboveChoosesThePath(t *testing.T) {
	oldWorkers, oldHook := scoreWorkers, testHookShards
	defer func() { scoreWorkers, testHookShards = oldWorkers, oldHook }()
	scoreWorkers = func() int { return 4 }
	var ran int
	testHookShards = func(n []int) { ran = len(n) }
	c := &casedata.Case{Partners: partners("a", "b", "c"), Events: []casedata.Event{
		ev("2024-01-01", "a", "b", "referral", 1), ev("2024-01-02", "b", "c", "referral", 1)}}
	// The events name 4 partners in all (2 each).
	for _, tc := range []struct{ above, want int }{{0, 1}, {4, 1}, {3, 4}, {1, 4}} {
		Score(c, DefaultModel(), ScoreOptions{ParallelAbove: tc.above})
		if ran != tc.want {
			t.Errorf("ParallelAbove %d: %d workers ran, want %d", tc.above, ran, tc.want)
		}
	}
}
