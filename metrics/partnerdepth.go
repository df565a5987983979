package metrics

import (
	"gbo/metrics/depth"
	"gbo/metrics/measures"
)

// PartnerMeanDepth is, for each partner id with at least one tie of depth
// ≥ minDepth in s, the mean depth (a rung, 1..depth.MaxRung, as a
// float64) of those ties: the sum of their depths divided by their number.
// A partner without such a tie is absent from the map (the report shows 0
// for it). minDepth is used as given (callers pass ≥ 1). s is not changed;
// a nil s gives an empty map.
func PartnerMeanDepth(s *depth.Scored, minDepth int) map[string]float64 {
	out := map[string]float64{}
	if s == nil {
		return out
	}
	sum := map[string][2]int{} // id → {sum of depths, ties}
	for _, t := range s.Ties {
		if t.Depth < minDepth {
			continue
		}
		for _, id := range []string{t.A, t.B} {
			v := sum[id]
			sum[id] = [2]int{v[0] + t.Depth, v[1] + 1}
		}
	}
	for id, v := range sum {
		out[id] = float64(v[0]) / float64(v[1])
	}
	return out
}

// CorePartners counts the partners of m marked core (PartnerFigures.Core);
// 0 for a nil m.
func CorePartners(m *measures.Measures) int {
	if m == nil {
		return 0
	}
	n := 0
	for _, p := range m.Partners {
		if p.Core {
			n++
		}
	}
	return n
}
