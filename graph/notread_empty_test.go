package graph

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
)

// A sheet that is not read and has no filled cell (Excel's blank
// "Feuil1", cells with a style or spaces only, an empty copy of a case
// sheet) gets no warning; one value or one formula in such a sheet brings
// the warning back.
func TestEmptySheetNotReadIsNotWarned(t *testing.T) {
	dir := t.TempDir()
	base := []sheet{
		{"partenaires", [][]any{{"id", "secteur"}, {"A", "CAW"}, {"B", "CPAS"}}},
		{"événements", [][]any{{"date", "de", "avec", "type"}, {day(2024, 1, 1), "A", "B", 1}}},
	}
	notRead := func(t *testing.T, path string) map[string]string {
		t.Helper()
		_, ps := readBook(t, path)
		if ps.HasErrors() {
			t.Fatalf("errors: %v", ps.Errors())
		}
		got := map[string]string{}
		for _, p := range ps {
			if strings.HasPrefix(p.Code, "sheet_not_read") {
				got[p.Args[0]] = p.Code
			}
		}
		return got
	}
	empty := append(append([]sheet{}, base...),
		sheet{"Feuil1", nil},
		sheet{"Blank", [][]any{{nil, nil}, {styled{"", "0.00"}}}},
		sheet{"Spaces", [][]any{{"   "}, {nil, " "}}},
		sheet{"Événements (2)", nil},
		sheet{"Interactions", nil}, // a second sheet of the events table, empty
	)
	if got := notRead(t, writeWorkbook(t, filepath.Join(dir, "empty.xlsx"), empty)); len(got) != 0 {
		t.Errorf("empty sheets warned about: %v", got)
	}

	filled := append(append([]sheet{}, base...),
		sheet{"Feuil1", [][]any{{nil}, {nil, nil, "x"}}},
		sheet{"Événements (2)", [][]any{{nil}, {"2024-01-02"}}},
		sheet{"Formula", nil},
	)
	path := writeWorkbook(t, filepath.Join(dir, "filled.xlsx"), filled)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula("Formula", "C3", "1+1"); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	want := map[string]string{"Feuil1": "sheet_not_read", "Événements (2)": "sheet_not_read_copy", "Formula": "sheet_not_read"}
	got := notRead(t, path)
	for name, code := range want {
		if got[name] != code {
			t.Errorf("%q: %q, want %s (all: %v)", name, got[name], code, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("warned about %v, want %v", got, want)
	}
}

// The sheet_not_read warning lists, before any other name, every sheet
// name the reader accepts in the message's language (sheetNamesByLang, the
// template's names included), each once up to accents, case, hyphens and
// spaces: "événements" in French. The list is generated from the reader's
// own tables, so a name added there and left out of the message fails here.
func TestSheetNotReadListsEveryNameOfTheLanguage(t *testing.T) {
	for _, lang := range locale.Languages() {
		accepted := sheetNamesByLang[lang]
		if len(accepted) < len(templateTables) {
			t.Fatalf("%s: %d names in the reader's table", lang, len(accepted))
		}
		msg := Text("sheet_not_read", lang, "Feuil1")
		list := msg[strings.Index(msg, "(")+1 : strings.LastIndex(msg, ")")]
		var listed []string
		for _, q := range strings.Split(list, ", ") {
			listed = append(listed, strings.Trim(q, `"`))
		}
		pos := map[string]int{} // folded name -> its place in the list
		for i, n := range listed {
			pos[foldName(n)] = i
			if _, ok := sheetAliases[sheetNameKey(n)]; !ok {
				t.Errorf("%s: %q is listed but not read", lang, n)
			}
		}
		// The names of the language come first: as many places as it has
		// names, accents and spellings aside.
		first := map[string]bool{}
		for n := range accepted {
			first[foldName(n)] = true
		}
		for n := range accepted {
			i, ok := pos[foldName(n)]
			switch {
			case !ok:
				t.Errorf("%s: %q is accepted but not listed: %s", lang, n, msg)
			case i >= len(first):
				t.Errorf("%s: %q is listed at place %d, after names of other languages (%d names are %s's): %s", lang, n, i+1, len(first), lang, msg)
			}
		}
	}
	if msg := Text("sheet_not_read", "fr", "Feuil1"); !strings.Contains(msg, `"événements"`) || strings.Contains(msg, `"evenements"`) {
		t.Errorf("fr: %s", msg)
	}
}
