package report

import (
	"fmt"
)

// SurveyDoc is the "survey" object of `gbo metrics --format json`: the
// response to the partner survey (ties.csv), null without ratings. Ids are
// partner ids; ResponseRate is a fraction 0..1; MeanGap is in rungs (nil
// when no pair was rated by both sides); DifferMost are the pairs whose
// two ratings differ most, largest difference first, at most a few of the
// PairsDiffer pairs that differ at all.
type SurveyDoc struct {
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

// RatedPair is a pair both sides rated: A < B, the gaps between their two
// ratings (rung 0..5; trust and value 0..3, nil where a side left the
// figure out) and each side's rating by the id of the partner that gave it.
type RatedPair struct {
	A        string               `json:"a"`
	B        string               `json:"b"`
	Gap      int                  `json:"gap"`
	TrustGap *int                 `json:"trust_gap"`
	ValueGap *int                 `json:"value_gap"`
	Ratings  map[string]RatingDoc `json:"ratings"`
}

// RatingDoc is one side's rating: depth a rung 0..5, trust and value 1..4
// (nil: not given), weight > 0 (nil: not given).
type RatingDoc struct {
	Depth  int      `json:"depth"`
	Trust  *int     `json:"trust"`
	Value  *int     `json:"value"`
	Weight *float64 `json:"weight"`
}

// surveyView is the survey section as the template sees it.
type surveyView struct {
	Answered    claim
	Silent      *claim
	SilentNames []string
	OneSide     claim
	Gap         *claim
	Differ      claim
	Rows        []ratedPairView
	Shown       string
	// DifferMore says where the pairs that differ beyond DifferMost are
	// ("" when the table holds them all).
	DifferMore string
}

type ratedPairView struct {
	A, B           string
	DepthA, TrustA string
	ValueA, DepthB string
	TrustB, ValueB string
}

// surveyHolds decides the conditions of the survey's sentences (see
// holds); an unknown condition never holds.
func surveyHolds(cond string, a *Analysis) bool {
	s := a.Survey
	if s == nil {
		return false
	}
	silent := s.PairsOneSideNonRespondent
	switch cond {
	case "survey":
		return true
	case "survey_all":
		return len(s.NonRespondents) == 0
	case "survey_some_silent":
		return len(s.NonRespondents) > 0
	case "survey_one_side_some":
		return silent > 0 && silent < s.PairsOneSide
	case "survey_one_side_silent":
		return s.PairsOneSide > 0 && silent == s.PairsOneSide
	case "survey_one_side_answered":
		return s.PairsOneSide > 0 && silent == 0
	case "survey_no_one_side":
		return s.PairsOneSide == 0 && s.PairsBoth > 0
	case "survey_both":
		return s.PairsBoth > 0 && s.MeanGap != nil
	case "survey_differ":
		return s.PairsDiffer > 0 && len(s.DifferMost) > 0
	case "survey_agree":
		return s.PairsBoth > 0 && s.PairsDiffer == 0
	}
	return false
}

// surveySection words the survey's response, every number from the
// analysis; nil when the case has no ratings.
func surveySection(lang string, a *Analysis, name func(string) string) *surveyView {
	s := a.Survey
	if s == nil {
		return nil
	}
	nResp := len(s.Respondents)
	v := &surveyView{Answered: first(
		sayn(lang, a, "survey_answered_all", s.Partners, s.Partners),
		sayn(lang, a, "survey_answered", nResp, nResp, count(lang, "n_partner", s.Partners), percent(s.ResponseRate, lang)))}
	if v.Silent = sayn(lang, a, "survey_silent", len(s.NonRespondents), count(lang, "n_partner", len(s.NonRespondents))); v.Silent != nil {
		for _, id := range s.NonRespondents {
			v.SilentNames = append(v.SilentNames, name(id))
		}
	}
	pairs := count(lang, "n_pair", s.PairsOneSide)
	v.OneSide = first(
		say(lang, a, "survey_one_side_some", pairs, s.PairsOneSideNonRespondent),
		sayn(lang, a, "survey_one_side_silent", s.PairsOneSide, pairs),
		sayn(lang, a, "survey_one_side_answered", s.PairsOneSide, pairs),
		say(lang, a, "survey_no_one_side"))
	if s.MeanGap != nil {
		v.Gap = sayn(lang, a, "survey_gap", s.PairsBoth, count(lang, "n_pair", s.PairsBoth), number(*s.MeanGap, 2, lang))
	}
	v.Differ = first(
		say(lang, a, "survey_differ", count(lang, "n_pair", s.PairsDiffer)),
		say(lang, a, "survey_agree"))
	if holds("survey_differ", a) {
		for _, p := range s.DifferMost {
			ra, rb := p.Ratings[p.A], p.Ratings[p.B]
			v.Rows = append(v.Rows, ratedPairView{A: name(p.A), B: name(p.B),
				DepthA: rungCell(a.words, lang, ra.Depth), TrustA: figureCell(ra.Trust), ValueA: figureCell(ra.Value),
				DepthB: rungCell(a.words, lang, rb.Depth), TrustB: figureCell(rb.Trust), ValueB: figureCell(rb.Value)})
		}
		v.Shown = shown(lang, len(v.Rows), s.PairsDiffer, "rows_some_partners")
		if len(v.Rows) < s.PairsDiffer { // the analysis holds only the pairs that differ most
			v.DifferMore = tr(lang, "survey_differ_more")
		}
	}
	return v
}

func rungCell(w *Words, lang string, r int) string { return fmt.Sprintf("%d %s", r, w.rung(r, lang)) }

// figureCell is a trust or value figure, or a dash where it was left out.
func figureCell(x *int) string {
	if x == nil {
		return "–"
	}
	return fmt.Sprint(*x)
}
