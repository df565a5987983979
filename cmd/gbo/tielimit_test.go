package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A small file cannot make a dense network whose measures take minutes:
// beyond 20,000 ties a case may have one tie per event or rating row, and
// the refusal comes before any measure, with the way to raise it.
func TestTiesAreBoundedByRows(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	var ps strings.Builder
	ps.WriteString("id,sector\n")
	for i := range 400 {
		fmt.Fprintf(&ps, "p%03d,S%d\n", i, i%4)
	}
	event := func(from, to int) string {
		var ids []string
		for i := from + 1; i < to; i++ {
			ids = append(ids, fmt.Sprintf("p%03d", i))
		}
		return fmt.Sprintf("2024-01-01,p%03d,%s,referral\n", from, strings.Join(ids, "|"))
	}
	// Two events of 200 partners: 39,800 ties from two rows (within the
	// 50,000 pairs all events may make).
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte(ps.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte("date,from,with,kind\n"+event(0, 200)+event(200, 400)), 0o644)
	for _, cmd := range []string{"validate", "ties", "metrics", "report"} {
		var stdout, stderr bytes.Buffer
		args := []string{"gbo", cmd, dir, "--lang", "en"}
		if cmd == "report" {
			args = append(args, "-o", filepath.Join(t.TempDir(), "r.html"))
		}
		code := run(args, &stdout, &stderr)
		if code != 2 || !strings.Contains(stderr.String(), "make 39,800 ties") || !strings.Contains(stderr.String(), "at most 20,000") ||
			!strings.Contains(stderr.String(), "--max-ties") || stdout.Len() != 0 {
			t.Errorf("%s: exit %d: %s", cmd, code, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gbo", "ties", dir, "--max-ties", "40000", "--format", "csv"}, &stdout, &stderr); code != 0 || strings.Count(stdout.String(), "\n") != 39_801 {
		t.Errorf("--max-ties 40000: exit %d, %d lines: %s", code, strings.Count(stdout.String(), "\n"), stderr.String())
	}
}

// Partners, people and objects each have a stated bound, checked before
// scoring, with the flag that raises it; and a layout engine that cannot
// be interrupted once it runs is refused for a map beyond its size.
func TestPartnersPeopleObjectsAreBounded(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	var ps, ev strings.Builder
	ps.WriteString("id,sector\n")
	for i := range 600 {
		fmt.Fprintf(&ps, "p%03d,S%d\n", i, i%4)
	}
	ev.WriteString("date,from,with,kind,object,people\n")
	for i := range 300 {
		fmt.Fprintf(&ev, "2024-01-01,p%03d,p%03d,referral,o%d,w%d|v%d\n", i, i+300, i, i, i)
	}
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte(ps.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte(ev.String()), 0o644)
	for _, c := range []struct {
		flag, want string
	}{
		{"--max-partners=599", "the case has 600 partners; at most 599 are analysed; raise it with --max-partners"},
		{"--max-people=599", "the case has 600 people; at most 599 are analysed; raise it with --max-people"},
		{"--max-objects=299", "the case has 300 objects; at most 299 are analysed; raise it with --max-objects"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"gbo", "weak", dir, c.flag, "--lang", "en"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%s: exit %d: %s", c.flag, code, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gbo", "weak", dir, "--max-partners=600", "--max-people=600", "--max-objects=300"}, &stdout, &stderr); code != 0 {
		t.Errorf("at the limits: exit %d: %s", code, stderr.String())
	}
	out := filepath.Join(t.TempDir(), "k.svg")
	stderr.Reset()
	if code := run([]string{"gbo", "map", dir, "--engine", "neato", "-o", out, "--lang", "en"}, &stdout, &stderr); code != 2 ||
		!strings.Contains(stderr.String(), "--engine neato is too slow for a map of 600 partners and objects (at most 500") {
		t.Errorf("neato on 600 partners: exit %d: %s", code, stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("the map was written")
	}
}
