//go:build unix

package graph

import "syscall"

// openNonblock is added to the flags that open an input file, so that a
// named pipe put where a file should be cannot block the open (the file is
// then refused, as its fstat shows it is not a regular file). It changes
// nothing for a regular file.
const openNonblock = syscall.O_NONBLOCK
