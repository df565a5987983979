//go:build unix

package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFillFolderRefusesAFolderAnotherUserMadeMeanwhile: the CLI checks an
// output folder before the work; another user who makes the folder (or a
// missing folder above it) first, while gbo works, must not receive the
// files. Found by an attacker: survey make filled a folder that uid 65534
// made in /tmp during the seconds the forms took.
func TestFillFolderRefusesAFolderAnotherUserMadeMeanwhile(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to play the other user (CI runs as root)")
	}
	base := t.TempDir()
	if err := os.Chmod(base, os.ModeSticky|0o777); err != nil {
		t.Fatal(err)
	}
	write := func(tmp string) error { return os.WriteFile(filepath.Join(tmp, "form.xlsx"), []byte("x"), 0o644) }
	for _, c := range []struct{ name, made, out string }{
		{"the folder itself", "forms", "forms"},
		{"a folder above it", "parent", "parent/forms"},
	} {
		made := filepath.Join(base, c.made)
		if err := os.Mkdir(made, 0o777); err != nil {
			t.Fatal(err)
		}
		os.Chmod(made, 0o777)
		if err := os.Chown(made, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		err := FillFolder(filepath.Join(base, c.out), write)
		if err == nil || !strings.Contains(err.Error(), "nothing was written") {
			t.Errorf("%s: err %v, want a refusal", c.name, err)
		}
		if _, err := os.Stat(filepath.Join(base, c.out, "form.xlsx")); err == nil {
			t.Errorf("%s: the form was written into the other user's folder", c.name)
		}
	}
	// A folder of one's own, even group-writable, is filled.
	own := filepath.Join(base, "own")
	if err := os.Mkdir(own, 0o775); err != nil {
		t.Fatal(err)
	}
	if err := FillFolder(own, write); err != nil {
		t.Fatalf("own folder: %v", err)
	}
}
