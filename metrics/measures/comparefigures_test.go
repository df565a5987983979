package measures

import (
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// figuresCase: a, b, c core; g an isolate. All events on one day, so each
// tie's depth is its deepest rung.
//
//	a→b referral, b→a introduction   a–b rung 3, both initiated
//	a→c referral                      a–c rung 3, a only
//	d→{e,f} info_exchange             d–e, d–f (d only) and e–f (nobody initiated)
//	c→f, f→c introduction             c–f rung 1, both initiated
func figuresCase() *casedata.Case {
	ps := partners("a", "b", "c", "d", "e", "f", "g")
	for i := range ps[:3] {
		ps[i].Core = true
	}
	info := ev("2024-06-01", "d", "e", "info_exchange", 1)
	info.With = []string{"e", "f"}
	return &casedata.Case{Partners: ps, Events: []casedata.Event{
		ev("2024-06-01", "a", "b", "referral", 1),
		ev("2024-06-01", "b", "a", "introduction", 1),
		ev("2024-06-01", "a", "c", "referral", 1),
		info,
		ev("2024-06-01", "c", "f", "introduction", 1),
		ev("2024-06-01", "f", "c", "introduction", 1),
	}}
}

func TestCompareFiguresByHand(t *testing.T) {
	s := depth.Score(figuresCase(), depth.DefaultModel(), depth.ScoreOptions{})
	info, _ := s.Tie("d", "e")
	if info.Depth < 2 {
		t.Fatalf("info_exchange gives d–e rung %d; the case below needs rung ≥ 2", info.Depth)
	}
	for _, tc := range []struct {
		minDepth                    int
		largest, arcs, mutual, ones int
		recip                       float64
	}{
		// every tie: arcs a→b b→a a→c d→e d→f c→f f→c; e–f has none
		{1, 6, 7, 4, 3, 4.0 / 7},
		// rung ≥ 2: c–f goes, and with it a pair where both initiated
		{2, 3, 5, 2, 3, 2.0 / 5},
	} {
		m := Measure(s, MeasureOptions{MinDepth: tc.minDepth})
		if got := LargestComponent(m.Net); got != tc.largest {
			t.Errorf("min-depth %d: largest component %d, want %d", tc.minDepth, got, tc.largest)
		}
		r := InitiativeReciprocity(s, m)
		if r.Arcs != tc.arcs || r.Mutual != tc.mutual || r.OneWay != tc.ones {
			t.Errorf("min-depth %d: initiative %+v, want arcs %d mutual %d one-way %d", tc.minDepth, r, tc.arcs, tc.mutual, tc.ones)
		}
		if v, ok := r.Value(); !ok || !near(v, tc.recip) {
			t.Errorf("min-depth %d: reciprocity %v %v, want %v", tc.minDepth, v, ok, tc.recip)
		}
		sh, ok := DepthShares(m.Network)
		sum := 0.0
		for i, x := range sh {
			sum += x
			if !near(x*float64(m.Network.Ties), float64(m.Network.DepthProfile[i])) {
				t.Errorf("min-depth %d: share of rung %d %v of %d ties, profile %v", tc.minDepth, i+1, x, m.Network.Ties, m.Network.DepthProfile)
			}
		}
		if !ok || !near(sum, 1) {
			t.Errorf("min-depth %d: shares %v sum to %v", tc.minDepth, sh, sum)
		}
		// core a, b, c: 3 pairs; a–b and a–c at rung 3, b–c none
		cp := CorePairsAt(m, 3)
		if v, ok := cp.Share(); cp.Core != 3 || cp.Pairs != 3 || cp.AtTarget != 2 || !ok || !near(v, 2.0/3) {
			t.Errorf("min-depth %d: core pairs %+v share %v", tc.minDepth, cp, v)
		}
		if cp := CorePairsAt(m, 4); cp.AtTarget != 0 || cp.Pairs != 3 {
			t.Errorf("min-depth %d: core pairs at 4 %+v", tc.minDepth, cp)
		}
	}
}

// Where a figure has nothing to measure it says so (ok false), never 0:
// no partners, no ties, no initiator, fewer than two core partners.
func TestCompareFiguresDoNotApply(t *testing.T) {
	empty := Measure(depth.Score(&casedata.Case{}, depth.DefaultModel(), depth.ScoreOptions{}), MeasureOptions{MinDepth: 1})
	if LargestComponent(empty.Net) != 0 || LargestComponent(nil) != 0 {
		t.Error("largest component of no partners")
	}
	if _, ok := DepthShares(empty.Network); ok {
		t.Error("depth shares of a network without ties")
	}
	// ratings only: ties without any initiator
	c := &casedata.Case{Partners: partners("a", "b", "c"), Ratings: []casedata.Rating{{From: "a", To: "b", Depth: 3}, {From: "b", To: "c", Depth: 2}}}
	c.Partners[0].Core = true
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	m := Measure(s, MeasureOptions{MinDepth: 1})
	if m.Network.Ties != 2 {
		t.Fatalf("rated ties %d, want 2", m.Network.Ties)
	}
	if r := InitiativeReciprocity(s, m); r.Arcs != 0 {
		t.Errorf("initiative of ratings only %+v", r)
	} else if _, ok := r.Value(); ok {
		t.Error("reciprocity without arcs applies")
	}
	if cp := CorePairsAt(m, 3); cp.Core != 1 || cp.Pairs != 0 {
		t.Errorf("one core partner %+v", cp)
	} else if _, ok := cp.Share(); ok {
		t.Error("core pair share with one core partner applies")
	}
	if LargestComponent(m.Net) != 3 {
		t.Errorf("largest component %d, want 3", LargestComponent(m.Net))
	}
}
