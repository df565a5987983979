//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCompareOutputRefusalsInTheCaseLanguage: compare's -o refusals (a
// symbolic link, a FIFO, an input file of either case) are in the first
// case's language, as export's are, and in --lang's when given; nothing is
// written.
func TestCompareOutputRefusalsInTheCaseLanguage(t *testing.T) {
	dir := t.TempDir()
	nlCase, enCase := filepath.Join(dir, "nl-case"), filepath.Join(dir, "en-case")
	for name, path := range map[string]string{"sleutelfiguren": nlCase, "grensobject": enCase} {
		if _, stderr, code := runGBO(t, "sample", name, path); code != 0 {
			t.Fatal(stderr)
		}
	}
	link := filepath.Join(dir, "link.html")
	if err := os.Symlink(filepath.Join(dir, "elsewhere.html"), link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	said := map[string][2]string{ // en, nl
		"link":  {"it is a symbolic link", "het is een symbolische koppeling"},
		"fifo":  {"it is not a regular file", "het is geen gewoon bestand"},
		"input": {"it is one of the input files", "het is een invoerbestand"},
	}
	for _, tc := range []struct {
		name  string
		cases []string
		lang  string // of the message
		flags []string
	}{
		{"dutch case", []string{nlCase, enCase}, "nl", nil},
		{"english case", []string{enCase, nlCase}, "en", nil},
		{"dutch case, --lang en", []string{nlCase, enCase}, "en", []string{"--lang", "en"}},
		{"dutch case alone, --periods", []string{nlCase}, "nl", []string{"--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31"}},
	} {
		for what, out := range map[string]string{"link": link, "fifo": fifo, "input": filepath.Join(tc.cases[len(tc.cases)-1], "partners.csv")} {
			var before []byte
			if what == "input" { // never read the FIFO: it would block
				before, _ = os.ReadFile(out)
			}
			args := append(append(append([]string{"compare"}, tc.flags...), tc.cases...), "-o", out)
			_, stderr, code := runGBO(t, args...)
			want, other := said[what][0], said[what][1]
			if tc.lang == "nl" {
				want, other = other, want
			}
			if code != 2 || !strings.Contains(stderr, want) || strings.Contains(stderr, other) {
				t.Errorf("%s, -o %s: exit %d, %q; want 2 and %q", tc.name, what, code, stderr, want)
			}
			if what == "input" {
				if after, _ := os.ReadFile(out); string(after) != string(before) {
					t.Errorf("%s: the input %s was changed", tc.name, out)
				}
			}
		}
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	if _, err := os.Stat(filepath.Join(dir, "elsewhere.html")); err == nil {
		t.Error("written through the link")
	}
}
