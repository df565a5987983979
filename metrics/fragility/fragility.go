package fragility

import (
	"sort"

	"gbo/graph/casedata"
	"gbo/graph/network"
	"gbo/metrics/depth"
	"gbo/metrics/structure"
)

// Kinds of a Cost row.
const (
	KindPartner = "partner"
	KindPerson  = "person"
)

// Cost is what the departure of one partner or one person would cost the
// partnership (docs/flags.md#fragility Fragility).
type Cost struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	// DeepTiesLost counts the ties at depth ≥ 3 that vanish or drop below 3.
	DeepTiesLost int `json:"deep_ties_lost"`
	// TiesWeakened counts the other ties of the tie graph whose depth drops
	// (a tie falling to 0 included, when it was not deep).
	TiesWeakened int `json:"ties_weakened"`
	// PairsDisconnected counts the pairs of remaining partners joined by a
	// path in the tie graph before and by none after.
	PairsDisconnected int64 `json:"pairs_disconnected"`
	// Partner and Role are a person's partner id and role as people.csv
	// gives them (the first row of the id); empty, and left out of JSON,
	// for a partner and where people.csv does not say.
	Partner string `json:"partner,omitempty"`
	Role    string `json:"role,omitempty"`
}

// Options tune what a departure means.
type Options struct {
	// DropSharedEvents makes a partner's departure remove every event it
	// took part in, for every pair, as a person's departure does. By
	// default (false) the events stay for the pairs that remain: those
	// partners did meet, and their history does not go away with a third;
	// only the leaving partner's own ties vanish, so its TiesWeakened is 0.
	// With DropSharedEvents the other partners' ties are re-scored without
	// those events: an upper bound, for a partner that convenes the
	// meetings others meet at.
	DropSharedEvents bool
}

// PeopleUnknown is true when the case names no people (no people.csv and no
// people column): person-dependence cannot be judged, and Fragility gives
// no person rows. Say so; never guess.
func PeopleUnknown(s *depth.Scored) bool { return !s.Case.HasPeople }

// Fragility costs the departure of every partner and, where people are
// known, every person (people.csv and those named on events in the
// window), ranked worst first by CompareCosts: deep ties lost, pairs
// disconnected, ties weakened (all descending), then id, partners before
// people of the same id.
//
// A partner's departure removes its node from the tie graph (minDepth, at
// least 1): its ties vanish; the other pairs keep their events unless
// opt.DropSharedEvents (see Options). A person's departure removes every
// event in the window the person took part in, for every pair of its
// participants; the ties those events touch, and only those, are re-scored
// with depth.Model.Weight and DepthOf (ratings are by partners and stay).
// A tie of the tie graph that falls below minDepth leaves the graph, and
// the pairs that lose every path are counted.
//
// Cost: O(n+m) for the graph, plus, per person, the events of the ties the
// person's events touch.
func Fragility(s *depth.Scored, minDepth int, opt Options) []Cost {
	minDepth = max(minDepth, 1)
	e := newEngine(s, minDepth)
	var out []Cost
	for _, p := range s.Case.Partners {
		out = append(out, e.partner(p.ID, opt))
	}
	if s.Case.HasPeople {
		info := make(map[string]casedata.Person, len(s.Case.People))
		for _, p := range s.Case.People {
			if _, ok := info[p.ID]; !ok {
				info[p.ID] = p
			}
		}
		for _, id := range e.personIDs() {
			c := e.person(id)
			if p, ok := info[id]; ok {
				c.Partner, c.Role = p.Partner, p.Role
			}
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return CompareCosts(&out[i], &out[j]) < 0 })
	return out
}

// CompareCosts is the one order of departures, worst first, that every
// output uses (negative when a comes before b):
//
//  1. deep ties lost, more first;
//  2. pairs of partners cut off (PairsDisconnected), more first;
//  3. ties weakened, more first;
//  4. id, in byte order;
//  5. a partner before a person of the same id.
//
// A table that shows only the rows with any cost shows them in this order
// too, so its first rows and those of `gbo weak` are the same.
func CompareCosts(a, b *Cost) int {
	switch {
	case a.DeepTiesLost != b.DeepTiesLost:
		return cmpInt(b.DeepTiesLost, a.DeepTiesLost)
	case a.PairsDisconnected != b.PairsDisconnected:
		if a.PairsDisconnected > b.PairsDisconnected {
			return -1
		}
		return 1
	case a.TiesWeakened != b.TiesWeakened:
		return cmpInt(b.TiesWeakened, a.TiesWeakened)
	case a.ID != b.ID:
		if a.ID < b.ID {
			return -1
		}
		return 1
	case a.Kind == b.Kind:
		return 0
	case a.Kind == KindPartner:
		return -1
	case b.Kind == KindPartner:
		return 1
	}
	return 0
}

// HasCost is true when the departure costs anything at all.
func (c *Cost) HasCost() bool {
	return c.DeepTiesLost > 0 || c.TiesWeakened > 0 || c.PairsDisconnected > 0
}

// engine holds what every simulated departure shares: the tie graph, its
// cut points, each event's decayed weight and the ties it touches.
type engine struct {
	s        *depth.Scored
	minDepth int
	g        *network.Network
	cut      []bool
	split    *splitter

	// weight[i] is w(e) of event i in the window (0 outside).
	weight []float64
	inWin  []bool
	// tieOf maps a pair to its index in s.Ties.
	tieOf map[[2]string]int32
	// The ties event i touches are evTie[evOff[i]:evOff[i+1]], built on
	// first use.
	evOff []int32
	evTie []int32
	// deepOf counts each partner's ties at depth ≥ 3.
	deepOf map[string]int
	// Scratch of one departure, by tie: what the removed events gave it
	// (delta) and how many of its events go (gone), valid where tieStamp
	// is the current stamp; touched lists those ties.
	tieStamp  []int32
	stamp     int32
	delta     [][depth.MaxRung + 1]float64
	gone      []int32
	touched   []int32
	removed   []bool // events left out, by index, for an exact re-sum
	byPerson  map[string][]int32
	byPartner map[string][]int32
}

func newEngine(s *depth.Scored, minDepth int) *engine {
	c := s.Case
	e := &engine{s: s, minDepth: minDepth, g: s.Network(minDepth)}
	e.cut = structure.ArticulationPoints(e.g)
	e.split = newSplitter(e.g)
	e.weight = make([]float64, len(c.Events))
	e.inWin = make([]bool, len(c.Events))
	e.removed = make([]bool, len(c.Events))
	e.tieStamp = make([]int32, len(s.Ties))
	e.delta = make([][depth.MaxRung + 1]float64, len(s.Ties))
	e.gone = make([]int32, len(s.Ties))
	e.deepOf = map[string]int{}
	for i := range s.Ties {
		if t := &s.Ties[i]; t.Depth >= DeepRung {
			e.deepOf[t.A]++
			e.deepOf[t.B]++
		}
	}
	e.tieOf = make(map[[2]string]int32, len(s.Ties))
	for i := range s.Ties {
		e.tieOf[[2]string{s.Ties[i].A, s.Ties[i].B}] = int32(i)
	}
	e.byPerson = map[string][]int32{}
	e.byPartner = map[string][]int32{}
	for i := range c.Events {
		ev := &c.Events[i]
		if ev.Date.After(s.AsOf) || (!s.Since.IsZero() && ev.Date.Before(s.Since)) {
			continue
		}
		e.inWin[i] = true
		e.weight[i] = s.Model.Weight(ev.Count, s.AsOf.Sub(ev.Date).Hours()/24)
		for _, p := range ev.People {
			if l := e.byPerson[p]; len(l) == 0 || l[len(l)-1] != int32(i) {
				e.byPerson[p] = append(l, int32(i))
			}
		}
	}
	return e
}

// ties lists the ties event i touches (every pair of its participants).
func (e *engine) ties(i int32) []int32 {
	if e.evOff == nil {
		e.indexEventTies()
	}
	return e.evTie[e.evOff[i]:e.evOff[i+1]]
}

func (e *engine) indexEventTies() {
	evs := e.s.Case.Events
	e.evOff = make([]int32, len(evs)+1)
	e.evTie = make([]int32, 0, 2*len(evs))
	for i := range evs {
		e.evOff[i] = int32(len(e.evTie))
		if !e.inWin[i] {
			continue
		}
		parts := evs[i].Participants()
		for x := 0; x < len(parts); x++ {
			for y := x + 1; y < len(parts); y++ {
				if k, ok := e.tieOf[pair(parts[x], parts[y])]; ok {
					e.evTie = append(e.evTie, k)
				}
			}
		}
	}
	e.evOff[len(evs)] = int32(len(e.evTie))
}

// depthWithout re-scores tie t without the events marked in e.removed, as
// depth.Score does: E_r summed in file order, DepthOf, then the ratings'
// rung where it is deeper (or where no event is left).
func (e *engine) depthWithout(t *depth.Tie) int {
	var ev [depth.MaxRung + 1]float64
	left := false
	evs := e.s.Case.Events
	for _, i := range t.EventIndices() {
		if e.removed[i] {
			continue
		}
		left = true
		w := e.weight[i]
		for r := 1; r <= evs[i].Rung && r <= depth.MaxRung; r++ {
			ev[r] += w
		}
	}
	depth := 0
	if left {
		depth, _ = e.s.Model.DepthOf(ev)
	}
	if t.DepthSurvey != nil && (!left || *t.DepthSurvey > depth) {
		depth = *t.DepthSurvey
	}
	return depth
}

// person costs the departure of one person.
func (e *engine) person(id string) Cost {
	c := Cost{ID: id, Kind: KindPerson}
	evs := e.byPerson[id]
	e.drop(evs, "", &c)
	return c
}

// partner costs the departure of one partner.
func (e *engine) partner(id string, opt Options) Cost {
	c := Cost{ID: id, Kind: KindPartner}
	if opt.DropSharedEvents {
		e.drop(e.eventsOf(id), id, &c)
		return c
	}
	c.DeepTiesLost = e.deepOf[id]
	if u, ok := e.g.Index(id); ok && e.cut[u] {
		c.PairsDisconnected = e.split.pairsLost(u, nil)
	}
	return c
}

// eventsOf lists the events in the window a partner took part in.
func (e *engine) eventsOf(id string) []int32 {
	if len(e.byPartner) == 0 {
		for i := range e.s.Case.Events {
			if !e.inWin[i] {
				continue
			}
			for _, p := range e.s.Case.Events[i].Participants() {
				e.byPartner[p] = append(e.byPartner[p], int32(i))
			}
		}
	}
	return e.byPartner[id]
}

// drop simulates removing the events evs (and, if gone is not "", the
// partner gone with all its ties) and fills in c.
//
// A touched tie's evidence is its E_r less what the removed events gave
// it, O(1) per tie and event. Subtraction rounds differently from the sum
// depth.Score takes, so where a new E_r lies within 1e-9 of the
// threshold, or no event is left, the tie is re-summed from its remaining
// events in file order, exactly as Score does: a knife-edge rung is never
// decided by rounding.
func (e *engine) drop(evs []int32, gone string, c *Cost) {
	s := e.s
	e.stamp++
	touched := e.touched[:0]
	for _, i := range evs {
		w, rung := e.weight[i], min(s.Case.Events[i].Rung, depth.MaxRung)
		for _, k := range e.ties(i) {
			if e.tieStamp[k] != e.stamp {
				e.tieStamp[k] = e.stamp
				e.delta[k] = [depth.MaxRung + 1]float64{}
				e.gone[k] = 0
				touched = append(touched, k)
			}
			for r := 1; r <= rung; r++ {
				e.delta[k][r] += w
			}
			e.gone[k]++
		}
	}
	e.touched = touched
	var cutEdges [][2]int32
	for _, k := range touched {
		t := &s.Ties[k]
		if t.A == gone || t.B == gone {
			continue // counted below
		}
		after := e.depthLess(t, k, evs)
		switch {
		case t.Depth >= DeepRung && after < DeepRung:
			c.DeepTiesLost++
		case after < t.Depth && t.Depth >= e.minDepth:
			c.TiesWeakened++
		}
		if t.Depth >= e.minDepth && after < e.minDepth {
			u, okU := e.g.Index(t.A)
			v, okV := e.g.Index(t.B)
			if okU && okV {
				cutEdges = append(cutEdges, [2]int32{u, v})
			}
		}
	}
	node := int32(-1)
	if gone != "" {
		c.DeepTiesLost += e.deepOf[gone]
		if u, ok := e.g.Index(gone); ok {
			node = u
		}
	}
	c.PairsDisconnected = e.split.pairsLost(node, cutEdges)
}

// depthLess is the depth of tie k (t) without the events evs, given
// e.delta[k] and e.gone[k] from drop.
func (e *engine) depthLess(t *depth.Tie, k int32, evs []int32) int {
	n := len(t.EventIndices())
	if n == 0 {
		return t.Depth // rated only: no event of it can go
	}
	left := int(e.gone[k]) < n
	var ev [depth.MaxRung + 1]float64
	exact := !left
	if left {
		th := e.s.Model.Threshold
		for r := 1; r <= depth.MaxRung; r++ {
			ev[r] = t.Evidence[r] - e.delta[k][r]
			if d := ev[r] - th; d < 1e-9*max(1, t.Evidence[r]) && d > -1e-9*max(1, t.Evidence[r]) {
				exact = true
			}
		}
	}
	if exact {
		for _, i := range evs {
			e.removed[i] = true
		}
		d := e.depthWithout(t)
		for _, i := range evs {
			e.removed[i] = false
		}
		return d
	}
	depth, _ := e.s.Model.DepthOf(ev)
	if t.DepthSurvey != nil && *t.DepthSurvey > depth {
		depth = *t.DepthSurvey
	}
	return depth
}

// personIDs lists people.csv's ids and the people named on events in the
// window, sorted.
func (e *engine) personIDs() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range e.s.Case.People {
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p.ID)
		}
	}
	for id := range e.byPerson {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}
