package graph

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
)

// langFormBook builds a survey form as gbo survey make lays it out in any
// language of the catalogue (SurveyFormWords(lang)): the instructions and
// ratings sheets named in lang, the ratings sheet (named sheet when not
// "") with the headers of lang (each passed through head), rows as given,
// and the check sheet of SurveyCheckRows signed with testSurveyKey.
func langFormBook(t *testing.T, lang, sheet, respondent string, head func(string) string, rows [][]any) []byte {
	t.Helper()
	w := SurveyFormWords(lang)
	if sheet == "" {
		sheet = w.Ratings
	}
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", w.Instructions))
	_, err := f.NewSheet(sheet)
	must(err)
	for i, h := range w.Columns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		must(f.SetCellStr(sheet, cell, head(h)))
	}
	for r, row := range listEvery(respondent, surveyIDs, rows) {
		for c, v := range row {
			if v != nil {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
				must(f.SetCellValue(sheet, cell, v))
			}
		}
	}
	_, err = f.NewSheet(SurveyCheckSheet)
	must(err)
	for i, row := range SurveyCheckRows(respondent, "Bruxelles", lang, surveyIDs, testSurveyKey) {
		for j, v := range row {
			if v != "" {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				must(f.SetCellStr(SurveyCheckSheet, cell, v))
			}
		}
	}
	must(f.SetSheetVisible(SurveyCheckSheet, false, true))
	var b bytes.Buffer
	_, err = f.WriteTo(&b)
	must(err)
	return b.Bytes()
}

// nfd writes every "é" as "e" and a combining acute accent, as macOS may.
func nfd(s string) string {
	return strings.NewReplacer("é", "e\u0301", "É", "E\u0301").Replace(s)
}

// TestSurveyFormsOfEveryLanguageAreCollected: a French form (sheet
// "Évaluations", headers "échelon", "confiance", "valeur", rungs by their
// French names) is collected with its ratings, also with its sheet and
// headers upper-cased and its accents decomposed; a form made in French
// and answered with Dutch rung names reads too; every language of the
// catalogue reads its own form.
func TestSurveyFormsOfEveryLanguageAreCollected(t *testing.T) {
	same := func(s string) string { return s }
	upperNFD := func(s string) string { return nfd(strings.ToUpper(s)) }
	dir := writeForms(t, map[string][]byte{
		"caw.xlsx": langFormBook(t, "fr", "", "caw", same, [][]any{
			{"dmw", "Mutualités", "DMW", "Concertation", 3, 4},
			{"ocmw", "CPAS", "OCMW", "2 - partage de connaissances", "2", "1,0"},
			{"school", "École", "enseignement", nfd("INTÉGRATION"), 4, 4},
		}),
		"dmw.xlsx": langFormBook(t, "fr", nfd("ÉVALUATIONS"), "dmw", upperNFD, [][]any{
			{"caw", "CAW", "CAW", "faire_connaissance", 1, 2},
			{"school", "École", "enseignement", "kennisdeling", 2, 3},
		}),
	})
	res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	var got []string
	for _, r := range res.Ratings {
		got = append(got, fmt.Sprintf("%s>%s:%d/%d/%d", r.From, r.To, r.Depth, r.Trust, r.Value))
	}
	want := "[caw>dmw:4/3/4 caw>ocmw:2/2/1 caw>school:5/4/4 dmw>caw:1/1/2 dmw>school:2/2/3]"
	if fmt.Sprint(got) != want {
		t.Errorf("ratings %v, want %s", got, want)
	}
	if res.Lang != "fr" || len(res.Forms) != 2 || res.Forms[0].Rated != 3 {
		t.Errorf("lang %q forms %+v", res.Lang, res.Forms)
	}
	for _, lang := range locale.Languages() {
		w := SurveyFormWords(lang)
		dir := writeForms(t, map[string][]byte{"caw.xlsx": langFormBook(t, lang, "", "caw", same, [][]any{
			{"dmw", "", "", w.Rungs[3], 2, 3},
			{"school", "", "", w.Rungs[5], 4, 1},
		})})
		res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
		if len(ps) > 0 || len(res.Ratings) != 2 || res.Ratings[0].Depth != 3 || res.Ratings[1].Depth != 5 {
			t.Errorf("%s: ratings %+v, problems %v", lang, res.Ratings, ps)
		}
	}
}

// TestSurveyFormWordsInProblems: a French form without its ratings sheet,
// or without a column the reader needs, is refused with the names it
// looks for in every language, the form's own first.
func TestSurveyFormWordsInProblems(t *testing.T) {
	drop := func(s string) string {
		if s == "confiance" {
			return "confiance en l'autre"
		}
		return s
	}
	dir := writeForms(t, map[string][]byte{
		"caw.xlsx": langFormBook(t, "fr", "Feuille1", "caw", func(s string) string { return s }, nil),
		"dmw.xlsx": langFormBook(t, "fr", "", "dmw", drop, nil),
	})
	_, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	got := map[string]string{}
	for _, p := range ps {
		got[p.Code] = strings.Join(p.Args, " | ")
	}
	if len(ps) != 2 {
		t.Errorf("problems %v, want two", codesAt(dir, ps))
	}
	want := map[string]string{
		"survey_no_ratings_sheet": `"Évaluations", "Ratings", "Beoordelingen" | "Instructions", "Feuille1"`,
		"survey_missing_column":   "confiance/trust/vertrouwen",
	}
	for code, args := range want {
		if !strings.HasPrefix(got[code], args) {
			t.Errorf("%s: args %q, want %q", code, got[code], args)
		}
	}
}
