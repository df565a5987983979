package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A map never draws more than maxMapTies ties, even when every tie is on
// the deepest rung that has ties (leaving out shallower rungs cannot help):
// it draws the deepest ones and says so in its subtitle. Before, the rung
// logic dropped every tie (a map with no lines, and half a minute of
// layout for a 19 KB case).
func TestMapDrawsAtMostMaxMapTies(t *testing.T) {
	dir := t.TempDir()
	var ps, ids strings.Builder
	ps.WriteString("id,sector,core\n")
	const n = 110 // one event of 110 partners: 5,995 ties at rung 3
	for i := range n {
		fmt.Fprintf(&ps, "p%03d,S%d,%s\n", i, i%4, map[bool]string{true: "ja", false: "nee"}[i < 3])
		if i > 0 {
			if i > 1 {
				ids.WriteByte('|')
			}
			fmt.Fprintf(&ids, "p%03d", i)
		}
	}
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte(ps.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte("date,from,with,kind\n2024-01-01,p000,"+ids.String()+",referral\n"), 0o644)
	out := filepath.Join(t.TempDir(), "kaart.dot")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gbo", "map", dir, "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	dot, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	edges := strings.Count(string(dot), " -- ")
	if edges != maxMapTies {
		t.Errorf("the map draws %d ties, want %d", edges, maxMapTies)
	}
	total := n * (n - 1) / 2
	if want := fmt.Sprintf("the %s deepest of %s ties", thousandsIn("en", maxMapTies), thousandsIn("en", total)); !strings.Contains(string(dot), want) {
		t.Errorf("the subtitle does not say %q", want)
	}
}
