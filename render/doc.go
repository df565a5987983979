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
// This package holds what they share: WriteFileAtomic, so that an output
// file appears whole or not at all (SPEC §5).
package render
