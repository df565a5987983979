package depth

import (
	"slices"
	"sort"
	"time"

	"gbo/graph/casedata"
)

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
	Case  *casedata.Case
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

// Score scores every pair of partners with evidence in the window
// (docs/depth-model.md): the events of the window decay with age
// (#decay), each pair's evidence E_r gives its rung and score (#threshold,
// #depth-score), its ratings are combined (#ratings, #combine-rule) and
// weighed against the events (#events-and-ratings). Ties are in (A, B)
// order; opt bounds the window and says when to use the cores.
//
// It is written for a million events: partners are interned to integers
// once; the pairs of the events are split among the cores by their first
// partner, and each core accumulates its pairs in event order into compact
// records (found through a dense pair table), so every tie's sums are made
// in the same order as one core would make them and the result is the same
// bytes on any machine. The events of each tie are then gathered into one
// shared array (CSR), and the ties finished in parallel.
func Score(c *casedata.Case, m *Model, opt ScoreOptions) *Scored {
	s := newScored(c, m, opt)
	sc := newScorer(c)
	pass := passEvents(c, m, sc, s.AsOf, opt.Since)
	sc.ratedPartners(c.Ratings)
	sc.ranks()
	sc.denseTable(len(c.Events))
	workers := opt.workers(len(pass.parts))
	shards := accumulateShards(c, sc, pass, workers) // pass is dead after: collectable
	addRatedPairs(shards[0], c.Ratings)
	sc.dense = nil
	accs, base := mergeShards(shards)
	off, evs := gatherEvents(shards, base, len(accs))
	ties := s.buildTies(sc, accs, off, evs)
	finishTies(s, ties, collectRatings(c.Ratings), workers)
	s.Ties = ties
	return s
}

// newScored is the scored case before its ties: the as-of date
// (EffectiveAsOf, docs/depth-model.md#window) and each person's partner.
func newScored(c *casedata.Case, m *Model, opt ScoreOptions) *Scored {
	s := &Scored{Case: c, Model: m, AsOf: EffectiveAsOf(c, opt.AsOf), Since: opt.Since,
		partnerOf: map[string]string{}}
	for _, p := range c.People {
		s.partnerOf[p.ID] = p.Partner
	}
	return s
}

// buildTies makes the ties, in (A, B) byte order of the ids, from the
// accumulated records: ids, evidence E_r, event count, events (the window
// evs[off[g]:off[g+1]] of record g), first and last days and who initiated
// (docs/depth-model.md#tie-fields). It makes every first and last date's
// shared text here, so that finishTies' workers only read s.dates.
func (s *Scored) buildTies(sc *scorer, accs []tieAcc, off, evs []int32) []Tie {
	order := sortTies(sc, accs)
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
	return ties
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

// finish derives the tie's rung and score once all its events are in: from
// its evidence (docs/depth-model.md#threshold, #depth-score), then from its
// ratings where they are deeper (#events-and-ratings), its trust, value
// and weight (#combine-rule, #weight), and its objects and carriers
// (#tie-fields).
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
		t.Trust = combineScore(m.Combine, rp, func(r *casedata.Rating) float64 { return float64(r.Trust) })
		t.Value = combineScore(m.Combine, rp, func(r *casedata.Rating) float64 { return float64(r.Value) })
		t.Ratings = make(map[string]TieRating, 2)
		for _, r := range rp {
			if r != nil {
				t.Ratings[r.From] = tieRating(r)
			}
		}
	}
	t.Weight = t.DepthScore
	if w := combineScore(m.Combine, rp, func(r *casedata.Rating) float64 { return r.Weight }); w != nil {
		t.Weight = *w
	}
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

// LastDay is the day number (DayNumber) of the tie's last event in the
// window; 0 for a tie without events in the window.
func (t *Tie) LastDay() int32 { return t.last }

// EventIndices returns the indices (into Case.Events) of the tie's events in
// the window, in file order.
func (t *Tie) EventIndices() []int32 { return t.events }
