// Package render turns an analysed case into files a person opens: network
// maps (subpackage mapview: SVG, PNG, DOT) and exports for Gephi, networkx and
// igraph (subpackage export: GEXF, GraphML, node-link JSON, CSV).
//
// Neither subpackage imports the analysis packages: each defines plain view
// structs that the command line fills. Only mapview imports go-graphviz,
// whose WebAssembly module is compiled when the package initialises, so code
// that only exports does not pay for it.
//
// This package holds what both share: WriteFileAtomic, so that an output file
// appears whole or not at all (SPEC §5).
package render
