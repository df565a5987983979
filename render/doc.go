// Package render turns an analysed case into files a person opens:
//   - mapview: network maps as SVG, PNG and DOT (Graphviz places the nodes);
//   - export: the network for Gephi, networkx and igraph (GEXF, GraphML,
//     node-link JSON, CSV);
//   - chart and report: the charts and the self-contained HTML report.
//
// None of them imports the analysis packages: each defines plain view
// structs that the command line fills. Only mapview imports go-graphviz,
// whose WebAssembly module is compiled when the package initialises, so code
// that only exports does not pay for it.
//
// Every output file is written whole or not at all through
// graph.WriteFileAtomic (docs/guarantees.md#written-whole-or-not-at-all), which case files written back share.
package render
