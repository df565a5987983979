//go:build unix

package main

import (
	"bufio"
	"errors"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The redirect file's folder is made only where no other user can swap
// it: a cache folder whose parent everyone may write in (no sticky bit) is
// refused, and so is a gbo/ that is a link; and it is made through the
// handle of the gbo/ folder checked, so a swap of gbo/ for a link to
// another user's folder after the check (serveDirHook) neither puts the
// folder there nor sends the browser there.
func TestServeDirNoSwap(t *testing.T) {
	t.Run("parent writable by others", func(t *testing.T) {
		shared := filepath.Join(t.TempDir(), "shared")
		if err := os.Mkdir(shared, 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(shared, 0o777); err != nil {
			t.Fatal(err)
		}
		t.Setenv("XDG_CACHE_HOME", filepath.Join(shared, "cache"))
		if d, err := privateServeDir(); !errors.Is(err, errNotPrivateDir) {
			t.Errorf("a cache folder under a folder everyone may write in: %v %v", d, err)
		}
	})
	t.Run("gbo is a link", func(t *testing.T) {
		cache := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", cache)
		elsewhere := filepath.Join(cache, "elsewhere")
		if err := os.Mkdir(elsewhere, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(elsewhere, filepath.Join(cache, "gbo")); err != nil {
			t.Fatal(err)
		}
		if d, err := privateServeDir(); !errors.Is(err, errNotPrivateDir) {
			t.Errorf("gbo/ a link: %v %v", d, err)
		}
		if ents, _ := os.ReadDir(elsewhere); len(ents) != 0 {
			t.Errorf("made through the link: %v", ents)
		}
	})
	t.Run("swap after the check", func(t *testing.T) {
		cache := t.TempDir()
		t.Setenv("XDG_CACHE_HOME", cache)
		t.Setenv("HOME", t.TempDir())
		gbo, orig, evil := filepath.Join(cache, "gbo"), filepath.Join(cache, "gbo.orig"), filepath.Join(cache, "evil")
		if err := os.Mkdir(evil, 0o777); err != nil {
			t.Fatal(err)
		}
		swap := func(string) {
			if err := os.Rename(gbo, orig); err != nil {
				t.Error(err)
			}
			if err := os.Symlink(evil, gbo); err != nil {
				t.Error(err)
			}
		}
		serveDirHook = swap
		t.Cleanup(func() { serveDirHook = nil })
		d, err := privateServeDir()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(orig, d.name)); err != nil {
			t.Errorf("the folder is not in the gbo/ checked: %v", err)
		}
		if ents, _ := os.ReadDir(evil); len(ents) != 0 {
			t.Errorf("the folder went to the swapped-in link: %v", ents)
		}
		s := newTestServer(t, serveOptions{})
		s.openDir = d
		s.removeOpenDir()
		if _, err := os.Stat(filepath.Join(orig, d.name)); err == nil {
			t.Error("the folder is left in gbo/ after removal")
		}
		// The same through openPage: the browser is never sent down
		// the link (the file's path no longer leads to the file made).
		if err := os.Remove(gbo); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(orig, gbo); err != nil {
			t.Fatal(err)
		}
		called := false
		err = s.openPage(func(string, ...string) error { called = true; return nil })
		if !errors.Is(err, errNotPrivateDir) || called {
			t.Errorf("a swap between check and write: %v, opener called %v", err, called)
		}
		if ents, _ := os.ReadDir(evil); len(ents) != 0 {
			t.Errorf("something was made in the other user's folder: %v", ents)
		}
		if ents, _ := os.ReadDir(orig); len(ents) != 0 {
			t.Errorf("left in gbo/ after a refused open: %v", ents)
		}
	})
}

// serveSignalChildEnv makes TestServeSignalChild run gbo serve as gbo's
// main does (handleSignals first).
const serveSignalChildEnv = "GBO_TEST_SERVE_SIGNAL_CHILD"

// TestServeSignalChild is gbo serve in a process of its own, for
// TestServeSignalRemovesFolder; skipped otherwise.
func TestServeSignalChild(t *testing.T) {
	if os.Getenv(serveSignalChildEnv) != "1" {
		t.Skip("runs as a child of TestServeSignalRemovesFolder")
	}
	// TestMain's temporary config folder goes too, however serve ends.
	rmConfig := func() {}
	if cfg := os.Getenv("XDG_CONFIG_HOME"); strings.Contains(filepath.Base(cfg), "gbo-test-config-") {
		rmConfig = func() { os.RemoveAll(cfg) }
		atSignal(rmConfig)
	}
	handleSignals()
	code := run([]string{"gbo", "serve", "--lang", "en"}, os.Stdout, os.Stderr)
	rmConfig()
	os.Exit(code)
}

// Ctrl-C (SIGINT), SIGTERM and SIGHUP (the launcher's window closed) each
// end gbo serve with the redirect file's folder removed. gbo serve runs in
// a child process (this test binary), its browser opener a fake that
// notes the file it is given.
func TestServeSignalRemovesFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three processes")
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			cache, bin := t.TempDir(), t.TempDir()
			opened := filepath.Join(bin, "opened")
			for _, name := range []string{"xdg-open", "open"} {
				if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\necho \"$1\" >> '"+opened+"'\n"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestServeSignalChild$")
			cmd.Env = append(os.Environ(), serveSignalChildEnv+"=1", "XDG_CACHE_HOME="+cache, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			t.Cleanup(func() {
				if cmd.ProcessState == nil {
					_ = cmd.Process.Kill()
				}
			})
			line, _ := bufio.NewReader(out).ReadString('\n')
			if !strings.Contains(line, "?token=") {
				t.Fatalf("gbo serve printed %q", line)
			}
			var folder string
			for deadline := time.Now().Add(10 * time.Second); folder == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if b, err := os.ReadFile(opened); err == nil && strings.HasSuffix(string(b), "\n") {
					folder = filepath.Dir(strings.TrimSpace(string(b)))
				}
			}
			if folder == "" || !strings.HasPrefix(folder, filepath.Join(cache, "gbo", "serve-")) {
				t.Fatalf("the opener was given %q", folder)
			}
			if _, err := os.Stat(folder); err != nil {
				t.Fatalf("no redirect folder while serving: %v", err)
			}
			// A request half sent keeps serve's own stop (its Shutdown)
			// waiting: the signal handler's exit comes first, as it
			// does when a request is under way.
			u, err := url.Parse(strings.TrimSpace(line))
			if err != nil {
				t.Fatal(err)
			}
			c, err := net.Dial("tcp", u.Host)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if _, err := c.Write([]byte("GET /api/samples HTTP/1.1\r\nHost: " + u.Host + "\r\n")); err != nil {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			select {
			case <-exited:
			case <-time.After(15 * time.Second):
				t.Fatalf("gbo serve did not stop on %v", sig)
			}
			if got := cmd.ProcessState.ExitCode(); got != signalStatus(sig) {
				t.Errorf("exit status %d, want %d (the signal handler's)", got, signalStatus(sig))
			}
			if _, err := os.Stat(folder); err == nil {
				t.Errorf("%v: %s is left", sig, folder)
			}
			if left, _ := filepath.Glob(filepath.Join(cache, "gbo", "serve-*")); len(left) != 0 {
				t.Errorf("%v: left in the cache folder: %v", sig, left)
			}
		})
	}
}
