package export_test

import (
	"os"

	"gbo/render/export"
)

// Two partners and their tie as node-link JSON, which networkx reads with
// json_graph.node_link_graph.
func ExampleJSON() {
	d := export.Data{
		Name: "GBO Regio Zuid", AsOf: "2025-12-31",
		Nodes: []export.Node{
			{ID: "ocmw", Attrs: []export.Attr{{Key: "label", Value: "OCMW Kortrijk"}, {Key: "core", Value: true}}},
			{ID: "caw", Attrs: []export.Attr{{Key: "label", Value: "CAW Zuid-West-Vlaanderen"}, {Key: "core", Value: true}}},
		},
		Edges: []export.Edge{{A: "ocmw", B: "caw", Attrs: []export.Attr{{Key: "depth", Value: 4}, {Key: "weight", Value: 4.31}, {Key: "span", Value: nil}}}},
	}
	export.JSON(os.Stdout, d)
	// Output:
	// {"directed": false, "multigraph": false, "graph": {"name": "GBO Regio Zuid", "as_of": "2025-12-31"},
	// "nodes": [
	//   {"id": "caw", "label": "CAW Zuid-West-Vlaanderen", "core": true},
	//   {"id": "ocmw", "label": "OCMW Kortrijk", "core": true}
	// ],
	// "links": [
	//   {"source": "caw", "target": "ocmw", "depth": 4, "weight": 4.31, "span": null}
	// ]}
}
