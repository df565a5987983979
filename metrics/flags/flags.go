package flags

import (
	"slices"

	"gbo/metrics/depth"
	"gbo/metrics/structure"
)

// Reasons a tie is a weak link (docs/flags.md#weak-links). Each is a plain-language finding a
// steering group can act on.
//
// one_way and rating_gap replace the reason one_sided of earlier versions,
// which mixed the two; the tie field one_sided (rated by one side only) is
// another matter and stays.
const (
	ReasonBridge        = "bridge"         // the only path between two parts of the network
	ReasonShallowCore   = "shallow_core"   // two core partners stuck at rung ≤ 2
	ReasonSingleCarrier = "single_carrier" // deep (≥ 3) but one side rests on one person
	ReasonFading        = "fading"         // no event for more than one half-life
	ReasonOneWay        = "one_way"        // ≥ 3 events, all initiated by one side
	ReasonRatingGap     = "rating_gap"     // the two ratings of the tie ≥ 2 rungs apart
	ReasonBelowTarget   = "below_target"   // under the depth targets.csv sets
)

// Families of weak-link reasons. A fragile tie may vanish (a partner or a
// person gone, a one-way or disputed tie let go); a thin tie is shallower
// than it should be. A tie may be both.
const (
	FamilyFragile = "fragile" // bridge, single_carrier, one_way, rating_gap
	FamilyThin    = "thin"    // shallow_core, below_target, fading
)

// Reasons lists every weak-link reason, worst first: bridge,
// single_carrier, below_target, shallow_core, fading, one_way, rating_gap.
// Weak links list their reasons in this order (fragility.WeakLinks).
func Reasons() []string {
	return []string{ReasonBridge, ReasonSingleCarrier, ReasonBelowTarget, ReasonShallowCore,
		ReasonFading, ReasonOneWay, ReasonRatingGap}
}

// Families lists the two families, fragile first.
func Families() []string { return []string{FamilyFragile, FamilyThin} }

// ReasonFamily is the family of a reason: FamilyFragile or FamilyThin, ""
// for a code that is not a reason.
func ReasonFamily(code string) string {
	switch code {
	case ReasonBridge, ReasonSingleCarrier, ReasonOneWay, ReasonRatingGap:
		return FamilyFragile
	case ReasonShallowCore, ReasonBelowTarget, ReasonFading:
		return FamilyThin
	}
	return ""
}

// FamiliesOf lists the families of the reasons, each once, fragile before
// thin; never nil.
func FamiliesOf(reasons []string) []string {
	var has [2]bool
	for _, r := range reasons {
		switch ReasonFamily(r) {
		case FamilyFragile:
			has[0] = true
		case FamilyThin:
			has[1] = true
		}
	}
	out := []string{}
	if has[0] {
		out = append(out, FamilyFragile)
	}
	if has[1] {
		out = append(out, FamilyThin)
	}
	return out
}

// TieReasons returns the weak-link reasons of every tie of s, indexed like
// s.Ties: for a tie with depth ≥ minDepth (at least 1; the ties of the
// network) its reasons in the order they are judged (bridge, shallow_core,
// single_carrier, fading, one_way, rating_gap, below_target), for every
// other tie an empty list; never nil, and no list is nil. A bridge is a
// bridge of that network (docs/flags.md#weak-links). s and its ties are
// not changed.
func TieReasons(s *depth.Scored, minDepth int) [][]string {
	minDepth = max(minDepth, 1)
	g := s.Network(minDepth)
	bridge := map[[2]string]bool{}
	for _, b := range structure.Bridges(g) {
		bridge[[2]string{g.IDs[b[0]], g.IDs[b[1]]}] = true // ids sorted: A < B
	}
	core := map[string]bool{}
	for _, p := range s.Case.Partners {
		core[p.ID] = p.Core
	}
	out := make([][]string, len(s.Ties))
	for i := range s.Ties {
		t := &s.Ties[i]
		rs := []string{}
		if t.Depth >= minDepth {
			rs = tieReasons(s, t, bridge[[2]string{t.A, t.B}], core[t.A] && core[t.B])
		}
		out[i] = rs
	}
	return out
}

// tieReasons judges one tie of the network; bridge and bothCore are what
// the network and partners.csv say of it.
func tieReasons(s *depth.Scored, t *depth.Tie, bridge, bothCore bool) []string {
	rs := []string{}
	if bridge {
		rs = append(rs, ReasonBridge)
	}
	if bothCore && t.Depth <= 2 {
		rs = append(rs, ReasonShallowCore)
	}
	if singleCarrier(s, t) {
		rs = append(rs, ReasonSingleCarrier)
	}
	if len(t.EventIndices()) > 0 && float64(depth.DayNumber(s.AsOf)-t.LastDay()) > s.Model.HalfLife {
		rs = append(rs, ReasonFading)
	}
	if oneWay(t) {
		rs = append(rs, ReasonOneWay)
	}
	if t.Gap != nil && *t.Gap >= 2 {
		rs = append(rs, ReasonRatingGap)
	}
	if target, ok := s.Target(t.A, t.B); ok && t.Depth < target {
		rs = append(rs, ReasonBelowTarget)
	}
	return rs
}

// FlagTies returns a copy of s whose ties carry their weak-link reasons in
// Tie.Flags (TieReasons: the reasons of each tie with depth ≥ minDepth, an
// empty list on every other tie). s and its ties are not changed: the copy
// has its own Ties slice and shares the rest (the case, the model, each
// tie's events and ratings), which nothing changes after Score.
func FlagTies(s *depth.Scored, minDepth int) *depth.Scored {
	reasons := TieReasons(s, minDepth)
	c := *s
	c.Ties = make([]depth.Tie, len(s.Ties))
	copy(c.Ties, s.Ties)
	for i := range c.Ties {
		c.Ties[i].Flags = reasons[i]
	}
	return &c
}

// singleCarrier: the tie is deep (≥ 3), its events alone reach rung ≥ 3
// (depth_events, before ratings are combined in), one side's people on the
// events at that rung are one person (Carriers counts them at rung ≥
// depth_events), and that person's departure lowers the tie's depth: the
// tie without the events the person took part in, its ratings kept, is
// shallower. This is the test fragility.Fragility makes for a person, so
// every single_carrier tie is lost or weakened by some person's departure.
// A tie made deep by its ratings, or held at its rung by events without
// that person, is not flagged. Cost: one pass over the tie's events per
// side carried by one person.
func singleCarrier(s *depth.Scored, t *depth.Tie) bool {
	if t.Depth < 3 || t.DepthEvents == nil || *t.DepthEvents < 3 || !t.Carriers.Known {
		return false
	}
	ca, cb := t.CarrierIDs()
	for side, ids := range [2][]string{ca, cb} {
		if t.Carriers.N[side] == 1 && depthWithout(s, t, ids[0]) < t.Depth {
			return true
		}
	}
	return false
}

// depthWithout is the depth of tie t without the events in its window that
// person took part in: the evidence re-summed in file order as Score sums
// it, then the survey rung where that is deeper (ratings are by partners
// and stay).
func depthWithout(s *depth.Scored, t *depth.Tie, person string) int {
	asOf := depth.DayNumber(s.AsOf)
	var ev [depth.MaxRung + 1]float64
	left := false
	for _, i := range t.EventIndices() {
		e := &s.Case.Events[i]
		if slices.Contains(e.People, person) {
			continue
		}
		left = true
		w := s.Model.Weight(1, float64(asOf-depth.DayNumber(e.Date))) * float64(e.Count)
		for r := 1; r <= e.Rung && r <= depth.MaxRung; r++ {
			ev[r] += w
		}
	}
	d := 0
	if left {
		d, _ = s.Model.DepthOf(ev)
	}
	if t.DepthSurvey != nil && *t.DepthSurvey > d {
		d = *t.DepthSurvey
	}
	return d
}

// oneWay: three or more events in the window, every one initiated by the
// same side.
func oneWay(t *depth.Tie) bool {
	if t.Events < 3 {
		return false
	}
	return t.Initiated.N[0] == t.Events || t.Initiated.N[1] == t.Events
}
