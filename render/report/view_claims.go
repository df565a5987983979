// Claims: the facts a report sentence needs (holds) and the catalogue sentences said of them.

package report

import (
	"slices"
	"strings"
)

// holds reports whether the fact cond (a value of needs) is true of the
// analysis. An unknown condition never holds.
func holds(cond string, a *Analysis) bool {
	n := a.Network
	core := 0
	for _, p := range a.Partners {
		if p.Core {
			core++
		}
	}
	hasReason := func(codes ...string) bool {
		for _, w := range a.Weak {
			for _, r := range w.Reasons {
				if slices.Contains(codes, r) {
					return true
				}
			}
		}
		return false
	}
	verdict := func(v string) bool {
		for _, o := range a.Objects {
			if o.Verdict == v {
				return true
			}
		}
		return false
	}
	costs := false
	for _, f := range a.Fragility {
		if f.DeepTiesLost+f.TiesWeakened+f.PairsDisconnected > 0 {
			costs = true
		}
	}
	cut := len(n.ArticulationPoints)
	switch cond {
	case "always":
		return true
	case "core_partners":
		return n.Partners > 1 && core > 0
	case "no_core_partners":
		return n.Partners > 1 && core == 0
	case "one_partner":
		return n.Partners == 1
	case "ties":
		return n.Ties > 0
	case "one_tie":
		return n.Ties == 1
	case "no_ties":
		return n.Ties == 0
	case "pairs":
		return n.Partners >= 2
	case "connected":
		return n.Components == 1
	case "parts":
		return n.Components > 1
	case "central_high":
		return n.Partners > 2 && n.DegreeCentralization >= centralHigh
	case "central_mid":
		return n.Partners > 2 && n.DegreeCentralization >= centralMid && n.DegreeCentralization < centralHigh
	case "central_low":
		return n.Partners > 2 && n.DegreeCentralization < centralMid
	case "cut_point":
		return cut > 0
	case "cut_points":
		return cut > 1
	case "one_cut_point":
		return cut == 1
	case "brokers_no_cut":
		return cut == 0 && len(a.Brokers) > 0
	case "one_broker_no_cut":
		return cut == 0 && len(a.Brokers) == 1
	case "no_brokers":
		return cut == 0 && len(a.Brokers) == 0
	case "boundary_object":
		return verdict("boundary_object")
	case "candidate_object":
		return verdict("candidate")
	case "objects_no_boundary": // and a core partner: without one, no verdict that needs it is given
		return len(a.Objects) > 0 && !verdict("boundary_object") && core > 0
	case "no_objects":
		return !a.Inputs.Objects && len(a.Objects) == 0
	case "objects_unused":
		return a.Inputs.Objects && len(a.Objects) == 0
	case "weak":
		return len(a.Weak) > 1
	case "one_weak":
		return len(a.Weak) == 1
	case "no_weak":
		return len(a.Weak) == 0
	case "ties_no_weak":
		return n.Ties > 0 && len(a.Weak) == 0
	case "any_weak":
		return len(a.Weak) > 0
	case "fragile":
		return hasReason(fragileReasons...)
	case "no_fragile":
		return len(a.Weak) > 0 && !hasReason(fragileReasons...)
	case "thin":
		return hasReason(thinReasons...)
	case "no_thin":
		return len(a.Weak) > 0 && !hasReason(thinReasons...)
	case "single_carrier":
		return hasReason("single_carrier")
	case "stuck_acquaintance":
		return hasReason("shallow_core")
	case "missing_core_pairs":
		return len(a.MissingCorePairs) > 0
	case "no_missing_core_pairs":
		return a.MissingCorePairs != nil && len(a.MissingCorePairs) == 0 && core >= 2
	case "isolated":
		return len(a.IsolatedExternals) > 0 && core > 0
	case "people_unknown":
		return a.PeopleUnknown
	case "frag_costs_people":
		return costs && !a.PeopleUnknown
	case "frag_costs_no_people":
		return costs && a.PeopleUnknown
	case "no_frag_costs":
		return !costs && !a.PeopleUnknown
	case "coordinator":
		return a.Coordinator != nil
	case "coordinator_named":
		return a.Inputs.Coordinator != "" && a.Coordinator == nil
	case "ratings":
		return a.Inputs.Ratings > 0
	case "no_warnings":
		return a.Inputs.Warnings == 0
	case "no_notes":
		return false // decided by the caller with the notes in hand
	case "asof_far_beyond":
		return a.Inputs.AsOfWarning != nil
	case "people_cut":
		return peopleCut(a) > 0
	case "events":
		return a.Inputs.Events > 0
	case "people":
		return a.Inputs.People && !a.PeopleUnknown
	case "as_of":
		return a.Case.AsOf != nil && *a.Case.AsOf != ""
	case "no_as_of":
		return a.Case.AsOf == nil || *a.Case.AsOf == ""
	}
	if ok, known := inputsHolds(cond, a); known {
		return ok
	}
	return surveyHolds(cond, a)
}

// say returns the claim of key when its condition holds, else nil. Every
// key of needs must be said through say.
func say(lang string, a *Analysis, key string, args ...any) *claim {
	cond, ok := needs[key]
	if !ok || !holds(cond, a) {
		return nil
	}
	return &claim{Key: key, Text: trw(a.words, lang, key, args...)}
}

// sayn is say for a sentence about n things: it takes key + "_one" when n
// takes the form "one" in lang and the catalogue has that form, as trn
// does.
func sayn(lang string, a *Analysis, key string, n int, args ...any) *claim {
	return say(lang, a, oneKey(lang, key, n), args...)
}

// first is the first claim that holds among several alternatives.
func first(cs ...*claim) claim {
	for _, c := range cs {
		if c != nil {
			return *c
		}
	}
	return claim{}
}

// joinAnd lists names: "a", "a and b", "a, b and c" (the catalogue's
// "and": "en" in Dutch, "et" in French).
func joinAnd(lang string, xs []string) string {
	and := " " + tr(lang, "and") + " "
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + and + xs[len(xs)-1]
}

// The bands of Freeman degree centralisation (docs/measures.md, 0 for a
// network where every partner has as many ties, 1 for a star) the
// centralisation key figure speaks of: below centralMid the ties are
// "spread fairly evenly"; from centralMid "some partners have more ties
// than others" (degrees 3, 3, 3, 2, 1 give 0.25); from centralHigh the
// network "leans heavily on a few partners who have far more ties". Only
// the top band says "far more": a sentence may not say more than its value.
const (
	centralMid  = 0.25
	centralHigh = 0.5
)

// peopleCutClaim is the brokers card's second sentence, when some
// person's departure would cut pairs of partners apart. Its connective
// follows the card's first sentence: "Yet" (kf_people_cut_yet) after one
// that says no partner is the only link (no cut point), "Moreover"
// (kf_people_cut_moreover) after one that names cut points
// (TestPeopleCutConnectiveFollowsTheCard).
func peopleCutClaim(lang string, a *Analysis) *claim {
	conn := "kf_people_cut_moreover"
	if len(a.Network.ArticulationPoints) == 0 {
		conn = "kf_people_cut_yet"
	}
	return say(lang, a, "kf_people_cut", tr(lang, conn), count(lang, "n_person", peopleCut(a)))
}
