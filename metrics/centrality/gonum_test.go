package centrality

import (
	"math"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	gnet "gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"gbo/graph/network"
)

// toGonum copies g into a gonum graph whose edge weights are distances
// 1/weight (for the weighted measures) and whose node ids are g's indices.
func toGonum(g *network.Network) *simple.WeightedUndirectedGraph {
	gg := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
	for u := range g.N() {
		gg.AddNode(simple.Node(u))
	}
	for _, e := range g.Edges() {
		gg.SetWeightedEdge(gg.NewWeightedEdge(simple.Node(e.U), simple.Node(e.V), 1/e.W))
	}
	return gg
}

// unweighted hides the weights so gonum counts hops.
type unweighted struct {
	*simple.WeightedUndirectedGraph
}

func (u unweighted) Weight(x, y int64) (float64, bool) {
	_, ok := u.WeightedUndirectedGraph.Weight(x, y)
	return 1, ok
}

func TestMeasuresMatchGonumOnRandomGraphs(t *testing.T) {
	// Weights are powers of two, so sums of distances 1/w are exact and
	// gonum's exact comparison of path lengths finds the same ties as ours.
	ws := []float64{0.5, 1, 2, 4}
	for _, c := range []struct {
		n, m int
		seed uint64
	}{{30, 45, 1}, {60, 150, 2}, {80, 120, 3}, {50, 300, 4}, {300, 1500, 5}} {
		g := randomGnm(c.n, c.m, ws, c.seed)
		gg := toGonum(g)
		n := float64(g.N())
		// gonum's undirected betweenness counts each pair twice and is
		// not normalised: ours × (n−1)(n−2) is its value.
		scale := (n - 1) * (n - 2)
		compare := func(what string, got []float64, want map[int64]float64, f func(float64) float64) {
			t.Helper()
			for u, x := range got {
				if d := math.Abs(f(x) - want[int64(u)]); !(d <= 1e-9*max(1, math.Abs(want[int64(u)]))) {
					t.Errorf("G(%d,%d) %s of %d: got %.12g, gonum %.12g", c.n, c.m, what, u, f(x), want[int64(u)])
				}
			}
		}
		times := func(x float64) float64 { return x * scale }
		compare("betweenness", Betweenness(g), gnet.Betweenness(gg), times)
		compare("weighted betweenness", BetweennessWeighted(g),
			gnet.BetweennessWeighted(gg, path.DijkstraAllPaths(gg)), times)

		// gonum's Closeness is 1/Σd over reachable nodes; on a connected
		// graph ours is (n−1)/Σd.
		hops := unweighted{gg}
		if connected(g) {
			compare("closeness", Closeness(g), gnet.Closeness(hops, path.DijkstraAllPaths(hops)),
				func(x float64) float64 { return x / (n - 1) })
		}
	}
}

var _ gonum.Weighted = unweighted{}

func connected(g *network.Network) bool {
	seen := make([]bool, g.N())
	stack := []int32{0}
	seen[0] = true
	count := 1
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		row, _ := g.Neighbors(v)
		for _, w := range row {
			if !seen[w] {
				seen[w] = true
				count++
				stack = append(stack, w)
			}
		}
	}
	return count == g.N()
}
