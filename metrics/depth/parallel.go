package depth

import (
	"sync"

	"gbo/graph/casedata"
)

// The parallel driver: Score's pair accumulation and finishing split among
// workers so that every tie's sums are made in the same order as one worker
// would make them (docs/depth-model.md#threshold sums E_r in event order),
// and the result is the same bytes on any machine and with any number of
// workers.

// accumulateShards runs the per-pair accumulation (shard.accumulate) of
// the pass's events on workers goroutines, each taking the pairs whose
// first partner's rank falls to it, and returns their shards, worker w's
// at w. The pair lists are sized up front: growing them by doubling would
// copy and leave behind hundreds of megabytes at a million events.
func accumulateShards(c *casedata.Case, sc *scorer, pass *eventPass, workers int) []*shard {
	npairs := pass.pairs()
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
			sh.accumulate(c, pass, w, workers)
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
	return shards
}

// addRatedPairs gives every rated pair a record (docs/depth-model.md#ratings:
// ratings may name pairs without events); such pairs join the first shard.
func addRatedPairs(sh *shard, rs []casedata.Rating) {
	for _, r := range rs {
		if r.From != r.To {
			p, q := sh.sc.idx[r.From], sh.sc.idx[r.To]
			sh.tie(p, q)
		}
	}
}

// mergeShards numbers all shards' records one after another: shard w's
// record i is the result's base[w]+i. The shards' records are released.
func mergeShards(shards []*shard) (accs []tieAcc, base []int32) {
	base = make([]int32, len(shards)+1)
	for w, sh := range shards {
		base[w+1] = base[w] + int32(len(sh.accs))
	}
	accs = make([]tieAcc, 0, base[len(shards)])
	for _, sh := range shards {
		accs = append(accs, sh.accs...)
		sh.accs = nil
	}
	return accs, base
}

// gatherEvents gathers each record's events into one shared array (CSR):
// record g's events are evs[off[g]:off[g+1]], in file order (each tie lives
// in one shard, whose list is in file order). n is the number of records;
// the shards' pair lists are released.
func gatherEvents(shards []*shard, base []int32, n int) (off, evs []int32) {
	off = make([]int32, n+1)
	npairs := 0
	for w, sh := range shards {
		for _, ti := range sh.pairTie {
			off[base[w]+ti+1]++
		}
		npairs += len(sh.pairTie)
	}
	for i := 1; i < len(off); i++ {
		off[i] += off[i-1]
	}
	evs = make([]int32, npairs)
	fill := append([]int32(nil), off[:n]...)
	for w, sh := range shards {
		for k, ti := range sh.pairTie {
			g := base[w] + ti
			evs[fill[g]] = sh.pairEvent[k]
			fill[g]++
		}
		sh.pairTie, sh.pairEvent = nil, nil
	}
	return off, evs
}

// finishTies finishes the ties (Tie.finish: rung, score, ratings, objects,
// carriers; docs/depth-model.md#events-and-ratings and
// docs/depth-model.md#tie-fields) on workers goroutines, each a contiguous
// run of ties. Each writes only its own ties, and the shared date strings
// must all have been made before (Scored.dateString is not safe for
// concurrent use when it adds one).
func finishTies(s *Scored, ties []Tie, ratings map[[2]string]ratingPair, workers int) {
	var wg sync.WaitGroup
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
}
