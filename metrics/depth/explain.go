package depth

import (
	"sort"
	"time"

	"gbo/graph/casedata"
)

// EvidenceRow is one event's contribution to a tie: what it was, at which
// rung, and how much of its weight is left after decay.
type EvidenceRow struct {
	Date    string   `json:"date"`
	Kind    string   `json:"kind"`
	Rung    int      `json:"rung"`
	Count   int      `json:"count"`
	AgeDays int      `json:"age_days"`
	Weight  float64  `json:"weight"`
	From    string   `json:"from"`
	Object  string   `json:"object"`
	People  []string `json:"people"`
	Line    int      `json:"line"`
}

// Explanation says why a tie stands where it stands: its evidence per rung
// against the threshold, and every event that counted.
type Explanation struct {
	A, B      string
	Depth     int
	Score     float64
	Threshold float64
	HalfLife  float64
	AsOf      string
	// Evidence[r] is E_r for r = 1..5.
	Evidence [MaxRung + 1]float64
	Events   []EvidenceRow
	Survey   *int
	Gap      *int
	// DepthEvents is the rung the events alone give (nil: no events in
	// the window); the tie takes the deeper of it and Survey.
	DepthEvents *int
	// Ratings are the ratings behind Survey: A's of B first, then B's of
	// A; empty where the tie was not rated.
	Ratings []RatingRow
	// Combined is what the model's combine rule (Model.Combine) makes of
	// Ratings; nil where the tie was not rated.
	Combined *CombinedRating
	// Weight is the tie's strength in the network (Tie.Weight): the
	// combined rating weight where a rating gave one, else the depth score.
	Weight float64
}

// RatingRow is one partner's rating of its tie with another (ties.csv):
// depth 0–5, trust and value 1–4 and weight > 0 (each nil where not
// given), and its line.
type RatingRow struct {
	From   string   `json:"from"`
	To     string   `json:"to"`
	Depth  int      `json:"depth"`
	Trust  *int     `json:"trust"`
	Value  *int     `json:"value"`
	Weight *float64 `json:"weight"`
	Line   int      `json:"line"`
	// File is where the row is: ties.csv, or the ratings sheet of a
	// workbook as the case names it (banden); the problem position's file.
	File string `json:"-"`
}

// CombinedRating is the two ratings of a pair made one by the combine
// rule (min, max or mean; see combineRatings and combineScore): Depth a
// rung 0–5 (a mean rounded down), Trust and Value 1–4 and Weight > 0 (a
// mean may fall between two whole values), each nil where neither side
// gave it. A figure only one side gave is taken as it is.
type CombinedRating struct {
	Rule   Combine  `json:"rule"`
	Depth  int      `json:"depth"`
	Trust  *float64 `json:"trust"`
	Value  *float64 `json:"value"`
	Weight *float64 `json:"weight"`
}

// Explain lists the evidence behind a tie, newest event first.
func (s *Scored) Explain(t *Tie) Explanation {
	x := Explanation{A: t.A, B: t.B, Depth: t.Depth, Score: t.DepthScore, Threshold: s.Model.Threshold,
		HalfLife: s.Model.HalfLife, AsOf: ISODate(s.AsOf), Evidence: t.Evidence,
		Survey: t.DepthSurvey, Gap: t.Gap, DepthEvents: t.DepthEvents, Weight: t.Weight}
	for k := len(t.events) - 1; k >= 0; k-- {
		e := &s.Case.Events[t.events[k]]
		age := s.AsOf.Sub(e.Date).Hours() / 24
		x.Events = append(x.Events, EvidenceRow{
			Date: e.Date.Format(time.DateOnly), Kind: e.Kind, Rung: e.Rung, Count: e.Count,
			AgeDays: int(age), Weight: s.Model.Weight(e.Count, age), From: e.From,
			Object: e.Object, People: e.People, Line: e.Pos.Line,
		})
	}
	sortRowsNewestFirst(x.Events)
	var rp ratingPair
	x.Ratings, rp = s.ratingsOf(t.A, t.B)
	if rp[0] != nil || rp[1] != nil {
		rule := s.Model.Combine
		if rule == "" {
			rule = CombineMin // the default rule
		}
		depth, _, _ := combineRatings(rule, rp)
		x.Combined = &CombinedRating{Rule: rule, Depth: depth,
			Trust:  combineScore(rule, rp, func(r *casedata.Rating) float64 { return float64(r.Trust) }),
			Value:  combineScore(rule, rp, func(r *casedata.Rating) float64 { return float64(r.Value) }),
			Weight: combineScore(rule, rp, func(r *casedata.Rating) float64 { return r.Weight })}
	}
	return x
}

// ratingsOf lists the ratings of the pair a-b that scoring used: per
// direction the last row wins, as in Score; A's rating of B first. It
// returns them as rows and as the pair Score combined.
func (s *Scored) ratingsOf(a, b string) ([]RatingRow, ratingPair) {
	var by ratingPair
	for i := range s.Case.Ratings {
		r := &s.Case.Ratings[i]
		switch {
		case r.From == a && r.To == b:
			by[0] = r
		case r.From == b && r.To == a:
			by[1] = r
		}
	}
	out := []RatingRow{}
	for _, r := range by {
		if r == nil {
			continue
		}
		tr := tieRating(r)
		out = append(out, RatingRow{From: r.From, To: r.To, Depth: r.Depth, Trust: tr.Trust, Value: tr.Value,
			Weight: tr.Weight, Line: r.Pos.Line, File: r.Pos.File})
	}
	return out, by
}

// Alias is the first alias of kind in the model ("" for a kind without
// aliases or not in the model): in the default model, the kind's Dutch
// name (case_consultation: casusoverleg), which the workbook's dropdowns
// offer. Which language shows kinds by their alias is the caller's choice.
func (m *Model) Alias(kind string) string {
	if a := m.aliases[kind]; len(a) > 0 {
		return a[0]
	}
	return ""
}

func sortRowsNewestFirst(rows []EvidenceRow) {
	// Stable, so events of one day keep their file order.
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Date > rows[j].Date })
}

// ISODate writes a date as 2024-03-15, and the zero time (no as-of date:
// a case of ratings only) as "".
func ISODate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
