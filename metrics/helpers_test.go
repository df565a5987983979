package metrics

import (
	"math"
	"time"

	"gbo/graph"
	"gbo/metrics/depth"
)

// day parses an ISO date; a test's own dates are valid.
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// ev is one event of the default model's kind between from and with.
func ev(date, from, with, kind string, count int, people ...string) graph.Event {
	name, rung, ok := depth.DefaultModel().Kind(kind)
	if !ok {
		panic("unknown kind " + kind)
	}
	return graph.Event{Date: day(date), From: from, With: []string{with}, Kind: name, Rung: rung, Count: count, People: people}
}

// partners are partners of one sector with the given ids.
func partners(ids ...string) []graph.Partner {
	var out []graph.Partner
	for _, id := range ids {
		out = append(out, graph.Partner{ID: id, Name: id, Sector: "X"})
	}
	return out
}

// near: a and b agree to 1e-12.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
