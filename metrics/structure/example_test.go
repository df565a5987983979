package structure_test

import (
	"fmt"

	"gbo/graph/network"
	"gbo/metrics/structure"
)

// Two triangles joined through partner D: C, D and E are cut points, C–D and
// D–E bridges; the flows C→D→E and E→D→C make D a liaison between sectors.
// Path lengths: 46 hops over 21 pairs.
func Example() {
	ids := []string{"A", "B", "C", "D", "E", "F", "G"}
	tie := func(u, v int32) network.Edge { return network.Edge{U: u, V: v, W: 1} }
	g := network.New(ids, []network.Edge{
		tie(0, 1), tie(1, 2), tie(0, 2), tie(2, 3), // triangle A B C, then C–D
		tie(3, 4), tie(4, 5), tie(5, 6), tie(4, 6), // D–E, triangle E F G
	})
	cut := structure.ArticulationPoints(g)
	for u, c := range cut {
		if c {
			fmt.Print(g.IDs[u], " ")
		}
	}
	fmt.Println("are cut points")
	for _, b := range structure.Bridges(g) {
		fmt.Printf("%s–%s ", g.IDs[b[0]], g.IDs[b[1]])
	}
	fmt.Println("are bridges")
	sector := []int32{0, 0, 0, 1, 2, 2, 2} // CAW, CAW, CAW, DMW, OCMW, …
	r := structure.BrokerageUndirected(g, sector)[3]
	fmt.Printf("D: %v liaison, %v representative+gatekeeper\n", r.Liaison, r.Representative+r.Gatekeeper)
	d, apl := structure.DiameterAPL(g)
	fmt.Printf("diameter %d, average path length %.3f\n", d, apl)
	// Output:
	// C D E are cut points
	// C–D D–E are bridges
	// D: 2 liaison, 0 representative+gatekeeper
	// diameter 4, average path length 2.190
}
