package metrics

import (
	"testing"

	"gbo/metrics/depth"
	"gbo/metrics/internal/testcase"
	"gbo/metrics/measures"
)

// TestPartnerMeanDepth: the mean is over a partner's ties at minDepth or
// deeper only; a partner whose ties are all shallower is absent.
func TestPartnerMeanDepth(t *testing.T) {
	s := &depth.Scored{Ties: []depth.Tie{
		{A: "a", B: "b", Depth: 4},
		{A: "a", B: "c", Depth: 1},
		{A: "b", B: "c", Depth: 2},
		{A: "c", B: "d", Depth: 1}, // below minDepth 2: d is absent
		{A: "a", B: "e", Depth: 3},
	}}
	got := PartnerMeanDepth(s, 2)
	want := map[string]float64{"a": 3.5, "b": 3, "c": 2, "e": 3}
	if len(got) != len(want) {
		t.Fatalf("PartnerMeanDepth = %v, want %v", got, want)
	}
	for id, w := range want {
		if g, ok := got[id]; !ok || !testcase.Near(g, w) {
			t.Errorf("mean depth of %s = %v (present %v), want %v", id, g, ok, w)
		}
	}
	// At minDepth 1 every tie counts: a = (4+1+3)/3, d = 1.
	all := PartnerMeanDepth(s, 1)
	if !testcase.Near(all["a"], 8.0/3) || !testcase.Near(all["d"], 1) || !testcase.Near(all["c"], 4.0/3) {
		t.Errorf("PartnerMeanDepth(s, 1) = %v", all)
	}
	if got := PartnerMeanDepth(nil, 1); got == nil || len(got) != 0 {
		t.Errorf("PartnerMeanDepth(nil) = %#v, want an empty map", got)
	}
}

// TestCorePartners counts the partners marked core, and 0 for nil.
func TestCorePartners(t *testing.T) {
	m := &measures.Measures{Partners: []measures.PartnerFigures{
		{ID: "a", Core: true}, {ID: "b"}, {ID: "c", Core: true}, {ID: "d"},
	}}
	if got := CorePartners(m); got != 2 {
		t.Errorf("CorePartners = %d, want 2", got)
	}
	if got := CorePartners(&measures.Measures{}); got != 0 {
		t.Errorf("CorePartners(no partners) = %d, want 0", got)
	}
	if got := CorePartners(nil); got != 0 {
		t.Errorf("CorePartners(nil) = %d, want 0", got)
	}
}
