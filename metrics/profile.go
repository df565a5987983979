package metrics

import "gbo/metrics/depth"

// PairsPerRung is the one depth profile of a scored case
// (docs/measures.md#depth-profile): out[r] is the number of ties of s (the
// pairs with any evidence: an event in the window or a rating) whose depth
// is rung r, r = 0..depth.MaxRung, whatever --min-depth. Rung 0 counts
// the pairs with contact or a rating that stay below rung 1.
//
// It is what the compare page draws per case (JSON pairs_per_rung) and
// what the report's view model holds (report.Report.DepthProfile). The
// network's depth_profile (measures.NetworkFigures.DepthProfile, gbo
// metrics) is the same count over the ties of the network only: rungs
// 1..5, zero below --min-depth. The report's chart shows rung 0 of this
// profile beside the network's rungs 1..5.
func PairsPerRung(s *depth.Scored) (out [depth.MaxRung + 1]int) {
	for i := range s.Ties {
		if d := s.Ties[i].Depth; d >= 0 && d <= depth.MaxRung {
			out[d]++
		}
	}
	return out
}
