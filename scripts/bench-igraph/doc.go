// Command bench-igraph times gbo's centrality and community kernels on an
// edge-list file, for comparison with python-igraph (see compare.sh):
//
//	go run ./scripts/bench-igraph -edges FILE [-repeat 3]
//
// The file's first line is "n m"; then one tie per line, "u v w", with node
// indices 0 <= u, v < n and a strength w. It prints one "kernel seconds"
// line per kernel (wall clock of the fastest of -repeat runs, and that run's
// CPU time over all threads), then the process's peak
// resident memory and CPU time.
//
// It imports gbo/graph (the Network), gbo/metrics/centrality and
// gbo/metrics/community, and the standard library: the kernels alone,
// without the scoring or any reader of cases. No package imports it.
package main
