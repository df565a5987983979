package graph

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// editBook changes cells of a form's sheets: sheet -> cell -> value.
func editBook(t *testing.T, b []byte, cells map[string]map[string]any) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for sheet, m := range cells {
		for cell, v := range m {
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out bytes.Buffer
	if _, err := f.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// codesAt lists the problems as "file code line:col" (file within dir).
func codesAt(dir string, ps Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s %s %d:%d", strings.TrimPrefix(p.Pos.File, dir+string(filepath.Separator)), p.Code, p.Pos.Line, p.Pos.Col))
	}
	return out
}

// TestSurveyFormCannotClaimAnotherPartner: a returned form edited to
// answer in another partner's name (its hidden respondent changed), a form
// signed with another key, an unsigned form of an older gbo, a form signed
// for one partner whose ratings sheet is another's, and a form with rows
// deleted are each an error at the form; no rating of them is kept.
func TestSurveyFormCannotClaimAnotherPartner(t *testing.T) {
	cawRows := [][]any{{"dmw", nil, nil, 1, 1, 1, nil}, {"ocmw", nil, nil, 2, 2, 2, nil}, {"school", nil, nil, 3, 3, 3, nil}}
	caw := formBookKey(t, "nl", "caw", "Proef", surveyIDs, cawRows, testSurveyKey)
	otherKey := SurveyKey([]byte("fedcba9876543210fedcba9876543210"))
	// an old form: version 1, the head without a signature row.
	old := editBook(t, caw, map[string]map[string]any{SurveyCheckSheet: {"B1": surveyUnsignedVersion}})
	tests := []struct {
		name, want string
		form       []byte
	}{
		{"the respondent edited", "f.xlsx:gbo survey_bad_signature 7:2",
			editBook(t, caw, map[string]map[string]any{SurveyCheckSheet: {"B2": "school"}})},
		{"the respondent and the rows edited alike", "f.xlsx:gbo survey_bad_signature 7:2",
			editBook(t, caw, map[string]map[string]any{SurveyCheckSheet: {"B2": "school"}, "Beoordelingen": {"A4": "caw"}})},
		{"signed with another key", "f.xlsx:gbo survey_bad_signature 7:2",
			formBookKey(t, "nl", "caw", "Proef", surveyIDs, cawRows, otherKey)},
		{"the signature cleared", "f.xlsx:gbo survey_check_damaged 7:0",
			editBook(t, caw, map[string]map[string]any{SurveyCheckSheet: {"B7": ""}})},
		{"an unsigned form of an older gbo", "f.xlsx:gbo survey_unsigned 1:2", old},
		{"signed for school, the ratings of caw", "f.xlsx:gbo survey_form_for_other 2:2",
			formBookKey(t, "nl", "school", "Proef", surveyIDs, cawRows, testSurveyKey)},
		{"rows deleted", "f.xlsx:Beoordelingen survey_rows_missing 0:0",
			formBookKey(t, "nl", "caw", "Proef", surveyIDs, cawRows[:1], testSurveyKey)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeForms(t, map[string][]byte{"f.xlsx": tc.form})
			res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
			got := codesAt(dir, ps.Errors())
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("problems %v, want %s first", got, tc.want)
			}
			if tc.name != "signed for school, the ratings of caw" && tc.name != "rows deleted" && len(res.Ratings) > 0 {
				t.Errorf("ratings of a refused form kept: %v", res.Ratings)
			}
			for _, p := range ps.Errors() {
				if m := p.Message("en"); strings.Contains(m, "%!") {
					t.Errorf("message %s", m)
				}
			}
		})
	}
	// The form itself, unchanged, is read.
	dir := writeForms(t, map[string][]byte{"f.xlsx": caw})
	if res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions()); len(ps) > 0 || len(res.Ratings) != 3 {
		t.Errorf("the form as made: %v %v", ps, res.Ratings)
	}
}

// TestSurveyFolderWorkIsBounded: a form reached many times (hard links,
// links) is read once, with a warning each; a second form of a respondent
// is an error whose ratings are not kept; the forms together unzip to at
// most the survey's budget, an error naming the folder and the limit, after
// which nothing more is read.
func TestSurveyFolderWorkIsBounded(t *testing.T) {
	caw := formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 1, nil, nil, nil}})
	dir := writeForms(t, map[string][]byte{"a.xlsx": caw})
	for i := 0; i < 40; i++ {
		if err := os.Link(filepath.Join(dir, "a.xlsx"), filepath.Join(dir, fmt.Sprintf("h%02d.xlsx", i))); err != nil {
			t.Skip("no hard links:", err)
		}
		if err := os.Symlink("a.xlsx", filepath.Join(dir, fmt.Sprintf("s%02d.xlsx", i))); err != nil {
			t.Skip("no links:", err)
		}
	}
	res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	same := 0
	for _, p := range ps {
		if p.Code == "survey_same_file" && p.Severity == Warning {
			same++
		}
	}
	if same != 80 || ps.HasErrors() || len(res.Forms) != 1 || len(res.Ratings) != 1 {
		t.Errorf("%d same-file warnings, forms %v, ratings %v, problems %v", same, res.Forms, res.Ratings, codesAt(dir, ps))
	}

	// Copies (other inodes): the first is read, the rest are errors, and
	// their ratings are not kept.
	files := map[string][]byte{"a.xlsx": caw}
	for i := 0; i < 150; i++ {
		files[fmt.Sprintf("c%03d.xlsx", i)] = caw
	}
	dir = writeForms(t, files)
	res, ps = ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	dups, more := 0, ""
	for _, p := range ps {
		switch p.Code {
		case "survey_duplicate_respondent":
			dups++
		case "more_problems":
			more = strings.Join(p.Args, " ")
		}
	}
	// 150 copies: 150 errors, each in its own file.
	if dups != 150 || len(res.Ratings) != 1 || len(res.Forms) != 1 {
		t.Errorf("%d duplicate errors (more: %q), %d ratings, forms %v", dups, more, len(res.Ratings), res.Forms)
	}

	// The budget: copies of one form (other inodes) are read until the
	// forms read unzip to more than the survey's budget; the rest is not
	// read. A form of 4 partners unzips to some 30 KB.
	n := declaredUnzipped(caw)
	old := surveyBaseBudget
	surveyBaseBudget = n // room for one form, until a signed form says the size
	defer func() { surveyBaseBudget = old }()
	budget := surveyBudget(len(surveyIDs))
	files = map[string][]byte{}
	for i := 0; i < 60; i++ {
		files[fmt.Sprintf("%02d.xlsx", i)] = caw
	}
	dir = writeForms(t, files)
	res, ps = ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	stop := fmt.Sprintf("%02d.xlsx", budget/n)
	var hit *Problem
	for i, p := range ps {
		if p.Code == "survey_too_much" {
			hit = &ps[i]
		}
	}
	if budget/n >= 60 || hit == nil || filepath.Base(hit.Pos.File) != stop || hit.Args[0] != dir || len(res.Forms) != 1 {
		t.Fatalf("budget %d, form %d: %v, forms %v", budget, n, codesAt(dir, ps), res.Forms)
	}
	if m := hit.Message("en"); !strings.Contains(m, dir) || !strings.Contains(m, sizeText(budget)) {
		t.Errorf("message %q names not the folder and the limit", m)
	}
}

// TestSurveyEveryProblemIsCounted: problems beyond the 100 listed of one
// kind are counted in a more_problems line, as the case reader does.
func TestSurveyEveryProblemIsCounted(t *testing.T) {
	rows := [][]any{{"dmw", nil, nil, 1, nil, nil, nil}}
	for i := 0; i < 1000; i++ {
		rows = append(rows, []any{"dmw", nil, nil, 2, nil, nil, nil})
	}
	dir := writeForms(t, map[string][]byte{"caw.xlsx": formBook(t, "nl", "caw", "Proef", surveyIDs, rows)})
	_, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	listed, more := 0, ""
	for _, p := range ps {
		switch p.Code {
		case "survey_duplicate_row":
			listed++
		case "more_problems":
			more = strings.Join(p.Args, " ")
		}
	}
	if listed != problemCap || more != "900 survey_duplicate_row" {
		t.Errorf("%d listed, more %q", listed, more)
	}
}

// TestSurveyFormCellsAreCleanedAndBounded: a form's cells are cleaned as
// a case's cells are (control and text-direction characters dropped, one
// hostile_chars warning), and an id of the check sheet longer than
// maxIDChars is an error that quotes at most maxArgChars of it.
func TestSurveyFormCellsAreCleanedAndBounded(t *testing.T) {
	form := formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{
		{"d\u2066m\u009bw", nil, nil, 1, nil, nil, nil}, {"dmw"}, {"ocmw", nil, nil, "kennis\u202edeling", nil, nil, nil}})
	// dmw is listed twice (once forged): rated once.
	dir := writeForms(t, map[string][]byte{"caw.xlsx": form})
	res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	got := codesAt(dir, ps)
	if fmt.Sprint(got) != "[caw.xlsx:Beoordelingen hostile_chars 2:1]" || len(res.Ratings) != 2 {
		t.Errorf("problems %v, ratings %v", got, res.Ratings)
	}
	if ps[0].Args[1] != "3" {
		t.Errorf("hostile_chars counts %v", ps[0].Args)
	}

	long := strings.Repeat("x", 60000)
	ids := append([]string{long}, surveyIDs...)
	form = formBook(t, "nl", "caw", "Proef", ids, nil)
	dir = writeForms(t, map[string][]byte{"caw.xlsx": form})
	_, ps = ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	got = codesAt(dir, ps)
	if len(got) != 1 || got[0] != "caw.xlsx:gbo too_many_chars 8:1" {
		t.Fatalf("problems %v", got)
	}
	if m := ps[0].Message("en"); len(m) > 2000 {
		t.Errorf("a message of %d bytes", len(m))
	}
	form = formBook(t, "nl", long[:300], "Proef", append([]string{long[:300]}, surveyIDs...), nil)
	dir = writeForms(t, map[string][]byte{"caw.xlsx": form})
	_, ps = ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	if got = codesAt(dir, ps); len(got) != 1 || got[0] != "caw.xlsx:gbo too_many_chars 8:1" {
		t.Errorf("a long respondent: %v", got)
	}
}

// TestSurveyNotesBesideTheFormAreIgnored: cells right of the form's
// columns, even in Excel's last column XFD (past the reader's 1,000
// columns), are not read: the form is read, with one warning at the first.
func TestSurveyNotesBesideTheFormAreIgnored(t *testing.T) {
	form := formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 1, nil, nil, nil}})
	form = editBook(t, form, map[string]map[string]any{"Beoordelingen": {"XFD2": "bellen!", "J3": "notitie", "ALM4": 5, "XFD1": "kop"}})
	dir := writeForms(t, map[string][]byte{"caw.xlsx": form})
	res, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	got := codesAt(dir, ps)
	if fmt.Sprint(got) != "[caw.xlsx:Beoordelingen survey_notes_ignored 1:16384]" || len(res.Ratings) != 1 {
		t.Errorf("problems %v, ratings %v", got, res.Ratings)
	}
	if len(ps) == 1 && fmt.Sprint(ps[0].Args) != "[4 G]" {
		t.Errorf("args %v", ps[0].Args)
	}
}

// TestSurveyFormUnzipsToAtMost: a form whose parts unzip to more than
// surveyMaxFormUnzipped (a sheet of padding, as compressible as a zip
// allows) is refused before it is read, naming the limit.
func TestSurveyFormUnzipsToAtMost(t *testing.T) {
	form := formBook(t, "nl", "caw", "Proef", surveyIDs, nil)
	zr, err := zip.NewReader(bytes.NewReader(form), int64(len(form)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, _ := zw.Create(f.Name)
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	w, _ := zw.Create("xl/media/pad.bin")
	pad := bytes.Repeat([]byte("<row/>"), surveyMaxFormUnzipped/6+1)
	w.Write(pad)
	zw.Close()
	dir := writeForms(t, map[string][]byte{"caw.xlsx": out.Bytes()})
	_, ps := ReadSurveyForms(dir, testSurveyKey, surveyOptions())
	if got := codesAt(dir, ps); fmt.Sprint(got) != "[caw.xlsx survey_form_too_large_unzipped 0:0 forms survey_no_forms 0:0]" &&
		fmt.Sprint(got) != "[caw.xlsx survey_form_too_large_unzipped 0:0]" {
		t.Errorf("problems %v", got)
	}
	if len(ps) > 0 && ps[0].Args[0] != sizeText(surveyMaxFormUnzipped) {
		t.Errorf("args %v", ps[0].Args)
	}
}
