package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAnonymisedCopyGivesTheSameFiguresAndNoNames(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []string{"keep", "sector"} {
		out := filepath.Join(dir, mode)
		if _, stderr, code := runGBO(t, "anonymise", "sample:golf-2024", "-o", out, "--partners", mode); code != 0 {
			t.Fatalf("%s: %s", mode, stderr)
		}
		all := ""
		for _, f := range []string{"partners.csv", "interactions.csv", "ties.csv", "people.csv", "targets.csv", "case.toml"} {
			b, err := os.ReadFile(filepath.Join(out, f))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			all += string(b)
		}
		// golf-2024's people.csv names Yasmina Van Damme; the copy must not.
		if strings.Contains(all, "Yasmina") || strings.Contains(all, "p001,") || strings.Contains(all, "maatschappelijk werker") {
			t.Errorf("%s: a name, a person id or a role survived", mode)
		}
		if mode == "sector" && strings.Contains(all, "ocmw-vlietbeek") {
			t.Errorf("sector mode kept a partner id")
		}
		network := func(c string) string {
			o, stderr, code := runGBO(t, "metrics", c, "--format", "json")
			if code != 0 {
				t.Fatalf("%s: %s", c, stderr)
			}
			var doc struct{ Network json.RawMessage }
			decodeJSON(t, o, &doc)
			s := string(doc.Network)
			cut := `"articulation_points"` // ids differ in sector mode
			if mode == "sector" {
				// Louvain visits partners in id order; new ids may find
				// another partition of equal standing.
				cut = `"modularity"`
			}
			if i := strings.Index(s, cut); i > 0 {
				s = s[:i]
			}
			return s
		}
		if a, b := network("sample:golf-2024"), network(out); a != b {
			t.Errorf("%s: the copy's network figures differ:\n%s\n%s", mode, a, b)
		}
	}
	// never over an existing case
	keep := filepath.Join(dir, "keep")
	before, err := os.ReadFile(filepath.Join(keep, "partners.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runGBO(t, "anonymise", "sample:golf-2024", "-o", keep, "--lang", "en", "--partners", "sector"); code != 2 ||
		!strings.Contains(stderr, "partners.csv") {
		t.Errorf("anonymise over an existing copy: exit %d, want 2 and the files there named: %s", code, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(keep, "partners.csv")); string(after) != string(before) {
		t.Error("anonymise over an existing copy changed it")
	}
}
