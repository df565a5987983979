package fragility

import (
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

const asOf = "2024-12-31"

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// ev is an event of a kind of the default model, between from and with
// (separated by nothing: one id per argument), on date.
func ev(date, kind, from string, with []string, people ...string) casedata.Event {
	name, rung, ok := depth.DefaultModel().Kind(kind)
	if !ok {
		panic("unknown kind " + kind)
	}
	return casedata.Event{Date: day(date), From: from, With: with, Kind: name, Rung: rung, Count: 1, People: people}
}

func with(ids ...string) []string { return ids }

func score(c *casedata.Case) *depth.Scored {
	return depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
}
