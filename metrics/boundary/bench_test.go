package boundary

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// BenchmarkObjects2000x1M times Objects on a case of 2,000 partners and
// 1,000,000 events of 2–4 partners each, a quarter of them on one of 200
// objects, scored once.
func BenchmarkObjects2000x1M(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	c := &casedata.Case{AsOf: day("2024-12-31")}
	ids := make([]string, 2000)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%04d", i)
		c.Partners = append(c.Partners, casedata.Partner{ID: ids[i], Sector: fmt.Sprintf("s%d", i%12), Core: i < 200})
	}
	objs := make([]string, 200)
	for j := range objs {
		objs[j] = fmt.Sprintf("o%03d", j)
		c.Objects = append(c.Objects, casedata.Object{ID: objs[j], Name: objs[j]})
	}
	c.Events = make([]casedata.Event, 1_000_000)
	for e := range c.Events {
		base := rng.Intn(2000)
		k := 2 + rng.Intn(3)
		with := make([]string, 0, k-1)
		for len(with) < k-1 {
			p := ids[(base+1+rng.Intn(24))%2000]
			dup := false
			for _, q := range with {
				dup = dup || q == p
			}
			if !dup {
				with = append(with, p)
			}
		}
		obj := ""
		if rng.Intn(4) == 0 {
			obj = objs[(base/10+rng.Intn(3))%200]
		}
		r := 1 + rng.Intn(5)
		c.Events[e] = casedata.Event{Date: c.AsOf.Add(-time.Duration(rng.Intn(1000)) * 24 * time.Hour),
			From: ids[base], With: with, Rung: r, Kind: rungKind[r], Object: obj, Count: 1}
	}
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Objects(s)
	}
}
