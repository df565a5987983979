package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// The new user's workbook (issue 12, item 4): partners, an empty ratings
// sheet, and 40 interactions on a sheet Excel named "Interacties1". gbo
// validate must not say all is well: it exits 2, names the sheet and says
// to rename it to "interacties", and nowhere says "ratings only" of a case
// with no ratings.
func TestValidateNamesTheSheetNotRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "netwerk.xlsx")
	f := excelize.NewFile()
	defer f.Close()
	set := func(sheet string, rows [][]any) {
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(sheet, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.SetSheetName("Sheet1", "Partners"); err != nil {
		t.Fatal(err)
	}
	partners := [][]any{{"id", "naam", "sector"}}
	for i := 1; i <= 12; i++ {
		partners = append(partners, []any{fmt.Sprintf("P%02d", i), fmt.Sprintf("Partner %d", i), "CAW"})
	}
	set("Partners", partners)
	for _, s := range []string{"Interacties1", "Banden"} {
		if _, err := f.NewSheet(s); err != nil {
			t.Fatal(err)
		}
	}
	events := [][]any{{"datum", "van", "met", "soort"}}
	for i := 0; i < 40; i++ {
		events = append(events, []any{time.Date(2024, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC),
			fmt.Sprintf("P%02d", 1+i%12), fmt.Sprintf("P%02d", 1+(i+1)%12), "overleg"})
	}
	set("Interacties1", events)
	set("Banden", [][]any{{"van", "naar", "diepte"}})
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"nl", "en"} {
		stdout, stderr, code := runGBO(t, "validate", "--lang", lang, path)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2\n%s%s", lang, code, stdout, stderr)
		}
		want := map[string][]string{
			"nl": {`netwerk.xlsx:Interacties1: waarschuwing: blad "Interacties1" wordt niet gelezen`, `hernoem het dan tot "interacties"`, `de gevonden bladen zijn "Partners", "Interacties1", "Banden"`},
			"en": {`netwerk.xlsx:Interacties1: warning: sheet "Interacties1" is not read`, `rename it to "interacties"`, `the sheets found are "Partners", "Interacties1", "Banden"`},
		}[lang]
		for _, w := range want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", lang, w, stderr)
			}
		}
		if all := stdout + stderr; strings.Contains(all, "alleen beoordelingen") || strings.Contains(all, "ratings only") {
			t.Errorf("%s: a case without ratings called ratings only:\n%s", lang, all)
		}
	}
}
