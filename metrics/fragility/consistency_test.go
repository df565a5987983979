package fragility

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"gbo/graph/casedata"
	"gbo/graph/network"
	"gbo/metrics/depth"
	"gbo/metrics/structure"
)

// Fragility's incremental re-scoring agrees with scoring the case again from
// scratch (depth.Score) without the events of each person, and of each
// partner with DropSharedEvents, on random cases with decayed weights,
// ratings and a window.
func TestFragilityAgreesWithRescoringFromScratch(t *testing.T) {
	for seed := int64(1); seed <= 12; seed++ {
		c := randomCase(seed)
		m := depth.DefaultModel()
		opt := depth.ScoreOptions{Since: day("2022-06-01")}
		s := depth.Score(c, m, opt)
		for _, minDepth := range []int{1, 2, 3} {
			for _, drop := range []bool{false, true} {
				got := map[string]Cost{}
				for _, x := range Fragility(s, minDepth, Options{DropSharedEvents: drop}) {
					got[x.Kind+":"+x.ID] = x
				}
				for _, p := range c.Partners {
					want := bruteCost(s, minDepth, p.ID, "", drop)
					if g := got["partner:"+p.ID]; g != want {
						t.Fatalf("seed %d min %d drop %v partner %s: got %+v, want %+v", seed, minDepth, drop, p.ID, g, want)
					}
				}
				for _, p := range c.People {
					want := bruteCost(s, minDepth, "", p.ID, false)
					want.Partner, want.Role = p.Partner, p.Role // people.csv's row, as given
					if g := got["person:"+p.ID]; g != want {
						t.Fatalf("seed %d min %d person %s: got %+v, want %+v", seed, minDepth, p.ID, g, want)
					}
				}
			}
		}
	}
}

func randomCase(seed int64) *casedata.Case {
	rng := rand.New(rand.NewSource(seed))
	n := 6 + rng.Intn(8)
	c := &casedata.Case{AsOf: day(asOf), HasPeople: true}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("q%02d", i)
		c.Partners = append(c.Partners, casedata.Partner{ID: id, Sector: "X", Core: i%3 == 0})
		for k := 0; k < 1+rng.Intn(2); k++ {
			c.People = append(c.People, casedata.Person{ID: fmt.Sprintf("%s.%d", id, k), Partner: id})
		}
	}
	for e := 0; e < 10+rng.Intn(40); e++ {
		k := 2 + rng.Intn(3)
		perm := rng.Perm(n)[:k]
		ev := casedata.Event{Date: c.AsOf.Add(-time.Duration(rng.Intn(1200)) * 24 * time.Hour),
			From: c.Partners[perm[0]].ID, Rung: rng.Intn(6), Count: 1 + rng.Intn(2)}
		for _, p := range perm[1:] {
			ev.With = append(ev.With, c.Partners[p].ID)
		}
		for _, p := range perm {
			if rng.Intn(3) > 0 {
				var mine []string
				for _, q := range c.People {
					if q.Partner == c.Partners[p].ID {
						mine = append(mine, q.ID)
					}
				}
				ev.People = append(ev.People, mine[rng.Intn(len(mine))])
			}
		}
		c.Events = append(c.Events, ev)
	}
	for r := 0; r < rng.Intn(4); r++ {
		a, b := rng.Intn(n), rng.Intn(n)
		if a != b {
			c.Ratings = append(c.Ratings, casedata.Rating{From: c.Partners[a].ID, To: c.Partners[b].ID, Depth: rng.Intn(6)})
		}
	}
	return c
}

// bruteCost scores a copy of the case without the events of person (or of
// partner, all of them when drop, else none) and compares tie by tie.
func bruteCost(s *depth.Scored, minDepth int, partner, person string, drop bool) Cost {
	c2 := *s.Case
	c2.Events = nil
	for _, e := range s.Case.Events {
		on := false
		for _, p := range e.People {
			on = on || (person != "" && p == person)
		}
		for _, p := range e.Participants() {
			on = on || (drop && p == partner)
		}
		if !on {
			c2.Events = append(c2.Events, e)
		}
	}
	s2 := depth.Score(&c2, s.Model, depth.ScoreOptions{AsOf: s.AsOf, Since: s.Since})
	out := Cost{ID: partner + person, Kind: KindPartner}
	if person != "" {
		out.Kind = KindPerson
	}
	depth2 := map[[2]string]int{}
	for _, t := range s2.Ties {
		depth2[[2]string{t.A, t.B}] = t.Depth
	}
	md := max(minDepth, 1)
	var kept []network.Edge
	idx := map[string]int32{}
	ids := make([]string, len(s.Case.Partners))
	for i, p := range s.Case.Partners {
		ids[i] = p.ID
		idx[p.ID] = int32(i)
	}
	for _, t := range s.Ties {
		after := depth2[[2]string{t.A, t.B}]
		involved := partner != "" && (t.A == partner || t.B == partner)
		if involved {
			after = 0
		}
		switch {
		case t.Depth >= 3 && after < 3:
			out.DeepTiesLost++
		case !involved && after < t.Depth && t.Depth >= md:
			out.TiesWeakened++
		}
		if t.Depth >= md && after >= md {
			kept = append(kept, network.Edge{U: idx[t.A], V: idx[t.B], W: 1})
		}
	}
	before := s.Network(md)
	afterNet := network.New(ids, kept)
	removed := make([]bool, len(ids))
	if partner != "" {
		u, _ := afterNet.Index(partner)
		removed[u] = true
	}
	connected := func(g *network.Network) int64 {
		comp, k := structure.Components(g)
		size := make([]int64, k)
		for u, cc := range comp {
			if !removed[u] {
				size[cc]++
			}
		}
		var sum int64
		for _, x := range size {
			sum += x * (x - 1) / 2
		}
		return sum
	}
	out.PairsDisconnected = connected(before) - connected(afterNet) + structure.PairsDisconnected(afterNet, removed)
	return out
}
