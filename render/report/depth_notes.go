package report

// The depth section's notes on the pairs that the network leaves out (the
// chart's rung 0, and the rungs below --min-depth) and on deep ties that
// rest on one side's rating. Each cause has a sentence of its own, guarded
// by a condition on the analysis's "inputs", so no sentence gives a cause
// that does not hold for every pair it counts.

// unsplitBelowRung1 is the number of pairs below rung 1 whose cause the
// analysis does not give (a hand-filled Report: only the chart's count).
// The command line always gives the cause, so it is 0 there.
func unsplitBelowRung1(in InputsDoc) int {
	return max(in.Faded-in.RatedNoContact-in.Decayed-in.EventsRungZero, 0)
}

// inputsHolds decides the conditions on the analysis's inputs; known is
// false for a condition it does not decide.
func inputsHolds(cond string, a *Analysis) (ok, known bool) {
	in := a.Inputs
	switch cond {
	case "below_min_depth": // pairs at rung 1..min-1, outside the network
		return in.BelowMinDepth > 0 && in.MinDepth > 1, true
	case "rated_no_contact": // pairs the ratings put at rung 0
		return in.RatedNoContact > 0, true
	case "events_decayed": // unrated pairs whose events at rung ≥ 1 were too few or too old
		return in.Decayed > 0, true
	case "events_rung_0": // unrated pairs with events of rung-0 kinds only
		return in.EventsRungZero > 0, true
	case "below_rung_1_unsplit":
		return unsplitBelowRung1(in) > 0, true
	case "one_sided_deep_no_events":
		return in.OneSidedDeepNoEvents > 0 && in.OneSidedDeepLowerEvents == 0, true
	case "one_sided_deep_lower_events":
		return in.OneSidedDeepLowerEvents > 0 && in.OneSidedDeepNoEvents == 0, true
	case "one_sided_deep_mixed":
		return in.OneSidedDeepNoEvents > 0 && in.OneSidedDeepLowerEvents > 0, true
	}
	return false, false
}

// depthNotes are the notes under the depth chart, in this order: pairs
// below the minimum depth, pairs rated no contact, pairs whose events
// decayed, pairs with rung-0 events only, and (hand-filled reports only)
// pairs below rung 1 of no stated cause.
func depthNotes(lang string, a *Analysis) []claim {
	in := a.Inputs
	var out []claim
	for _, c := range []*claim{
		sayn(lang, a, "depth_below_min", in.BelowMinDepth, in.BelowMinDepth, in.MinDepth),
		sayn(lang, a, "depth_rated_zero", in.RatedNoContact, in.RatedNoContact),
		sayn(lang, a, "depth_faded", in.Decayed, in.Decayed),
		sayn(lang, a, "depth_events_rung0", in.EventsRungZero, in.EventsRungZero),
		sayn(lang, a, "depth_rung0", unsplitBelowRung1(in), unsplitBelowRung1(in)),
	} {
		if c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// depthOneSided is the sentence on deep ties that rest on one side's
// rating only, or nil: one sentence when all of them lack events or all
// have events at a lower rung, one that counts both otherwise.
func depthOneSided(lang string, a *Analysis) *claim {
	in := a.Inputs
	k := in.OneSidedDeepNoEvents + in.OneSidedDeepLowerEvents
	if k == 0 {
		return nil
	}
	ties := countw(a.words, lang, "n_tie", k)
	if c := sayn(lang, a, "depth_one_sided_noev", k, ties); c != nil {
		return c
	}
	if c := sayn(lang, a, "depth_one_sided_lower", k, ties); c != nil {
		return c
	}
	return say(lang, a, "depth_one_sided_mixed", ties, in.OneSidedDeepNoEvents, in.OneSidedDeepLowerEvents)
}
