package measures

import (
	"cmp"
	"maps"
	"slices"

	"gbo/metrics/depth"
)

// SurveyDifferRows is how many pairs Survey.DifferMost lists at most; the
// count of all pairs whose ratings differ is Survey.PairsDiffer, and
// `gbo ties` lists every pair's two ratings.
const SurveyDifferRows = 10

// Survey is the response to a partner survey (ties.csv, one row per
// partner's rating of its tie with another; see docs/formats.md#tiescsv): who answered,
// which pairs were rated by one side only, and where the two sides of a
// pair see their tie differently. It holds codes and numbers only; the
// words are the reader's (the report, the command line).
//
// Definitions, over the ratings scoring uses (per direction the last row
// of ties.csv wins; a partner's rating of itself is not counted):
//
//   - Partners is the number of partners of the case (N).
//   - Respondents are the partners who rated at least one other partner
//     (a rating of rung 0, "no contact", is an answer); NonRespondents
//     are the other partners. Both are partner ids in byte order.
//   - ResponseRate is len(Respondents)/Partners, a fraction in 0..1
//     (0 when the case has no partners).
//   - PairsBoth counts the unordered pairs that both sides rated;
//     PairsOneSide those that one side rated and the other did not.
//     PairsOneSide = PairsOneSideNonRespondent + PairsOneSideRespondent:
//     in the first the side that did not rate gave no rating at all (it
//     is among NonRespondents), in the second it answered the survey but
//     left this pair out.
//   - MeanGap is the mean over the PairsBoth pairs of |rung of A's rating
//     − rung of B's rating|, in rungs (0..5); nil when PairsBoth is 0.
//   - A pair rated by both sides differs when its rungs differ, or its
//     trust or its value (1..4) differ where both sides gave that figure.
//     PairsDiffer counts these pairs; DifferMost lists the first
//     SurveyDifferRows of them, largest rung gap first, then the largest
//     trust gap + value gap (a figure one side did not give adds 0), then
//     by the ids (A, B).
type Survey struct {
	Partners                  int         `json:"partners"`
	Respondents               []string    `json:"respondents"`
	NonRespondents            []string    `json:"non_respondents"`
	ResponseRate              float64     `json:"response_rate"`
	PairsBoth                 int         `json:"pairs_both"`
	PairsOneSide              int         `json:"pairs_one_side"`
	PairsOneSideNonRespondent int         `json:"pairs_one_side_nonrespondent"`
	PairsOneSideRespondent    int         `json:"pairs_one_side_respondent"`
	MeanGap                   *float64    `json:"mean_gap"`
	PairsDiffer               int         `json:"pairs_differ"`
	DifferMost                []RatedPair `json:"differ_most"`
}

// RatedPair is a pair both sides rated, with the two ratings: A < B (byte
// order); Gap is |rung of A's − rung of B's| (0..5); TrustGap and ValueGap
// the same for trust and value (0..3), nil where either side did not give
// the figure. Ratings holds each side's rating by the id of the partner
// that gave it, as in `gbo ties` (Tie.Ratings).
type RatedPair struct {
	A        string                     `json:"a"`
	B        string                     `json:"b"`
	Gap      int                        `json:"gap"`
	TrustGap *int                       `json:"trust_gap"`
	ValueGap *int                       `json:"value_gap"`
	Ratings  map[string]depth.TieRating `json:"ratings"`
}

// SurveyOf computes the response to the survey of a scored case from the
// ratings of its ties (Tie.Ratings). It returns nil when no partner rated
// another: a case without ratings has no survey. Time and memory are
// linear in the partners and ties, plus sorting the pairs that differ.
func SurveyOf(s *depth.Scored) *Survey {
	answered := map[string]bool{}
	for i := range s.Ties {
		for id := range s.Ties[i].Ratings {
			answered[id] = true
		}
	}
	if len(answered) == 0 {
		return nil
	}
	sv := &Survey{Partners: len(s.Case.Partners), Respondents: []string{}, NonRespondents: []string{}, DifferMost: []RatedPair{}}
	for _, p := range s.Case.Partners {
		if answered[p.ID] {
			sv.Respondents = append(sv.Respondents, p.ID)
		} else {
			sv.NonRespondents = append(sv.NonRespondents, p.ID)
		}
	}
	slices.Sort(sv.Respondents)
	sv.Respondents = slices.Compact(sv.Respondents)
	slices.Sort(sv.NonRespondents)
	sv.NonRespondents = slices.Compact(sv.NonRespondents)
	if sv.Partners > 0 {
		sv.ResponseRate = float64(len(sv.Respondents)) / float64(sv.Partners)
	}
	gaps := 0
	var differ []RatedPair
	for i := range s.Ties {
		t := &s.Ties[i]
		ra, okA := t.Ratings[t.A]
		rb, okB := t.Ratings[t.B]
		switch {
		case okA && okB:
			sv.PairsBoth++
			p := RatedPair{A: t.A, B: t.B, Gap: absInt(ra.Depth - rb.Depth),
				TrustGap: figureGap(ra.Trust, rb.Trust), ValueGap: figureGap(ra.Value, rb.Value), Ratings: maps.Clone(t.Ratings)}
			gaps += p.Gap
			if p.Gap > 0 || orZero(p.TrustGap) > 0 || orZero(p.ValueGap) > 0 {
				differ = append(differ, p)
			}
		case okA || okB:
			sv.PairsOneSide++
			silent := t.B
			if okB {
				silent = t.A
			}
			if answered[silent] {
				sv.PairsOneSideRespondent++
			} else {
				sv.PairsOneSideNonRespondent++
			}
		}
	}
	if sv.PairsBoth > 0 {
		m := float64(gaps) / float64(sv.PairsBoth)
		sv.MeanGap = &m
	}
	sv.PairsDiffer = len(differ)
	slices.SortFunc(differ, func(x, y RatedPair) int {
		return cmp.Or(cmp.Compare(y.Gap, x.Gap),
			cmp.Compare(orZero(y.TrustGap)+orZero(y.ValueGap), orZero(x.TrustGap)+orZero(x.ValueGap)),
			cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	sv.DifferMost = append(sv.DifferMost, differ[:min(len(differ), SurveyDifferRows)]...)
	return sv
}

// figureGap is |a − b| for two figures both given, else nil.
func figureGap(a, b *int) *int {
	if a == nil || b == nil {
		return nil
	}
	g := absInt(*a - *b)
	return &g
}

func orZero(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
