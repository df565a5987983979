package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A case of partners only (a template just filled with its partners) has
// nothing to analyse: the analysing commands refuse it (exit 2), but the
// commands that need only the partners take it: template --from and
// survey make. A case with no as-of date says why in validate, and says
// "ratings only" only where there are ratings.
func TestPartnersOnlyCaseIsRefusedByAnalysisButNotByTheKit(t *testing.T) {
	dir := writeCaseDir(t, map[string]string{
		"partners.csv":     "id,sector\nocmw,OCMW\ncaw,CAW\nschool,Onderwijs\n",
		"interactions.csv": "date,from,with,kind\n",
	})
	for _, cmd := range [][]string{{"validate", dir}, {"ties", dir}, {"report", dir, "-o", filepath.Join(t.TempDir(), "r.html")}} {
		_, stderr, code := runGBO(t, cmd...)
		if code != 2 || !strings.Contains(stderr, "no events") && !strings.Contains(stderr, "nothing to analyse") {
			t.Errorf("%v: exit %d, want 2 with the reason; stderr:\n%s", cmd, code, stderr)
		}
	}
	out := filepath.Join(t.TempDir(), "t.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", dir, "-o", out); code != 0 {
		t.Fatalf("template --from a partners-only case: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("template wrote nothing: %v", err)
	}
	forms := filepath.Join(t.TempDir(), "forms")
	if _, stderr, code := runGBO(t, "survey", "make", dir, "-o", forms); code != 0 {
		t.Fatalf("survey make from a partners-only case: exit %d\n%s", code, stderr)
	}
	if ents, _ := os.ReadDir(forms); len(ents) != 3 {
		t.Errorf("survey make wrote %d forms, want 3", len(ents))
	}
}

func TestValidateNoAsOfSaysWhy(t *testing.T) {
	solo := writeCaseDir(t, map[string]string{"partners.csv": "id,sector\nocmw,OCMW\n", "interactions.csv": "date,from,with,kind\n"})
	stdout, stderr, code := runGBO(t, "validate", solo)
	if code != 0 || !strings.Contains(stdout, "no as-of date (no events and no ratings)") || strings.Contains(stdout, "ratings only") {
		t.Errorf("one partner, nothing else: exit %d\n%s%s", code, stdout, stderr)
	}
	rated := writeCaseDir(t, map[string]string{
		"partners.csv": "id,sector\nocmw,OCMW\ncaw,CAW\n",
		"ties.csv":     "from,to,depth\nocmw,caw,3\n",
	})
	stdout, stderr, code = runGBO(t, "validate", rated)
	if code != 0 || !strings.Contains(stdout, "no as-of date (ratings only)") {
		t.Errorf("ratings only: exit %d\n%s%s", code, stdout, stderr)
	}
}
