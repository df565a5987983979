package metrics

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
	"gbo/metrics/measures"
)

// scored is a hand-made scored case: partners with the given sectors
// (ids p0, p1, …) and ties of the given depths, sorted as Score sorts them.
func scored(sectors []string, ties map[[2]int]int) *depth.Scored {
	c := &casedata.Case{}
	for i, sec := range sectors {
		c.Partners = append(c.Partners, casedata.Partner{ID: fmt.Sprintf("p%02d", i), Name: fmt.Sprint(i), Sector: sec})
	}
	s := &depth.Scored{Case: c}
	for k, d := range ties {
		a, b := c.Partners[k[0]].ID, c.Partners[k[1]].ID
		if b < a {
			a, b = b, a
		}
		s.Ties = append(s.Ties, depth.Tie{A: a, B: b, Depth: d, Weight: 1})
	}
	sort.Slice(s.Ties, func(i, j int) bool {
		if s.Ties[i].A != s.Ties[j].A {
			return s.Ties[i].A < s.Ties[j].A
		}
		return s.Ties[i].B < s.Ties[j].B
	})
	return s
}

// TestOneDepthProfile: on random cases, the network's depth_profile
// (measures.Measure) is PairsPerRung restricted to rungs ≥ --min-depth, and
// PairsPerRung counts every pair once, whatever --min-depth
// (docs/measures.md#depth-profile).
func TestOneDepthProfile(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for trial := range 30 {
		n := 2 + rng.Intn(12)
		ties := map[[2]int]int{}
		for range rng.Intn(n * 3) {
			a, b := rng.Intn(n), rng.Intn(n)
			if a != b {
				ties[[2]int{min(a, b), max(a, b)}] = rng.Intn(depth.MaxRung + 1)
			}
		}
		s := scored(make([]string, n), ties)
		all := PairsPerRung(s)
		total := 0
		for _, c := range all {
			total += c
		}
		if total != len(ties) {
			t.Fatalf("trial %d: PairsPerRung %v sums to %d, want the %d pairs", trial, all, total, len(ties))
		}
		for minDepth := 1; minDepth <= depth.MaxRung; minDepth++ {
			net := measures.Measure(s, measures.MeasureOptions{MinDepth: minDepth}).Network
			for r := 1; r <= depth.MaxRung; r++ {
				want := all[r]
				if r < minDepth {
					want = 0
				}
				if net.DepthProfile[r-1] != want {
					t.Fatalf("trial %d, min-depth %d: depth_profile %v, pairs_per_rung %v (rung %d)", trial, minDepth, net.DepthProfile, all, r)
				}
			}
		}
	}
}

// TestSectors: the core sectors first (any case), the others in byte
// order; a tie within a sector counts once, between two sectors on both
// sides; ties below --min-depth are left out; NaN where no tie.
func TestSectors(t *testing.T) {
	//                  p00     p01    p02   p03   p04     p05
	sectors := []string{"Zorg", "caw", "", "DMW", "OCMW", "caw"}
	ties := map[[2]int]int{
		{1, 5}: 4, // caw–caw
		{1, 4}: 3, // caw–OCMW
		{4, 5}: 1, // caw–OCMW
		{0, 2}: 2, // Zorg–""
		{0, 3}: 1, // Zorg–DMW, left out at min-depth 2
	}
	h := Sectors(scored(sectors, ties), 2)
	if want := []string{"OCMW", "caw", "DMW", "", "Zorg"}; !reflect.DeepEqual(h.Sectors, want) {
		t.Fatalf("sectors %q, want %q", h.Sectors, want)
	}
	wantCount := [][]int{
		{0, 1, 0, 0, 0},
		{1, 1, 0, 0, 0},
		{0, 0, 0, 0, 0},
		{0, 0, 0, 0, 1},
		{0, 0, 0, 1, 0},
	}
	if !reflect.DeepEqual(h.Count, wantCount) {
		t.Errorf("counts %v, want %v", h.Count, wantCount)
	}
	for i := range wantCount {
		for j := range wantCount[i] {
			got := h.Mean[i][j]
			want := math.NaN()
			switch {
			case i+j == 1:
				want = 3
			case i == 1 && j == 1:
				want = 4
			case i+j == 7:
				want = 2
			}
			if math.IsNaN(want) != math.IsNaN(got) || !math.IsNaN(want) && got != want {
				t.Errorf("mean[%s][%s] = %v, want %v", h.Sectors[i], h.Sectors[j], got, want)
			}
		}
	}
	// At min-depth 1 the tie at rung 1 counts: caw–OCMW becomes (3+1)/2.
	h = Sectors(scored(sectors, ties), 1)
	if h.Count[0][1] != 2 || h.Mean[0][1] != 2 || h.Mean[1][0] != 2 {
		t.Errorf("min-depth 1: caw–OCMW %d ties, mean %v/%v; want 2 ties, mean 2", h.Count[0][1], h.Mean[0][1], h.Mean[1][0])
	}
}

// TestCompareFiguresWithoutCore: without a core partner the figures about
// the core have no value and the reason code no_core (one core partner:
// one_core for the pairs); boundary objects need objects named.
func TestCompareFiguresWithoutCore(t *testing.T) {
	for _, tc := range []struct {
		core                 int
		objects              bool
		pairsWhy, objectsWhy string
		isolatedApplies, bOK bool
	}{
		{0, true, "no_core", "no_core", false, false},
		{0, false, "no_core", "no_objects", false, false},
		{1, true, "one_core", "", true, true},
		{2, false, "", "no_objects", true, false},
	} {
		s := scored([]string{"A", "B", "C"}, map[[2]int]int{{0, 1}: 3, {1, 2}: 2})
		for i := range tc.core {
			s.Case.Partners[i].Core = true
		}
		a := Of(s, 1)
		figs := a.CompareFigures(s, FigureInputs{Network: a.Measures.Network, Verdicts: []string{"boundary_object", "local"},
			IsolatedExternals: 1, ObjectsNamed: tc.objects, TargetRung: 3})
		got := map[string]Figure{}
		for i, f := range figs {
			if f.Key != FigureKeys[i] {
				t.Fatalf("figure %d is %s, want %s", i, f.Key, FigureKeys[i])
			}
			got[f.Key] = f
		}
		check := func(key, why string, want float64) {
			f := got[key]
			switch {
			case why != "" && (f.Value != nil || f.Why != why):
				t.Errorf("core %d, objects %v: %s = %v (%q), want no value, %q", tc.core, tc.objects, key, f.Value, f.Why, why)
			case why == "" && (f.Value == nil || *f.Value != want):
				t.Errorf("core %d, objects %v: %s = %v (%q), want %v", tc.core, tc.objects, key, f.Value, f.Why, want)
			}
		}
		check("core_pairs_at_target", tc.pairsWhy, 1) // p00–p01 at rung 3
		check("boundary_objects", tc.objectsWhy, 1)
		check("isolated_externals_count", map[bool]string{false: "no_core"}[tc.isolatedApplies], 1)
		check("largest_component", "", 3)
		check("reciprocity_ratings", "no_ratings", 0)
	}
}
