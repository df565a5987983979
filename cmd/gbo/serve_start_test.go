package main

import (
	"context"
	"net"
	"sync"
	"testing"
)

// startServer starts gbo serve on free loopback ports with opt, for a
// test: the server and stop, which stops it and waits (once; the test's
// cleanup stops it too if the test did not).
func startServer(t *testing.T, opt serveOptions) (s *server, lns []net.Listener, stop func()) {
	t.Helper()
	lns, err := listenLoopback(0)
	if err != nil {
		t.Fatal(err)
	}
	s, err = newServer(opt)
	if err != nil {
		t.Fatal(err)
	}
	s.port = lns[0].Addr().(*net.TCPAddr).Port
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, lns) }()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return s, lns, stop
}
