package fragility

import (
	"math"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"gbo/graph/casedata"
	"gbo/graph/network"
	"gbo/metrics/structure"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// fragileCase: a triangle a-b-c hangs on c, which holds d, which holds e.
//
//	a-b referral ×2 (rung 3), b-c warm referral (3), c-a info exchange +
//	introduction (2), c-d coordination (4), d-e introduction (1).
//
// People: p1 (c) and p2 (d) alone carry c-d; p2 also d-e; p3 (a) is on one
// of the two a-b referrals, p4 (b) on both and on b-c; p6 (a) on the c-a
// info exchange.
func fragileCase(people bool) *casedata.Case {
	c := &casedata.Case{
		AsOf:      day(asOf),
		HasPeople: people,
		Events: []casedata.Event{
			ev(asOf, "coordination", "c", with("d"), "p1", "p2"),
			ev(asOf, "introduction", "d", with("e"), "p2"),
			ev(asOf, "referral", "a", with("b"), "p3", "p4"),
			ev(asOf, "referral", "b", with("a"), "p4"),
			ev(asOf, "warm_referral", "b", with("c"), "p4"),
			ev(asOf, "info_exchange", "c", with("a"), "p6"),
			ev(asOf, "introduction", "c", with("a")),
		},
	}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		c.Partners = append(c.Partners, casedata.Partner{ID: id, Sector: "X"})
	}
	if people {
		c.People = []casedata.Person{{ID: "p1", Partner: "c", Role: "onthaal"}, {ID: "p2", Partner: "d"}, {ID: "p3", Partner: "a"},
			{ID: "p4", Partner: "b", Role: "maatschappelijk werker"}, {ID: "p6", Partner: "a"}}
	} else {
		for i := range c.Events {
			c.Events[i].People = nil
		}
	}
	return c
}

func TestFragilityByHand(t *testing.T) {
	got := Fragility(score(fragileCase(true)), 1, Options{})
	// Partners: removing c leaves {a,b} and {d,e}: of the C(4,2) = 6 pairs
	// 4 lose every path; c's deep ties are b-c and c-d. Removing d cuts e
	// off from a, b, c: 3 pairs; its deep tie c-d.
	// People: p1 alone carries c-d (4 -> 0): 1 deep tie lost, and {a,b,c}
	// from {d,e}: C(5,2) − 3 − 1 = 6 pairs. p2 also takes d-e (1 -> 0,
	// weakened): {a,b,c}, {d}, {e}: 10 − 3 = 7. p4 carries both of b's deep
	// ties: b is cut off: 10 − C(4,2) = 4. Without p3, a-b keeps a
	// referral: depth 3, no cost. Without p6, c-a keeps its introduction:
	// 2 -> 1, weakened.
	want := []Cost{
		{"c", KindPartner, 2, 0, 4, "", ""},
		{"p4", KindPerson, 2, 0, 4, "b", "maatschappelijk werker"},
		{"b", KindPartner, 2, 0, 0, "", ""},
		{"p2", KindPerson, 1, 1, 7, "d", ""},
		{"p1", KindPerson, 1, 0, 6, "c", "onthaal"},
		{"d", KindPartner, 1, 0, 3, "", ""},
		{"a", KindPartner, 1, 0, 0, "", ""},
		{"p6", KindPerson, 0, 1, 0, "a", ""},
		{"e", KindPartner, 0, 0, 0, "", ""},
		{"p3", KindPerson, 0, 0, 0, "a", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fragility\n got %v\nwant %v", got, want)
	}
	for i := 1; i < len(got); i++ {
		if CompareCosts(&got[i-1], &got[i]) >= 0 {
			t.Errorf("rows %d and %d out of CompareCosts order: %+v, %+v", i-1, i, got[i-1], got[i])
		}
	}
}

// TestCompareCostsOneOrder pins the order every output shares: deep ties
// lost first, so a departure that cuts many pairs off but loses no deep
// tie comes after any that loses one, then pairs cut off, then ties
// weakened, then id, a partner before a person of that id.
func TestCompareCostsOneOrder(t *testing.T) {
	rows := []Cost{
		{ID: "z", Kind: KindPerson, DeepTiesLost: 0, PairsDisconnected: 19},
		{ID: "y", Kind: KindPartner, DeepTiesLost: 1},
		{ID: "x", Kind: KindPerson, DeepTiesLost: 0, PairsDisconnected: 19, TiesWeakened: 1},
		{ID: "w", Kind: KindPerson, TiesWeakened: 5},
		{ID: "v", Kind: KindPerson, DeepTiesLost: 1},
		{ID: "v", Kind: KindPartner, DeepTiesLost: 1},
		{ID: "u", Kind: KindPartner},
	}
	want := []string{"v/partner", "v/person", "y/partner", "x/person", "z/person", "w/person", "u/partner"}
	for range 20 {
		rand.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		sorted := append([]Cost(nil), rows...)
		sortCosts(sorted)
		var got []string
		for _, c := range sorted {
			got = append(got, c.ID+"/"+c.Kind)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
	if (&Cost{}).HasCost() || !(&Cost{PairsDisconnected: 1}).HasCost() || !(&Cost{TiesWeakened: 1}).HasCost() {
		t.Error("HasCost")
	}
}

func TestPeopleUnknownGivesNoPersonRows(t *testing.T) {
	s := score(fragileCase(false))
	if !PeopleUnknown(s) {
		t.Error("PeopleUnknown false for a case without people")
	}
	for _, c := range Fragility(s, 1, Options{}) {
		if c.Kind != KindPartner {
			t.Errorf("person row %+v without people", c)
		}
	}
	if PeopleUnknown(score(fragileCase(true))) {
		t.Error("PeopleUnknown true for a case with people")
	}
}

func TestMinDepthDecidesWhatDisconnects(t *testing.T) {
	// At min depth 3 the tie graph is a-b, b-c, c-d (e is an isolate):
	// p6 (c-a, not in the graph) costs nothing; d-e weakening is not
	// counted (not a tie of the graph); p1 still cuts c-d: {a,b,c} | {d}:
	// C(4,2) − 3 = 3.
	got := Fragility(score(fragileCase(true)), 3, Options{})
	byID := map[string]Cost{}
	for _, c := range got {
		byID[c.ID] = c
	}
	if c := byID["p1"]; c.DeepTiesLost != 1 || c.PairsDisconnected != 3 {
		t.Errorf("p1 at min depth 3: %+v", c)
	}
	if c := byID["p6"]; c != (Cost{"p6", KindPerson, 0, 0, 0, "a", ""}) {
		t.Errorf("p6 at min depth 3: %+v", c)
	}
	if c := byID["p2"]; c.TiesWeakened != 0 || c.PairsDisconnected != 3 {
		t.Errorf("p2 at min depth 3: %+v", c)
	}
}

func TestDropSharedEvents(t *testing.T) {
	// One meeting of three at rung 3: x, y and z all tied at 3.
	c := &casedata.Case{AsOf: day(asOf), Events: []casedata.Event{ev(asOf, "referral", "x", with("y", "z"))}}
	for _, id := range []string{"x", "y", "z"} {
		c.Partners = append(c.Partners, casedata.Partner{ID: id, Sector: "X"})
	}
	s := score(c)
	// By default y-z keeps the meeting: x loses its own two deep ties.
	if got := Fragility(s, 1, Options{})[0]; got != (Cost{"x", KindPartner, 2, 0, 0, "", ""}) {
		t.Errorf("default: %+v", got)
	}
	// Dropping the shared event takes y-z too, and y and z fall apart.
	got := Fragility(s, 1, Options{DropSharedEvents: true})
	if got[0] != (Cost{"x", KindPartner, 3, 0, 1, "", ""}) {
		t.Errorf("drop shared events: %+v", got)
	}
}

// pairsLost agrees with recounting components on a rebuilt graph, for
// random graphs, nodes and sets of edges.
func TestPairsLostAgainstRecount(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 200; round++ {
		n := 2 + rng.Intn(14)
		ids := make([]string, n)
		for i := range ids {
			ids[i] = string(rune('a' + i))
		}
		var edges []network.Edge
		p := rng.Float64() * 0.5
		for u := 0; u < n; u++ {
			for v := u + 1; v < n; v++ {
				if rng.Float64() < p {
					edges = append(edges, network.Edge{U: int32(u), V: int32(v), W: 1})
				}
			}
		}
		g := network.New(ids, edges)
		all := g.Edges()
		node := int32(-1)
		if rng.Intn(2) == 0 {
			node = int32(rng.Intn(n))
		}
		var cut [][2]int32
		for _, e := range all {
			if rng.Float64() < 0.3 && e.U != node && e.V != node {
				cut = append(cut, [2]int32{e.U, e.V})
			}
		}
		got := newSplitter(g).pairsLost(node, cut)
		if want := recount(g, node, cut); got != want {
			t.Fatalf("round %d: n=%d node %d cut %v: got %d, want %d", round, n, node, cut, got, want)
		}
	}
}

func recount(g *network.Network, node int32, cut [][2]int32) int64 {
	drop := map[[2]int32]bool{}
	for _, e := range cut {
		drop[e] = true
	}
	var kept []network.Edge
	for _, e := range g.Edges() {
		if !drop[[2]int32{e.U, e.V}] {
			kept = append(kept, e)
		}
	}
	h := network.New(g.IDs, kept) // ids are sorted: same indices
	removed := make([]bool, g.N())
	if node >= 0 {
		removed[node] = true
	}
	pairs := func(net *network.Network) int64 {
		comp, k := structure.Components(net)
		size := make([]int64, k)
		for u, c := range comp {
			if !removed[u] {
				size[c]++
			}
		}
		var s int64
		for _, x := range size {
			s += x * (x - 1) / 2
		}
		return s
	}
	return pairs(g) - pairs(h) + structure.PairsDisconnected(h, removed)
}

func sortCosts(c []Cost) {
	sort.Slice(c, func(i, j int) bool { return CompareCosts(&c[i], &c[j]) < 0 })
}
