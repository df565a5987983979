package metrics

import (
	"sort"
	"time"

	"gbo/metrics/depth"
	"gbo/metrics/measures"
)

// Period is a window of evidence: events from Start to End, scored as of End.
type Period struct {
	Start, End time.Time
}

// PeriodScore is a case scored over one period, with its measures.
type PeriodScore struct {
	Period   Period
	Scored   *depth.Scored
	Measures *measures.Measures
}

// ScorePeriods scores one case over each period: evidence before Start is
// left out, and decay runs from End.
func ScorePeriods(s *depth.Scored, periods []Period, minDepth int) []PeriodScore {
	out := make([]PeriodScore, len(periods))
	for i, p := range periods {
		sc := depth.Score(s.Case, s.Model, depth.ScoreOptions{AsOf: p.End, Since: p.Start})
		out[i] = PeriodScore{Period: p, Scored: sc, Measures: measures.Measure(sc, measures.MeasureOptions{MinDepth: minDepth})}
	}
	return out
}

// TieChange is one pair whose rung differs between two periods.
type TieChange struct {
	A    string `json:"a"`
	B    string `json:"b"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

// CentralityChange is a partner's change in betweenness and degree.
type CentralityChange struct {
	ID                string  `json:"id"`
	Name              string  `json:"name"`
	BetweennessBefore float64 `json:"betweenness_before"`
	BetweennessAfter  float64 `json:"betweenness_after"`
	DegreeBefore      int     `json:"degree_before"`
	DegreeAfter       int     `json:"degree_after"`
}

// Delta is what changed from one period to the next: ties new (no tie of
// the network before, one after), lost, deepened and weakened, the rung
// transition matrix over every pair with evidence in either period
// (Transitions[i][j] = pairs at rung i before and rung j after), and the
// partners who gained or lost most betweenness.
type Delta struct {
	From        Period                                    `json:"-"`
	To          Period                                    `json:"-"`
	New         []TieChange                               `json:"new"`
	Lost        []TieChange                               `json:"lost"`
	Deepened    []TieChange                               `json:"deepened"`
	Weakened    []TieChange                               `json:"weakened"`
	Transitions [depth.MaxRung + 1][depth.MaxRung + 1]int `json:"transitions"`
	Gained      []CentralityChange                        `json:"gained_centrality"`
	LostCentral []CentralityChange                        `json:"lost_centrality"`
}

// Compare finds what changed between two scored periods of one case.
func Compare(before, after PeriodScore, minDepth int) Delta {
	minDepth = max(minDepth, 1)
	d := Delta{From: before.Period, To: after.Period, New: []TieChange{}, Lost: []TieChange{},
		Deepened: []TieChange{}, Weakened: []TieChange{}}
	depth := func(s *depth.Scored, a, b string) int {
		if t, ok := s.Tie(a, b); ok {
			return t.Depth
		}
		return 0
	}
	pairs := map[[2]string]bool{}
	for _, t := range before.Scored.Ties {
		pairs[[2]string{t.A, t.B}] = true
	}
	for _, t := range after.Scored.Ties {
		pairs[[2]string{t.A, t.B}] = true
	}
	keys := make([][2]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		x, y := depth(before.Scored, k[0], k[1]), depth(after.Scored, k[0], k[1])
		d.Transitions[x][y]++
		c := TieChange{A: k[0], B: k[1], From: x, To: y}
		switch {
		case x < minDepth && y >= minDepth:
			d.New = append(d.New, c)
		case x >= minDepth && y < minDepth:
			d.Lost = append(d.Lost, c)
		case x >= minDepth && y > x:
			d.Deepened = append(d.Deepened, c)
		case y >= minDepth && y < x:
			d.Weakened = append(d.Weakened, c)
		}
	}
	bp := map[string]measures.PartnerFigures{}
	for _, p := range before.Measures.Partners {
		bp[p.ID] = p
	}
	var changes []CentralityChange
	for _, p := range after.Measures.Partners {
		b := bp[p.ID]
		changes = append(changes, CentralityChange{ID: p.ID, Name: p.Name, BetweennessBefore: b.Betweenness,
			BetweennessAfter: p.Betweenness, DegreeBefore: b.Degree, DegreeAfter: p.Degree})
	}
	delta := func(c CentralityChange) float64 { return c.BetweennessAfter - c.BetweennessBefore }
	sort.SliceStable(changes, func(i, j int) bool {
		if delta(changes[i]) != delta(changes[j]) {
			return delta(changes[i]) > delta(changes[j])
		}
		return changes[i].ID < changes[j].ID
	})
	for _, c := range changes {
		if len(d.Gained) < 5 && delta(c) > 1e-12 {
			d.Gained = append(d.Gained, c)
		}
	}
	for i := len(changes) - 1; i >= 0 && len(d.LostCentral) < 5; i-- {
		if delta(changes[i]) < -1e-12 {
			d.LostCentral = append(d.LostCentral, changes[i])
		}
	}
	if d.Gained == nil {
		d.Gained = []CentralityChange{}
	}
	if d.LostCentral == nil {
		d.LostCentral = []CentralityChange{}
	}
	return d
}
