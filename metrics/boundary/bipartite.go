package boundary

import (
	"sort"

	"gbo/graph/casedata"
	"gbo/graph/network"
	"gbo/metrics/centrality"
)

// bipartite fills in the objects' bipartite measures and returns the
// partners'. The two-mode network has every partner of the case and every
// object (unused ones as isolates) as nodes, and an edge partner–object
// where the partner took part in an event on the object in the window.
func bipartite(partners []casedata.Partner, objs []BoundaryObject) []PartnerRole {
	pids := make([]string, 0, len(partners))
	seen := map[string]bool{}
	for _, p := range partners {
		if !seen[p.ID] {
			seen[p.ID] = true
			pids = append(pids, p.ID)
		}
	}
	for _, o := range objs {
		for _, p := range o.PartnerIDs {
			if !seen[p] {
				seen[p] = true
				pids = append(pids, p)
			}
		}
	}
	at := make(map[string]int, len(pids))
	for i, id := range pids {
		at[id] = i
	}
	var edges [][2]int // partner index, object index
	for j, o := range objs {
		for _, p := range o.PartnerIDs {
			edges = append(edges, [2]int{at[p], j})
		}
	}
	deg, bet := Bipartite(len(pids), len(objs), edges)
	roles := make([]PartnerRole, len(pids))
	for i, id := range pids {
		roles[i] = PartnerRole{ID: id, DegreeCentrality: deg[i], Betweenness: bet[i]}
	}
	for _, e := range edges {
		roles[e[0]].Objects++
	}
	for j := range objs {
		objs[j].DegreeCentrality = deg[len(pids)+j]
		objs[j].Betweenness = bet[len(pids)+j]
	}
	sortRoles(roles)
	return roles
}

func sortRoles(r []PartnerRole) {
	sort.Slice(r, func(i, j int) bool { return r[i].ID < r[j].ID })
}

// Bipartite computes the degree centrality and betweenness of every node of
// a two-mode network with nTop "top" nodes (partners, indices 0..nTop-1) and
// nBottom "bottom" nodes (objects, indices nTop..nTop+nBottom-1); each edge
// is {top index, bottom index} counting each set from 0. Repeated edges
// count once.
//
// Both are normalised by their maximum in a two-mode network with sets of
// these sizes (Borgatti & Halgin 2011), as networkx.bipartite does with the
// top set as `nodes`:
//
//	degree(v) = deg(v) / nBottom for a top node, deg(v) / nTop for a bottom one;
//	betweenness(v) = B(v) / b_max, B the unnormalised (pair-once) betweenness
//	of the one-mode view of the network, and for the top set, with
//	n = nTop, m = nBottom, (s, t) = divmod(n−1, m),
//	b_max = ½[m²(s+1)² + m(s+1)(2t−s−1) − t(2s−t+3)],
//
// the bottom set likewise with the roles of n and m swapped. Where a set is
// empty or b_max is 0 (no node can lie between others) the values are 0,
// where networkx divides by zero.
func Bipartite(nTop, nBottom int, edges [][2]int) (degree, betweenness []float64) {
	n := nTop + nBottom
	degree = make([]float64, n)
	betweenness = make([]float64, n)
	if nTop == 0 || nBottom == 0 {
		return degree, betweenness
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = nodeName(i)
	}
	ge := make([]network.Edge, len(edges))
	for k, e := range edges {
		ge[k] = network.Edge{U: int32(e[0]), V: int32(nTop + e[1]), W: 1}
	}
	g := network.New(ids, ge)
	// network.New orders nodes by id; nodeName keeps index order.
	norm := centrality.Betweenness(g)
	// centrality.Betweenness is networkx's normalised value,
	// 2/((N−1)(N−2)) · B; undo that scale to get B.
	scale := 0.0
	if n > 2 {
		scale = float64(n-1) * float64(n-2) / 2
	}
	maxTop := betMax(nTop, nBottom)
	maxBottom := betMax(nBottom, nTop)
	for v := 0; v < n; v++ {
		d := float64(g.Degree(int32(v)))
		b := norm[v] * scale
		if v < nTop {
			degree[v] = d / float64(nBottom)
			if maxTop > 0 {
				betweenness[v] = b / maxTop
			}
		} else {
			degree[v] = d / float64(nTop)
			if maxBottom > 0 {
				betweenness[v] = b / maxBottom
			}
		}
	}
	return degree, betweenness
}

// betMax is the largest betweenness a node of a set of n nodes can have in
// a two-mode network whose other set has m nodes (Borgatti & Halgin 2011).
func betMax(n, m int) float64 {
	s, t := (n-1)/m, (n-1)%m
	return float64(m*m*(s+1)*(s+1)+m*(s+1)*(2*t-s-1)-t*(2*s-t+3)) / 2
}

// nodeName gives fixed-width ids whose byte order is index order, so the
// network's node u is index u.
func nodeName(i int) string {
	const digits = "0123456789"
	var b [10]byte
	for k := len(b) - 1; k >= 0; k-- {
		b[k] = digits[i%10]
		i /= 10
	}
	return string(b[:])
}
