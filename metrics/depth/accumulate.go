package depth

import (
	"slices"
	"sort"

	"gbo/graph/casedata"
)

// shard accumulates the pairs whose first partner (by rank) falls to it.
type shard struct {
	sc        *scorer
	slot      map[uint64]int32
	accs      []tieAcc
	pairTie   []int32
	pairEvent []int32
}

// accumulate adds to the shard's records, in event order, the evidence
// of every pair of the pass's events whose first partner (by rank) falls
// to worker w of workers: E_r += w(e) for r ≤ rung(e)
// (docs/depth-model.md#threshold), the counts, first and last days and who
// initiated (docs/depth-model.md#tie-fields); and lists each pair's event.
func (sh *shard) accumulate(c *casedata.Case, pass *eventPass, w, workers int) {
	rank := sh.sc.rank
	for k, i := range pass.idx {
		ps := pass.parts[pass.partOff[k]:pass.partOff[k+1]]
		e := &c.Events[i]
		d, wt, from := pass.day[k], pass.w[k], pass.from[k]
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

func newScorer(c *casedata.Case) *scorer {
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

// ratedPartners interns the partners of the ratings (a partner may be
// rated without events, docs/depth-model.md#ratings); a rating of a
// partner by itself is left out.
func (sc *scorer) ratedPartners(rs []casedata.Rating) {
	for _, r := range rs {
		if r.From != r.To {
			sc.partner(r.From)
			sc.partner(r.To)
		}
	}
}

// denseTable makes the dense pair table where it pays: up to denseMax
// partners, and more events than partners.
func (sc *scorer) denseTable(events int) {
	if n := len(sc.ids); n <= denseMax && events > n {
		sc.n = n
		sc.dense = make([]int32, n*n)
	}
}

// participants appends to buf the distinct partner numbers of an event.
func (sc *scorer) participants(buf []uint32, e *casedata.Event) []uint32 {
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
