//go:build !unix

package graph

// openNonblock is 0 where opening a file cannot block on a named pipe.
const openNonblock = 0
