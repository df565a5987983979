//go:build unix

package wasmcache

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// This package's init points TMPDIR at the private cache dir; give it back
// so the tests' own temp dirs go where they normally do.
func TestMain(m *testing.M) {
	Restore()
	os.Exit(m.Run())
}

func TestPrepareCreatesPrivateDirectories(t *testing.T) {
	base := t.TempDir()
	want := filepath.Join(base, "cache", "gbo")
	got, err := Prepare(want)
	if err != nil || got != want {
		t.Fatalf("Prepare = %q, %v", got, err)
	}
	for _, p := range []string{filepath.Join(base, "cache"), want} {
		fi, err := os.Lstat(p)
		if err != nil || !fi.IsDir() || fi.Mode().Perm() != 0o700 {
			t.Errorf("%s: %v, %v; want a 0700 directory", p, fi, err)
		}
	}
	// An existing dir of the user's with a loose mode is tightened.
	if err := os.Chmod(want, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Prepare(want); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(want); fi.Mode().Perm() != 0o700 {
		t.Errorf("mode %v, want 0700", fi.Mode().Perm())
	}
}

func TestPrepareRefusesWhatIsNotPrivate(t *testing.T) {
	base := t.TempDir()
	elsewhere := filepath.Join(base, "elsewhere")
	os.Mkdir(elsewhere, 0o700)
	link := filepath.Join(base, "link")
	os.Symlink(elsewhere, link)
	file := filepath.Join(base, "file")
	os.WriteFile(file, nil, 0o600)
	open := filepath.Join(base, "open")
	os.Mkdir(open, 0o777)
	os.Chmod(open, 0o777) // writable by all, not sticky
	sticky := filepath.Join(base, "sticky")
	os.Mkdir(sticky, 0o777)
	os.Chmod(sticky, 0o777|fs.ModeSticky)
	linkedGV := filepath.Join(base, "linkedgv")
	os.Mkdir(linkedGV, 0o700)
	os.Symlink(elsewhere, filepath.Join(linkedGV, "go-graphviz"))
	for _, c := range []struct {
		dir string
		ok  bool
	}{
		{link, false},                        // the dir itself is a link
		{filepath.Join(link, "gbo"), true},   // a link above it is followed, and checked
		{file, false},                        // not a directory
		{filepath.Join(file, "gbo"), false},  // under a file
		{filepath.Join(open, "gbo"), false},  // others could rename it away
		{filepath.Join(sticky, "gbo"), true}, // like /tmp: they cannot
		{linkedGV, false},                    // go-graphviz inside is a link
		{"relative/gbo", false},              // not absolute
	} {
		_, err := Prepare(c.dir)
		if (err == nil) != c.ok {
			t.Errorf("Prepare(%s): %v, want ok=%v", c.dir, err, c.ok)
		}
	}
	if es, _ := os.ReadDir(elsewhere); len(es) != 1 { // only the "gbo" made through the allowed link
		t.Errorf("the link target holds %d entries", len(es))
	}
	_, err := Prepare(link)
	if !errors.Is(err, errNotPrivate) {
		t.Errorf("a link gives %v, want errNotPrivate", err)
	}
}

// TestPrepareRefusesAnotherOwner runs as root: a directory owned by another
// user is refused, and its mode is left as it was.
func TestPrepareRefusesAnotherOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to give a directory to another user")
	}
	dir := filepath.Join(t.TempDir(), "gbo")
	os.Mkdir(dir, 0o755)
	os.Chmod(dir, 0o755)
	if err := os.Chown(dir, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	if _, err := Prepare(dir); !errors.Is(err, errNotPrivate) {
		t.Errorf("another user's dir: %v, want errNotPrivate", err)
	}
	if fi, _ := os.Lstat(dir); fi.Mode().Perm() != 0o755 {
		t.Errorf("mode changed to %v", fi.Mode().Perm())
	}
	// And as an ancestor owned by someone else (not root).
	if _, err := Prepare(filepath.Join(dir, "sub")); !errors.Is(err, errNotPrivate) {
		t.Errorf("under another user's dir: %v, want errNotPrivate", err)
	}
}
