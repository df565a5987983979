package centrality_test

import (
	"fmt"

	"gbo/graph/network"
	"gbo/metrics/centrality"
)

// Two triangles share partner c, and f hangs off e. Values agree with
// networkx's betweenness_centrality and closeness_centrality.
func ExampleBetweenness() {
	ids := []string{"a", "b", "c", "d", "e", "f"}
	g := network.New(ids, []network.Edge{
		{U: 0, V: 1, W: 1}, {U: 0, V: 2, W: 1}, {U: 1, V: 2, W: 1},
		{U: 2, V: 3, W: 1}, {U: 2, V: 4, W: 1}, {U: 3, V: 4, W: 1}, {U: 4, V: 5, W: 1},
	})
	b, c := centrality.Betweenness(g), centrality.Closeness(g)
	for u, id := range g.IDs {
		fmt.Printf("%s betweenness %.2f closeness %.4f\n", id, b[u], c[u])
	}
	// Output:
	// a betweenness 0.00 closeness 0.5556
	// b betweenness 0.00 closeness 0.5556
	// c betweenness 0.60 closeness 0.8333
	// d betweenness 0.00 closeness 0.6250
	// e betweenness 0.40 closeness 0.7143
	// f betweenness 0.00 closeness 0.4545
}
