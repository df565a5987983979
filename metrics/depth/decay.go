package depth

import (
	"math"
	"time"

	"gbo/graph/casedata"
)

// Weight is the decayed weight of one event (docs/depth-model.md#decay):
//
//	w(e) = count(e) · 0.5^(age_days(e) / half_life)
func (m *Model) Weight(count int, ageDays float64) float64 {
	return float64(count) * math.Exp2(-ageDays/m.HalfLife)
}

// DepthOf turns evidence into a rung and a score
// (docs/depth-model.md#threshold and docs/depth-model.md#depth-score):
// depth is the highest r with E_r ≥ θ, else 0; depth_score = depth +
// E_(depth+1)/θ below the top, and 5 at the top, so its fraction is the
// progress to the next rung.
func (m *Model) DepthOf(ev [MaxRung + 1]float64) (int, float64) {
	depth := 0
	for r := MaxRung; r >= 1; r-- {
		if ev[r] >= m.Threshold {
			depth = r
			break
		}
	}
	if depth == MaxRung {
		return depth, MaxRung
	}
	return depth, float64(depth) + ev[depth+1]/m.Threshold
}

// eventPass is the events of the window as numbers, one entry per event
// in file order: its index in Case.Events, its day, its decayed weight
// w(e), the number of its initiator, and its distinct partners
// (parts[partOff[k]:partOff[k+1]]).
type eventPass struct {
	idx     []int32
	day     []int32
	w       []float64
	from    []uint32
	partOff []int32
	parts   []uint32
}

// passEvents is Score's first step, one serial pass over the events: it
// keeps those in the window [since, asOf] (docs/depth-model.md#window),
// weighs each by its age (docs/depth-model.md#decay; one exp2 per distinct
// age) and interns its partners in sc. A zero since leaves nothing out.
func passEvents(c *casedata.Case, m *Model, sc *scorer, asOf, since time.Time) *eventPass {
	asOfDays := DayNumber(asOf)
	sinceDays := int32(math.MinInt32)
	if !since.IsZero() {
		sinceDays = DayNumber(since)
	}
	decay := map[int32]float64{}
	p := &eventPass{
		idx:     make([]int32, 0, len(c.Events)),
		day:     make([]int32, 0, len(c.Events)),
		w:       make([]float64, 0, len(c.Events)),
		from:    make([]uint32, 0, len(c.Events)),
		partOff: make([]int32, 1, len(c.Events)+1),
	}
	for i := range c.Events {
		e := &c.Events[i]
		d := DayNumber(e.Date)
		if d > asOfDays || d < sinceDays {
			continue
		}
		age := asOfDays - d
		w1, ok := decay[age]
		if !ok {
			w1 = m.Weight(1, float64(age))
			decay[age] = w1
		}
		p.idx = append(p.idx, int32(i))
		p.day = append(p.day, d)
		p.w = append(p.w, w1*float64(e.Count))
		p.from = append(p.from, sc.partner(e.From))
		p.parts = sc.participants(p.parts, e)
		p.partOff = append(p.partOff, int32(len(p.parts)))
	}
	return p
}

// pairs is the number of pairs the pass's events make: k(k−1)/2 for an
// event of k partners (docs/depth-model.md#decay), summed.
func (p *eventPass) pairs() int {
	n := 0
	for k := 1; k < len(p.partOff); k++ {
		m := int(p.partOff[k] - p.partOff[k-1])
		n += m * (m - 1) / 2
	}
	return n
}

// DayNumber counts days since 1970-01-01 for a civil date (a time at
// midnight UTC, as the readers give dates); a tie's first and last event
// days (Tie.LastDay) are in this unit.
func DayNumber(t time.Time) int32 {
	return int32(t.Unix() / 86400)
}

func dateOf(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }
