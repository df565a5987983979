package main

import (
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"time"
)

// The browser is never handed the address with the token on its command
// line, which every user of the computer can read (/proc/PID/cmdline, ps):
// gbo writes a redirect file, readable by the user only, in a new private
// folder of the user's cache folder (os.UserCacheDir()/gbo/serve-XXXX), and
// opens that file; the file sends the browser on to the address. The file
// is removed opt.openLife after opening, the folder when the server stops.

// redirectName is the redirect file's name in its folder.
const redirectName = "open.html"

// errNotPrivateDir says the cache folder gbo would make the redirect
// file's folder in is not the user's own, or others may write in it.
var errNotPrivateDir = errors.New("the cache folder is not private")

// openPage writes the redirect file and opens it with start (startDetached,
// or a test's): the command line names the file, never the token. An error
// means the browser was not opened (the address printed is the way in).
func (s *server) openPage(start func(name string, args ...string) error) error {
	dir, err := privateServeDir()
	if err != nil {
		return err
	}
	s.openMu.Lock()
	s.openDir = dir
	s.openMu.Unlock()
	file := filepath.Join(dir, redirectName)
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		s.removeOpenDir()
		return err
	}
	_, werr := f.WriteString(redirectPage(s.url()))
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		s.removeOpenDir()
		return werr
	}
	time.AfterFunc(s.opt.openLife, func() { _ = os.Remove(file) })
	name, args := browserCommand(file)
	return start(name, args...)
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

// privateServeDir makes a new folder only the user may enter
// (os.MkdirTemp: mode 0700) in os.UserCacheDir()/gbo, which it makes 0700
// when missing; it refuses (errNotPrivateDir) when that folder is a link,
// not the user's, or writable by group or others.
func privateServeDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	parent := filepath.Join(base, "gbo")
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return "", err
	}
	fi, err := os.Lstat(parent)
	if err != nil {
		return "", err
	}
	if !fi.IsDir() || fi.Mode().Perm()&0o022 != 0 || !ownedByMe(fi) {
		return "", fmt.Errorf("%s: %w", parent, errNotPrivateDir)
	}
	return os.MkdirTemp(parent, "serve-")
}

// removeOpenDir removes the redirect file's folder, if one was made.
func (s *server) removeOpenDir() {
	s.openMu.Lock()
	defer s.openMu.Unlock()
	if s.openDir != "" {
		_ = os.RemoveAll(s.openDir)
		s.openDir = ""
	}
}
