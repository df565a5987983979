package main

import (
	"os"
	"path/filepath"
	"testing"
)

// A depth model from --depth-model or case.toml's [depth] changes the
// scores as its numbers say.
func TestDepthModelOverrides(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "case")
	os.Mkdir(c, 0o755)
	os.WriteFile(filepath.Join(c, "partners.csv"), []byte("id,sector\na,OCMW\nb,CAW\n"), 0o644)
	// one referral 365 days before as_of: weight 0.5 under the default half-life
	os.WriteFile(filepath.Join(c, "interactions.csv"), []byte("date,from,with,kind\n2023-12-31,a,b,koffieklets\n2023-12-31,a,b,referral\n"), 0o644)
	os.WriteFile(filepath.Join(c, "case.toml"), []byte("as_of = 2024-12-30\n[depth]\nkinds.koffieklets = 2\n"), 0o644)
	depth := func(args ...string) (int, float64) {
		out, stderr, code := runGBO(t, append([]string{"ties", c, "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: %s", args, stderr)
		}
		var doc struct {
			Ties []struct {
				Depth      int
				DepthScore float64 `json:"depth_score"`
			}
		}
		decodeJSON(t, out, &doc)
		return doc.Ties[0].Depth, doc.Ties[0].DepthScore
	}
	// Default half-life 365 and threshold 0.5: the referral, 365 days old,
	// weighs exactly 0.5 and reaches rung 3; the case's own kind counts at 2.
	if d, s := depth(); d != 3 || s != 3 {
		t.Errorf("default: %d %v, want 3 3", d, s)
	}
	model := filepath.Join(dir, "model.toml")
	os.WriteFile(model, []byte("threshold = 0.6\n"), 0o644)
	// Threshold 0.6: E3 = 0.5 falls short, E2 = 1.0 reaches rung 2; score 2 + 0.5/0.6.
	if d, s := depth("--depth-model", model); d != 2 || s < 2.8333 || s > 2.8334 {
		t.Errorf("threshold 0.6: %d %v, want 2 and 2.833", d, s)
	}
	os.WriteFile(model, []byte("half_life = \"long\"\n"), 0o644)
	if _, stderr, code := runGBO(t, "ties", c, "--depth-model", model); code != 2 || stderr == "" {
		t.Errorf("a bad depth model: exit %d", code)
	}
}

// A case of survey ratings only has no as-of date: the output says null
// rather than leaking today's date (same input, same bytes, any day).
func TestRatingsOnlyCaseHasNoClockInItsOutput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "peiling")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte("id,sector\na,OCMW\nb,CAW\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "ties.csv"), []byte("van;naar;diepte\na;b;3\nb;a;afstemming\n"), 0o644)
	out, stderr, code := runGBO(t, "ties", dir, "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var doc struct {
		Case struct {
			Name string
			AsOf *string `json:"as_of"`
		}
		Ties []struct {
			Depth       int
			DepthSurvey int `json:"depth_survey"`
			Gap         int
		}
	}
	decodeJSON(t, out, &doc)
	if doc.Case.AsOf != nil || doc.Case.Name != "peiling" {
		t.Errorf("case header %+v", doc.Case)
	}
	// min(3, 4) = 3, gap 1
	if len(doc.Ties) != 1 || doc.Ties[0].Depth != 3 || doc.Ties[0].Gap != 1 {
		t.Errorf("ties %+v", doc.Ties)
	}
}
