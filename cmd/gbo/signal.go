package main

import (
	"os"
	"os/signal"
	"syscall"

	"gbo/graph"
)

// Exit statuses after an interruption, as a shell reports them: 128 plus
// the signal's number.
const (
	exitInterrupted = 130 // SIGINT (Ctrl-C)
	exitTerminated  = 143 // SIGTERM
)

// handleSignals makes Ctrl-C (SIGINT) and SIGTERM end gbo without debris:
// every temporary file and folder of an output being written is removed
// (graph.CleanupTemp) and gbo exits with status 130 or 143. A file already
// renamed into place is complete; one not yet renamed never appears.
func handleSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-ch
		graph.CleanupTemp()
		if sig == syscall.SIGTERM {
			os.Exit(exitTerminated)
		}
		os.Exit(exitInterrupted)
	}()
}
