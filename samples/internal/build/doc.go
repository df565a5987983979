// Command build regenerates the bundled samples in samples/data from the
// stories in samples/internal/stories. The output is byte-identical on every
// run: each story draws from its own fixed seed.
//
//	go run ./samples/internal/build            # from anywhere in the module
//	go generate ./samples                      # the same
//	go run ./samples/internal/build -dir DIR   # somewhere else
//
// It imports samples/internal/stories and the standard library only, and is
// run by hand or by go generate, never by gbo itself.
package main
