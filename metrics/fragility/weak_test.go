package fragility

import (
	"reflect"
	"testing"

	"gbo/graph"
	"gbo/metrics"
)

// weakCase has one tie for each weak-link reason (see the comments), worked
// out by hand with half-life 365 days and threshold 0.5.
func weakCase() *graph.Case {
	return &graph.Case{
		AsOf: day(asOf),
		Partners: []graph.Partner{
			{ID: "caw", Sector: "CAW", Core: true},
			{ID: "ocmw", Sector: "OCMW", Core: true},
			{ID: "dmw", Sector: "DMW", Core: true},
			{ID: "ext1", Sector: "Wonen"},
			{ID: "ext2", Sector: "wonen"},
			{ID: "ext3", Sector: "Onderwijs"},
			{ID: "lone", Sector: "Sport"},
		},
		HasPeople: true,
		People:    []graph.Person{{ID: "c1", Partner: "caw"}, {ID: "o1", Partner: "ocmw"}},
		Events: []graph.Event{
			// caw-ocmw: rung 3, each side carried by one person: single_carrier.
			ev(asOf, "referral", "caw", with("ocmw"), "c1", "o1"),
			ev(asOf, "referral", "ocmw", with("caw"), "c1", "o1"),
			// caw-dmw: two core partners at rung 2: shallow_core (and below
			// the sector target CAW-DMW 3).
			ev(asOf, "info_exchange", "caw", with("dmw")),
			ev(asOf, "info_exchange", "dmw", with("caw")),
			// ocmw-dmw: rung 4, both sides initiate, no people named: sound.
			ev(asOf, "coordination", "ocmw", with("dmw")),
			ev(asOf, "coordination", "dmw", with("ocmw")),
			// caw-ext1: rung 5, and the only way to ext1 and ext2: bridge.
			ev(asOf, "joint_action", "caw", with("ext1")),
			ev(asOf, "joint_action", "ext1", with("caw")),
			// ext1-ext2: three referrals all from ext1: bridge, one_sided.
			ev(asOf, "referral", "ext1", with("ext2")),
			ev(asOf, "referral", "ext1", with("ext2")),
			ev(asOf, "referral", "ext1", with("ext2")),
			// ocmw-ext3: 579 days old, count 2 each: E3 = 4·2^(−579/365) ≈
			// 1.33, rung 3, but fading.
			{Date: day("2023-06-01"), From: "ocmw", With: with("ext3"), Kind: "referral", Rung: 3, Count: 2},
			{Date: day("2023-06-01"), From: "ext3", With: with("ocmw"), Kind: "referral", Rung: 3, Count: 2},
		},
		// dmw-ext3: rated 4 and 1: depth 1 (the lower), gap 3: one_sided.
		Ratings: []graph.Rating{{From: "dmw", To: "ext3", Depth: 4}, {From: "ext3", To: "dmw", Depth: 1}},
		Targets: []graph.Target{
			{A: "caw", B: "ext1", Depth: 5},              // met
			{A: "sector:CAW", B: "sector:dmw", Depth: 3}, // caw-dmw at 2: below
			{A: "sector:Wonen", B: "ocmw", Depth: 2},     // ext1-ocmw, ext2-ocmw: nothing
			{A: "ocmw", B: "ext2", Depth: 3},             // the pair beats the sector
		},
	}
}

func TestWeakLinksEveryReasonRankedWorstFirst(t *testing.T) {
	res := WeakLinks(score(weakCase()), 1)
	want := []WeakLink{
		{A: "ext1", B: "ext2", Depth: 3, Reasons: []string{metrics.ReasonBridge, metrics.ReasonOneSided}}, // weight 3
		{A: "caw", B: "ext1", Depth: 5, Reasons: []string{metrics.ReasonBridge}},                          // 2, bridge
		{A: "caw", B: "ocmw", Depth: 3, Reasons: []string{metrics.ReasonSingleCarrier}},                   // 2, single carrier
		{A: "caw", B: "dmw", Depth: 2, Reasons: []string{metrics.ReasonBelowTarget, metrics.ReasonShallowCore}},
		{A: "ext1", B: "ocmw", Depth: 0, Reasons: []string{metrics.ReasonBelowTarget}},
		{A: "ext2", B: "ocmw", Depth: 0, Reasons: []string{metrics.ReasonBelowTarget}},
		{A: "ext3", B: "ocmw", Depth: 3, Reasons: []string{metrics.ReasonFading}},
		{A: "dmw", B: "ext3", Depth: 1, Reasons: []string{metrics.ReasonOneSided}},
	}
	if len(res.Weak) != len(want) {
		t.Fatalf("got %d weak links, want %d: %+v", len(res.Weak), len(want), res.Weak)
	}
	for i, w := range want {
		got := res.Weak[i]
		if got.A != w.A || got.B != w.B || got.Depth != w.Depth || !reflect.DeepEqual(got.Reasons, w.Reasons) {
			t.Errorf("#%d: got %s-%s depth %d %v, want %s-%s depth %d %v", i, got.A, got.B, got.Depth, got.Reasons,
				w.A, w.B, w.Depth, w.Reasons)
		}
	}
	targets := map[string]int{"caw-dmw": 3, "ext1-ocmw": 2, "ext2-ocmw": 3, "caw-ext1": 5}
	for _, w := range res.Weak {
		k := w.A + "-" + w.B
		if tg, ok := targets[k]; ok != (w.Target != nil) || (ok && *w.Target != tg) {
			t.Errorf("%s: target %v, want %d", k, w.Target, tg)
		}
	}
	// ext2's only tie is with ext1 (external); lone has none. ext3 has a
	// rung-3 tie with ocmw, ext1 a rung-5 tie with caw.
	if !reflect.DeepEqual(res.IsolatedExternals, []string{"ext2", "lone"}) {
		t.Errorf("isolated externals %v", res.IsolatedExternals)
	}
}

func TestWeakLinksMinDepthKeepsShallowTiesOutOfTheGraph(t *testing.T) {
	res := WeakLinks(score(weakCase()), 3)
	for _, w := range res.Weak {
		if w.A == "dmw" && w.B == "ext3" {
			t.Errorf("dmw-ext3 (depth 1) flagged at min depth 3: %v", w.Reasons)
		}
		if w.A == "caw" && w.B == "dmw" && !reflect.DeepEqual(w.Reasons, []string{metrics.ReasonBelowTarget}) {
			// Out of the graph, caw-dmw is still under its target.
			t.Errorf("caw-dmw at min depth 3: %v", w.Reasons)
		}
	}
	// With min depth 3, ocmw-ext3 alone hangs ext3 on: now a bridge.
	found := false
	for _, w := range res.Weak {
		if w.A == "ext3" && w.B == "ocmw" {
			found = reflect.DeepEqual(w.Reasons, []string{metrics.ReasonBridge, metrics.ReasonFading})
		}
	}
	if !found {
		t.Errorf("ext3-ocmw should be a fading bridge at min depth 3: %+v", res.Weak)
	}
}

func TestKeyPlayersWrapsStructure(t *testing.T) {
	s := score(fragileCase(true))
	kp := KeyPlayers(s.Network(1), 2)
	// Removing c splits {a,b} from {d,e}: F = 1 − (2+2)/(4·3) = 2/3;
	// then removing a or b (lowest index a) leaves b, d-e: F = 1 − 2/6.
	if len(kp) != 2 || kp[0].ID != "c" || !near(kp[0].Fragmentation, 2.0/3) || kp[1].ID != "a" || !near(kp[1].Fragmentation, 2.0/3) {
		t.Errorf("key players %+v", kp)
	}
}

// metrics.Scored.Target, which WeakLinks relies on, follows the target
// rule for every ordered pair of partners.
func TestTargetsAgreeWithMetrics(t *testing.T) {
	c := weakCase()
	c.Targets = append(c.Targets, graph.Target{A: "sector:OCMW", B: "sector:onderwijs", Depth: 4},
		graph.Target{A: "ext3", B: "sector:ocmw", Depth: 2}, graph.Target{A: "sector:wonen", B: "sector:WONEN", Depth: 1},
		graph.Target{A: "caw", B: "ext1", Depth: 3})
	s := score(c)
	tgs := newTargets(s)
	for _, a := range c.Partners {
		for _, b := range c.Partners {
			w, wok := s.Target(a.ID, b.ID)
			g, gok := tgs.of(a.ID, b.ID)
			if w != g || wok != gok {
				t.Errorf("%s-%s: got %d %v, metrics says %d %v", a.ID, b.ID, g, gok, w, wok)
			}
		}
	}
}

// targets is an independent reading of the target rule, to hold
// metrics.Scored.Target to it: a target naming both partners beats one
// naming a partner and a sector, which beats two sectors; among equals the
// highest.
type targets struct {
	s      *metrics.Scored
	sector map[string]string
}

func newTargets(s *metrics.Scored) *targets {
	t := &targets{s: s, sector: make(map[string]string, len(s.Case.Partners))}
	for _, p := range s.Case.Partners {
		t.sector[p.ID] = sectorKey(p.Sector)
	}
	return t
}

func (t *targets) of(a, b string) (int, bool) {
	matches := func(sel, id string) (bool, int) {
		if name, ok := cutSector(sel); ok {
			return sectorKey(name) == t.sector[id], 0
		}
		return sel == id, 1
	}
	best, bestSpec, found := 0, -1, false
	for _, tg := range t.s.Case.Targets {
		for _, order := range [2][2]string{{a, b}, {b, a}} {
			m1, s1 := matches(tg.A, order[0])
			m2, s2 := matches(tg.B, order[1])
			if !m1 || !m2 {
				continue
			}
			if spec := s1 + s2; spec > bestSpec || (spec == bestSpec && tg.Depth > best) {
				best, bestSpec, found = tg.Depth, spec, true
			}
		}
	}
	return best, found
}
