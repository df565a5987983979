package metrics

import (
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

func TestComparePeriodsByHand(t *testing.T) {
	c := &casedata.Case{Partners: partners("a", "b", "c", "d"), Events: []casedata.Event{
		ev("2023-03-01", "a", "b", "introduction", 1),      // a-b: 1 in 2023
		ev("2024-03-01", "a", "b", "referral", 1),          // a-b: 3 in 2024 → deepened
		ev("2023-05-01", "b", "c", "case_consultation", 1), // b-c: 4 in 2023, nothing in 2024 → lost
		ev("2024-06-01", "c", "d", "info_exchange", 1),     // c-d: new in 2024
	}}
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	ps := ScorePeriods(s, []Period{{day("2023-01-01"), day("2023-12-31")}, {day("2024-01-01"), day("2024-12-31")}}, 1)
	d := Compare(ps[0], ps[1], 1)
	if len(d.New) != 1 || d.New[0].A != "c" || d.New[0].To != 2 {
		t.Errorf("new %+v", d.New)
	}
	if len(d.Lost) != 1 || d.Lost[0].A != "b" || d.Lost[0].From != 4 || d.Lost[0].To != 0 {
		t.Errorf("lost %+v", d.Lost)
	}
	if len(d.Deepened) != 1 || d.Deepened[0].From != 1 || d.Deepened[0].To != 3 {
		t.Errorf("deepened %+v", d.Deepened)
	}
	if len(d.Weakened) != 0 {
		t.Errorf("weakened %+v", d.Weakened)
	}
	// 3 pairs: 1→3, 4→0, 0→2
	if d.Transitions[1][3] != 1 || d.Transitions[4][0] != 1 || d.Transitions[0][2] != 1 {
		t.Errorf("transitions %v", d.Transitions)
	}
	// b was the middle of a-b-c in 2023 (betweenness 1 of 3 partners... ), not in 2024
	if len(d.LostCentral) == 0 || d.LostCentral[0].ID != "b" {
		t.Errorf("lost centrality %+v", d.LostCentral)
	}
}
