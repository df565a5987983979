package structure

import (
	"math"

	"gbo/graph/network"
)

// Burt's structural-hole measures on the weighted network, exactly as
// networkx.constraint and networkx.effective_size with weight="weight"
// (Burt, Structural Holes, 1992; "Structural holes and good ideas", American
// Journal of Sociology 110, 2004; Borgatti, "Structural holes: unpacking
// Burt's redundancy measures", Connections 20(1), 1997).
//
// With a_uv the weight of the tie u–v (a strength), the proportional tie is
//
//	p_uv = a_uv / Σ_k a_uk
//
// (networkx sums the "mutual weight" a_uv + a_vu; on an undirected graph
// that doubles numerator and denominator alike) and the marginal tie is
// m_vw = a_vw / max_k a_vk. Then, over the neighbours N(u),
//
//	constraint(u)     = Σ_{v∈N(u)} ( p_uv + Σ_{w∈N(u)∩N(v)} p_uw·p_wv )²
//	effective_size(u) = Σ_{v∈N(u)} ( 1 − Σ_{w∈N(u)∩N(v)} p_uw·m_vw )
//
// Both are NaN for an isolate, where they are undefined (networkx too).
//
// The inner sums run over the triangles on the tie u–v, so both measures
// are computed together from one pass over the edges, intersecting the two
// rows of each edge: O(m·√m) at worst, no maps.

// Constraint is Burt's constraint of every node (see above).
func Constraint(g *network.Network) []float64 {
	c, _ := structuralHoles(g)
	return c
}

// EffectiveSize is Burt's effective size of every node (see above).
func EffectiveSize(g *network.Network) []float64 {
	_, e := structuralHoles(g)
	return e
}

func structuralHoles(g *network.Network) (constraint, effSize []float64) {
	n := g.N()
	W := g.Weights
	strength := make([]float64, n)
	maxW := make([]float64, n)
	for u := 0; u < n; u++ {
		for _, w := range W[g.Offset[u]:g.Offset[u+1]] {
			strength[u] += w
			if w > maxW[u] {
				maxW[u] = w
			}
		}
	}
	p := func(a float64, u int32) float64 { // a_u· / Σ_k a_uk, 0 for no weight
		if strength[u] == 0 {
			return 0
		}
		return a / strength[u]
	}
	m := func(a float64, v int32) float64 { // a_v· / max_k a_vk
		if maxW[v] == 0 {
			return 0
		}
		return a / maxW[v]
	}
	// indirect[i] and redundant[i] belong to the arc at position i (u→v).
	indirect := make([]float64, len(g.Adj))
	redundant := make([]float64, len(g.Adj))
	rev := reverseArcs(g)
	for u := int32(0); int(u) < n; u++ {
		for i := g.Offset[u]; i < g.Offset[u+1]; i++ {
			v := g.Adj[i]
			if v < u {
				continue
			}
			j := rev[i] // v→u
			commonNeighbours(g, u, v, func(w, a, b int32) {
				auw, avw := W[a], W[b]
				indirect[i] += p(auw, u) * p(avw, w)
				indirect[j] += p(avw, v) * p(auw, w)
				redundant[i] += p(auw, u) * m(avw, v)
				redundant[j] += p(avw, v) * m(auw, u)
			})
		}
	}
	constraint = make([]float64, n)
	effSize = make([]float64, n)
	for u := int32(0); int(u) < n; u++ {
		lo, hi := g.Offset[u], g.Offset[u+1]
		if lo == hi {
			constraint[u], effSize[u] = math.NaN(), math.NaN()
			continue
		}
		var c, e float64
		for i := lo; i < hi; i++ {
			l := p(W[i], u) + indirect[i]
			c += l * l
			e += 1 - redundant[i]
		}
		constraint[u], effSize[u] = c, e
	}
	return constraint, effSize
}
