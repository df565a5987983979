package depth

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"gbo/graph/casedata"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func ev(date, from, with, kind string, count int, people ...string) casedata.Event {
	m := DefaultModel()
	name, rung, ok := m.Kind(kind)
	if !ok {
		panic("unknown kind " + kind)
	}
	return casedata.Event{Date: day(date), From: from, With: []string{with}, Kind: name, Rung: rung, Count: count, People: people}
}

func partners(ids ...string) []casedata.Partner {
	var out []casedata.Partner
	for _, id := range ids {
		out = append(out, casedata.Partner{ID: id, Name: id, Sector: "X"})
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// The expected values below are worked out by hand from docs/depth-model.md#decay with
// half_life 365 and threshold 0.5; as_of is 2024-12-31, so an event on
// 2024-01-01 is 365 days old (w = 0.5) and one on 2023-01-01 is 730 days old
// (w = 0.25).
func TestScoreFromEventsByHand(t *testing.T) {
	c := &casedata.Case{Partners: partners("a", "b", "c", "d", "e"), AsOf: day("2024-12-31"), Events: []casedata.Event{
		ev("2024-12-31", "a", "b", "referral", 1),          // E1..E3 += 1
		ev("2024-01-01", "b", "a", "case_consultation", 1), // E1..E4 += 0.5
		ev("2023-01-01", "a", "c", "referral", 1),          // E1..E3 += 0.25
		ev("2024-12-31", "c", "a", "info_exchange", 1),     // E1..E2 += 1
		ev("2023-01-01", "d", "e", "network_meeting", 3),   // E1 += 0.75
		ev("2025-03-01", "d", "e", "joint_action", 9),      // after as_of: left out
	}}
	s := Score(c, DefaultModel(), ScoreOptions{})
	cases := []struct {
		a, b          string
		depth         int
		score         float64
		events        int
		first, last   string
		initiatedByA  int
		evidenceRung3 float64
	}{
		// E4 = 0.5 reaches the threshold exactly: depth 4, E5 = 0 -> 4.0
		{"a", "b", 4, 4.0, 2, "2024-01-01", "2024-12-31", 1, 1.5},
		// E3 = 0.25 < 0.5: depth 2, score 2 + 0.25/0.5 = 2.5
		{"a", "c", 2, 2.5, 2, "2023-01-01", "2024-12-31", 1, 0.25},
		// count 3 at 730 days: E1 = 0.75, depth 1, E2 = 0 -> 1.0
		{"d", "e", 1, 1.0, 3, "2023-01-01", "2023-01-01", 3, 0},
	}
	if len(s.Ties) != len(cases) {
		t.Fatalf("got %d ties, want %d", len(s.Ties), len(cases))
	}
	for _, want := range cases {
		got, ok := s.Tie(want.b, want.a)
		if !ok {
			t.Fatalf("tie %s-%s missing", want.a, want.b)
		}
		if got.Depth != want.depth || !near(got.DepthScore, want.score) {
			t.Errorf("%s-%s: depth %d score %v, want %d %v", want.a, want.b, got.Depth, got.DepthScore, want.depth, want.score)
		}
		if got.Events != want.events || *got.First != want.first || *got.Last != want.last {
			t.Errorf("%s-%s: events %d %s..%s", want.a, want.b, got.Events, *got.First, *got.Last)
		}
		if got.Initiated.Of(want.a) != want.initiatedByA {
			t.Errorf("%s-%s: initiated %v", want.a, want.b, got.Initiated)
		}
		if !near(got.Evidence[3], want.evidenceRung3) {
			t.Errorf("%s-%s: E3 = %v, want %v", want.a, want.b, got.Evidence[3], want.evidenceRung3)
		}
		if got.DepthSurvey != nil || got.Gap != nil || got.OneSided != nil {
			t.Errorf("%s-%s: survey fields should be null without ratings", want.a, want.b)
		}
	}
}

func TestThresholdAndHalfLifeOverride(t *testing.T) {
	hl, th := 730.0, 0.3
	m, err := NewModel(casedata.DepthConfig{HalfLife: &hl, Threshold: &th})
	if err != nil {
		t.Fatal(err)
	}
	c := &casedata.Case{Partners: partners("a", "b"), AsOf: day("2024-12-31"), Events: []casedata.Event{
		ev("2023-01-01", "a", "b", "referral", 1), // 730 days, half-life 730: w = 0.5
	}}
	tie := Score(c, m, ScoreOptions{}).Ties[0]
	// E3 = 0.5 >= 0.3: depth 3; E4 = 0: score 3.0
	if tie.Depth != 3 || !near(tie.DepthScore, 3) {
		t.Fatalf("depth %d score %v, want 3 3.0", tie.Depth, tie.DepthScore)
	}
	// With the default threshold 0.5 and half-life 365 it would be 0.25: depth 0, score 0.5.
	tie = Score(c, DefaultModel(), ScoreOptions{}).Ties[0]
	if tie.Depth != 0 || !near(tie.DepthScore, 0.5) {
		t.Fatalf("default: depth %d score %v, want 0 0.5", tie.Depth, tie.DepthScore)
	}
}

func TestAsOfAndSince(t *testing.T) {
	c := &casedata.Case{Partners: partners("a", "b"), Events: []casedata.Event{
		ev("2022-06-01", "a", "b", "joint_action", 1),
		ev("2024-06-01", "a", "b", "introduction", 1),
	}}
	// as_of defaults to the latest event: the joint action is 731 days old
	// (2022-06-01 .. 2024-06-01), w = 2^(-731/365) ≈ 0.2495 < 0.5.
	s := Score(c, DefaultModel(), ScoreOptions{})
	if !s.AsOf.Equal(day("2024-06-01")) {
		t.Fatalf("as_of %v", s.AsOf)
	}
	tie := s.Ties[0]
	w := math.Exp2(-731.0 / 365)
	if tie.Depth != 1 || !near(tie.DepthScore, 1+w/0.5) {
		t.Errorf("depth %d score %v, want 1 and %v", tie.Depth, tie.DepthScore, 1+w/0.5)
	}
	// as_of before the introduction: only the joint action, 0 days old.
	tie = Score(c, DefaultModel(), ScoreOptions{AsOf: day("2022-06-01")}).Ties[0]
	if tie.Depth != 5 || tie.DepthScore != 5 || tie.Events != 1 {
		t.Errorf("as_of 2022-06-01: depth %d score %v events %d", tie.Depth, tie.DepthScore, tie.Events)
	}
	// since leaves the joint action out.
	tie = Score(c, DefaultModel(), ScoreOptions{Since: day("2023-01-01")}).Ties[0]
	if tie.Depth != 1 || !near(tie.DepthScore, 1) || tie.Events != 1 {
		t.Errorf("since 2023: depth %d score %v events %d", tie.Depth, tie.DepthScore, tie.Events)
	}
}

func TestRatingsAndBothSources(t *testing.T) {
	c := &casedata.Case{Partners: partners("a", "b", "c", "d"), AsOf: day("2024-12-31"),
		Events: []casedata.Event{ev("2024-12-31", "a", "b", "referral", 1)},
		Ratings: []casedata.Rating{
			{From: "a", To: "b", Depth: 4, Trust: 3}, {From: "b", To: "a", Depth: 2, Trust: 4},
			{From: "c", To: "d", Depth: 3, Weight: 2.5},
		}}
	s := Score(c, DefaultModel(), ScoreOptions{})
	ab, _ := s.Tie("a", "b")
	// survey = min(4, 2) = 2, gap 2; events give 3: depth = max(3, 2) = 3
	if ab.Depth != 3 || *ab.DepthEvents != 3 || *ab.DepthSurvey != 2 || *ab.Gap != 2 || *ab.OneSided {
		t.Errorf("a-b: %+v", ab)
	}
	// trust combines as depth does (default min): min(3, 4) = 3
	if *ab.Trust != 3 {
		t.Errorf("a-b trust %v, want 3", *ab.Trust)
	}
	cd, _ := s.Tie("d", "c")
	if cd.Depth != 3 || cd.DepthScore != 3 || cd.DepthEvents != nil || !*cd.OneSided || cd.Gap != nil || cd.Events != 0 || cd.First != nil {
		t.Errorf("c-d: %+v", cd)
	}
	if cd.Weight != 2.5 || ab.Weight != ab.DepthScore {
		t.Errorf("weights: c-d %v (want 2.5 from the column), a-b %v", cd.Weight, ab.Weight)
	}
	for _, tc := range []struct {
		how  string
		want int
	}{{"max", 4}, {"mean", 3}, {"min", 2}} {
		m, err := NewModel(casedata.DepthConfig{Combine: tc.how})
		if err != nil {
			t.Fatal(err)
		}
		ab, _ := Score(c, m, ScoreOptions{}).Tie("a", "b")
		if *ab.DepthSurvey != tc.want {
			t.Errorf("combine %s: survey %d, want %d", tc.how, *ab.DepthSurvey, tc.want)
		}
	}
	// A survey deeper than the events lifts the tie, without a fraction.
	c.Ratings[1].Depth = 5
	ab, _ = Score(c, DefaultModel(), ScoreOptions{}).Tie("a", "b")
	if ab.Depth != 4 || ab.DepthScore != 4 || *ab.DepthEvents != 3 {
		t.Errorf("survey 4 over events 3: %d %v", ab.Depth, ab.DepthScore)
	}
}

func TestCarriersCountPeopleOfEachSideAtTheTiesRung(t *testing.T) {
	c := &casedata.Case{Partners: partners("a", "b"), AsOf: day("2024-12-31"), HasPeople: true,
		People: []casedata.Person{{ID: "p1", Partner: "a"}, {ID: "p2", Partner: "a"}, {ID: "p3", Partner: "b"}},
		Events: []casedata.Event{
			ev("2024-12-31", "a", "b", "referral", 1, "p1", "p3"),
			ev("2024-12-30", "a", "b", "warm_referral", 1, "p1"),
			ev("2024-12-30", "a", "b", "introduction", 1, "p2"), // below the tie's rung 3: not a carrier
		}}
	tie := Score(c, DefaultModel(), ScoreOptions{}).Ties[0]
	if tie.Carriers.Of("a") != 1 || tie.Carriers.Of("b") != 1 {
		t.Fatalf("carriers %v, want a:1 b:1", tie.Carriers)
	}
	ca, cb := tie.CarrierIDs()
	if len(ca) != 1 || ca[0] != "p1" || len(cb) != 1 || cb[0] != "p3" {
		t.Fatalf("carrier ids %v %v", ca, cb)
	}
	c.HasPeople = false
	if tie := Score(c, DefaultModel(), ScoreOptions{}).Ties[0]; tie.Carriers.Known {
		t.Fatalf("carriers must be null when the case names no people: %v", tie.Carriers)
	}
}

func TestMultiPartyEventTiesEveryPair(t *testing.T) {
	e := ev("2024-12-31", "a", "b", "coordination", 1)
	e.With = []string{"b", "c", "b"}
	c := &casedata.Case{Partners: partners("a", "b", "c"), AsOf: day("2024-12-31"), Events: []casedata.Event{e}}
	s := Score(c, DefaultModel(), ScoreOptions{})
	if len(s.Ties) != 3 {
		t.Fatalf("want 3 pairs, got %d", len(s.Ties))
	}
	bc, _ := s.Tie("c", "b")
	if bc.Initiated.Of("b") != 0 || bc.Initiated.Of("c") != 0 || bc.Depth != 4 {
		t.Errorf("b-c: %+v", bc)
	}
}

func TestModelResolvesKindsAliasesAndRungs(t *testing.T) {
	m := DefaultModel()
	for in, want := range map[string]int{"Warme doorverwijzing": 3, "warm_referral": 3, "CASUSOVERLEG": 4,
		"3": 3, "alignment": 4, "kennismaking": 1, "afstemming": 4, "aangepast aanbod": 5} {
		if _, r, ok := m.Kind(in); !ok || r != want {
			t.Errorf("Kind(%q) = %d %v, want %d", in, r, ok, want)
		}
	}
	if _, _, ok := m.Kind("koffie"); ok {
		t.Error("unknown kind accepted")
	}
	if _, ok := m.Rung("6"); ok {
		t.Error("rung 6 accepted")
	}
	m2, err := NewModel(casedata.DepthConfig{Kinds: map[string]casedata.KindConfig{"koffie": {Rung: 2, Aliases: []string{"koffieklets"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, r, ok := m2.Kind("Koffieklets"); !ok || r != 2 {
		t.Errorf("added kind: %d %v", r, ok)
	}
	// A bad model is refused at the key at fault, saying what is wrong.
	var de *casedata.DepthError
	if _, err := NewModel(casedata.DepthConfig{Combine: "median"}); !errors.As(err, &de) || de.Key != "combine" ||
		de.Code != "bad_depth_model" || len(de.Args) != 1 || !strings.Contains(de.Args[0], `not "median"`) {
		t.Errorf("combine median: %#v", err)
	}
	if _, err := NewModel(casedata.DepthConfig{Kinds: map[string]casedata.KindConfig{"x": {Rung: 7}}}); !errors.As(err, &de) || de.Key != "kinds.x" ||
		de.Code != "bad_depth_model" || len(de.Args) != 1 || de.Args[0] != "kinds.x: rung 7 is not 0-5" {
		t.Errorf("rung 7: %#v", err)
	}
}
