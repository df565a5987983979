package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
	"gbo/metrics/depth"
)

// TestKindNamesReadBackInEveryLanguage pins the kind "an event kind shown
// by its code, not its name in the output's language": every kind of GBO's
// default depth model has a name in every language of the catalogue
// (analysis.kind.<kind>), and that name reads back as the same kind
// through the default model, so what the template offers is what gbo
// reads. The French template (dropdown list, instructions), report (kinds
// table) and ties --explain show the French names; the template's list
// only warns on a name it does not offer (gbo reads the code too), and the
// filled template reads back.
func TestKindNamesReadBackInEveryLanguage(t *testing.T) {
	m := depth.DefaultModel()
	kinds := m.Kinds()
	for _, lang := range locale.Languages() {
		for _, k := range kinds {
			key := "analysis.kind." + k.Kind
			if !locale.Has(key) {
				t.Errorf("%s: no catalogue name for kind %s", lang, k.Kind)
				continue
			}
			name := locale.T(lang, key)
			if got, _, ok := m.Kind(name); !ok || got != k.Kind {
				t.Errorf("%s: %s = %q reads back as %q (ok %v), want %s", lang, key, name, got, ok, k.Kind)
			}
		}
		for _, key := range locale.Keys(lang) {
			if k, ok := strings.CutPrefix(key, "analysis.kind."); ok {
				if got, _, found := m.Kind(k); !found || got != k {
					t.Errorf("%s: catalogue names kind %q, which the default model lacks", lang, k)
				}
			}
		}
	}

	dir := t.TempDir()
	files := map[string]string{
		"partners.csv":     "id,name,sector\ncpas,CPAS Ixelles,CPAS\ncaw,CAW Brussel,CAW\nmut,Mutualité,mutualités\n",
		"interactions.csv": "date,from,with,kind\n2025-01-10,cpas,caw,concertation de cas\n2025-02-10,caw,cpas,Concertation de cas\n2025-03-10,caw,mut,réunion de réseau\n",
		"case.toml":        "name = \"Ixelles\"\nas_of = 2025-06-30\nlanguage = \"fr\"\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// The template: lists and instructions in French, no English code.
	book := filepath.Join(t.TempDir(), "modele.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", dir, "--lang", "fr", "-o", book); code != 0 {
		t.Fatalf("template: %d %s", code, stderr)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	warned := false
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			cells = append(cells, r...)
		}
		dvs, err := f.GetDataValidations(sh)
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			if dv.ErrorTitle != nil && *dv.ErrorTitle == locale.T("fr", "workbook.dv_kind_title") {
				if dv.ErrorStyle == nil || *dv.ErrorStyle != "warning" {
					t.Errorf("sheet %s: the kind list refuses a name it does not offer (style %v); gbo reads codes and aliases too", sh, dv.ErrorStyle)
				}
				warned = true
			}
		}
	}
	_ = f.Close()
	if !warned {
		t.Error("template: no data validation on the kind column")
	}
	all := strings.Join(cells, "\n")
	for want, n := range map[string]int{"concertation de cas": 4, "réunion de réseau": 3, "orientation accompagnée": 2} {
		if c := strings.Count(all, want); c < n { // the list, the instructions, and the rows that have it
			t.Errorf("template: %q in %d cells' text, want %d (the list, the instructions and the rows)", want, c, n)
		}
	}
	for _, code := range []string{"case_consultation", "network_meeting", "warm_referral"} {
		if strings.Contains(all, code) {
			t.Errorf("French template shows the code %s", code)
		}
	}
	// What the template offers reads back.
	if _, stderr, code := runGBO(t, "ties", book); code != 0 {
		t.Errorf("the French template does not read back: %d %s", code, stderr)
	}

	// The report's kinds table: French names in the main column.
	page := filepath.Join(t.TempDir(), "rapport.html")
	if _, stderr, code := runGBO(t, "report", dir, "--lang", "fr", "-o", page); code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "<tr><td>concertation de cas</td>") {
		t.Error("French report: the kinds table does not name concertation de cas in its first column")
	}
	if strings.Contains(string(html), "<tr><td>case_consultation</td>") {
		t.Error("French report: the kinds table shows the code case_consultation as a kind's name")
	}

	// ties --explain.
	ex, stderr, code := runGBO(t, "ties", dir, "--explain", "cpas,caw", "--lang", "fr")
	if code != 0 {
		t.Fatalf("explain: %d %s", code, stderr)
	}
	if !strings.Contains(ex, "concertation de cas") || strings.Contains(ex, "case_consultation") {
		t.Errorf("French explain does not show the French kind name:\n%s", ex)
	}
}
