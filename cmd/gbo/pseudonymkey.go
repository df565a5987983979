package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
)

// The pseudonym key is the secret people's pseudonyms are keyed with
// (metrics.NewPseudonyms). It is 32 random bytes, kept as 64 hex digits and
// a newline in a file of the user's own:
//
//   - by default os.UserConfigDir()/gbo/pseudonym.key (on Linux
//     ~/.config/gbo/pseudonym.key), created on first use: the folder 0700,
//     the file 0600, written whole to a temporary file in that folder and
//     linked into place, so two runs at once share one key and neither sees
//     half of one;
//   - or the file named by --pseudonym-key FILE, so that a team shares
//     stable pseudonyms (never created by gbo).
//
// On every use, before a byte is read, the key file must be a regular file
// (not a link, a device or a pipe) owned by the user running gbo, with no
// permission for group or others; the default folder must be a real folder
// of the user's own that group and others cannot write to. Anything else is
// refused (exit status 1) with what to do. Windows has no such mode bits:
// there only links and non-regular files are refused. A key whose bytes
// cannot have been drawn at random (all zeros, a repeated block, counting
// bytes, typed text: metrics.KeyWeakness) is refused too, on every system.

// keyFileName is the key's name within gbo's config folder.
const keyFileName = "pseudonym.key"

// maxKeyFile bounds what is read of a key file: 64 hex digits and some
// white space.
const maxKeyFile = 4096

// shownKeyPath is where the user's own key is (or will be), for the help.
func shownKeyPath() string {
	if p, err := defaultKeyPath(); err == nil {
		return p
	}
	return filepath.Join("CONFIG", "gbo", keyFileName)
}

// pseudonymKeyFlag is the common flag naming a shared key file.
func pseudonymKeyFlag() cli.Flag {
	return &cli.StringFlag{Name: "pseudonym-key"}
}

// keySource finds, checks and reads the pseudonym key once, when first
// needed: a run that prints no person never reads or creates a key.
type keySource struct {
	flag string // --pseudonym-key, "" for the default key
	// notice, if set, is told when this run created the user's key.
	notice io.Writer
	done   bool
	key    []byte
	err    error
}

func newKeySource(o caseOptions, e *env) *keySource {
	k := &keySource{flag: o.PseudonymKey}
	if e != nil {
		k.notice = e.stderr
	}
	if k.flag == "" && o.memKey != nil {
		// gbo serve without a key file: a key in memory (serve_run.go)
		k.done, k.key = true, o.memKey
	}
	return k
}

// defaultKeyPath is os.UserConfigDir()/gbo/pseudonym.key.
func defaultKeyPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "gbo", keyFileName), nil
}

// path is the key file this run uses, or "" when there is none.
func (k *keySource) path() string {
	if k == nil {
		return ""
	}
	if k.flag != "" {
		return k.flag
	}
	p, err := defaultKeyPath()
	if err != nil {
		return ""
	}
	return p
}

// load returns the key, creating the default one on first use. Errors are
// exit status 1 with a message in lang.
func (k *keySource) load(lang string) ([]byte, error) {
	if k.done {
		return k.key, k.err
	}
	k.done = true
	if k.flag != "" {
		k.key, k.err = readKeyFile(k.flag, lang)
		return k.key, k.err
	}
	p, err := defaultKeyPath()
	if err != nil {
		k.err = failErr(tr(lang, "key_no_config", err))
		return nil, k.err
	}
	var created bool
	k.key, created, k.err = loadDefaultKey(p, lang)
	if created && k.err == nil && k.notice != nil {
		fmt.Fprintln(k.notice, "gbo: "+tr(lang, "key_created", p))
	}
	return k.key, k.err
}

// loadDefaultKey reads the user's own key at p, creating it (and its
// folder) when it does not exist yet; created says this run made it.
func loadDefaultKey(p, lang string) (key []byte, created bool, err error) {
	dir := filepath.Dir(p)
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return nil, false, failErr(tr(lang, "key_create", dir, err))
	}
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, false, failErr(tr(lang, "key_create", dir, err))
	}
	if err := checkKeyDir(dir, lang); err != nil {
		return nil, false, err
	}
	if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
		if created, err = createKey(p); err != nil {
			return nil, false, failErr(tr(lang, "key_create", dir, err))
		}
	}
	key, err = readKeyFile(p, lang)
	return key, created, err
}

// createKey writes a new random key to p, unless another run got there
// first (then its key stands). The key is written whole to a temporary
// file of the same folder (0600) and hard-linked to p, which fails rather
// than replace a file: no run ever sees half a key or two keys.
func createKey(p string) (created bool, err error) {
	var raw [metrics.KeySize]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return false, err
	}
	text := []byte(hex.EncodeToString(raw[:]) + "\n")
	tmp, err := os.CreateTemp(filepath.Dir(p), "."+keyFileName+".tmp-*")
	if err != nil {
		return false, err
	}
	name := tmp.Name()
	defer os.Remove(name)
	if err := tmp.Chmod(0o600); err != nil && !isWindows {
		tmp.Close()
		return false, err
	}
	if _, err := tmp.Write(text); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	err = os.Link(name, p)
	switch {
	case err == nil:
		syncDir(filepath.Dir(p))
		return true, nil
	case errors.Is(err, fs.ErrExist):
		return false, nil // another run created it first
	}
	// No hard links on this file system: create p exclusively instead.
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	_, err = f.Write(text)
	if err2 := f.Sync(); err == nil {
		err = err2
	}
	if err2 := f.Close(); err == nil {
		err = err2
	}
	if err != nil {
		os.Remove(p)
	}
	return err == nil, err
}

func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

// readKeyFile checks and reads a key file: see the rules above.
func readKeyFile(p, lang string) ([]byte, error) {
	st, err := os.Lstat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, failErr(tr(lang, "key_missing", p))
	}
	if err != nil {
		return nil, failErr(tr(lang, "key_read", p, err))
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		return nil, failErr(tr(lang, "key_symlink", p))
	}
	if !st.Mode().IsRegular() {
		return nil, failErr(tr(lang, "key_not_regular", p))
	}
	f, err := openNoFollow(p)
	if err != nil {
		return nil, failErr(tr(lang, "key_read", p, err))
	}
	defer f.Close()
	// Check the file opened, not the name looked at: it may have been
	// swapped in between.
	st, err = f.Stat()
	if err != nil {
		return nil, failErr(tr(lang, "key_read", p, err))
	}
	if !st.Mode().IsRegular() {
		return nil, failErr(tr(lang, "key_not_regular", p))
	}
	if err := checkOwnerMode(p, st, lang, false); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(f, maxKeyFile+1))
	if err != nil {
		return nil, failErr(tr(lang, "key_read", p, err))
	}
	key, err := hex.DecodeString(string(bytes.TrimSpace(b)))
	if err != nil || len(key) != metrics.KeySize {
		return nil, failErr(tr(lang, "key_bad", p))
	}
	if why := metrics.KeyWeakness(key); why != "" {
		reason := tr(lang, "key_weak_"+why)
		if why == metrics.KeyFewValues {
			reason = tr(lang, "key_weak_"+why, metrics.MinKeyValues)
		}
		return nil, failErr(tr(lang, "key_weak", p, reason))
	}
	return key, nil
}

// checkKeyDir checks the default key's folder.
func checkKeyDir(dir, lang string) error {
	st, err := os.Lstat(dir)
	if err != nil {
		return failErr(tr(lang, "key_create", dir, err))
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		return failErr(tr(lang, "key_dir_symlink", dir))
	}
	if !st.IsDir() {
		return failErr(tr(lang, "key_dir_not_dir", dir))
	}
	return checkOwnerMode(dir, st, lang, true)
}

// pseudonyms returns how this run shows people: --people, and for
// pseudonyms the secret key (read, or created, now).
func (l *loaded) pseudonyms() (*metrics.Pseudonyms, error) {
	if l.pn != nil {
		return l.pn, nil
	}
	var key []byte
	if l.people == metrics.PeoplePseudonyms {
		k, err := l.keys.load(l.lang)
		if err != nil {
			return nil, err
		}
		key = k
	}
	pn, err := metrics.NewPseudonyms(&l.c.Case, l.people, key)
	if err != nil {
		return nil, failErr(err.Error())
	}
	l.pn = pn
	return pn, nil
}

// noteKey protects the key file from being written over by this run's
// outputs.
func (e *env) noteKey(l *loaded) {
	if p := l.keys.path(); p != "" {
		e.noteRead(p)
	}
}
