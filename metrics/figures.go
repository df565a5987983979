package metrics

import (
	"fmt"

	"gbo/metrics/depth"
	"gbo/metrics/measures"
)

// The figures `gbo compare` adds to the network figures of each case
// (docs/measures.md): every one is read from the analysis `gbo report`
// embeds for the case (FigureInputs), or computed by package metrics on
// the same network where no command computed it before (largest
// component, reciprocity of initiative, depth shares, core pairs at the
// target rung). A figure that does not apply to a case has no value and a
// reason code (FigureWhy), never 0.

// FigureKeys are the added figures, in the order of the table, the JSON
// case object and the tidy CSV (after the network figures).
var FigureKeys = []string{
	"largest_component", "largest_component_share",
	"depth_share_1", "depth_share_2", "depth_share_3", "depth_share_4", "depth_share_5",
	"target_rung", "core_pairs_at_target", "reciprocity_initiative",
	"weak_links", "weak_fragile", "weak_thin", "boundary_objects", "isolated_externals_count",
	"reciprocity_ratings", "response_rate", "mean_rating_gap",
}

// FigureWhy are the reason codes of a figure that does not apply.
var FigureWhy = []string{
	"no_partners",   // the case has no partners
	"no_ties",       // no tie in the network at --min-depth
	"no_core",       // no core partner
	"one_core",      // one core partner: no pair of core partners
	"no_initiative", // no tie with a known initiator (no events)
	"no_ratings",    // no ratings in the case
	"no_pairs_both", // no pair rated by both sides
	"no_objects",    // the case names no objects
	"first_wave",    // the first wave: nothing before it (the wave changes)
}

// Figure is one added figure of one case: Value is nil where it does not
// apply, and Why then holds its reason code (one of FigureWhy).
type Figure struct {
	Key   string
	Value *float64
	Why   string
}

// FigureInputs are what the added figures of a case are made from: the
// fields of the analysis gbo report embeds (gbo metrics, weak and objects
// --format json), and the case's target rung.
type FigureInputs struct {
	Network measures.NetworkFigures
	// Weak, Fragile, Thin: gbo weak's counts.
	Weak, Fragile, Thin int
	// Verdicts are the boundary objects' verdicts (gbo objects), one per object.
	Verdicts []string
	// IsolatedExternals is the number of external partners without a deep tie to the core.
	IsolatedExternals int
	Survey            *measures.Survey // nil without ratings
	ObjectsNamed      bool             // the case names objects
	TargetRung        int              // [labels] target_rung, else casedata.DefaultTargetRung
}

// CompareFigures makes the added figures of one case, in the order of
// FigureKeys, from in and a, the analysis of its network at --min-depth
// (s is the scored case a was made of).
func (a *Analysis) CompareFigures(s *depth.Scored, in FigureInputs) []Figure {
	out := make([]Figure, 0, len(FigureKeys))
	put := func(key string, v float64, ok bool, why string) {
		f := Figure{Key: key}
		if ok {
			f.Value = &v
		} else {
			f.Why = why
		}
		out = append(out, f)
	}
	n := in.Network
	lc := measures.LargestComponent(a.Measures.Net)
	put("largest_component", float64(lc), n.Partners > 0, "no_partners")
	put("largest_component_share", float64(lc)/float64(max(n.Partners, 1)), n.Partners > 0, "no_partners")
	shares, ok := measures.DepthShares(n)
	for r := range shares {
		put(fmt.Sprintf("depth_share_%d", r+1), shares[r], ok, "no_ties")
	}
	put("target_rung", float64(in.TargetRung), true, "")
	cp := measures.CorePairsAt(a.Measures, in.TargetRung)
	v, ok := cp.Share()
	put("core_pairs_at_target", v, ok, map[bool]string{true: "no_core", false: "one_core"}[cp.Core == 0])
	v, ok = measures.InitiativeReciprocity(s, a.Measures).Value()
	put("reciprocity_initiative", v, ok, map[bool]string{true: "no_ties", false: "no_initiative"}[n.Ties == 0])
	put("weak_links", float64(in.Weak), true, "")
	put("weak_fragile", float64(in.Fragile), true, "")
	put("weak_thin", float64(in.Thin), true, "")
	bo := 0
	for _, v := range in.Verdicts {
		if v == "boundary_object" {
			bo++
		}
	}
	// Without a core partner no object can bring core and external
	// partners together: the count would be a false 0 (verdict no_core).
	boWhy := "no_objects"
	if in.ObjectsNamed && cp.Core == 0 {
		boWhy = "no_core"
	}
	put("boundary_objects", float64(bo), in.ObjectsNamed && cp.Core > 0, boWhy)
	// Without a core partner every external partner lacks a tie to the
	// core: the count says nothing, so it does not apply.
	put("isolated_externals_count", float64(in.IsolatedExternals), cp.Core > 0, "no_core")
	sv := in.Survey
	rated, both := 0, 0
	if sv != nil {
		rated, both = sv.PairsBoth+sv.PairsOneSide, sv.PairsBoth
	}
	put("reciprocity_ratings", float64(both)/float64(max(rated, 1)), rated > 0, "no_ratings")
	rr := 0.0
	if sv != nil {
		rr = sv.ResponseRate
	}
	put("response_rate", rr, sv != nil, "no_ratings")
	switch {
	case sv == nil:
		put("mean_rating_gap", 0, false, "no_ratings")
	case sv.MeanGap == nil:
		put("mean_rating_gap", 0, false, "no_pairs_both")
	default:
		put("mean_rating_gap", *sv.MeanGap, true, "")
	}
	return out
}
