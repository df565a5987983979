package main

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// The browser is never handed the address with the token on its command
// line, which every user of the computer can read (/proc/PID/cmdline, ps):
// gbo writes a redirect file, readable by the user only, in a new private
// folder of the user's cache folder (os.UserCacheDir()/gbo/serve-XXXX), and
// opens that file; the file sends the browser on to the address. The file
// is removed opt.openLife after opening, the folder when the server stops
// or a signal ends gbo (atSignal).

// redirectName is the redirect file's name in its folder.
const redirectName = "open.html"

// errNotPrivateDir says the cache folder gbo would make the redirect
// file's folder in is not the user's own, or others may write in it or in
// a folder above it, or it changed while gbo worked.
var errNotPrivateDir = errors.New("the cache folder is not private")

// serveDir is the redirect file's folder: its path (the browser's), and
// handles on the checked cache folder gbo/ and on the folder, through
// which everything in them is made and removed (no path is resolved
// again).
type serveDir struct {
	path   string   // CACHE/gbo/serve-XXXX
	name   string   // serve-XXXX
	parent *os.Root // CACHE/gbo, checked
	dir    *os.Root // the folder
	forget func()   // unregisters the removal at a signal
}

// serveDirHook, when not nil (tests), runs after the cache folder gbo/
// has been opened and checked and before the folder is made in it.
var serveDirHook func(parent string)

// openPage writes the redirect file and opens it with start (startDetached,
// or a test's): the command line names the file, never the token. An error
// means the browser was not opened (the address printed is the way in).
func (s *server) openPage(start func(name string, args ...string) error) error {
	d, err := privateServeDir()
	if err != nil {
		return err
	}
	s.openMu.Lock()
	s.openDir = d
	d.forget = atSignal(s.removeOpenDir)
	s.openMu.Unlock()
	if err := writeRedirect(d, s.url()); err != nil {
		s.removeOpenDir()
		return err
	}
	time.AfterFunc(s.opt.openLife, func() {
		s.openMu.Lock()
		defer s.openMu.Unlock()
		if s.openDir == d {
			_ = d.dir.Remove(redirectName)
		}
	})
	name, args := browserCommand(filepath.Join(d.path, redirectName))
	return start(name, args...)
}

// writeRedirect writes the redirect file to url through d's handle (a new
// file, mode 0600) and checks that its path, the one the browser is
// given, leads to that very file.
func writeRedirect(d *serveDir, url string) error {
	f, err := d.dir.OpenFile(redirectName, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, werr := f.WriteString(redirectPage(url))
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return werr
	}
	made, err := d.dir.Lstat(redirectName)
	if err != nil {
		return err
	}
	seen, err := os.Stat(filepath.Join(d.path, redirectName))
	if err != nil || !os.SameFile(made, seen) {
		return fmt.Errorf("%s: %w", d.path, errNotPrivateDir)
	}
	return nil
}

// redirectPage is the redirect file: a meta refresh to url (its policy
// lets nothing load or run; a refresh is no load), and a link to it.
func redirectPage(url string) string {
	u := html.EscapeString(url)
	return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=` + u + `">
<title>gbo serve</title></head>
<body><p><a href="` + u + `">gbo serve</a></p></body></html>
`
}

// privateServeDir makes a new folder only the user may enter (mode 0700,
// named serve-XXXX, 32 random bits) in os.UserCacheDir()/gbo, which it
// makes 0700 when missing. It refuses (errNotPrivateDir) when a folder
// above gbo/ lets another user swap what is below it (checkPrivateDir, the
// output folders' check: everyone may write in it without the sticky bit,
// or it belongs to another user than the user or root), or when gbo/ is a
// link, not a folder, not the user's, or writable by group or others. gbo/
// is opened once (os.OpenRoot), checked through that handle (the handle is
// the folder looked at with Lstat, or the folder was swapped), and the new
// folder is made through it: a swap of gbo/ after the check does not send
// the folder, or the redirect file, elsewhere.
func privateServeDir() (*serveDir, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return nil, err
	}
	parent := filepath.Join(base, "gbo")
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return nil, err
	}
	if err := checkPrivateDir("en", base, false); err != nil {
		return nil, fmt.Errorf("%s: %w (%v)", base, errNotPrivateDir, err)
	}
	refuse := func() (*serveDir, error) { return nil, fmt.Errorf("%s: %w", parent, errNotPrivateDir) }
	lfi, err := os.Lstat(parent)
	if err != nil {
		return nil, err
	}
	if lfi.Mode()&fs.ModeSymlink != 0 {
		return refuse()
	}
	root, err := os.OpenRoot(parent)
	if err != nil {
		return nil, err
	}
	fi, err := root.Stat(".")
	if err != nil || !fi.IsDir() || fi.Mode().Perm()&0o022 != 0 || !ownedByMe(fi) || !os.SameFile(fi, lfi) {
		_ = root.Close()
		return refuse()
	}
	if serveDirHook != nil {
		serveDirHook(parent)
	}
	for range 100 {
		name := "serve-" + randomID()[:8]
		err := root.Mkdir(name, 0o700)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			_ = root.Close()
			return nil, err
		}
		dir, err := root.OpenRoot(name)
		if err != nil {
			_ = root.RemoveAll(name)
			_ = root.Close()
			return nil, err
		}
		return &serveDir{path: filepath.Join(parent, name), name: name, parent: root, dir: dir}, nil
	}
	_ = root.Close()
	return nil, fmt.Errorf("%s: no free folder name", parent)
}

// removeOpenDir removes the redirect file's folder through the handle of
// gbo/, if one was made.
func (s *server) removeOpenDir() {
	s.openMu.Lock()
	d := s.openDir
	s.openDir = nil
	s.openMu.Unlock()
	if d == nil {
		return
	}
	_ = d.dir.Close()
	_ = d.parent.RemoveAll(d.name)
	_ = d.parent.Close()
	if d.forget != nil {
		d.forget()
	}
}
