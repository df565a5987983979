package graph

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// surveyIDs are the partners of the test survey.
var surveyIDs = []string{"caw", "dmw", "ocmw", "school"}

// formBook builds a survey form as gbo survey make lays it out: a ratings
// sheet with the header of lang and rows (id, name, sector, rung, trust,
// value, comment; nil for an empty cell), and the check sheet of
// SurveyCheckRows. It returns the workbook's bytes.
func formBook(t testing.TB, lang, respondent, caseName string, ids []string, rows [][]any) []byte {
	t.Helper()
	return formBookKey(t, lang, respondent, caseName, ids, listEvery(respondent, ids, rows), testSurveyKey)
}

// testSurveyKey signs the test forms, as a user's key would.
var testSurveyKey = SurveyKey([]byte("0123456789abcdef0123456789abcdef"))

// listEvery appends to rows an empty row for every partner of ids but
// respondent that rows do not name, as gbo survey make lists them.
func listEvery(respondent string, ids []string, rows [][]any) [][]any {
	named := map[string]bool{}
	for _, row := range rows {
		if len(row) > 0 {
			if s, ok := row[0].(string); ok {
				named[s] = true
			}
		}
	}
	out := append([][]any(nil), rows...)
	for _, id := range ids {
		if id != respondent && !named[id] {
			out = append(out, []any{id})
		}
	}
	return out
}

// formBookKey is formBook with the rows as given (no row added) and the
// check signed with key.
func formBookKey(t testing.TB, lang, respondent, caseName string, ids []string, rows [][]any, key []byte) []byte {
	t.Helper()
	words := SurveyFormWords(lang)
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", words.Instructions))
	sheet := words.Ratings
	_, err := f.NewSheet(sheet)
	must(err)
	for i, c := range words.Columns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		must(f.SetCellStr(sheet, cell, c))
	}
	for r, row := range rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
			must(f.SetCellValue(sheet, cell, v))
		}
	}
	_, err = f.NewSheet(SurveyCheckSheet)
	must(err)
	for i, row := range SurveyCheckRows(respondent, caseName, lang, ids, key) {
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

// writeForms writes files (name -> bytes) into a new folder.
func writeForms(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "forms")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func surveyOptions() Options { return Options{Vocabulary: newFakeVocabulary} }

// TestSurveyFormsReadAsTheyComeBack: renamed forms, numbers written as text
// or with a decimal part, rungs by number, by Dutch or English name or both,
// empty rows, rows sorted in another order, and a comment column that is
// never read, give exactly the ratings filled in, and the response counts.
func TestSurveyFormsReadAsTheyComeBack(t *testing.T) {
	secret := "Mevrouw Janssens belde over cliënt X"
	dir := writeForms(t, map[string][]byte{
		// caw's form, renamed, in Dutch: text numbers, names, a comment.
		"antwoord CAW (definitief).xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{
			{"school", "School", "onderwijs", "kennisdeling", "3", 2.0, secret},
			{"dmw", "DMW", "DMW", 4, "4,0", nil, nil},
			{"ocmw", "OCMW", "OCMW", nil, nil, nil, "nog te bespreken"},
		}),
		// dmw's form in English with "3 - referral" and "2.0".
		"dmw.xlsx": formBook(t, "en", "dmw", "Proef", surveyIDs, [][]any{
			{"caw", "CAW", "CAW", "3 - Referral", "2.0", "1", nil},
			{"ocmw", "OCMW", "OCMW", " No Contact ", nil, nil, nil},
			{"school", "School", "onderwijs", nil, nil, nil, nil},
		}),
		// ocmw's form came back empty; school's did not come back.
		"ocmw.xlsx": formBook(t, "nl", "ocmw", "Proef", surveyIDs, [][]any{
			{"caw", "CAW", "CAW", nil, nil, nil, nil},
		}),
	})
	res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	if ps.HasErrors() || len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	var got []string
	for _, r := range res.Ratings {
		got = append(got, fmt.Sprintf("%s>%s:%d/%d/%d", r.From, r.To, r.Depth, r.Trust, r.Value))
	}
	want := "[caw>dmw:4/4/0 caw>school:2/3/2 dmw>caw:3/2/1 dmw>ocmw:0/0/0]"
	if fmt.Sprint(got) != want {
		t.Errorf("ratings %v, want %s", got, want)
	}
	if strings.Contains(fmt.Sprintf("%+v", res), "Janssens") || strings.Contains(fmt.Sprintf("%+v", res), "bespreken") {
		t.Error("a comment was read into the result")
	}
	rs := res.Response()
	if fmt.Sprint(rs.Answered, rs.Empty, rs.Missing) != "[caw dmw] [ocmw] [school]" {
		t.Errorf("answered/empty/missing %v %v %v", rs.Answered, rs.Empty, rs.Missing)
	}
	// caw-dmw both sides; caw>school (school did not answer), dmw>ocmw
	// (ocmw answered empty: not an answer).
	if rs.Partners != 4 || rs.BothSides != 1 || rs.OneSide != 2 || rs.OneSideUnanswered != 2 {
		t.Errorf("response %+v", rs)
	}
	if res.Case != "Proef" || res.Lang != "nl" || len(res.Forms) != 3 {
		t.Errorf("case %q lang %q forms %v", res.Case, res.Lang, res.Forms)
	}
}

// TestSurveyFormProblemsHaveTheirPlace: one bad form per kind; each
// problem names the file and sheet, the row and the column.
func TestSurveyFormProblemsHaveTheirPlace(t *testing.T) {
	good := func(resp string) []byte {
		return formBook(t, "nl", resp, "Proef", surveyIDs, [][]any{{"school", nil, nil, "kennismaking", 2, 2, nil}})
	}
	tests := []struct {
		name  string
		files map[string][]byte
		code  string
		at    string // file:line:col of the first problem of code
	}{
		{"a rung that is no rung", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{
			{"dmw", nil, nil, "kennismaking", 1, 1, nil}, {"ocmw", nil, nil, "heel diep", 2, 2, nil}})},
			"survey_bad_rung", "caw.xlsx:Beoordelingen:3:4"},
		{"a rung above 5", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 6, nil, nil, nil}})},
			"survey_bad_rung", "caw.xlsx:Beoordelingen:2:4"},
		{"a number and a name that disagree", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, "2 doorverwijzing", nil, nil, nil}})},
			"survey_bad_rung", "caw.xlsx:Beoordelingen:2:4"},
		{"trust 7", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 1, 7, nil, nil}})},
			"survey_bad_score", "caw.xlsx:Beoordelingen:2:5"},
		{"value 2.5", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 1, nil, 2.5, nil}})},
			"survey_bad_score", "caw.xlsx:Beoordelingen:2:6"},
		{"trust without a rung", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, nil, 3, nil, nil}})},
			"survey_no_rung", "caw.xlsx:Beoordelingen:2:4"},
		{"a partner rating itself", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"caw", nil, nil, 5, nil, nil, nil}})},
			"survey_self_rating", "caw.xlsx:Beoordelingen:2:1"},
		{"an unknown partner", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw-x", nil, nil, 5, nil, nil, nil}})},
			"survey_unknown_partner", "caw.xlsx:Beoordelingen:2:1"},
		{"a rating without an id", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{nil, "DMW", nil, 5, nil, nil, nil}})},
			"survey_no_id", "caw.xlsx:Beoordelingen:2:1"},
		{"a partner rated twice", map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{
			{"dmw", nil, nil, 5, nil, nil, nil}, {"dmw", nil, nil, 4, nil, nil, nil}})},
			"survey_duplicate_row", "caw.xlsx:Beoordelingen:3:1"},
		{"two forms for one partner", map[string][]byte{"caw.xlsx": good("caw"), "caw (2).xlsx": good("caw")},
			"survey_duplicate_respondent", "caw.xlsx:gbo:2:2"},
		{"a form of another case", map[string][]byte{"caw.xlsx": good("caw"), "dmw.xlsx": good("dmw"),
			"ocmw.xlsx": formBook(t, "nl", "ocmw", "Andere", surveyIDs, [][]any{{"caw", nil, nil, 1, nil, nil, nil}})},
			"survey_other_case", "ocmw.xlsx:gbo:4:2"},
		{"a form of the same case with other partners", map[string][]byte{"caw.xlsx": good("caw"), "dmw.xlsx": good("dmw"),
			"ocmw.xlsx": formBook(t, "nl", "ocmw", "Proef", append([]string{"extra"}, surveyIDs...), [][]any{{"caw", nil, nil, 1, nil, nil, nil}})},
			"survey_other_case", "ocmw.xlsx:gbo:4:2"},
		{"a file that is not a form", map[string][]byte{"caw.xlsx": good("caw"), "notities.txt": []byte("hallo")},
			"survey_not_xlsx", "notities.txt:0:0"},
		{"an old .xls", map[string][]byte{"caw.xls": []byte("\xd0\xcf\x11\xe0")},
			"survey_not_xlsx", "caw.xls:0:0"},
		{"a workbook that is not a form", map[string][]byte{"caw.xlsx": mustBook(t)},
			"survey_no_check", "caw.xlsx:0:0"},
		{"a damaged check sheet", map[string][]byte{"caw.xlsx": damagedCheck(t)},
			"survey_check_damaged", "caw.xlsx:gbo:4:0"},
		{"an empty folder", map[string][]byte{}, "survey_no_forms", "forms:0:0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeForms(t, tc.files)
			_, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
			var hit *Problem
			for i, p := range ps {
				if p.Code == tc.code {
					hit = &ps[i]
					break
				}
			}
			if hit == nil {
				t.Fatalf("no %s among %v", tc.code, ps)
			}
			at := fmt.Sprintf("%s:%d:%d", strings.TrimPrefix(hit.Pos.File, dir+string(filepath.Separator)), hit.Pos.Line, hit.Pos.Col)
			if tc.code == "survey_no_forms" {
				at = fmt.Sprintf("%s:%d:%d", filepath.Base(hit.Pos.File), hit.Pos.Line, hit.Pos.Col)
			}
			if at != tc.at || hit.Severity != Error {
				t.Errorf("%s at %s (severity %d), want %s: %v", tc.code, at, hit.Severity, tc.at, ps)
			}
			for _, lang := range []string{"en", "nl"} {
				if m := hit.Message(lang); strings.Contains(m, "%!") || strings.Contains(m, tc.code) {
					t.Errorf("message %s: %s", lang, m)
				}
			}
		})
	}
}

func mustBook(t *testing.T) []byte {
	f := excelize.NewFile()
	defer f.Close()
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// damagedCheck is a form whose check sheet's fingerprint does not fit its
// partner list (an id edited by hand).
func damagedCheck(t testing.TB) []byte {
	b := formBook(t, "nl", "caw", "Proef", surveyIDs, nil)
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellStr(SurveyCheckSheet, "A8", "caw2"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(SurveyCheckSheet, "B2", "caw2"); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestSurveyFoldersThingsThatAreNoForm: a lock file of an open form and a
// subfolder are warnings naming them; dot files pass in silence.
func TestSurveyFolderThingsThatAreNoForm(t *testing.T) {
	dir := writeForms(t, map[string][]byte{
		"caw.xlsx":   formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 1, nil, nil, nil}}),
		"~$caw.xlsx": []byte("lock"),
		".DS_Store":  []byte("x"),
	})
	if err := os.Mkdir(filepath.Join(dir, "oud"), 0o755); err != nil {
		t.Fatal(err)
	}
	res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%s %s %d", filepath.Base(p.Pos.File), p.Code, p.Severity))
	}
	if fmt.Sprint(got) != "[oud skip_folder 0 ~$caw.xlsx survey_lock_file 0]" {
		t.Errorf("problems %v", got)
	}
	if len(res.Ratings) != 1 {
		t.Errorf("ratings %v", res.Ratings)
	}
}

// FuzzSurveyForm: no workbook makes the form reader panic, hang or accept
// a rating outside its ranges.
func FuzzSurveyForm(f *testing.F) {
	f.Add(formBook(f, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", "DMW", "DMW", "kennismaking", "3", 2, "x"}, {"school", nil, nil, 5, nil, nil, nil}}))
	f.Add(formBook(f, "en", "dmw", "", surveyIDs, nil))
	f.Add(damagedCheck(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{opt: surveyOptions(), lim: newLimits(Options{}), counts: map[capKey]int{}, c: &Case{}, vocab: numberVocabulary{}}
		form := r.readSurveyForm("f.xlsx", data, &surveyRead{key: testSurveyKey, first: map[string]string{}})
		if form == nil {
			return
		}
		for _, rt := range form.ratings {
			if rt.Depth < 0 || rt.Depth > 5 || rt.Trust < 0 || rt.Trust > 4 || rt.Value < 0 || rt.Value > 4 || rt.From != form.respondent || rt.To == rt.From {
				t.Fatalf("rating out of range: %+v", rt)
			}
		}
	})
}
