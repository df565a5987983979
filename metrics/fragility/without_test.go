package fragility

import (
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/flags"
)

func TestWithoutRemovesThePartnerAndItsTies(t *testing.T) {
	c := fragileCase(true)
	s := score(c)
	w, err := Without(s, "c")
	if err != nil {
		t.Fatal(err)
	}
	for _, tie := range w.Ties {
		if tie.A == "c" || tie.B == "c" {
			t.Errorf("tie %s-%s survives without c", tie.A, tie.B)
		}
	}
	if len(w.Case.Partners) != 4 || len(w.Ties) != 2 {
		t.Errorf("%d partners, %d ties (want 4 and a-b, d-e)", len(w.Case.Partners), len(w.Ties))
	}
	if ab, ok := w.Tie("a", "b"); !ok || ab.Depth != 3 {
		t.Errorf("a-b without c: %+v", ab)
	}
	for _, e := range w.Case.Events {
		for _, p := range e.People {
			if p == "p1" {
				t.Errorf("c's person p1 still named on %v", e)
			}
		}
	}
	if len(w.Case.People) != 4 {
		t.Errorf("people %v", w.Case.People)
	}
	if !w.AsOf.Equal(s.AsOf) || len(c.Partners) != 5 || len(c.Events) != 7 {
		t.Error("Without changed the window or the input case")
	}
	if w, err := Without(s, "nobody"); w != nil || err == nil || err.Error() != `no partner "nobody" in the case` {
		t.Errorf("unknown partner: %v, %v", w, err)
	}
}

func TestWithoutKeepsSharedEventsForThoseWhoMet(t *testing.T) {
	c := &casedata.Case{AsOf: day(asOf), Events: []casedata.Event{
		ev(asOf, "referral", "x", with("y", "z")),
		ev(asOf, "referral", "x", with("y", "z")),
		ev(asOf, "referral", "x", with("y", "z")),
		ev(asOf, "introduction", "x", with("y")),
	}, Ratings: []casedata.Rating{{From: "x", To: "z", Depth: 5}}}
	for _, id := range []string{"x", "y", "z"} {
		c.Partners = append(c.Partners, casedata.Partner{ID: id, Sector: "X"})
	}
	w, err := Without(score(c), "x")
	if err != nil {
		t.Fatal(err)
	}
	yz, ok := w.Tie("y", "z")
	if !ok || yz.Depth != 3 || yz.Events != 3 {
		t.Fatalf("y-z without x: %+v", yz)
	}
	// x initiated all three: neither y nor z did, so y-z is not one-sided.
	if yz.Initiated.Of("y") != 0 || yz.Initiated.Of("z") != 0 {
		t.Errorf("initiated %v, want none", yz.Initiated)
	}
	if len(w.Case.Events) != 3 || len(w.Case.Ratings) != 0 {
		t.Errorf("%d events, %d ratings left", len(w.Case.Events), len(w.Case.Ratings))
	}
	if c.Events[0].From != "x" {
		t.Error("input event changed")
	}
	res := WeakLinks(w, 1)
	for _, l := range res.Weak {
		for _, r := range l.Reasons {
			if r == flags.ReasonOneWay {
				t.Errorf("%s-%s flagged one_way after x left", l.A, l.B)
			}
		}
	}
}
