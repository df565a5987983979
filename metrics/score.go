package metrics

import (
	"math"
	"slices"
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

	// first and last are day numbers (days since 1970-01-01); 0 with no events.
	first, last int32
	events      []int32 // indices into Case.Events, in file order
	carrierIDs  [2][]string
}

// Scored is a case with every pair scored.
type Scored struct {
	Case  *graph.Case
	Model *Model
	AsOf  time.Time
	Since time.Time
	// Ties lists every pair with any evidence, depth 0 included, by (A, B).
	Ties []Tie
	// partnerOf maps a person id to their partner (from people.csv).
	partnerOf map[string]string
	// sectorOf maps a partner to its sector, folded, for targets.
	sectorOf map[string]string
	// dates holds each date's ISO text once, shared by the ties.
	dates map[time.Time]*string
}

// Tie returns the scored tie of a and b (in either order).
func (s *Scored) Tie(a, b string) (*Tie, bool) {
	if b < a {
		a, b = b, a
	}
	i := sort.Search(len(s.Ties), func(i int) bool {
		t := &s.Ties[i]
		return t.A > a || (t.A == a && t.B >= b)
	})
	if i < len(s.Ties) && s.Ties[i].A == a && s.Ties[i].B == b {
		return &s.Ties[i], true
	}
	return nil, false
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

// Score scores every pair of partners with evidence in the window.
//
// It is written for a million events: partners are interned to integers
// once, each event's pairs accumulate into compact records found through
// one map keyed by the pair, and the events of each tie are gathered
// afterwards into one shared array (CSR), so no tie grows a slice of its own.
func Score(c *graph.Case, m *Model, opt ScoreOptions) *Scored {
	s := &Scored{Case: c, Model: m, AsOf: EffectiveAsOf(c, opt.AsOf), Since: opt.Since,
		partnerOf: map[string]string{}}
	for _, p := range c.People {
		s.partnerOf[p.ID] = p.Partner
	}
	sc := newScorer(c)
	asOfDays := dayNumber(s.AsOf)
	sinceDays := int32(math.MinInt32)
	if !opt.Since.IsZero() {
		sinceDays = dayNumber(opt.Since)
	}
	decay := map[int32]float64{} // weight of one event by age in days
	var parts []uint32
	// Size the pair lists up front: growing them by doubling would leave
	// hundreds of megabytes of garbage behind at a million events.
	npairs := 0
	for i := range c.Events {
		k := 1 + len(c.Events[i].With)
		npairs += k * (k - 1) / 2
	}
	pairTie, pairEvent := make([]int32, 0, npairs), make([]int32, 0, npairs)
	for i := range c.Events {
		e := &c.Events[i]
		d := dayNumber(e.Date)
		if d > asOfDays || d < sinceDays {
			continue
		}
		age := asOfDays - d
		w1, ok := decay[age]
		if !ok {
			w1 = m.Weight(1, float64(age))
			decay[age] = w1
		}
		w := w1 * float64(e.Count)
		parts = sc.participants(parts[:0], e)
		from := sc.partner(e.From)
		for x := 0; x < len(parts); x++ {
			for y := x + 1; y < len(parts); y++ {
				ti := sc.tie(parts[x], parts[y])
				a := &sc.accs[ti]
				for r := 1; r <= e.Rung && r <= MaxRung; r++ {
					a.ev[r] += w
				}
				a.events += e.Count
				if a.n == 0 || d < a.first {
					a.first = d
				}
				if a.n == 0 || d > a.last {
					a.last = d
				}
				a.n++
				if from == a.a {
					a.initA += e.Count
				} else if from == a.b {
					a.initB += e.Count
				}
				pairTie = append(pairTie, ti)
				pairEvent = append(pairEvent, int32(i))
			}
		}
	}
	for _, r := range c.Ratings {
		if r.From != r.To {
			sc.tie(sc.partner(r.From), sc.partner(r.To))
		}
	}
	// Gather each tie's events into one array, in file order.
	off := make([]int32, len(sc.accs)+1)
	for _, ti := range pairTie {
		off[ti+1]++
	}
	for i := 1; i < len(off); i++ {
		off[i] += off[i-1]
	}
	evs := make([]int32, len(pairTie))
	fill := append([]int32(nil), off[:len(sc.accs)]...)
	for k, ti := range pairTie {
		evs[fill[ti]] = pairEvent[k]
		fill[ti]++
	}
	pairTie, pairEvent = nil, nil
	sc.dense, sc.slot = nil, nil
	// Order ties by (A, B) in byte order of the ids.
	if len(sc.rank) < len(sc.ids) {
		sc.ranks()
	}
	order := make([]int32, len(sc.accs))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &sc.accs[order[i]], &sc.accs[order[j]]
		if a.a != b.a {
			return sc.rank[a.a] < sc.rank[b.a]
		}
		return sc.rank[a.b] < sc.rank[b.b]
	})
	ratings := collectRatings(c.Ratings)
	ties := make([]Tie, len(order))
	for k, ti := range order {
		a := &sc.accs[ti]
		t := &ties[k]
		t.A, t.B = sc.ids[a.a], sc.ids[a.b]
		t.Evidence = a.ev
		t.Events = a.events
		t.events = evs[off[ti]:off[ti+1]:off[ti+1]]
		if a.n > 0 {
			t.first, t.last = a.first, a.last
			t.Initiated = map[string]int{t.A: a.initA, t.B: a.initB}
		}
		t.finish(s, ratings[[2]string{t.A, t.B}])
	}
	s.Ties = ties
	return s
}

// tieAcc accumulates one pair's evidence during the pass over the events.
type tieAcc struct {
	a, b         uint32 // partner numbers, ids[a] < ids[b]
	ev           [MaxRung + 1]float64
	events, n    int
	first, last  int32 // day numbers
	initA, initB int
}

// scorer interns partners and finds the accumulator of a pair.
type scorer struct {
	idx  map[string]uint32
	ids  []string
	rank []uint32 // rank of partner i in byte order of ids
	slot map[uint64]int32
	// dense is an n×n table of accumulator numbers + 1 for up to
	// denseMax partners: a million events need no map look-ups.
	dense []int32
	n     int
	accs  []tieAcc
}

const denseMax = 4096

func newScorer(c *graph.Case) *scorer {
	sc := &scorer{idx: make(map[string]uint32, len(c.Partners)), slot: map[uint64]int32{}}
	for _, p := range c.Partners {
		sc.partner(p.ID)
	}
	if n := len(sc.ids); n <= denseMax && len(c.Events) > n {
		sc.n = n
		sc.dense = make([]int32, n*n)
	}
	return sc
}

func (sc *scorer) partner(id string) uint32 {
	if i, ok := sc.idx[id]; ok {
		return i
	}
	i := uint32(len(sc.ids))
	sc.idx[id] = i
	sc.ids = append(sc.ids, id)
	return i
}

func (sc *scorer) ranks() {
	order := make([]uint32, len(sc.ids))
	for i := range order {
		order[i] = uint32(i)
	}
	sort.Slice(order, func(i, j int) bool { return sc.ids[order[i]] < sc.ids[order[j]] })
	sc.rank = make([]uint32, len(sc.ids))
	for r, i := range order {
		sc.rank[i] = uint32(r)
	}
}

// participants fills buf with the distinct partner numbers of an event.
func (sc *scorer) participants(buf []uint32, e *graph.Event) []uint32 {
	add := func(id string) {
		p := sc.partner(id)
		for _, q := range buf {
			if q == p {
				return
			}
		}
		buf = append(buf, p)
	}
	add(e.From)
	for _, w := range e.With {
		add(w)
	}
	return buf
}

// tie returns the accumulator of the pair {p, q}, making it if new.
func (sc *scorer) tie(p, q uint32) int32 {
	if sc.ids[p] > sc.ids[q] {
		p, q = q, p
	}
	if int(p) < sc.n && int(q) < sc.n {
		cell := &sc.dense[int(p)*sc.n+int(q)]
		if *cell == 0 {
			sc.accs = append(sc.accs, tieAcc{a: p, b: q})
			*cell = int32(len(sc.accs))
		}
		return *cell - 1
	}
	k := uint64(p)<<32 | uint64(q)
	if i, ok := sc.slot[k]; ok {
		return i
	}
	i := int32(len(sc.accs))
	sc.slot[k] = i
	sc.accs = append(sc.accs, tieAcc{a: p, b: q})
	return i
}

// dateString returns the shared ISO text of a date.
func (s *Scored) dateString(t time.Time) *string {
	if p, ok := s.dates[t]; ok {
		return p
	}
	if s.dates == nil {
		s.dates = map[time.Time]*string{}
	}
	v := t.Format(time.DateOnly)
	s.dates[t] = &v
	return &v
}

// dayNumber counts days since 1970-01-01 for a civil date.
func dayNumber(t time.Time) int32 {
	return int32(t.Unix() / 86400)
}

func dateOf(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

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
		t.First, t.Last = s.dateString(dateOf(t.first)), s.dateString(dateOf(t.last))
		t.Objects = []string{}
		for _, i := range t.events {
			o := s.Case.Events[i].Object
			if o != "" && !slices.Contains(t.Objects, o) {
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
	var sides [2][]string
	for _, i := range t.events {
		e := &s.Case.Events[i]
		if e.Rung < floor {
			continue
		}
		for _, p := range e.People {
			side := -1
			switch s.partnerOf[p] {
			case t.A:
				side = 0
			case t.B:
				side = 1
			}
			if side >= 0 && !slices.Contains(sides[side], p) {
				sides[side] = append(sides[side], p)
			}
		}
	}
	sort.Strings(sides[0])
	sort.Strings(sides[1])
	t.carrierIDs = sides
	t.Carriers = map[string]int{t.A: len(sides[0]), t.B: len(sides[1])}
}

// CarrierIDs returns the people carrying each side of the tie (A's, B's),
// sorted; nil where people are unknown.
func (t *Tie) CarrierIDs() ([]string, []string) {
	if t.Carriers == nil {
		return nil, nil
	}
	return t.carrierIDs[0], t.carrierIDs[1]
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

// InWindow reports whether an event falls in the scored window: not after
// as-of, not before since.
func (s *Scored) InWindow(e *graph.Event) bool {
	return !e.Date.After(s.AsOf) && (s.Since.IsZero() || !e.Date.Before(s.Since))
}
