package structure

import (
	"math/bits"
	"runtime"
	"sync"

	"gbo/graph"
)

// DiameterAPL gives the diameter (longest shortest path, in hops) and the
// average shortest path length of the largest connected component, as
// networkx.diameter and networkx.average_shortest_path_length on that
// subgraph: APL = Σ_{s≠t} d(s,t) / (k(k−1)) over its k nodes. Between
// equally large components the one holding the smallest node index wins.
// A component of one node (or an empty graph) gives 0, 0.
//
// All-pairs breadth-first search is done 64 sources at a time with one
// machine word per node (multi-source BFS: Then et al., "The more the
// merrier: efficient multi-source graph traversal", VLDB 8(4), 2014), and
// the batches are shared among the cores. Only integer sums and maxima are
// combined, so the result does not depend on the schedule.
func DiameterAPL(g *graph.Network) (diameter int, apl float64) {
	nodes := largestComponent(g)
	k := len(nodes)
	if k < 2 {
		return 0, 0
	}
	batches := (k + 63) / 64
	workers := runtime.GOMAXPROCS(0)
	if workers > batches {
		workers = batches
	}
	sums := make([]int64, workers)
	maxes := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			b := newBitBFS(g.N())
			for i := w; i < batches; i += workers {
				lo, hi := i*64, (i+1)*64
				if hi > k {
					hi = k
				}
				s, d := b.run(g, nodes[lo:hi])
				sums[w] += s
				if d > maxes[w] {
					maxes[w] = d
				}
			}
		}(w)
	}
	wg.Wait()
	var total int64
	for w := range sums {
		total += sums[w]
		if maxes[w] > diameter {
			diameter = maxes[w]
		}
	}
	return diameter, float64(total) / (float64(k) * float64(k-1))
}

// largestComponent lists the nodes of the largest component, ascending.
func largestComponent(g *graph.Network) []int32 {
	comp, count := Components(g)
	if count == 0 {
		return nil
	}
	size := componentSizes(comp, count)
	best := 0
	for c := 1; c < count; c++ {
		if size[c] > size[best] { // strict: the earlier label (smaller node) wins ties
			best = c
		}
	}
	nodes := make([]int32, 0, size[best])
	for u, c := range comp {
		if int(c) == best {
			nodes = append(nodes, int32(u))
		}
	}
	return nodes
}

// bitBFS is the reusable state of a 64-source BFS: bit j of seen[v] says
// source j has reached v; cur and next hold the current and next frontier.
type bitBFS struct {
	seen, cur, next []uint64
	front, nfront   []int32
	touched         []int32
}

func newBitBFS(n int) *bitBFS {
	return &bitBFS{seen: make([]uint64, n), cur: make([]uint64, n), next: make([]uint64, n)}
}

// run searches from up to 64 sources at once and returns the sum of the
// distances from the sources to every node they reach, and the largest of
// those distances. The frontier is pushed along arcs, so a level costs the
// arcs of its frontier only (long paths stay cheap).
func (b *bitBFS) run(g *graph.Network, sources []int32) (sum int64, ecc int) {
	b.front = b.front[:0]
	touched := b.touched[:0]
	for j, s := range sources {
		b.seen[s] |= 1 << uint(j)
		b.cur[s] |= 1 << uint(j)
		b.front = append(b.front, s)
	}
	touched = append(touched, sources...)
	for level := 1; len(b.front) > 0; level++ {
		b.nfront = b.nfront[:0]
		for _, v := range b.front {
			fv := b.cur[v]
			for _, u := range g.Adj[g.Offset[v]:g.Offset[v+1]] {
				if nb := fv &^ b.seen[u]; nb != 0 {
					if b.next[u] == 0 {
						b.nfront = append(b.nfront, u)
					}
					b.next[u] |= nb
				}
			}
		}
		for _, v := range b.front {
			b.cur[v] = 0
		}
		var reached int
		for _, u := range b.nfront {
			x := b.next[u]
			b.next[u] = 0
			if b.seen[u] == 0 {
				touched = append(touched, u)
			}
			b.seen[u] |= x
			b.cur[u] = x
			reached += bits.OnesCount64(x)
		}
		if reached > 0 {
			sum += int64(level) * int64(reached)
			ecc = level
		}
		b.front, b.nfront = b.nfront, b.front
	}
	for _, u := range touched {
		b.seen[u] = 0
	}
	b.touched = touched
	return sum, ecc
}
