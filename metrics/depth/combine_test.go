package depth

import (
	"testing"

	"gbo/graph/casedata"
)

// TestCombineAlike: one rule, the model's combine setting, combines the two
// ratings of a pair alike for depth, trust, value and weight; a figure one
// side left out is the other side's; Ratings keeps each side's own rating.
func TestCombineAlike(t *testing.T) {
	c := &casedata.Case{Partners: partners("a", "b", "c", "d"),
		Ratings: []casedata.Rating{
			{From: "a", To: "b", Depth: 2, Trust: 1, Value: 2, Weight: 1},
			{From: "b", To: "a", Depth: 4, Trust: 3, Value: 4, Weight: 3},
			// c gives no trust and no weight; d gives all four.
			{From: "c", To: "d", Depth: 3, Value: 1},
			{From: "d", To: "c", Depth: 1, Trust: 2, Value: 3, Weight: 2},
		}}
	for _, tc := range []struct {
		how                        string
		depth                      int
		trust, value, weight       float64
		cdDepth                    int
		cdTrust, cdValue, cdWeight float64
	}{
		{"min", 2, 1, 2, 1, 1, 2, 1, 2},
		{"max", 4, 3, 4, 3, 3, 2, 3, 2},
		{"mean", 3, 2, 3, 2, 2, 2, 2, 2},
	} {
		m, err := NewModel(casedata.DepthConfig{Combine: tc.how})
		if err != nil {
			t.Fatal(err)
		}
		s := Score(c, m, ScoreOptions{})
		ab, _ := s.Tie("a", "b")
		if *ab.DepthSurvey != tc.depth || ab.Depth != tc.depth || *ab.Trust != tc.trust || *ab.Value != tc.value || ab.Weight != tc.weight {
			t.Errorf("%s: a-b depth %d trust %v value %v weight %v, want %d %v %v %v",
				tc.how, *ab.DepthSurvey, *ab.Trust, *ab.Value, ab.Weight, tc.depth, tc.trust, tc.value, tc.weight)
		}
		cd, _ := s.Tie("c", "d")
		if *cd.DepthSurvey != tc.cdDepth || *cd.Trust != tc.cdTrust || *cd.Value != tc.cdValue || cd.Weight != tc.cdWeight {
			t.Errorf("%s: c-d depth %d trust %v value %v weight %v, want %d %v %v %v",
				tc.how, *cd.DepthSurvey, *cd.Trust, *cd.Value, cd.Weight, tc.cdDepth, tc.cdTrust, tc.cdValue, tc.cdWeight)
		}
		ra, rb := ab.Ratings["a"], ab.Ratings["b"]
		if len(ab.Ratings) != 2 || ra.Depth != 2 || *ra.Trust != 1 || *ra.Value != 2 || *ra.Weight != 1 ||
			rb.Depth != 4 || *rb.Trust != 3 || *rb.Value != 4 || *rb.Weight != 3 {
			t.Errorf("%s: a-b ratings %+v", tc.how, ab.Ratings)
		}
		if rc := cd.Ratings["c"]; rc.Trust != nil || rc.Weight != nil || *rc.Value != 1 {
			t.Errorf("%s: c's rating %+v: a figure not given must be nil", tc.how, rc)
		}
	}
	// A tie without ratings has none.
	e := &casedata.Case{Partners: partners("a", "b"), AsOf: day("2024-12-31"),
		Events: []casedata.Event{ev("2024-12-31", "a", "b", "referral", 1)}}
	if ab, _ := Score(e, DefaultModel(), ScoreOptions{}).Tie("a", "b"); ab.Ratings != nil {
		t.Errorf("unrated tie has ratings %v", ab.Ratings)
	}
}
