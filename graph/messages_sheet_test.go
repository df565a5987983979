package graph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A workbook has sheets, not objects.csv or people.csv: an unknown object
// or person in a workbook's sheet names the workbook's sheet, in both
// languages; in a case folder the same problem still names the file.
func TestWorkbookProblemsNameTheSheet(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"a", "CAW"}, {"b", "OCMW"}}},
		{"objecten", [][]any{{"id", "naam"}, {"o1", "Onthaal"}}},
		{"personen", [][]any{{"id", "partner"}, {"p1", "a"}}},
		{"Contacten", [][]any{
			{"datum", "van", "met", "soort", "grensobject", "personen"},
			{day(2024, 1, 1), "a", "b", "referral", "o2", "p9"},
		}},
	})
	_, ps := readBook(t, path)
	want := map[string][2]string{
		"unknown_object": {"is not in the workbook's objects sheet", "staat niet in het blad met de objecten van het werkboek"},
		"unknown_person": {"is not in the workbook's people sheet", "staat niet in het blad met de personen van het werkboek"},
	}
	for code, w := range want {
		got := only(ps, code)
		if len(got) != 1 {
			t.Fatalf("%s: %d problems, want 1: %v", code, len(got), ps)
		}
		p := got[0]
		if !strings.HasSuffix(p.Pos.File, ":Contacten") {
			t.Errorf("%s at %q, want the sheet Contacten", code, p.Pos.File)
		}
		for i, lang := range []string{"en", "nl"} {
			m := p.Message(lang)
			if !strings.Contains(m, w[i]) || strings.Contains(m, ".csv") {
				t.Errorf("%s %s: %q", code, lang, m)
			}
		}
	}

	// The same problems in a case folder name the files.
	dir := t.TempDir()
	for name, body := range map[string]string{
		"partners.csv":     "id,sector\na,CAW\nb,OCMW\n",
		"objects.csv":      "id,name\no1,Onthaal\n",
		"people.csv":       "id,partner\np1,a\n",
		"interactions.csv": "date,from,with,kind,object,people\n2024-01-01,a,b,referral,o2,p9\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	src, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, ps = Read(src, fakeOptions)
	for code, file := range map[string]string{"unknown_object": "objects.csv", "unknown_person": "people.csv"} {
		got := only(ps, code)
		if len(got) != 1 || !strings.Contains(got[0].Message("en"), "is not in "+file) || !strings.Contains(got[0].Message("nl"), "staat niet in "+file) {
			t.Errorf("folder %s: %v", code, got)
		}
	}
}
