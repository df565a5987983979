package main

import (
	"io"
	"os"
	"path/filepath"

	"gbo/graph"
)

// writeOutput writes an output file whole (temporary file and rename) and
// never over one of the case's input files (SPEC §5).
func writeOutput(l *loaded, path string, write func(io.Writer) error) error {
	if path == "" {
		return usageErr(tr(l.lang, "need_output"))
	}
	if path == "-" {
		return write(os.Stdout)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return failErr(err.Error())
	}
	for _, in := range l.c.Inputs {
		if sameFile(abs, in) {
			return inputErr(tr(l.lang, "write_over_input", path))
		}
	}
	if err := graph.WriteFileAtomic(path, write); err != nil {
		return failErr(err.Error())
	}
	return nil
}

func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}
