package metrics

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"gbo/graph"
)

// The parallel scorer must give the very same ties, bytes and all, as one
// core: each tie's sums are made in event order either way.
func TestParallelScoringEqualsSerial(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	var ps []graph.Partner
	for i := 0; i < 60; i++ {
		ps = append(ps, graph.Partner{ID: fmt.Sprintf("p%02d", i), Sector: "X"})
	}
	kinds := []string{"introduction", "info_exchange", "referral", "case_consultation", "joint_action"}
	c := &graph.Case{Partners: ps, HasPeople: true, People: []graph.Person{{ID: "a", Partner: "p01"}, {ID: "b", Partner: "p02"}}}
	for i := 0; i < 3000; i++ {
		e := ev(fmt.Sprintf("2024-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28)), ps[rng.IntN(60)].ID, ps[rng.IntN(60)].ID, kinds[rng.IntN(5)], 1+rng.IntN(3), "a", "b")
		e.With = append(e.With, ps[rng.IntN(60)].ID)
		if e.With[0] == e.From {
			continue
		}
		e.Object = fmt.Sprintf("o%d", rng.IntN(4))
		c.Events = append(c.Events, e)
	}
	c.Ratings = []graph.Rating{{From: "p03", To: "p59", Depth: 4}}
	score := func(threshold int) string {
		old := parallelPairs
		parallelPairs = threshold
		defer func() { parallelPairs = old }()
		b, err := json.Marshal(Score(c, DefaultModel(), ScoreOptions{AsOf: day("2024-12-31")}).Ties)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	serial, parallel := score(1<<30), score(0)
	if serial != parallel {
		t.Fatal("parallel scoring differs from serial")
	}
	if len(serial) < 10000 {
		t.Fatalf("too few ties to mean anything: %d bytes", len(serial))
	}
}
