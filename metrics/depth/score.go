package depth

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
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
// Fields that do not apply are nil (JSON null), as docs/json.md#common-rules asks.
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
	OneSided  *bool    `json:"one_sided"`
	Events    int      `json:"events"`
	First     *string  `json:"first"`
	Last      *string  `json:"last"`
	Initiated Sides    `json:"initiated"`
	Objects   []string `json:"objects"`
	// Carriers counts the distinct people of each side on the events at
	// rung ≥ max(depth_events, 1); nil where the case names no people.
	Carriers Sides    `json:"carriers"`
	Flags    []string `json:"flags"`
	// Ratings are the ratings each side gave the tie, by the id of the
	// partner that rated (at most two keys: A and B); nil (JSON null) for a
	// tie nobody rated.
	Ratings map[string]TieRating `json:"ratings"`
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
	dates map[int32]*string
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
// given: case.toml's as_of, else the latest event date. A case without
// events and without as_of (ratings only) has none: the zero time, as the
// clock must not leak into outputs (the same input gives the same bytes).
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
	return last
}

// Weight is the decayed weight of one event (docs/depth-model.md#decay):
//
//	w(e) = count(e) · 0.5^(age_days(e) / half_life)
func (m *Model) Weight(count int, ageDays float64) float64 {
	return float64(count) * math.Exp2(-ageDays/m.HalfLife)
}

// DepthOf turns evidence into a rung and a score (docs/depth-model.md#threshold (and docs/depth-model.md#depth-score)): depth is the
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
// once; the pairs of the events are split among the cores by their first
// partner, and each core accumulates its pairs in event order into compact
// records (found through a dense pair table), so every tie's sums are made
// in the same order as one core would make them and the result is the same
// bytes on any machine. The events of each tie are then gathered into one
// shared array (CSR), and the ties finished in parallel.
func Score(c *graph.Case, m *Model, opt ScoreOptions) *Scored {
	s := &Scored{Case: c, Model: m, AsOf: EffectiveAsOf(c, opt.AsOf), Since: opt.Since,
		partnerOf: map[string]string{}}
	for _, p := range c.People {
		s.partnerOf[p.ID] = p.Partner
	}
	sc := newScorer(c)
	asOfDays := DayNumber(s.AsOf)
	sinceDays := int32(math.MinInt32)
	if !opt.Since.IsZero() {
		sinceDays = DayNumber(opt.Since)
	}
	// One serial pass: each event in the window, its participants as
	// numbers, its day and its decayed weight.
	decay := map[int32]float64{}
	evIdx := make([]int32, 0, len(c.Events))
	evDay := make([]int32, 0, len(c.Events))
	evW := make([]float64, 0, len(c.Events))
	evFrom := make([]uint32, 0, len(c.Events))
	partOff := make([]int32, 1, len(c.Events)+1)
	var parts []uint32
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
		evIdx = append(evIdx, int32(i))
		evDay = append(evDay, d)
		evW = append(evW, w1*float64(e.Count))
		evFrom = append(evFrom, sc.partner(e.From))
		parts = sc.participants(parts, e)
		partOff = append(partOff, int32(len(parts)))
	}
	for _, r := range c.Ratings {
		if r.From != r.To {
			sc.partner(r.From)
			sc.partner(r.To)
		}
	}
	sc.ranks()
	if n := len(sc.ids); n <= denseMax && len(c.Events) > n {
		sc.n = n
		sc.dense = make([]int32, n*n)
	}
	workers := 1
	if len(parts) > parallelPairs {
		workers = scoreWorkers()
	}
	// Size the pair lists up front: growing them by doubling would copy and
	// leave behind hundreds of megabytes at a million events.
	npairs := 0
	for k := 1; k < len(partOff); k++ {
		n := int(partOff[k] - partOff[k-1])
		npairs += n * (n - 1) / 2
	}
	per := npairs
	if workers > 1 {
		per = npairs/workers + npairs/(4*workers)
	}
	shards := make([]*shard, workers)
	var wg sync.WaitGroup
	for w := range shards {
		shards[w] = &shard{sc: sc, slot: map[uint64]int32{},
			pairTie: make([]int32, 0, per), pairEvent: make([]int32, 0, per)}
		wg.Add(1)
		go func(sh *shard, w int) {
			defer wg.Done()
			sh.accumulate(c, evIdx, evDay, evW, evFrom, partOff, parts, w, workers)
		}(shards[w], w)
	}
	wg.Wait()
	if testHookShards != nil {
		n := make([]int, workers)
		for w, sh := range shards {
			n[w] = len(sh.accs)
		}
		testHookShards(n)
	}
	parts, evDay, evW, evFrom, partOff = nil, nil, nil, nil, nil
	// Ratings may name pairs without events: they join the first shard.
	for _, r := range c.Ratings {
		if r.From != r.To {
			p, q := sc.idx[r.From], sc.idx[r.To]
			shards[0].tie(p, q)
		}
	}
	sc.dense = nil
	// All shards' records, numbered one after another.
	base := make([]int32, workers+1)
	for w, sh := range shards {
		base[w+1] = base[w] + int32(len(sh.accs))
	}
	accs := make([]tieAcc, 0, base[workers])
	for _, sh := range shards {
		accs = append(accs, sh.accs...)
		sh.accs = nil
	}
	// Gather each tie's events into one array, in file order (each tie
	// lives in one shard, whose list is in file order).
	off := make([]int32, len(accs)+1)
	npairs = 0
	for w, sh := range shards {
		for _, ti := range sh.pairTie {
			off[base[w]+ti+1]++
		}
		npairs += len(sh.pairTie)
	}
	for i := 1; i < len(off); i++ {
		off[i] += off[i-1]
	}
	evs := make([]int32, npairs)
	fill := append([]int32(nil), off[:len(accs)]...)
	for w, sh := range shards {
		for k, ti := range sh.pairTie {
			g := base[w] + ti
			evs[fill[g]] = sh.pairEvent[k]
			fill[g]++
		}
		sh.pairTie, sh.pairEvent = nil, nil
	}
	fill = nil
	order := sortTies(sc, accs)
	ratings := collectRatings(c.Ratings)
	ties := make([]Tie, len(order))
	s.dates = map[int32]*string{}
	for k, ti := range order {
		a := &accs[ti]
		t := &ties[k]
		t.A, t.B = sc.ids[a.a], sc.ids[a.b]
		t.Evidence = a.ev
		t.Events = a.events
		t.events = evs[off[ti]:off[ti+1]:off[ti+1]]
		if a.n > 0 {
			t.first, t.last = a.first, a.last
			t.Initiated = newSides(t.A, t.B, a.initA, a.initB)
			s.dateString(a.first)
			s.dateString(a.last)
		}
	}
	accs = nil
	// Finish the ties in parallel: each writes only its own tie, and the
	// shared date strings were all made above.
	chunk := (len(ties) + workers - 1) / max(workers, 1)
	for w := 0; w < workers; w++ {
		lo, hi := w*chunk, min((w+1)*chunk, len(ties))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for k := lo; k < hi; k++ {
				t := &ties[k]
				t.finish(s, ratings[[2]string{t.A, t.B}])
			}
		}(lo, hi)
	}
	wg.Wait()
	s.Ties = ties
	return s
}

// shard accumulates the pairs whose first partner (by rank) falls to it.
type shard struct {
	sc        *scorer
	slot      map[uint64]int32
	accs      []tieAcc
	pairTie   []int32
	pairEvent []int32
}

func (sh *shard) accumulate(c *graph.Case, evIdx, evDay []int32, evW []float64, evFrom []uint32, partOff []int32, parts []uint32, w, workers int) {
	rank := sh.sc.rank
	for k, i := range evIdx {
		ps := parts[partOff[k]:partOff[k+1]]
		e := &c.Events[i]
		d, wt, from := evDay[k], evW[k], evFrom[k]
		for x := 0; x < len(ps); x++ {
			for y := x + 1; y < len(ps); y++ {
				p, q := ps[x], ps[y]
				if rank[p] > rank[q] {
					p, q = q, p
				}
				if workers > 1 && int(rank[p])%workers != w {
					continue
				}
				ti := sh.tie(p, q)
				a := &sh.accs[ti]
				for r := 1; r <= e.Rung && r <= MaxRung; r++ {
					a.ev[r] += wt
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
				sh.pairTie = append(sh.pairTie, ti)
				sh.pairEvent = append(sh.pairEvent, i)
			}
		}
	}
}

// tie returns the shard's record of the pair {p, q}, making it if new.
func (sh *shard) tie(p, q uint32) int32 {
	sc := sh.sc
	if sc.rank[p] > sc.rank[q] {
		p, q = q, p
	}
	if int(p) < sc.n && int(q) < sc.n {
		cell := &sc.dense[int(p)*sc.n+int(q)]
		if *cell == 0 {
			sh.accs = append(sh.accs, tieAcc{a: p, b: q})
			*cell = int32(len(sh.accs))
		}
		return *cell - 1
	}
	k := uint64(p)<<32 | uint64(q)
	if i, ok := sh.slot[k]; ok {
		return i
	}
	i := int32(len(sh.accs))
	sh.slot[k] = i
	sh.accs = append(sh.accs, tieAcc{a: p, b: q})
	return i
}

// sortTies orders the records by (A, B) in byte order of the ids.
func sortTies(sc *scorer, accs []tieAcc) []int32 {
	order := make([]int32, len(accs))
	if len(accs) < 1<<24 && len(sc.ids) < 1<<20 {
		// Sort (rank A, rank B, record) packed in one integer.
		keys := make([]uint64, len(accs))
		for i := range accs {
			a := &accs[i]
			keys[i] = uint64(sc.rank[a.a])<<44 | uint64(sc.rank[a.b])<<24 | uint64(i)
		}
		slices.Sort(keys)
		for i, k := range keys {
			order[i] = int32(k & (1<<24 - 1))
		}
		return order
	}
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &accs[order[i]], &accs[order[j]]
		if a.a != b.a {
			return sc.rank[a.a] < sc.rank[b.a]
		}
		return sc.rank[a.b] < sc.rank[b.b]
	})
	return order
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
	// dense is an n×n table of accumulator numbers + 1 for up to
	// denseMax partners: a million events need no map look-ups.
	dense []int32
	n     int
}

const denseMax = 4096

func newScorer(c *graph.Case) *scorer {
	sc := &scorer{idx: make(map[string]uint32, len(c.Partners))}
	for _, p := range c.Partners {
		sc.partner(p.ID)
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

// participants appends to buf the distinct partner numbers of an event.
func (sc *scorer) participants(buf []uint32, e *graph.Event) []uint32 {
	start := len(buf)
	add := func(id string) {
		p := sc.partner(id)
		for _, q := range buf[start:] {
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

// dateString returns the shared ISO text of a date.
func (s *Scored) dateString(day int32) *string {
	if p, ok := s.dates[day]; ok {
		return p
	}
	if s.dates == nil {
		s.dates = map[int32]*string{}
	}
	v := dateOf(day).Format(time.DateOnly)
	s.dates[day] = &v
	return &v
}

// DayNumber counts days since 1970-01-01 for a civil date (a time at
// midnight UTC, as the readers give dates); a tie's first and last event
// days (Tie.LastDay) are in this unit.
func DayNumber(t time.Time) int32 {
	return int32(t.Unix() / 86400)
}

func dateOf(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// TieRating is one side's rating of a tie as ties.csv gave it: depth a
// rung 0..5; trust and value 1..4 and weight > 0, each nil where not given.
type TieRating struct {
	Depth  int      `json:"depth"`
	Trust  *int     `json:"trust"`
	Value  *int     `json:"value"`
	Weight *float64 `json:"weight"`
}

func tieRating(r *graph.Rating) TieRating {
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
		t.First, t.Last = s.dateString(t.first), s.dateString(t.last)
		t.collect(s, depthEv)
	}
	t.Depth, t.DepthScore = depthEv, scoreEv
	if rp[0] != nil || rp[1] != nil {
		sv, gap, one := combineRatings(m.Combine, rp)
		t.DepthSurvey, t.Gap, t.OneSided = &sv, gap, &one
		// Where both sources speak, the tie is as deep as the deeper says
		// (docs/depth-model.md#events-and-ratings); a survey rung carries no fraction.
		if len(t.events) == 0 || sv > depthEv {
			t.Depth, t.DepthScore = sv, float64(sv)
		}
		t.Trust = combineScore(m.Combine, rp, func(r *graph.Rating) float64 { return float64(r.Trust) })
		t.Value = combineScore(m.Combine, rp, func(r *graph.Rating) float64 { return float64(r.Value) })
		t.Ratings = make(map[string]TieRating, 2)
		for _, r := range rp {
			if r != nil {
				t.Ratings[r.From] = tieRating(r)
			}
		}
	}
	t.Weight = t.DepthScore
	if w := combineScore(m.Combine, rp, func(r *graph.Rating) float64 { return r.Weight }); w != nil {
		t.Weight = *w
	}
}

// The rule for combining the two ratings of one pair is one, and applies
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
func combineScore(how Combine, rp ratingPair, get func(*graph.Rating) float64) *float64 {
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

// collect gathers, in one pass over the tie's events, its distinct objects
// and, where people are known, its carriers: the distinct people (by
// people.csv) of each side on the events at rung ≥ max(depth, 1). People
// not in people.csv cannot be placed on a side and are not counted.
func (t *Tie) collect(s *Scored, depth int) {
	floor := max(depth, 1)
	people := s.Case.HasPeople
	var sides [2][]string
	t.Objects = []string{}
	for _, i := range t.events {
		e := &s.Case.Events[i]
		if o := e.Object; o != "" && !slices.Contains(t.Objects, o) {
			t.Objects = append(t.Objects, o)
		}
		if !people || e.Rung < floor {
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
	sort.Strings(t.Objects)
	if !people {
		return
	}
	sort.Strings(sides[0])
	sort.Strings(sides[1])
	t.carrierIDs = sides
	t.Carriers = newSides(t.A, t.B, len(sides[0]), len(sides[1]))
}

// CarrierIDs returns the people carrying each side of the tie (A's, B's),
// sorted; nil where people are unknown.
func (t *Tie) CarrierIDs() ([]string, []string) {
	if !t.Carriers.Known {
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

// LastDay is the day number (DayNumber) of the tie's last event in the
// window; 0 for a tie without events in the window.
func (t *Tie) LastDay() int32 { return t.last }

// EventIndices returns the indices (into Case.Events) of the tie's events in
// the window, in file order.
func (t *Tie) EventIndices() []int32 { return t.events }

// InWindow reports whether an event falls in the scored window: not after
// as-of, not before since.
func (s *Scored) InWindow(e *graph.Event) bool {
	return !e.Date.After(s.AsOf) && (s.Since.IsZero() || !e.Date.Before(s.Since))
}

// parallelPairs is the number of event pairs above which Score splits the
// work among the cores (a variable, so tests can force either path).
var parallelPairs = 200000

// scoreWorkers is how many workers Score splits the work among above
// parallelPairs: the cores, at most 8 (a variable, so tests can force
// several workers on a one-core machine).
var scoreWorkers = func() int { return min(runtime.GOMAXPROCS(0), 8) }

// testHookShards, when set (by tests only), is told how many ties each
// worker accumulated, one count per worker.
var testHookShards func(tiesPerWorker []int)
