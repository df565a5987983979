package fragility

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// synthCase builds, in memory, a case of n partners in 12 sectors (the
// first tenth core), `events` events of 2–4 participants drawn from a
// neighbourhood of width 25 around a random partner (so the tie graph has
// about 25·n ties), rungs 1–5, dates over three years before as_of, and
// people people per partner, one of whom is on the event for each side.
func synthCase(n, events, people int, seed int64) *casedata.Case {
	rng := rand.New(rand.NewSource(seed))
	c := &casedata.Case{AsOf: day(asOf), HasPeople: true}
	ids := make([]string, n)
	pids := make([][]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%04d", i)
		c.Partners = append(c.Partners, casedata.Partner{ID: ids[i], Sector: fmt.Sprintf("s%d", i%12), Core: i < n/10})
		for k := 0; k < people; k++ {
			pid := fmt.Sprintf("%s-%d", ids[i], k)
			pids[i] = append(pids[i], pid)
			c.People = append(c.People, casedata.Person{ID: pid, Partner: ids[i]})
		}
	}
	kinds := []string{"", "introduction", "info_exchange", "referral", "coordination", "joint_action"}
	c.Events = make([]casedata.Event, events)
	parts := make([]int, 0, 4)
	for e := range c.Events {
		k := 2 + rng.Intn(3)
		base := rng.Intn(n)
		parts = parts[:0]
		for len(parts) < k {
			p := (base + rng.Intn(25)) % n
			dup := false
			for _, q := range parts {
				dup = dup || q == p
			}
			if !dup {
				parts = append(parts, p)
			}
		}
		with := make([]string, k-1)
		ppl := make([]string, k)
		for j, p := range parts {
			if j > 0 {
				with[j-1] = ids[p]
			}
			ppl[j] = pids[p][rng.Intn(people)]
		}
		r := 1 + rng.Intn(5)
		c.Events[e] = casedata.Event{Date: c.AsOf.Add(-time.Duration(rng.Intn(3*365)) * 24 * time.Hour),
			From: ids[parts[0]], With: with, Kind: kinds[r], Rung: r, People: ppl, Count: 1}
	}
	return c
}

// BenchmarkFragility2000x1M times Fragility for every partner and every
// person of a 2,000-partner, 1,000,000-event case scored once (SPEC
// speed target: within a minute).
func BenchmarkFragility2000x1M(b *testing.B) {
	c := synthCase(2000, 1_000_000, 3, 1)
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	b.ReportMetric(float64(s.Network(1).M()), "ties")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Fragility(s, 1, Options{})
	}
}

// BenchmarkWeakLinks2000x1M times WeakLinks on the same case.
func BenchmarkWeakLinks2000x1M(b *testing.B) {
	c := synthCase(2000, 1_000_000, 3, 1)
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		WeakLinks(s, 1)
	}
}

// BenchmarkWeakLinksWithTargets2000x1M adds two sector targets, which make
// every tie and every pair of those sectors look up its target.
func BenchmarkWeakLinksWithTargets2000x1M(b *testing.B) {
	c := synthCase(2000, 1_000_000, 3, 1)
	c.Targets = []casedata.Target{{A: "sector:s0", B: "sector:s1", Depth: 4}, {A: "sector:s2", B: "sector:s2", Depth: 5}}
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		WeakLinks(s, 1)
	}
}
