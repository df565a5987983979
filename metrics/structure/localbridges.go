package structure

import (
	"sync"

	"gbo/graph/network"
)

// Embeddedness gives, for each edge of g.Edges() (same order), the number of
// neighbours its two ends share: |N(u) ∩ N(v)| (Granovetter's embeddedness;
// Easley & Kleinberg, Networks, Crowds, and Markets, 2010, §3.3).
func Embeddedness(g *network.Network) []int32 {
	out := make([]int32, 0, g.M())
	for u := int32(0); int(u) < g.N(); u++ {
		for _, v := range g.Adj[g.Offset[u]:g.Offset[u+1]] {
			if u < v {
				out = append(out, countCommon(g, u, v))
			}
		}
	}
	return out
}

// LocalBridges reports, for each edge of g.Edges() (same order), whether it
// is a local bridge — its ends share no neighbour, networkx.local_bridges —
// and its span: the hop distance between its ends once the edge itself is
// removed, or −1 where no other path exists (networkx gives inf; the edge is
// then a bridge). networkx reports a span only for local bridges; here every
// edge has one, which is 2 for an edge that is not a local bridge.
//
// Spans come from a bidirectional breadth-first search that always grows the
// cheaper side by one whole level, and stops at the level where the two
// searches meet; bridges are found first (Tarjan) and need no search. Edges
// are shared among the cores; the result does not depend on the schedule.
func LocalBridges(g *network.Network) (local []bool, span []int32) {
	edges := g.Edges()
	m := len(edges)
	local = make([]bool, m)
	span = make([]int32, m)
	emb := Embeddedness(g)
	bridges := Bridges(g) // sorted like edges: walk both together
	var todo []int32
	for e, ed := range edges {
		for len(bridges) > 0 && (bridges[0][0] < ed.U || bridges[0][0] == ed.U && bridges[0][1] < ed.V) {
			bridges = bridges[1:]
		}
		isBridge := len(bridges) > 0 && bridges[0] == [2]int32{ed.U, ed.V}
		switch {
		case emb[e] > 0:
			span[e] = 2
		case isBridge:
			local[e] = true
			span[e] = -1
		default:
			local[e] = true
			todo = append(todo, int32(e))
		}
	}
	workers := parallelWorkers()
	if workers > len(todo)/64+1 {
		workers = len(todo)/64 + 1
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s := newSpanSearch(g.N())
			for k := w; k < len(todo); k += workers {
				e := todo[k]
				span[e] = s.distanceWithout(g, edges[e].U, edges[e].V)
			}
		}(w)
	}
	wg.Wait()
	return local, span
}

// spanSearch holds the reusable state of one bidirectional BFS worker. Marks
// carry a stamp per search, so nothing is cleared between searches.
type spanSearch struct {
	stamp      int32
	markA      []int32 // stamp when reached from u
	markB      []int32 // stamp when reached from v
	distA      []int32
	distB      []int32
	frontA     []int32
	frontB     []int32
	nextBuffer []int32
}

func newSpanSearch(n int) *spanSearch {
	return &spanSearch{
		markA: make([]int32, n), markB: make([]int32, n),
		distA: make([]int32, n), distB: make([]int32, n),
	}
}

// distanceWithout is the hop distance from u to v in g without the edge u–v,
// or −1.
func (s *spanSearch) distanceWithout(g *network.Network, u, v int32) int32 {
	s.stamp++
	st := s.stamp
	s.markA[u], s.distA[u] = st, 0
	s.markB[v], s.distB[v] = st, 0
	s.frontA = append(s.frontA[:0], u)
	s.frontB = append(s.frontB[:0], v)
	volA := g.Offset[u+1] - g.Offset[u]
	volB := g.Offset[v+1] - g.Offset[v]
	for len(s.frontA) > 0 && len(s.frontB) > 0 {
		// Grow the side whose frontier has fewer arcs to scan.
		var best int32
		if volA <= volB {
			best, volA = s.grow(g, u, v, &s.frontA, s.markA, s.distA, s.markB, s.distB)
		} else {
			best, volB = s.grow(g, u, v, &s.frontB, s.markB, s.distB, s.markA, s.distA)
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// grow expands one level of a search. It returns the length of the first
// path it closes through the other search (or −1) and the number of arcs
// leaving the new frontier.
//
// Why the first closing arc x→y is a shortest path: say this side expands
// level a and the other side has reached level b. Were the other side's
// distance to y below b, y would have been expanded, and x (or the arc) seen
// from there, so the two searches would have met one level earlier. Hence
// every path closed in this level has length a+1+b; and one of length
// ≤ a+b would have closed earlier too.
func (s *spanSearch) grow(g *network.Network, u, v int32, front *[]int32, mark, dist, otherMark, otherDist []int32) (int32, int32) {
	st := s.stamp
	next := s.nextBuffer[:0]
	var vol int32
	for _, x := range *front {
		dx := dist[x] + 1
		for _, y := range g.Adj[g.Offset[x]:g.Offset[x+1]] {
			if (x == u && y == v) || (x == v && y == u) {
				continue // the edge itself is removed
			}
			if otherMark[y] == st {
				// The first arc that closes a path is a shortest one.
				s.nextBuffer = next
				return dx + otherDist[y], 0
			}
			if mark[y] != st {
				mark[y], dist[y] = st, dx
				next = append(next, y)
				vol += g.Offset[y+1] - g.Offset[y]
			}
		}
	}
	s.nextBuffer = (*front)[:0]
	*front = next
	return -1, vol
}
