package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Kind: template --from drops a part of the case. A case with [labels]
// (testdata/labels-response: core and person per language, rungs per
// language, target_rung) written as a workbook reads back with the same
// labels: compare gives the same target rung and the figures measured
// against it, and the report of the workbook names the case's own words
// as often as the report of the folder, in both languages, and none of
// GBO's. Uses ownCore, ownCoreGroup, ownRungs, gboWords and hasNone.
func TestTemplateFromKeepsLabels(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("testdata", "labels-response")
	book := filepath.Join(dir, "book.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", src, "-o", book); code != 0 {
		t.Fatalf("template: %d %s", code, stderr)
	}
	out, stderr, code := runGBO(t, "compare", src, book, "--format", "json")
	if code != 0 {
		t.Fatalf("compare: %d %s", code, stderr)
	}
	var doc struct {
		Cases []map[string]any `json:"cases"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Cases) != 2 {
		t.Fatalf("%d cases", len(doc.Cases))
	}
	for _, f := range []string{"target_rung", "core_pairs_at_target", "isolated_externals_count", "pairs_per_rung", "depth_share_2"} {
		a, _ := json.Marshal(doc.Cases[0][f])
		b, _ := json.Marshal(doc.Cases[1][f])
		if string(a) != string(b) || string(a) == "null" {
			t.Errorf("%s: folder %s, workbook %s", f, a, b)
		}
	}
	if tr, _ := doc.Cases[1]["target_rung"].(float64); tr != 2 {
		t.Errorf("workbook target_rung %v, want the case's 2", doc.Cases[1]["target_rung"])
	}

	person := map[string][]string{"en": {"staff member"}, "nl": {"medewerker"}}
	for _, lang := range []string{"en", "nl"} {
		text := map[string]string{}
		for name, c := range map[string]string{"folder": src, "workbook": book} {
			page := filepath.Join(dir, name+"-"+lang+".html")
			if _, stderr, code := runGBO(t, "report", c, "-o", page, "--lang", lang); code != 0 {
				t.Fatalf("report %s: %d %s", name, code, stderr)
			}
			b, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			text[name] = strings.ToLower(string(b))
		}
		words := append(append([]string{ownCore[lang], ownCoreGroup[lang]}, ownRungs[lang]...), person[lang]...)
		for _, w := range words {
			n, m := strings.Count(text["folder"], strings.ToLower(w)), strings.Count(text["workbook"], strings.ToLower(w))
			if n == 0 || m != n {
				t.Errorf("%s: %q %d times in the folder's report, %d in the workbook's", lang, w, n, m)
			}
		}
		hasNone(t, lang+" report of the workbook", text["workbook"], gboWords(lang)...)
	}
}
