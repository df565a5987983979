package depth

import "gbo/graph/casedata"

// TieRating is one side's rating of a tie as ties.csv gave it
// (docs/depth-model.md#ratings): depth a rung 0..5; trust and value 1..4
// and weight > 0, each nil where not given.
type TieRating struct {
	Depth  int      `json:"depth"`
	Trust  *int     `json:"trust"`
	Value  *int     `json:"value"`
	Weight *float64 `json:"weight"`
}

func tieRating(r *casedata.Rating) TieRating {
	tr := TieRating{Depth: r.Depth}
	if r.Trust > 0 {
		v := r.Trust
		tr.Trust = &v
	}
	if r.Value > 0 {
		v := r.Value
		tr.Value = &v
	}
	if r.Weight > 0 {
		v := r.Weight
		tr.Weight = &v
	}
	return tr
}

// ratingPair holds the ratings of one pair: [0] by A of B, [1] by B of A.
type ratingPair [2]*casedata.Rating

// collectRatings gathers the ratings of each pair, by (A, B) with A < B
// (docs/depth-model.md#ratings): a later row for the same direction wins,
// a rating of a partner by itself is left out.
func collectRatings(rs []casedata.Rating) map[[2]string]ratingPair {
	out := map[[2]string]ratingPair{}
	for i := range rs {
		r := &rs[i]
		if r.From == r.To {
			continue
		}
		a, b, side := r.From, r.To, 0
		if b < a {
			a, b, side = b, a, 1
		}
		p := out[[2]string{a, b}]
		p[side] = r // a later row for the same direction wins
		out[[2]string{a, b}] = p
	}
	return out
}

// The rule for combining the two ratings of one pair
// (docs/depth-model.md#combine-rule) is one, and applies
// alike to depth, trust, value and weight: the model's combine setting
// (depthmodel.toml, default min) takes the lower of the two (min), the
// higher (max) or their average (mean; for depth, a rung, rounded down).
// Where only one side gave a figure, that figure is taken as it is; where
// neither did, there is none (trust and value nil, weight the tie's
// depth_score). The gap is the absolute difference of the two rungs.

// combineRatings combines the two rungs of a pair by the rule above; it
// returns the rung, the gap (nil unless both sides rated) and whether only
// one side rated.
func combineRatings(how Combine, rp ratingPair) (int, *int, bool) {
	if rp[0] == nil || rp[1] == nil {
		r := rp[0]
		if r == nil {
			r = rp[1]
		}
		return r.Depth, nil, true
	}
	a, b := rp[0].Depth, rp[1].Depth
	gap := a - b
	if gap < 0 {
		gap = -gap
	}
	var v int
	switch how {
	case CombineMax:
		v = max(a, b)
	case CombineMean:
		v = (a + b) / 2
	default:
		v = min(a, b)
	}
	return v, &gap, false
}

// combineScore combines one figure (trust, value or weight; > 0 where
// given) of the two ratings by the rule above; nil where neither gave it.
func combineScore(how Combine, rp ratingPair, get func(*casedata.Rating) float64) *float64 {
	var xs []float64
	for _, r := range rp {
		if r != nil && get(r) > 0 {
			xs = append(xs, get(r))
		}
	}
	if len(xs) == 0 {
		return nil
	}
	v := xs[0]
	if len(xs) == 2 {
		switch how {
		case CombineMax:
			v = max(xs[0], xs[1])
		case CombineMean:
			v = (xs[0] + xs[1]) / 2
		default:
			v = min(xs[0], xs[1])
		}
	}
	return &v
}
