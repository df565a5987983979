// Package testgraph makes the seeded random graphs the measure kernels are
// tested and benchmarked on.
//
// # Imports
//
// May import gbo/graph (the Network it builds) and the standard library;
// used only by the tests and benchmarks of metrics/…. It must not import
// metrics or any package of metrics/…, and no product code may import it.
package testgraph
