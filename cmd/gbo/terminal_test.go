package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Nothing gbo prints on a terminal obeys a control character or a bidi
// override it quotes: a case folder's name, an -o path, an unknown command
// or flag as typed, a missing case. They are shown (\x1b), not sent.
func TestTerminalGetsNoControlCharacters(t *testing.T) {
	isolate(t)
	base := t.TempDir()
	evil := "e\x1b]0;TITLE\a\x1b[2J\u202e"
	dir := filepath.Join(base, evil)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gbo", "sample", "kennismaking", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, stderr.String())
	}
	osc52 := "\x1b]52;c;ZXZpbA==\a"
	for _, args := range [][]string{
		{"validate", dir},
		{"map", dir, "-o", filepath.Join(base, "k\x1b[2J.svg")},
		{"validate", osc52},
		{"validate", "--" + "\x1b[2Jx", dir},
		{"\x1b[2Jvalidate", dir},
		{"report", dir, "-o", filepath.Join(base, "r\x1b]0;T\a.pdf")},
	} {
		stdout.Reset()
		stderr.Reset()
		run(append([]string{"gbo"}, args...), &stdout, &stderr)
		for name, out := range map[string]string{"stdout": stdout.String(), "stderr": stderr.String()} {
			if strings.ContainsAny(out, "\x1b\a\u202e") {
				t.Errorf("%q: %s carries a control character: %q", args, name, out)
			}
		}
		if !strings.Contains(stdout.String()+stderr.String(), `\x1b`) {
			t.Errorf("%q: the escape is not shown: %q %q", args, stdout.String(), stderr.String())
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
}

// A case folder named h or help is read as a case, not taken for a help
// subcommand (help stays --help).
func TestCaseNamedHelp(t *testing.T) {
	isolate(t)
	t.Chdir(t.TempDir())
	for _, name := range []string{"h", "help"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"gbo", "sample", "kennismaking", name}, &stdout, &stderr); code != 0 {
			t.Fatalf("sample: %s", stderr.String())
		}
		stdout.Reset()
		if code := run([]string{"gbo", "validate", name, "--lang", "en"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), name+": 24 partners") {
			t.Errorf("validate %s: exit %d: %q", name, code, stdout.String())
		}
	}
}
