//go:build unix

package graph

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// skipOf returns the problem about file (base name), or fails.
func skipOf(t *testing.T, ps Problems, file string) Problem {
	t.Helper()
	for _, p := range ps {
		if baseFile(p.Pos) == file {
			return p
		}
	}
	t.Fatalf("no problem names %s: %v", file, ps)
	return Problem{}
}

// TestFolderReadsOnlyRegularFilesInside: a link that leads outside the case
// folder (to a file with a secret, to /etc/passwd, to /proc/self/environ,
// to /dev/zero), a named pipe and a folder in the place of a file are each
// skipped at once with a problem that names the file and why (an error for
// the files that carry the network, a warning for the others), and none of
// their content appears in any message; a link that stays inside is read.
func TestFolderReadsOnlyRegularFilesInside(t *testing.T) {
	outside := t.TempDir()
	secret := "SECRET-do-not-print,x\nA,zz\n"
	writeDirFile(t, filepath.Join(outside, "secret.csv"), secret)

	cases := []struct {
		name  string
		file  string // the case file that is replaced
		make  func(t *testing.T, path string)
		code  string
		sev   Severity
		plant string // text that must not appear in any message
	}{
		{"a link to a file outside the folder", "objects.csv", link(filepath.Join(outside, "secret.csv")), "skip_link_outside", Warning, "SECRET"},
		{"a link outside for a required file", "partners.csv", link(filepath.Join(outside, "secret.csv")), "skip_link_outside", Error, "SECRET"},
		{"a relative link out through ..", "people.csv", link("../" + filepath.Base(outside) + "/secret.csv"), "skip_link_outside", Warning, "SECRET"},
		{"a link to /etc/passwd", "objects.csv", link("/etc/passwd"), "skip_link_outside", Warning, "root:"},
		{"a link to /proc/self/environ", "targets.csv", link("/proc/self/environ"), "skip_link_outside", Warning, "PATH="},
		{"a link to /dev/zero", "interactions.csv", link("/dev/zero"), "skip_link_outside", Error, ""},
		{"a link to nothing", "objects.csv", link("nothing-here.csv"), "skip_broken_link", Warning, ""},
		{"a named pipe", "partners.csv", fifo, "skip_pipe", Error, ""},
		{"a named pipe for case.toml", "case.toml", fifo, "skip_pipe", Warning, ""},
		{"a folder named partners.csv", "partners.csv", mkdir, "skip_folder", Error, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDir(t, minimal())
			os.Remove(filepath.Join(dir, tc.file))
			tc.make(t, filepath.Join(dir, tc.file))
			start := time.Now()
			c, ps := readDir(t, dir)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			p := skipOf(t, ps, tc.file)
			if p.Code != tc.code || p.Severity != tc.sev {
				t.Errorf("got %v (severity %v), want %s severity %v", p, p.Severity, tc.code, tc.sev)
			}
			if tc.sev == Error && !ps.HasErrors() || tc.sev == Warning && ps.HasErrors() {
				t.Errorf("errors: %v", ps)
			}
			if only(ps, "missing_file") != nil {
				t.Errorf("a skipped file is not missing: %v", ps)
			}
			if tc.plant != "" && strings.Contains(allText(ps)+fmtCase(c), tc.plant) {
				t.Errorf("content of the file outside leaked:\n%s", allText(ps))
			}
			// Listed as an input all the same: no output may replace it.
			found := false
			for _, in := range c.Inputs {
				found = found || filepath.Base(in) == tc.file
			}
			if !found {
				t.Errorf("inputs %v lack %s", c.Inputs, tc.file)
			}
		})
	}

	t.Run("a link that stays inside the folder is read", func(t *testing.T) {
		dir := writeDir(t, minimal())
		if err := os.Mkdir(filepath.Join(dir, "bron"), 0o755); err != nil {
			t.Fatal(err)
		}
		writeDirFile(t, filepath.Join(dir, "bron", "people.csv"), "id,partner\np1,A\n")
		link("bron/people.csv")(t, filepath.Join(dir, "people.csv"))
		c, ps := readDir(t, dir)
		mustNoErrors(t, ps)
		if len(c.People) != 1 || c.People[0].ID != "p1" {
			t.Errorf("people %+v, problems %v", c.People, ps)
		}
	})
}

func link(target string) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		if err := os.Symlink(target, path); err != nil {
			t.Fatal(err)
		}
	}
}

func fifo(t *testing.T, path string) {
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
}

func mkdir(t *testing.T, path string) {
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// TestUserNamedFilesMustBeRegular: a workbook path or a depth model that is
// a named pipe or a device is refused at once, never opened for reading.
func TestUserNamedFilesMustBeRegular(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "case.xlsx")
	fifo(t, pipe)
	zero := filepath.Join(dir, "zero.xlsx")
	link("/dev/zero")(t, zero)
	within(t, 5*time.Second, func() {
		for _, p := range []string{pipe, zero} {
			var prob Problem
			if _, err := Open(p); !errors.As(err, &prob) || prob.Code != "not_a_case" {
				t.Errorf("Open(%s): %v", p, err)
			}
			if _, err := readFileLimited(p, 1<<20); !errors.Is(err, errNotRegular) {
				t.Errorf("readFileLimited(%s): %v", p, err)
			}
			if _, ps := ReadDepthConfig(p); len(ps) != 1 || ps[0].Code != "depth_model_not_regular" {
				t.Errorf("ReadDepthConfig(%s): %v", p, ps)
			}
		}
	})
}
