package metrics

import "gbo/metrics/depth"

// PairCounts are the counts of scored pairs the report's notes rest on
// (report.InputsDoc holds them under the same names).
type PairCounts struct {
	// Faded: pairs at rung 0 (contact or a rating below rung 1), the sum
	// of RatedNoContact, Decayed and EventsRungZero.
	Faded int
	// RatedNoContact: pairs at rung 0 that at least one side rated 0.
	RatedNoContact int
	// Decayed: unrated pairs at rung 0 with events at rung 1 or higher
	// that were too few or too old to reach the threshold.
	Decayed int
	// EventsRungZero: unrated pairs whose only events are of rung-0 kinds.
	EventsRungZero int
	// BelowMinDepth: pairs at rung 1 or more but below minDepth.
	BelowMinDepth int
	// OneSidedDeep: ties at rung 3 or more whose depth rests on one side's
	// rating (the events, if any, stay lower); split into those without
	// events (OneSidedDeepNoEvents) and with lower events
	// (OneSidedDeepLowerEvents).
	OneSidedDeep, OneSidedDeepNoEvents, OneSidedDeepLowerEvents int
}

// CountPairs counts the pairs of s for PairCounts at minDepth.
func CountPairs(s *depth.Scored, minDepth int) PairCounts {
	var in PairCounts
	for _, t := range s.Ties {
		if t.Depth >= 3 && t.OneSided != nil && *t.OneSided && t.DepthSurvey != nil && *t.DepthSurvey >= t.Depth &&
			(t.DepthEvents == nil || *t.DepthEvents < t.Depth) {
			in.OneSidedDeep++
			if t.DepthEvents == nil {
				in.OneSidedDeepNoEvents++
			} else {
				in.OneSidedDeepLowerEvents++
			}
		}
		switch {
		case t.Depth == 0:
			in.Faded++
			switch {
			case t.DepthSurvey != nil: // rated rung 0 by at least one side (every combine rule keeps a 0 only so)
				in.RatedNoContact++
			case t.DepthEvents != nil && t.Evidence[1] > 0:
				in.Decayed++
			case t.DepthEvents != nil:
				in.EventsRungZero++
			}
		case t.Depth < minDepth:
			in.BelowMinDepth++
		}
	}
	return in
}
