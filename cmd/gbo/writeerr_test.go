package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A failure to write says what happened and what to do, in the user's
// language, and never names gbo's temporary file.
func TestWriteErrorsSayWhatToDo(t *testing.T) {
	tmp := &fs.PathError{Op: "open", Path: "/srv/gedeeld/.rapport.html.tmp-3882496348", Err: syscall.EACCES}
	for _, c := range []struct {
		err  error
		lang string
		want []string
	}{
		{tmp, "en", []string{"cannot write /srv/gedeeld/rapport.html", "may not write in the folder /srv/gedeeld", "-o "}},
		{tmp, "nl", []string{"kan /srv/gedeeld/rapport.html niet schrijven", "u mag niet schrijven in de map /srv/gedeeld", "-o "}},
		{&fs.PathError{Op: "write", Path: "/srv/gedeeld/.x.tmp-1", Err: syscall.ENOSPC}, "nl", []string{"schijf", "vol"}},
		{&fs.PathError{Op: "open", Path: "/srv/gedeeld/.x.tmp-1", Err: syscall.EROFS}, "en", []string{"read-only"}},
		{&os.LinkError{Op: "rename", Old: "/srv/gedeeld/.x.tmp-1", New: "/srv/gedeeld/rapport.html", Err: syscall.EXDEV}, "en", []string{"cannot write /srv/gedeeld/rapport.html", "nothing was written"}},
	} {
		err := writeErr(c.lang, "/srv/gedeeld/rapport.html", c.err)
		var xe *exitError
		if !errors.As(err, &xe) || xe.code != 1 {
			t.Fatalf("%v: %v, want exit status 1", c.err, err)
		}
		for _, w := range c.want {
			if !strings.Contains(xe.msg, w) {
				t.Errorf("%q does not say %q", xe.msg, w)
			}
		}
		if strings.Contains(xe.msg, ".tmp-") {
			t.Errorf("%q names the temporary file", xe.msg)
		}
	}
}

// The same end to end, in a folder the user may not write in. Root may
// write anywhere, so this runs only as another user (CI runs the tests of
// this package again as uid 65534).
func TestReportIntoAFolderWithoutWriteAccess(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write anywhere; CI runs this test again as an unprivileged user")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	out := filepath.Join(dir, "rapport.html")
	var stdout, stderr bytes.Buffer
	code := run([]string{"gbo", "report", "sample:kennismaking", "--lang", "nl", "-o", out}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "u mag niet schrijven in de map") || strings.Contains(stderr.String(), ".tmp-") {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("%d files left in the folder", len(es))
	}
}
