package main

import (
	"os"
	"os/signal"
	"sync"
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
// renamed never appears. The cleanups registered with atSignal (gbo
// serve's redirect folder) run too, after the temporary files.
func handleSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	go func() {
		sig := <-ch
		output.CleanupTemp()
		runSignalCleanups()
		os.Exit(signalStatus(sig))
	}()
}

// signalCleanups are the functions atSignal registered, by number.
var signalCleanups = struct {
	sync.Mutex
	next int
	fns  map[int]func()
}{fns: map[int]func(){}}

// atSignal registers f to run when a signal ends gbo (handleSignals); the
// function returned unregisters it. f must not wait for anything a signal
// could interrupt; it runs once at most.
func atSignal(f func()) (remove func()) {
	signalCleanups.Lock()
	defer signalCleanups.Unlock()
	n := signalCleanups.next
	signalCleanups.next++
	signalCleanups.fns[n] = f
	return func() {
		signalCleanups.Lock()
		delete(signalCleanups.fns, n)
		signalCleanups.Unlock()
	}
}

// runSignalCleanups runs and forgets every registered cleanup.
func runSignalCleanups() {
	signalCleanups.Lock()
	fns := signalCleanups.fns
	signalCleanups.fns = map[int]func(){}
	signalCleanups.Unlock()
	for _, f := range fns {
		f()
	}
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
