package structure

import "gbo/graph/network"

// Clustering, transitivity and Freeman centralisation: unweighted measures of
// how closed and how centred the network is.

// triangles counts, per node, the triangles through it: half the sum of the
// embeddedness of its ties (each triangle at u is seen from both of u's ties
// in it).
func triangles(g *network.Network) []int64 {
	t := make([]int64, g.N())
	e := 0
	emb := Embeddedness(g)
	for u := int32(0); int(u) < g.N(); u++ {
		for _, v := range g.Adj[g.Offset[u]:g.Offset[u+1]] {
			if u < v {
				t[u] += int64(emb[e])
				t[v] += int64(emb[e])
				e++
			}
		}
	}
	for u := range t {
		t[u] /= 2
	}
	return t
}

// Clustering is the local clustering coefficient of each node,
// c_u = 2·T(u) / (d_u(d_u − 1)) with T(u) the triangles through u, and 0 when
// d_u < 2 (networkx.clustering, unweighted; Watts & Strogatz, "Collective
// dynamics of 'small-world' networks", Nature 393, 1998).
func Clustering(g *network.Network) []float64 {
	t := triangles(g)
	c := make([]float64, g.N())
	for u := range c {
		d := int64(g.Offset[u+1] - g.Offset[u])
		if d >= 2 && t[u] > 0 {
			c[u] = float64(2*t[u]) / float64(d*(d-1))
		}
	}
	return c
}

// AverageClustering is the mean of Clustering over all nodes, isolates and
// leaves counting as 0 (networkx.average_clustering, count_zeros=True); 0 for
// an empty graph.
func AverageClustering(g *network.Network) float64 {
	if g.N() == 0 {
		return 0
	}
	s := 0.0
	for _, c := range Clustering(g) {
		s += c
	}
	return s / float64(g.N())
}

// Transitivity is the global clustering coefficient,
// 3 × triangles / connected triples = Σ_u 2T(u) / Σ_u d_u(d_u − 1)
// (networkx.transitivity); 0 when there is no triangle.
func Transitivity(g *network.Network) float64 {
	var tri, triads int64
	for u, t := range triangles(g) {
		d := int64(g.Offset[u+1] - g.Offset[u])
		tri += 2 * t
		triads += d * (d - 1)
	}
	if tri == 0 {
		return 0
	}
	return float64(tri) / float64(triads)
}

// DegreeCentralization is Freeman's degree centralisation,
// Σ_i (d_max − d_i) / ((n−1)(n−2)): 1 for a star, 0 for a regular graph
// (Freeman, "Centrality in social networks: conceptual clarification",
// Social Networks 1, 1979). It is 0 for n < 3.
func DegreeCentralization(g *network.Network) float64 {
	n := g.N()
	if n < 3 {
		return 0
	}
	var dmax, sum int64
	for u := 0; u < n; u++ {
		d := int64(g.Offset[u+1] - g.Offset[u])
		sum += d
		if d > dmax {
			dmax = d
		}
	}
	return float64(int64(n)*dmax-sum) / (float64(n-1) * float64(n-2))
}
