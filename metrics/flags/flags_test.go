package flags

import (
	"slices"
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// single_carrier is decided from the events, not the ratings: the tie must
// be deep by its events alone, one side's people at that rung must be one
// person, and that person's departure must lower the tie's depth.
func TestSingleCarrierOnlyWhereOnePersonsEventsHoldTheDepth(t *testing.T) {
	people := []casedata.Person{{ID: "p1", Partner: "a"}, {ID: "p2", Partner: "a"},
		{ID: "p3", Partner: "b"}, {ID: "p4", Partner: "b"}}
	rated := func(depth int) []casedata.Rating {
		return []casedata.Rating{{From: "a", To: "b", Depth: depth}, {From: "b", To: "a", Depth: depth}}
	}
	cases := []struct {
		name    string
		events  []casedata.Event
		ratings []casedata.Rating
		want    bool
	}{
		{"ratings make it deep, one person carries the shallow events",
			[]casedata.Event{ev("2024-12-31", "a", "b", "info_exchange", 1, "p1", "p3", "p4")},
			rated(3), false},
		{"events make it deep, one person on a's side",
			[]casedata.Event{ev("2024-12-31", "a", "b", "referral", 1, "p1", "p3", "p4")},
			nil, true},
		{"events deep with one person, but the ratings hold rung 3 without them",
			[]casedata.Event{ev("2024-12-31", "a", "b", "referral", 1, "p1", "p3", "p4")},
			rated(3), false},
		{"events deep with one person, ratings shallower",
			[]casedata.Event{ev("2024-12-31", "a", "b", "referral", 1, "p1", "p3", "p4")},
			rated(2), true},
		{"a second referral names no one of a: the person's departure leaves rung 3",
			[]casedata.Event{ev("2024-12-31", "a", "b", "referral", 1, "p1", "p3"),
				ev("2024-12-31", "a", "b", "referral", 1, "p4")},
			nil, false},
		{"two people on each side",
			[]casedata.Event{ev("2024-12-31", "a", "b", "referral", 1, "p1", "p3"),
				ev("2024-12-31", "a", "b", "referral", 1, "p2", "p4")},
			nil, false},
	}
	for _, tc := range cases {
		c := &casedata.Case{Partners: partners("a", "b"), AsOf: day("2024-12-31"), HasPeople: true,
			People: people, Events: tc.events, Ratings: tc.ratings}
		s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
		s = FlagTies(s, 1)
		tie, ok := s.Tie("a", "b")
		if !ok {
			t.Fatalf("%s: no tie", tc.name)
		}
		if got := slices.Contains(tie.Flags, ReasonSingleCarrier); got != tc.want {
			t.Errorf("%s: single_carrier %v, want %v (depth %d, events %v, survey %v, carriers %v)",
				tc.name, got, tc.want, tie.Depth, deref(tie.DepthEvents), deref(tie.DepthSurvey), tie.Carriers)
		}
	}
}

func deref(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}
