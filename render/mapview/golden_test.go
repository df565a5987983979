package mapview

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestDOTGolden keeps the DOT text of a small map in testdata, to be read in
// review. Regenerate with go test ./render/mapview -run Golden -update.
func TestDOTGolden(t *testing.T) {
	d := Data{Title: "GBO Regio Zuid", Subtitle: "toestand op 2025-12-31", Lang: Dutch, SizeBy: "betweenness",
		Partners: []Partner{
			{ID: "caw", Label: "CAW Zuid-West-Vlaanderen", Sector: "CAW", Core: true, Size: 0.4, Bridging: true, BridgingReasons: []string{"articulation_point"}},
			{ID: "ocmw", Label: "OCMW Kortrijk", Sector: "OCMW", Core: true, Size: 0.1, Figures: [][2]string{{"graad", "2"}}},
			{ID: "bib", Label: "Bibliotheek – Café Één", Sector: "cultuur"},
		},
		Ties: []Tie{
			{A: "ocmw", B: "caw", Depth: 4, Score: 4.31},
			{A: "caw", B: "bib", Depth: 1, Score: 1.2, Marks: []Mark{MarkBridge}, WeakReasons: []string{"bridge"}},
		},
		Objects:     []Object{{ID: "rv", Label: "Rechtenverkenning", Verdict: "candidate"}},
		ObjectLinks: []ObjectLink{{Partner: "caw", Object: "rv", Rung: 2}, {Partner: "bib", Object: "rv", Rung: 2}},
	}
	got, err := DOT(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "small.dot.golden")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("DOT differs from %s:\n%s", path, got)
	}
}
