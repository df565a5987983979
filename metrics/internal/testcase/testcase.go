// Package testcase builds the small hand-made cases the tests of metrics
// and its sub-packages score: dates, events of the default model's kinds,
// partners. It is for tests only (internal), imports graph/casedata and
// metrics/depth, and may not be used by metrics/depth's own tests (that
// would be an import cycle).
package testcase

import (
	"math"
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// Day parses an ISO date; a test's own dates are valid, so a bad one panics.
func Day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Event is one event of the default model's kind between from and with,
// counted count times, with the people who took part; an unknown kind panics.
func Event(date, from, with, kind string, count int, people ...string) casedata.Event {
	name, rung, ok := depth.DefaultModel().Kind(kind)
	if !ok {
		panic("unknown kind " + kind)
	}
	return casedata.Event{Date: Day(date), From: from, With: []string{with}, Kind: name, Rung: rung, Count: count, People: people}
}

// Partners are partners of one sector ("X") with the given ids, each named
// by its id.
func Partners(ids ...string) []casedata.Partner {
	var out []casedata.Partner
	for _, id := range ids {
		out = append(out, casedata.Partner{ID: id, Name: id, Sector: "X"})
	}
	return out
}

// Near says a and b agree to 1e-12 (absolute).
func Near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
