package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"gbo/samples/internal/stories"
)

func main() {
	dir := flag.String("dir", defaultDir(), "folder to write the samples into")
	flag.Parse()
	if err := stories.Build(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

// defaultDir is samples/data next to this source file, so that the command
// writes to the right place whatever the working directory.
func defaultDir() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		return filepath.Join(filepath.Dir(file), "..", "..", "data")
	}
	return filepath.Join("samples", "data")
}
