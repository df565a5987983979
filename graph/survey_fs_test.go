package graph

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestSurveyFormsFSAsAFolder: ReadSurveyFormsFS over forms in memory finds
// exactly what ReadSurveyForms finds in a folder holding the same files,
// for each kind of check: good forms and their ratings, a form edited
// after it was signed (the signature under the key), a form made with
// another key, a file that is no form, a lock file, two forms of one
// respondent, the entry count, a form over the size limit, and the unzip
// budget across forms. Positions differ only in the folder's name.
func TestSurveyFormsFSAsAFolder(t *testing.T) {
	caw := formBook(t, "nl", "caw", "Proef", surveyIDs, [][]any{{"dmw", nil, nil, 3, 2, 4, nil}, {"school", nil, nil, "kennismaking", nil, nil, nil}})
	dmw := formBook(t, "en", "dmw", "Proef", surveyIDs, [][]any{{"caw", nil, nil, 2, nil, nil, nil}})
	other := formBookKey(t, "nl", "ocmw", "Proef", surveyIDs, listEvery("ocmw", surveyIDs, nil), SurveyKey([]byte("another key, another user......")))
	big := map[string][]byte{}
	for i := 0; i <= surveyMaxEntries; i++ {
		big[fmt.Sprintf("%05d.txt", i)] = nil
	}
	n := declaredUnzipped(caw)
	budget := map[string][]byte{}
	for i := 0; i < 60; i++ {
		budget[fmt.Sprintf("%02d.xlsx", i)] = caw
	}
	for _, c := range []struct {
		name   string
		files  map[string][]byte
		opt    Options
		base   int64 // surveyBaseBudget, 0: as it is
		expect string
	}{
		{"good", map[string][]byte{"caw.xlsx": caw, "dmw.xlsx": dmw}, surveyOptions(), 0, ""},
		{"tampered", map[string][]byte{"caw.xlsx": caw, "dmw.xlsx": damagedCheck(t)}, surveyOptions(), 0, "survey_check_damaged"},
		{"other key", map[string][]byte{"caw.xlsx": caw, "ocmw.xlsx": other}, surveyOptions(), 0, "survey_bad_signature"},
		{"no form", map[string][]byte{"caw.xlsx": caw, "notes.txt": []byte("x"), "~$caw.xlsx": []byte("lock"), ".hidden": nil}, surveyOptions(), 0, "survey_not_xlsx"},
		{"twice", map[string][]byte{"a.xlsx": caw, "b.xlsx": caw}, surveyOptions(), 0, "survey_duplicate_respondent"},
		{"entries", big, surveyOptions(), 0, "survey_too_many_files"},
		{"too large", map[string][]byte{"caw.xlsx": caw}, Options{Vocabulary: newFakeVocabulary, MaxFileBytes: int64(len(caw) - 1)}, 0, "survey_form_too_large"},
		{"budget", budget, surveyOptions(), n, "survey_too_much"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.base > 0 {
				old := surveyBaseBudget
				surveyBaseBudget = c.base
				defer func() { surveyBaseBudget = old }()
			}
			dir := writeForms(t, c.files)
			dres, dps := ReadSurveyForms(dir, testSurveyKey, c.opt)
			mres, mps := ReadSurveyFormsFS(MemFS(c.files), "returned", testSurveyKey, c.opt)
			show := func(label string, ps Problems) string {
				var b strings.Builder
				for _, p := range ps {
					file := strings.TrimPrefix(filepath.ToSlash(p.Pos.File), filepath.ToSlash(label))
					args := strings.ReplaceAll(strings.Join(p.Args, "|"), label, "LABEL")
					fmt.Fprintf(&b, "%s:%d:%d %d %s %s\n", file, p.Pos.Line, p.Pos.Col, p.Severity, p.Code, args)
				}
				return b.String()
			}
			d, m := show(dir, dps), show("returned", mps)
			if d != m {
				t.Errorf("problems differ:\nfolder:\n%s\nmemory:\n%s", d, m)
			}
			if c.expect != "" && !strings.Contains(m, " "+c.expect+" ") {
				t.Errorf("no %s:\n%s", c.expect, m)
			}
			if c.expect == "" && mps.HasErrors() {
				t.Errorf("errors in good forms:\n%s", m)
			}
			ratings := func(rs []Rating) string {
				var b strings.Builder
				for _, r := range rs {
					fmt.Fprintf(&b, "%s>%s %d %d %d; ", r.From, r.To, r.Depth, r.Trust, r.Value)
				}
				return b.String()
			}
			if ratings(dres.Ratings) != ratings(mres.Ratings) || dres.Case != mres.Case || fmt.Sprint(dres.Partners) != fmt.Sprint(mres.Partners) || len(dres.Forms) != len(mres.Forms) {
				t.Errorf("results differ:\n%+v\n%+v", dres, mres)
			}
			if len(mres.Inputs) != 0 {
				t.Errorf("inputs on disk %v", mres.Inputs)
			}
			if c.name == "good" && len(mres.Ratings) != 3 {
				t.Errorf("ratings %v", mres.Ratings)
			}
		})
	}
}
