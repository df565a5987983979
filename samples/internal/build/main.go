// Command build regenerates the bundled samples in samples/data from the
// stories in samples/internal/stories. The output is byte-identical on every
// run: each story draws from its own fixed seed.
//
//	go run ./samples/internal/build            # from the module root
//	go run ./samples/internal/build -dir DIR   # somewhere else
package main

import (
	"flag"
	"fmt"
	"os"

	"gbo/samples/internal/stories"
)

func main() {
	dir := flag.String("dir", "samples/data", "folder to write the samples into")
	flag.Parse()
	if err := stories.Build(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}
