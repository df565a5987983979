package fragility

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
)

// weakCase has one tie for each weak-link reason (see the comments), worked
// out by hand with half-life 365 days and threshold 0.5.
func weakCase() *casedata.Case {
	return &casedata.Case{
		AsOf: day(asOf),
		Partners: []casedata.Partner{
			{ID: "caw", Sector: "CAW", Core: true},
			{ID: "ocmw", Sector: "OCMW", Core: true},
			{ID: "dmw", Sector: "DMW", Core: true},
			{ID: "ext1", Sector: "Wonen"},
			{ID: "ext2", Sector: "wonen"},
			{ID: "ext3", Sector: "Onderwijs"},
			{ID: "lone", Sector: "Sport"},
		},
		HasPeople: true,
		People:    []casedata.Person{{ID: "c1", Partner: "caw"}, {ID: "o1", Partner: "ocmw"}},
		Events: []casedata.Event{
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
		Ratings: []casedata.Rating{{From: "dmw", To: "ext3", Depth: 4}, {From: "ext3", To: "dmw", Depth: 1}},
		Targets: []casedata.Target{
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
		{A: "ext1", B: "ext2", Depth: 3, Reasons: []string{flags.ReasonBridge, flags.ReasonOneWay}}, // weight 3
		{A: "caw", B: "ext1", Depth: 5, Reasons: []string{flags.ReasonBridge}},                      // 2, bridge
		{A: "caw", B: "ocmw", Depth: 3, Reasons: []string{flags.ReasonSingleCarrier}},               // 2, single carrier
		{A: "caw", B: "dmw", Depth: 2, Reasons: []string{flags.ReasonBelowTarget, flags.ReasonShallowCore}},
		{A: "ext1", B: "ocmw", Depth: 0, Reasons: []string{flags.ReasonBelowTarget}},
		{A: "ext2", B: "ocmw", Depth: 0, Reasons: []string{flags.ReasonBelowTarget}},
		{A: "ext3", B: "ocmw", Depth: 3, Reasons: []string{flags.ReasonFading}},
		{A: "dmw", B: "ext3", Depth: 1, Reasons: []string{flags.ReasonRatingGap}},
	}
	families := [][]string{{"fragile"}, {"fragile"}, {"fragile"}, {"thin"}, {"thin"}, {"thin"}, {"thin"}, {"fragile"}}
	for i := range want {
		want[i].Families = families[i]
	}
	if len(res.Weak) != len(want) {
		t.Fatalf("got %d weak links, want %d: %+v", len(res.Weak), len(want), res.Weak)
	}
	for i, w := range want {
		got := res.Weak[i]
		if got.A != w.A || got.B != w.B || got.Depth != w.Depth || !reflect.DeepEqual(got.Reasons, w.Reasons) ||
			!reflect.DeepEqual(got.Families, w.Families) {
			t.Errorf("#%d: got %s-%s depth %d %v %v, want %s-%s depth %d %v %v", i, got.A, got.B, got.Depth, got.Reasons, got.Families,
				w.A, w.B, w.Depth, w.Reasons, w.Families)
		}
	}
	targets := map[string]int{"caw-dmw": 3, "ext1-ocmw": 2, "ext2-ocmw": 3, "caw-ext1": 5}
	for _, w := range res.Weak {
		k := w.A + "-" + w.B
		if tg, ok := targets[k]; ok != (w.Target != nil) || (ok && *w.Target != tg) {
			t.Errorf("%s: target %v, want %d", k, w.Target, tg)
		}
	}
	wantCounts := WeakCounts{Weak: 8, Fragile: 4, Thin: 4, ByReason: map[string]int{
		"bridge": 2, "single_carrier": 1, "one_way": 1, "rating_gap": 1, "below_target": 3, "shallow_core": 1, "fading": 1}}
	if !reflect.DeepEqual(res.Counts, wantCounts) {
		t.Errorf("counts %+v, want %+v", res.Counts, wantCounts)
	}
	// Every core pair has a tie at rung ≥ 1: caw-ocmw 3, caw-dmw 2, ocmw-dmw 4.
	if res.Counts.MissingCorePairs != 0 || len(res.MissingCorePairs) != 0 {
		t.Errorf("missing core pairs %d %v", res.Counts.MissingCorePairs, res.MissingCorePairs)
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
		if w.A == "caw" && w.B == "dmw" && !reflect.DeepEqual(w.Reasons, []string{flags.ReasonBelowTarget}) {
			// Out of the graph, caw-dmw is still under its target.
			t.Errorf("caw-dmw at min depth 3: %v", w.Reasons)
		}
	}
	// With min depth 3, ocmw-ext3 alone hangs ext3 on: now a bridge.
	found := false
	for _, w := range res.Weak {
		if w.A == "ext3" && w.B == "ocmw" {
			found = reflect.DeepEqual(w.Reasons, []string{flags.ReasonBridge, flags.ReasonFading})
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

// depth.Scored.Target, which WeakLinks relies on, follows the target
// rule for every ordered pair of partners.
func TestTargetsAgreeWithMetrics(t *testing.T) {
	c := weakCase()
	c.Targets = append(c.Targets, casedata.Target{A: "sector:OCMW", B: "sector:onderwijs", Depth: 4},
		casedata.Target{A: "ext3", B: "sector:ocmw", Depth: 2}, casedata.Target{A: "sector:wonen", B: "sector:WONEN", Depth: 1},
		casedata.Target{A: "caw", B: "ext1", Depth: 3})
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
// depth.Scored.Target to it: a target naming both partners beats one
// naming a partner and a sector, which beats two sectors; among equals the
// highest.
type targets struct {
	s      *depth.Scored
	sector map[string]string
}

func newTargets(s *depth.Scored) *targets {
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

// TestOneWayAndRatingGapAreSeparate pins the split of the old reason
// one_sided at its edges: one_way needs three events all initiated by one
// side (two are not enough, one from the other side breaks it); rating_gap
// needs two ratings two rungs apart (one rung is not enough, one rating is
// not a gap: that tie is only one_sided as a field).
func TestOneWayAndRatingGapAreSeparate(t *testing.T) {
	c := &casedata.Case{AsOf: day(asOf)}
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		c.Partners = append(c.Partners, casedata.Partner{ID: id, Sector: "X"})
	}
	c.Events = []casedata.Event{
		// a-b: three, all from a: one_way.
		ev(asOf, "referral", "a", with("b")), ev(asOf, "referral", "a", with("b")), ev(asOf, "referral", "a", with("b")),
		// a-c: two from a: not enough.
		ev(asOf, "referral", "a", with("c")), ev(asOf, "referral", "a", with("c")),
		// a-d: three, one from d: not one way.
		ev(asOf, "referral", "a", with("d")), ev(asOf, "referral", "a", with("d")), ev(asOf, "referral", "d", with("a")),
	}
	c.Ratings = []casedata.Rating{
		{From: "e", To: "f", Depth: 3}, {From: "f", To: "e", Depth: 1}, // gap 2: rating_gap
		{From: "e", To: "g", Depth: 3}, {From: "g", To: "e", Depth: 2}, // gap 1
		{From: "e", To: "h", Depth: 5}, // one side only: no gap
		// a-b also rated far apart: one_way and rating_gap together.
		{From: "a", To: "b", Depth: 5}, {From: "b", To: "a", Depth: 1},
	}
	s := score(c)
	res := WeakLinks(s, 1)
	got := map[string][]string{}
	for _, w := range res.Weak {
		for _, r := range w.Reasons {
			if r == flags.ReasonOneWay || r == flags.ReasonRatingGap {
				got[w.A+"-"+w.B] = append(got[w.A+"-"+w.B], r)
			}
		}
	}
	want := map[string][]string{
		"a-b": {flags.ReasonOneWay, flags.ReasonRatingGap},
		"e-f": {flags.ReasonRatingGap},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("one_way/rating_gap %v, want %v", got, want)
	}
	// The tie field one_sided is untouched: e-h rated by e only.
	if eh, ok := s.Tie("e", "h"); !ok || eh.OneSided == nil || !*eh.OneSided {
		t.Errorf("e-h one_sided field: %+v", eh)
	}
	if res.Counts.ByReason[flags.ReasonOneWay] != 1 || res.Counts.ByReason[flags.ReasonRatingGap] != 2 {
		t.Errorf("by_reason %v", res.Counts.ByReason)
	}
}

func TestReasonFamilies(t *testing.T) {
	fam := map[string]string{
		flags.ReasonBridge: "fragile", flags.ReasonSingleCarrier: "fragile", flags.ReasonOneWay: "fragile",
		flags.ReasonRatingGap: "fragile", flags.ReasonShallowCore: "thin", flags.ReasonBelowTarget: "thin",
		flags.ReasonFading: "thin", "one_sided": "", "": "",
	}
	for r, f := range fam {
		if got := flags.ReasonFamily(r); got != f {
			t.Errorf("family of %q = %q, want %q", r, got, f)
		}
	}
	if len(flags.Reasons()) != 7 {
		t.Errorf("reasons %v", flags.Reasons())
	}
	if got := flags.FamiliesOf([]string{flags.ReasonFading, flags.ReasonBridge, flags.ReasonFading}); !reflect.DeepEqual(got, []string{"fragile", "thin"}) {
		t.Errorf("FamiliesOf %v", got)
	}
	if got := flags.FamiliesOf(nil); got == nil || len(got) != 0 {
		t.Errorf("FamiliesOf(nil) = %#v", got)
	}
}

// bruteMissing counts and lists, with a plain double loop over every pair of
// core partners, the pairs without a tie at minDepth, sorted by the rule
// CompareMissing documents (written out again here).
func bruteMissing(s *depth.Scored, minDepth int) []MissingPair {
	var core []string
	for _, p := range s.Case.Partners {
		if p.Core {
			core = append(core, p.ID)
		}
	}
	var out []MissingPair
	for i := range core {
		for j := range core {
			a, b := core[i], core[j]
			if a >= b {
				continue
			}
			m := MissingPair{A: a, B: b}
			for k := range s.Ties {
				t := &s.Ties[k]
				if t.A == a && t.B == b {
					m.Depth, m.LastContact = t.Depth, t.Last
				}
			}
			if m.Depth < minDepth {
				out = append(out, m)
			}
		}
	}
	key := func(m MissingPair) string {
		l, dated := "", 0
		if m.LastContact != nil {
			l, dated = *m.LastContact, 1
		}
		return fmt.Sprintf("%d|%d|%s|%s|%s", m.Depth, dated, l, m.A, m.B)
	}
	sort.Slice(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

func TestMissingCorePairsAgainstALoop(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	kinds := []string{"introduction", "info_exchange", "referral", "coordination", "joint_action"}
	dates := []string{"2021-01-10", "2023-05-01", "2024-06-30", asOf}
	for round := range 60 {
		c := &casedata.Case{AsOf: day(asOf)}
		n := 2 + rng.Intn(14)
		for _, i := range rng.Perm(n) {
			c.Partners = append(c.Partners, casedata.Partner{ID: fmt.Sprintf("p%02d", i), Sector: "X", Core: rng.Intn(3) > 0})
		}
		for range rng.Intn(3 * n) {
			a, b := rng.Intn(n), rng.Intn(n)
			if a == b {
				continue
			}
			c.Events = append(c.Events, ev(dates[rng.Intn(len(dates))], kinds[rng.Intn(len(kinds))],
				c.Partners[a].ID, with(c.Partners[b].ID)))
		}
		for range rng.Intn(n) {
			a, b := rng.Intn(n), rng.Intn(n)
			if a != b {
				c.Ratings = append(c.Ratings, casedata.Rating{From: c.Partners[a].ID, To: c.Partners[b].ID, Depth: rng.Intn(6)})
			}
		}
		s := score(c)
		for minDepth := 1; minDepth <= 5; minDepth++ {
			want := bruteMissing(s, minDepth)
			got, count := MissingCorePairs(s, minDepth, -1)
			if count != int64(len(want)) || !reflect.DeepEqual(got, append([]MissingPair{}, want...)) {
				t.Fatalf("round %d min depth %d: count %d, got %v\nwant %v", round, minDepth, count, got, want)
			}
			// A limit keeps the worst: the first rows of the full list.
			lim := rng.Intn(len(want) + 1)
			part, count2 := MissingCorePairs(s, minDepth, lim)
			if count2 != count || !reflect.DeepEqual(part, append([]MissingPair{}, want[:lim]...)) {
				t.Fatalf("round %d limit %d: %v, want %v", round, lim, part, want[:lim])
			}
			if res := WeakLinks(s, minDepth); res.Counts.MissingCorePairs != count {
				t.Fatalf("WeakLinks counts %d missing, want %d", res.Counts.MissingCorePairs, count)
			}
		}
	}
}

// TestMissingCorePairsScale: 3,000 core partners have 4,498,500 pairs; the
// count is exact and the list stops at its limit without visiting them all.
func TestMissingCorePairsScale(t *testing.T) {
	c := &casedata.Case{AsOf: day(asOf)}
	for i := range 3000 {
		c.Partners = append(c.Partners, casedata.Partner{ID: fmt.Sprintf("c%04d", i), Sector: "CAW", Core: true})
	}
	c.Events = []casedata.Event{ev(asOf, "referral", "c0000", with("c0001")), ev("2020-01-01", "introduction", "c0000", with("c0002"))}
	got, count := MissingCorePairs(score(c), 1, MaxMissingListed)
	if count != 3000*2999/2-1 || len(got) != MaxMissingListed {
		t.Fatalf("count %d, listed %d", count, len(got))
	}
	// c0000-c0002 decayed to depth 0 but has a last contact: after the
	// pairs with none; c0000-c0001 is a tie and is not listed.
	if got[0].A != "c0000" || got[0].B != "c0003" || got[0].LastContact != nil {
		t.Errorf("first %+v", got[0])
	}
}
