package graph

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gbo/graph/casedata"
)

// Every cell of a case written back is safe, ids included, and ids stay
// the same in every file (a list cell is neutralised element by element).
func TestWriteCaseNeutralisesEveryCellAlike(t *testing.T) {
	c := &Case{Case: casedata.Case{Name: "x\u202e\x1b[2J", Partners: []Partner{
		{ID: "=a", Name: "A", Sector: "+sector"},
		{ID: "＠b", Name: "B", Sector: "@s"},
		{ID: "c", Name: "C", Sector: "-s"},
	}}}
	c.Events = []Event{{From: "c", With: []string{"=a", "＠b"}, Kind: "=k", Object: "-o", Count: 1}}
	c.Objects = []Object{{ID: "-o", Name: "O"}}
	c.Targets = []Target{{A: "=a", B: "c", Depth: 2}}
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteCase(dir, c, false); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, name := range []string{"partners.csv", "interactions.csv", "objects.csv", "targets.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs[1:] {
			for i, cell := range rec {
				for _, part := range strings.Split(cell, "|") {
					if r, _ := utf8.DecodeRuneInString(part); strings.ContainsRune("=+-@＝＋－＠", r) {
						if _, err := strconv.ParseFloat(part, 64); err != nil {
							t.Errorf("%s: cell %q holds a formula start", name, cell)
						}
					}
				}
				if name == "partners.csv" && i == 0 {
					ids[cell] = true
				}
			}
		}
		if name == "interactions.csv" {
			for _, id := range append(strings.Split(recs[1][2], "|"), recs[1][1]) {
				if !ids[id] {
					t.Errorf("interactions.csv names %q, which partners.csv does not", id)
				}
			}
		}
	}
	toml, _ := os.ReadFile(filepath.Join(dir, "case.toml"))
	if bytes.ContainsAny(toml, "\x1b\u202e") {
		t.Errorf("case.toml holds a control or bidi character: %q", toml)
	}
}
