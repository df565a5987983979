package structure

import (
	"math/bits"
	"runtime"
	"sync"

	"gbo/graph/network"
)

// DiameterAPL gives the diameter (longest shortest path, in hops) and the
// average shortest path length of the largest connected component, as
// networkx.diameter and networkx.average_shortest_path_length on that
// subgraph: APL = Σ_{s≠t} d(s,t) / (k(k−1)) over its k nodes. Between
// equally large components the one holding the smallest node index wins.
// A component of one node (or an empty graph) gives 0, 0.
//
// All-pairs breadth-first search is done 256 sources at a time with one
// bit per source and node (multi-source BFS: Then et al., "The more the
// merrier: efficient multi-source graph traversal", VLDB 8(4), 2014; see
// bitBFS.run), and
// the batches are shared among the cores. Only integer sums and maxima are
// combined, so the result does not depend on the schedule.
func DiameterAPL(g *network.Network) (diameter int, apl float64) {
	nodes := largestComponent(g)
	k := len(nodes)
	if k < 2 {
		return 0, 0
	}
	batches := (k + batchSize - 1) / batchSize
	workers := parallelWorkers()
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
				lo, hi := i*batchSize, (i+1)*batchSize
				if hi > k {
					hi = k
				}
				s, d := b.run(g, nodes, nodes[lo:hi])
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

// parallelWorkers is the number of goroutines DiameterAPL and LocalBridges
// use; tests replace it to force a worker count. Both split their work into
// pieces fixed by index and combine only integers, each piece's result
// depending on the piece alone, so the count changes nothing but speed.
var parallelWorkers = func() int { return runtime.GOMAXPROCS(0) }

// largestComponent lists the nodes of the largest component, ascending.
func largestComponent(g *network.Network) []int32 {
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

// lanes holds one bit per source of a batch: 256 sources share each walk
// over the adjacency rows, which is what makes all-pairs BFS cheap.
type lanes [4]uint64

const batchSize = 256

func (l *lanes) zero() bool { return l[0]|l[1]|l[2]|l[3] == 0 }

// bitBFS is the reusable state of a multi-source BFS: bit j of seen[v] says
// source j has reached v; cur and next hold the current and next frontier.
type bitBFS struct {
	seen, cur, next []lanes
	front, nfront   []int32
	active          []int32 // nodes some source has not reached yet
}

func newBitBFS(n int) *bitBFS {
	return &bitBFS{seen: make([]lanes, n), cur: make([]lanes, n), next: make([]lanes, n)}
}

// run searches from up to 256 sources at once over the component nodes and
// returns the sum of the distances from the sources to every node, and the
// largest of those distances.
//
// Each level goes one of two ways (direction-optimising BFS: Beamer et al.,
// "Direction-optimizing breadth-first search", SC 2012). While the frontier
// is small it pushes along its own arcs, so a long path stays cheap; once
// its arcs outnumber half those of the nodes not yet reached by every
// source, each such node pulls from its neighbours instead, which reads
// rather than writes scattered memory and skips finished nodes.
func (b *bitBFS) run(g *network.Network, nodes, sources []int32) (sum int64, ecc int) {
	var full lanes
	for j := range sources {
		full[j>>6] |= 1 << uint(j&63)
	}
	b.front = b.front[:0]
	for j, s := range sources {
		b.seen[s][j>>6] |= 1 << uint(j&63)
		b.cur[s][j>>6] |= 1 << uint(j&63)
		b.front = append(b.front, s)
	}
	b.active = append(b.active[:0], nodes...)
	activeVol := int64(len(g.Adj)) // an upper bound until first compacted
	for level := 1; len(b.front) > 0; level++ {
		var frontVol int64
		for _, v := range b.front {
			frontVol += int64(g.Offset[v+1] - g.Offset[v])
		}
		if 2*frontVol > activeVol {
			activeVol = b.compact(g, full)
		}
		if 2*frontVol > activeVol {
			b.pull(g)
		} else {
			b.push(g)
		}
		for _, v := range b.front {
			b.cur[v] = lanes{}
		}
		var reached int
		for _, u := range b.nfront {
			x := b.next[u]
			b.next[u] = lanes{}
			su := &b.seen[u]
			for i := range x {
				su[i] |= x[i]
				reached += bits.OnesCount64(x[i])
			}
			b.cur[u] = x
		}
		if reached > 0 {
			sum += int64(level) * int64(reached)
			ecc = level
		}
		b.front, b.nfront = b.nfront, b.front
	}
	for _, u := range nodes {
		b.seen[u] = lanes{}
	}
	return sum, ecc
}

// compact drops from the active list the nodes every source has reached,
// and returns the number of arcs of those left.
func (b *bitBFS) compact(g *network.Network, full lanes) int64 {
	var vol int64
	kept := b.active[:0]
	for _, u := range b.active {
		if b.seen[u] != full {
			kept = append(kept, u)
			vol += int64(g.Offset[u+1] - g.Offset[u])
		}
	}
	b.active = kept
	return vol
}

// push sends the frontier's bits along its arcs into next.
func (b *bitBFS) push(g *network.Network) {
	b.nfront = b.nfront[:0]
	for _, v := range b.front {
		fv := &b.cur[v]
		for _, u := range g.Adj[g.Offset[v]:g.Offset[v+1]] {
			su := &b.seen[u]
			n0, n1, n2, n3 := fv[0]&^su[0], fv[1]&^su[1], fv[2]&^su[2], fv[3]&^su[3]
			if n0|n1|n2|n3 != 0 {
				nu := &b.next[u]
				if nu.zero() {
					b.nfront = append(b.nfront, u)
				}
				nu[0] |= n0
				nu[1] |= n1
				nu[2] |= n2
				nu[3] |= n3
			}
		}
	}
}

// pull lets every active node gather the frontier bits of its neighbours.
func (b *bitBFS) pull(g *network.Network) {
	b.nfront = b.nfront[:0]
	for _, u := range b.active {
		var a0, a1, a2, a3 uint64
		for _, v := range g.Adj[g.Offset[u]:g.Offset[u+1]] {
			cv := &b.cur[v]
			a0 |= cv[0]
			a1 |= cv[1]
			a2 |= cv[2]
			a3 |= cv[3]
		}
		su := &b.seen[u]
		a0, a1, a2, a3 = a0&^su[0], a1&^su[1], a2&^su[2], a3&^su[3]
		if a0|a1|a2|a3 != 0 {
			b.next[u] = lanes{a0, a1, a2, a3}
			b.nfront = append(b.nfront, u)
		}
	}
}
