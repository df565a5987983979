//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gbo does not write where another user of the machine could swap its
// output: into a folder everyone may write in without the sticky bit, or
// (folder outputs) into a folder of another user. A sticky folder like /tmp
// and a folder of one's own are fine.
func TestNoOutputWhereAnotherUserCouldSwapIt(t *testing.T) {
	isolate(t)
	base := t.TempDir()
	open := filepath.Join(base, "open")
	os.Mkdir(open, 0o777)
	os.Chmod(open, 0o777)
	sticky := filepath.Join(base, "sticky")
	os.Mkdir(sticky, 0o777)
	os.Chmod(sticky, 0o777|os.ModeSticky)
	run1 := func(args ...string) (int, string) {
		var stdout, stderr bytes.Buffer
		code := run(append(append([]string{"gbo"}, args...), "--lang", "en"), &stdout, &stderr)
		return code, stderr.String()
	}
	if code, msg := run1("map", "sample:kennismaking", "-o", filepath.Join(open, "kaart.svg")); code != 2 || !strings.Contains(msg, "every user of this computer may change that folder") {
		t.Errorf("map into a 0777 folder: exit %d: %s", code, msg)
	}
	if _, err := os.Stat(filepath.Join(open, "kaart.svg")); err == nil {
		t.Error("the map was written")
	}
	if code, msg := run1("anonymise", "sample:kennismaking", "-o", filepath.Join(open, "anon")); code != 2 || !strings.Contains(msg, "every user") {
		t.Errorf("anonymise beside a 0777 folder: exit %d: %s", code, msg)
	}
	if code, msg := run1("map", "sample:kennismaking", "-o", filepath.Join(sticky, "kaart.svg")); code != 0 {
		t.Errorf("map into a sticky folder: exit %d: %s", code, msg)
	}
	if os.Geteuid() == 0 {
		theirs := filepath.Join(base, "theirs")
		os.Mkdir(theirs, 0o755)
		if err := os.Chown(theirs, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		if code, msg := run1("sample", "kennismaking", theirs); code != 2 || !strings.Contains(msg, "belongs to another user") {
			t.Errorf("sample into another user's folder: exit %d: %s", code, msg)
		}
		if es, _ := os.ReadDir(theirs); len(es) != 0 {
			t.Errorf("%d files written into another user's folder", len(es))
		}
		// A file output too, and through a folder of one's own below
		// another user's (who could swap that folder for a link).
		if code, msg := run1("report", "sample:kennismaking", "-o", filepath.Join(theirs, "r.html")); code != 2 || !strings.Contains(msg, "belongs to another user") {
			t.Errorf("report into another user's folder: exit %d: %s", code, msg)
		}
		mine := filepath.Join(theirs, "mine")
		os.Mkdir(mine, 0o755)
		if code, msg := run1("report", "sample:kennismaking", "-o", filepath.Join(mine, "r.html")); code != 2 || !strings.Contains(msg, "belongs to another user") {
			t.Errorf("report below another user's folder: exit %d: %s", code, msg)
		}
	}
}

// A folder output named like a file (anon.zip) is refused: the user would
// expect that file and get a folder.
func TestFolderOutputNamedLikeAFile(t *testing.T) {
	isolate(t)
	for _, name := range []string{"anon.zip", "kopie.XLSX", "x.csv"} {
		out := filepath.Join(t.TempDir(), name)
		var stdout, stderr bytes.Buffer
		if code := run([]string{"gbo", "anonymise", "sample:kennismaking", "-o", out, "--lang", "en"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "looks like a file name") {
			t.Errorf("%s: exit %d: %s", name, code, stderr.String())
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s was written", name)
		}
	}
}
