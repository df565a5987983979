package graph_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/locale"
)

// The form's words come from the catalogue in every language: the French
// ones are the glossary's, and across all languages no name of a rung
// means another rung, no header names another column, and no language
// gives one name to both sheets (the reader matches them in any case).
func TestSurveyFormWordsInEveryLanguage(t *testing.T) {
	fr := graph.SurveyFormWords("fr")
	if want := [6]string{"aucun contact", "faire connaissance", "partage de connaissances", "orientation", "concertation", "intégration"}; fr.Rungs != want {
		t.Errorf("French rungs %q, want %q", fr.Rungs, want)
	}
	if fr.Ratings != "Évaluations" || fr.Columns[graph.SurveyColRung] != "échelon" {
		t.Errorf("French form: %+v", fr)
	}
	if nl := graph.SurveyFormWords("nl"); nl.Columns[graph.SurveyColRung] != "trede" {
		t.Errorf("Dutch form: %+v", nl)
	}
	rung, col := map[string]int{}, map[string]int{}
	for _, lang := range locale.Languages() {
		w := graph.SurveyFormWords(lang)
		for r, n := range w.Rungs {
			if prev, ok := rung[n]; ok && prev != r {
				t.Errorf("%s: rung name %q is rungs %d and %d", lang, n, prev, r)
			}
			rung[n] = r
		}
		for c, n := range w.Columns {
			if prev, ok := col[n]; ok && prev != c {
				t.Errorf("%s: header %q is columns %d and %d", lang, n, prev, c)
			}
			col[n] = c
		}
		if w.Instructions == w.Ratings {
			t.Errorf("%s: both sheets are %q", lang, w.Ratings)
		}
	}
	if graph.SurveyFormWords("de") != graph.SurveyFormWords("en") {
		t.Errorf("a language the catalogue lacks is not English")
	}
}

// A form whose rungs were chosen by their French names (or typed, in any
// case, with or without the number) reads back to those rungs with gbo's
// depth model, as English and Dutch names do.
func TestSurveyFrenchRungNamesReadBack(t *testing.T) {
	ids := []string{"caw", "cpas", "mutualites"}
	key := graph.SurveyKey([]byte("0123456789abcdef0123456789abcdef"))
	en := graph.SurveyFormWords("en")
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", en.Ratings))
	for c, h := range en.Columns {
		cell, _ := excelize.CoordinatesToCellName(c+1, 1)
		must(f.SetCellStr(en.Ratings, cell, h))
	}
	rows := [][]any{{"cpas", "CPAS", "OCMW", "Concertation", 3, 4}, {"mutualites", "Mutualités", "DMW", "2 partage de connaissances", 2, 2}}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			must(f.SetCellValue(en.Ratings, cell, v))
		}
	}
	_, err := f.NewSheet(graph.SurveyCheckSheet)
	must(err)
	for i, row := range graph.SurveyCheckRows("caw", "Bruxelles", "fr", ids, key) {
		for j, v := range row {
			if v != "" {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				must(f.SetCellStr(graph.SurveyCheckSheet, cell, v))
			}
		}
	}
	must(f.SetSheetVisible(graph.SurveyCheckSheet, false, true))
	dir := t.TempDir()
	must(f.SaveAs(filepath.Join(dir, "caw.xlsx")))
	if _, err := os.Stat(filepath.Join(dir, "caw.xlsx")); err != nil {
		t.Fatal(err)
	}
	res, ps := graph.ReadSurveyForms(dir, key, realModel)
	mustClean(t, "form", ps)
	if res == nil || len(res.Ratings) != 2 || res.Lang != "fr" {
		t.Fatalf("got %+v", res)
	}
	want := map[string]int{"cpas": 4, "mutualites": 2}
	for _, r := range res.Ratings {
		if r.Depth != want[r.To] {
			t.Errorf("%s -> %s: rung %d, want %d", r.From, r.To, r.Depth, want[r.To])
		}
	}
}
