package main

import (
	"os"
	"os/signal"
	"syscall"

	"gbo/graph/output"
)

// Exit statuses after an interruption, as a shell reports them: 128 plus
// the signal's number.
const (
	exitHangUp      = 129 // SIGHUP (the terminal or remote session closed)
	exitInterrupted = 130 // SIGINT (Ctrl-C)
	exitQuit        = 131 // SIGQUIT (Ctrl-\)
	exitTerminated  = 143 // SIGTERM
)

// handleSignals makes Ctrl-C (SIGINT), SIGTERM, SIGHUP (a closed terminal
// or terminal-server session) and SIGQUIT end gbo without debris: every
// temporary file and folder of an output being written is removed
// (output.CleanupTemp) and gbo exits with status 128 plus the signal's
// number. A file already renamed into place is complete; one not yet
// renamed never appears.
func handleSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	go func() {
		sig := <-ch
		output.CleanupTemp()
		os.Exit(signalStatus(sig))
	}()
}

// signalStatus is the exit status after sig, as a shell reports it.
func signalStatus(sig os.Signal) int {
	switch sig {
	case syscall.SIGTERM:
		return exitTerminated
	case syscall.SIGHUP:
		return exitHangUp
	case syscall.SIGQUIT:
		return exitQuit
	}
	return exitInterrupted
}
