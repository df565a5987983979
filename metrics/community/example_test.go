package community_test

import (
	"fmt"

	"gbo/graph/network"
	"gbo/metrics/community"
)

// Two triangles share partner c, and f hangs off e. networkx's
// louvain_communities finds the same split at its best.
func ExampleLouvain() {
	ids := []string{"a", "b", "c", "d", "e", "f"}
	g := network.New(ids, []network.Edge{
		{U: 0, V: 1, W: 1}, {U: 0, V: 2, W: 1}, {U: 1, V: 2, W: 1},
		{U: 2, V: 3, W: 1}, {U: 2, V: 4, W: 1}, {U: 3, V: 4, W: 1}, {U: 4, V: 5, W: 1},
	})
	comm, q := community.Louvain(g, 1)
	fmt.Println(comm)
	fmt.Printf("modularity %.4f\n", q)
	// Output:
	// [0 0 0 1 1 1]
	// modularity 0.2041
}
