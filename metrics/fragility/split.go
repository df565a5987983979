package fragility

import (
	"sort"

	"gbo/graph/network"
	"gbo/metrics/structure"
)

// splitter counts the pairs of nodes that lose every path when a node and
// some edges leave a graph, touching only the components they were in.
type splitter struct {
	g        *network.Network
	comp     []int32
	compSize []int64
	seen     []int32 // visit stamps, so nothing is cleared between runs
	stamp    int32
	gone     []bool // by arc position in g.Adj: edges left out
	queue    []int32
}

func newSplitter(g *network.Network) *splitter {
	comp, k := structure.Components(g)
	sp := &splitter{g: g, comp: comp, compSize: make([]int64, k),
		seen: make([]int32, g.N()), gone: make([]bool, len(g.Adj))}
	for _, c := range comp {
		sp.compSize[c]++
	}
	return sp
}

// pairsLost is the number of pairs of remaining nodes joined before and not
// after removing node (when ≥ 0) and the edges cut. With a node and no
// edges it is structure.PairsDisconnected; otherwise it compares
//
//	Σ over the touched components C of C(r_C, 2)  with  Σ over the pieces P they fall into of C(|P|, 2),
//
// r_C the nodes of C that remain. Every piece of a touched component holds
// an end of a cut edge or a neighbour of the removed node, so searching
// from those alone finds them all. When only edges go, each is first
// checked by a search that stops as soon as it reaches the other end: in a
// well-knit network that is a few steps, and nothing is lost.
func (sp *splitter) pairsLost(node int32, cut [][2]int32) int64 {
	g := sp.g
	if len(cut) == 0 {
		if node < 0 {
			return 0
		}
		removed := make([]bool, g.N())
		removed[node] = true
		return structure.PairsDisconnected(g, removed)
	}
	for _, e := range cut {
		sp.setGone(e[0], e[1], true)
		sp.setGone(e[1], e[0], true)
	}
	defer func() {
		for _, e := range cut {
			sp.setGone(e[0], e[1], false)
			sp.setGone(e[1], e[0], false)
		}
	}()
	if node < 0 {
		whole := true
		for _, e := range cut {
			if !sp.reaches(e[0], e[1], -1) {
				whole = false
				break
			}
		}
		if whole {
			return 0
		}
	}
	var seeds []int32
	touched := map[int32]bool{}
	for _, e := range cut {
		seeds = append(seeds, e[0], e[1])
		touched[sp.comp[e[0]]] = true
	}
	if node >= 0 {
		touched[sp.comp[node]] = true
		row, _ := g.Neighbors(node)
		seeds = append(seeds, row...)
	}
	var before int64
	for c := range touched {
		r := sp.compSize[c]
		if node >= 0 && sp.comp[node] == c {
			r--
		}
		before += r * (r - 1) / 2
	}
	sp.stamp++
	if node >= 0 {
		sp.seen[node] = sp.stamp
	}
	var after int64
	for _, v := range seeds {
		if sp.seen[v] == sp.stamp {
			continue
		}
		p := int64(sp.flood(v, node))
		after += p * (p - 1) / 2
	}
	return before - after
}

// setGone marks the arc u→v as left out.
func (sp *splitter) setGone(u, v int32, on bool) {
	row, _ := sp.g.Neighbors(u)
	i := sort.Search(len(row), func(i int) bool { return row[i] >= v })
	if i < len(row) && row[i] == v {
		sp.gone[int(sp.g.Offset[u])+i] = on
	}
}

// reaches searches from u, without the arcs left out and the node skip,
// until it finds v.
func (sp *splitter) reaches(u, v, skip int32) bool {
	g := sp.g
	sp.stamp++
	sp.seen[u] = sp.stamp
	q := append(sp.queue[:0], u)
	for h := 0; h < len(q); h++ {
		x := q[h]
		for a := g.Offset[x]; a < g.Offset[x+1]; a++ {
			y := g.Adj[a]
			if sp.gone[a] || y == skip || sp.seen[y] == sp.stamp {
				continue
			}
			if y == v {
				sp.queue = q
				return true
			}
			sp.seen[y] = sp.stamp
			q = append(q, y)
		}
	}
	sp.queue = q
	return false
}

// flood marks the piece of u (without the arcs left out and the node skip)
// with the current stamp and returns its size.
func (sp *splitter) flood(u, skip int32) int {
	g := sp.g
	sp.seen[u] = sp.stamp
	q := append(sp.queue[:0], u)
	for h := 0; h < len(q); h++ {
		x := q[h]
		for a := g.Offset[x]; a < g.Offset[x+1]; a++ {
			y := g.Adj[a]
			if sp.gone[a] || y == skip || sp.seen[y] == sp.stamp {
				continue
			}
			sp.seen[y] = sp.stamp
			q = append(q, y)
		}
	}
	sp.queue = q
	return len(q)
}
