package metrics

import (
	"math"
	"sort"
	"time"

	"gbo/graph"
)

// ScoreOptions bounds the window of evidence.
type ScoreOptions struct {
	// AsOf is the date the analysis looks from; zero means the case's as_of,
	// else the latest event date. Events after it are left out.
	AsOf time.Time
	// Since leaves out events before it (zero: none left out).
	Since time.Time
}

// Tie is the scored collaboration of one unordered pair of partners, A < B.
// Fields that do not apply are nil (JSON null), as SPEC §4 asks.
type Tie struct {
	A          string  `json:"a"`
	B          string  `json:"b"`
	Depth      int     `json:"depth"`
	DepthScore float64 `json:"depth_score"`
	// DepthEvents is the rung the events reach (nil: no events in the window).
	DepthEvents *int `json:"depth_events"`
	// DepthSurvey is the rung the ratings give (nil: not rated).
	DepthSurvey *int `json:"depth_survey"`
	// Gap is |rating of A − rating of B| where both rated.
	Gap *int `json:"gap"`
	// OneSided is true where only one side rated the tie (nil: not rated).
	OneSided  *bool          `json:"one_sided"`
	Events    int            `json:"events"`
	First     *string        `json:"first"`
	Last      *string        `json:"last"`
	Initiated map[string]int `json:"initiated"`
	Objects   []string       `json:"objects"`
	// Carriers counts the distinct people of each side on the events at
	// rung ≥ max(depth_events, 1); nil where the case names no people.
	Carriers map[string]int `json:"carriers"`
	Flags    []string       `json:"flags"`
	// Evidence[r] is E_r, the decayed weight of events at rung ≥ r (r=1..5).
	Evidence [MaxRung + 1]float64 `json:"-"`
	// Weight is the tie's strength in the network: the ratings' weight
	// column where given, else DepthScore.
	Weight float64  `json:"-"`
	Trust  *float64 `json:"-"`
	Value  *float64 `json:"-"`

	first, last time.Time
	events      []int32 // indices into Case.Events, in file order
	carrierSets [2]map[string]bool
}

// Scored is a case with every pair scored.
type Scored struct {
	Case  *graph.Case
	Model *Model
	AsOf  time.Time
	Since time.Time
	// Ties lists every pair with any evidence, depth 0 included, by (A, B).
	Ties  []Tie
	index map[[2]string]int
	// partnerOf maps a person id to their partner (from people.csv).
	partnerOf map[string]string
}

// Tie returns the scored tie of a and b (in either order).
func (s *Scored) Tie(a, b string) (*Tie, bool) {
	if b < a {
		a, b = b, a
	}
	i, ok := s.index[[2]string{a, b}]
	if !ok {
		return nil, false
	}
	return &s.Ties[i], true
}

// EffectiveAsOf is the as-of date a case is scored from when no date is
// given: case.toml's as_of, else the latest event date, else today (UTC).
func EffectiveAsOf(c *graph.Case, given time.Time) time.Time {
	if !given.IsZero() {
		return given
	}
	if !c.AsOf.IsZero() {
		return c.AsOf
	}
	var last time.Time
	for i := range c.Events {
		if c.Events[i].Date.After(last) {
			last = c.Events[i].Date
		}
	}
	if last.IsZero() {
		y, mo, d := time.Now().UTC().Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	}
	return last
}

// Weight is the decayed weight of one event (SPEC §2):
//
//	w(e) = count(e) · 0.5^(age_days(e) / half_life)
func (m *Model) Weight(count int, ageDays float64) float64 {
	return float64(count) * math.Exp2(-ageDays/m.HalfLife)
}

// DepthOf turns evidence into a rung and a score (SPEC §2): depth is the
// highest r with E_r ≥ θ, else 0; depth_score = depth + E_(depth+1)/θ below
// the top, and 5 at the top, so its fraction is the progress to the next rung.
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

type pairKey uint64

// Score scores every pair of partners with evidence in the window.
func Score(c *graph.Case, m *Model, opt ScoreOptions) *Scored {
	s := &Scored{Case: c, Model: m, AsOf: EffectiveAsOf(c, opt.AsOf), Since: opt.Since,
		index: map[[2]string]int{}, partnerOf: map[string]string{}}
	for _, p := range c.People {
		s.partnerOf[p.ID] = p.Partner
	}
	idx := make(map[string]uint32, len(c.Partners))
	ids := make([]string, 0, len(c.Partners))
	intern := func(id string) uint32 {
		if i, ok := idx[id]; ok {
			return i
		}
		i := uint32(len(ids))
		idx[id] = i
		ids = append(ids, id)
		return i
	}
	for _, p := range c.Partners {
		intern(p.ID)
	}
	slot := map[pairKey]int32{}
	var ties []Tie
	get := func(a, b string) *Tie {
		ia, ib := intern(a), intern(b)
		if a > b {
			a, b, ia, ib = b, a, ib, ia
		}
		k := pairKey(uint64(ia)<<32 | uint64(ib))
		if i, ok := slot[k]; ok {
			return &ties[i]
		}
		slot[k] = int32(len(ties))
		ties = append(ties, Tie{A: a, B: b})
		return &ties[len(ties)-1]
	}
	var parts []string
	for i := range c.Events {
		e := &c.Events[i]
		if e.Date.After(s.AsOf) || (!opt.Since.IsZero() && e.Date.Before(opt.Since)) {
			continue
		}
		age := s.AsOf.Sub(e.Date).Hours() / 24
		w := m.Weight(e.Count, age)
		parts = parts[:0]
		parts = append(parts, e.Participants()...)
		for x := 0; x < len(parts); x++ {
			for y := x + 1; y < len(parts); y++ {
				if parts[x] == parts[y] {
					continue
				}
				t := get(parts[x], parts[y])
				t.addEvent(int32(i), e, w)
			}
		}
	}
	for _, r := range c.Ratings {
		if r.From == r.To {
			continue
		}
		get(r.From, r.To)
	}
	sort.Slice(ties, func(i, j int) bool {
		if ties[i].A != ties[j].A {
			return ties[i].A < ties[j].A
		}
		return ties[i].B < ties[j].B
	})
	ratings := collectRatings(c.Ratings)
	for i := range ties {
		t := &ties[i]
		s.index[[2]string{t.A, t.B}] = i
		t.finish(s, ratings[[2]string{t.A, t.B}])
	}
	s.Ties = ties
	return s
}

func (t *Tie) addEvent(i int32, e *graph.Event, w float64) {
	for r := 1; r <= e.Rung && r <= MaxRung; r++ {
		t.Evidence[r] += w
	}
	t.Events += e.Count
	if t.first.IsZero() || e.Date.Before(t.first) {
		t.first = e.Date
	}
	if e.Date.After(t.last) {
		t.last = e.Date
	}
	if t.Initiated == nil {
		t.Initiated = map[string]int{t.A: 0, t.B: 0}
	}
	if e.From == t.A || e.From == t.B {
		t.Initiated[e.From] += e.Count
	}
	t.events = append(t.events, i)
}

// ratingPair holds the ratings of one pair: [0] by A of B, [1] by B of A.
type ratingPair [2]*graph.Rating

func collectRatings(rs []graph.Rating) map[[2]string]ratingPair {
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

// finish derives the tie's rung, score and descriptive fields once all its
// events are in.
func (t *Tie) finish(s *Scored, rp ratingPair) {
	m := s.Model
	depthEv, scoreEv := 0, 0.0
	if len(t.events) > 0 {
		depthEv, scoreEv = m.DepthOf(t.Evidence)
		t.DepthEvents = &depthEv
		f, l := t.first.Format(time.DateOnly), t.last.Format(time.DateOnly)
		t.First, t.Last = &f, &l
		t.Objects = []string{}
		seen := map[string]bool{}
		for _, i := range t.events {
			o := s.Case.Events[i].Object
			if o != "" && !seen[o] {
				seen[o] = true
				t.Objects = append(t.Objects, o)
			}
		}
		sort.Strings(t.Objects)
		if s.Case.HasPeople {
			t.countCarriers(s, depthEv)
		}
	}
	t.Depth, t.DepthScore = depthEv, scoreEv
	if rp[0] != nil || rp[1] != nil {
		sv, gap, one := combineRatings(m.Combine, rp)
		t.DepthSurvey, t.Gap, t.OneSided = &sv, gap, &one
		// Where both sources speak, the tie is as deep as the deeper says
		// (SPEC §2); a survey rung carries no fraction.
		if len(t.events) == 0 || sv > depthEv {
			t.Depth, t.DepthScore = sv, float64(sv)
		}
		t.Trust, t.Value = meanScore(rp, func(r *graph.Rating) int { return r.Trust }),
			meanScore(rp, func(r *graph.Rating) int { return r.Value })
	}
	t.Weight = t.DepthScore
	if w := meanWeight(rp); w > 0 {
		t.Weight = w
	}
}

// combineRatings: depth_survey is the lower of the two ratings by default
// (min; or max, or mean rounded down: a tie is only as deep as both sides
// say), gap the absolute difference; a pair rated by one side takes that
// rating and is one-sided.
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

func meanScore(rp ratingPair, get func(*graph.Rating) int) *float64 {
	sum, n := 0, 0
	for _, r := range rp {
		if r != nil && get(r) > 0 {
			sum += get(r)
			n++
		}
	}
	if n == 0 {
		return nil
	}
	v := float64(sum) / float64(n)
	return &v
}

func meanWeight(rp ratingPair) float64 {
	sum, n := 0.0, 0
	for _, r := range rp {
		if r != nil && r.Weight > 0 {
			sum += r.Weight
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// countCarriers counts, per side, the distinct people (by people.csv) on the
// tie's events at rung ≥ max(depth, 1). People not in people.csv cannot be
// placed on a side and are not counted.
func (t *Tie) countCarriers(s *Scored, depth int) {
	floor := max(depth, 1)
	t.carrierSets = [2]map[string]bool{{}, {}}
	for _, i := range t.events {
		e := &s.Case.Events[i]
		if e.Rung < floor {
			continue
		}
		for _, p := range e.People {
			switch s.partnerOf[p] {
			case t.A:
				t.carrierSets[0][p] = true
			case t.B:
				t.carrierSets[1][p] = true
			}
		}
	}
	t.Carriers = map[string]int{t.A: len(t.carrierSets[0]), t.B: len(t.carrierSets[1])}
}

// CarrierIDs returns the people carrying each side of the tie (A's, B's),
// sorted; nil where people are unknown.
func (t *Tie) CarrierIDs() ([]string, []string) {
	if t.Carriers == nil {
		return nil, nil
	}
	return sortedKeys(t.carrierSets[0]), sortedKeys(t.carrierSets[1])
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// EventIndices returns the indices (into Case.Events) of the tie's events in
// the window, in file order.
func (t *Tie) EventIndices() []int32 { return t.events }
