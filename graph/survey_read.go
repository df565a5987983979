package graph

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// ReadSurveyForms reads the returned survey forms in the folder dir (see
// survey.go for their layout) with the streaming workbook reader of
// xlsx.go, and returns their ratings and every problem (errors and
// warnings, sorted). It never panics. The result is non-nil; with errors it
// may be partial and must not be written out.
//
// Every regular .xlsx (or .xlsm) file inside dir is read as a form, whatever
// its name; links that stay inside are followed. Anything else is named:
// another regular file is an error (survey_not_xlsx: only forms belong in
// the folder), Excel's lock file "~$…" a warning (the form is still open),
// folders, pipes, devices and links leading outside a warning (skip_*); files
// whose name starts with "." and Windows' Thumbs.db and desktop.ini are
// passed over in silence.
//
// Each cell is checked, and a problem names the file and sheet
// (folder/form.xlsx:Beoordelingen), the row and the column: a rung must be
// 0-5 or a rung's name (English or Dutch, as SurveyRungNames, or a name of
// opt.Vocabulary), trust and value 1-4 (numbers may be text, "3.0" or
// "3,0"); the rated partner must be one of the form's partners, not the
// respondent, and rated once per form. A row without rung, trust and
// value is not rated. Across forms, two forms for the same partner, and a
// form whose fingerprint (case name and partner list) differs from that of
// most forms, are errors. The comment column is never read.
//
// Limits: at most surveyMaxEntries (10,000) entries in dir, forms of at
// most surveyMaxFormBytes (16 MiB, lowered by opt.MaxFileBytes), at most
// MaxSurveyPartners (2,000) partners per form; the workbook limits of
// xlsx_limits.go apply to each form.
func ReadSurveyForms(dir string, opt Options) (*SurveyResult, Problems) {
	r := &reader{opt: opt, lim: newLimits(opt), counts: map[capKey]int{}, c: &Case{}}
	res := &SurveyResult{}
	r.vocab = numberVocabulary{}
	if opt.Vocabulary != nil {
		if v, err := callVocabulary(opt.Vocabulary, DepthConfig{}); err == nil && v != nil {
			r.vocab = v
		}
	}
	if abs, err := filepath.Abs(dir); err == nil {
		res.Inputs = append(res.Inputs, abs)
	}
	forms := r.readSurveyDir(dir, res)
	r.joinForms(forms, res)
	r.probs.Sort()
	return res, r.probs
}

// formRead is one form as read, before the forms are compared.
type formRead struct {
	file, checkFile      string // the file, and its check sheet for positions
	respondent, caseName string
	fingerprint, lang    string
	ids                  []string
	ratings              []Rating
	respondentPos, fpPos Pos
}

// readSurveyDir lists dir and reads every form in it, in name order.
func (r *reader) readSurveyDir(dir string, res *SurveyResult) []*formRead {
	root, err := os.OpenRoot(dir)
	if err != nil {
		r.fail(Pos{File: dir}, "case_not_found", dir)
		return nil
	}
	defer root.Close()
	names, ok := r.listSurveyDir(root, dir)
	if !ok {
		return nil
	}
	fold := &folder{root: root, fsys: root.FS()}
	max := min(int64(surveyMaxFormBytes), r.lim.file)
	var forms []*formRead
	for _, name := range names {
		file := filepath.Join(dir, name)
		low := strings.ToLower(name)
		switch {
		case strings.HasPrefix(name, "."), low == "thumbs.db", low == "desktop.ini":
			continue
		case strings.HasPrefix(name, "~$"):
			r.warn(Pos{File: file}, "survey_lock_file", strings.TrimPrefix(name, "~$"))
			continue
		}
		if !isWorkbookName(name) {
			st, err := root.Lstat(name)
			if err == nil && st.Mode().IsRegular() {
				r.fail(Pos{File: file}, "survey_not_xlsx")
			} else if err == nil && st.Mode()&fs.ModeSymlink == 0 {
				r.warn(Pos{File: file}, skipFor(st.Mode()).(*skipped).code)
			} else {
				r.warn(Pos{File: file}, "skip_special")
			}
			continue
		}
		data, err := fold.read(name, max)
		var skip *skipped
		switch {
		case errors.As(err, &skip):
			r.warn(Pos{File: file}, skip.code)
			continue
		case errors.Is(err, errTooLarge):
			r.fail(Pos{File: file}, "survey_form_too_large", sizeText(max))
			continue
		case err != nil:
			r.fail(Pos{File: file}, "unreadable", err.Error())
			continue
		}
		if abs, err := filepath.Abs(file); err == nil {
			res.Inputs = append(res.Inputs, abs)
		}
		if f := r.readSurveyForm(file, data); f != nil {
			forms = append(forms, f)
		}
	}
	if len(forms) == 0 && !r.probs.HasErrors() {
		r.fail(Pos{File: dir}, "survey_no_forms", dir)
	}
	return forms
}

// listSurveyDir lists the names in dir, sorted, reading at most
// surveyMaxEntries+1 of them.
func (r *reader) listSurveyDir(root *os.Root, dir string) ([]string, bool) {
	f, err := root.Open(".")
	if err != nil {
		r.fail(Pos{File: dir}, "case_not_found", dir)
		return nil, false
	}
	defer f.Close()
	var names []string
	for {
		ents, err := f.ReadDir(256)
		for _, e := range ents {
			names = append(names, e.Name())
		}
		if len(names) > surveyMaxEntries {
			r.fail(Pos{File: dir}, "survey_too_many_files", Thousands(surveyMaxEntries))
			return nil, false
		}
		if err == io.EOF || len(ents) == 0 {
			break
		}
		if err != nil {
			r.fail(Pos{File: dir}, "unreadable", err.Error())
			return nil, false
		}
	}
	slices.Sort(names)
	return names, true
}

// readSurveyForm reads one form; nil when it is no form at all.
func (r *reader) readSurveyForm(file string, data []byte) (f *formRead) {
	defer func() {
		if p := recover(); p != nil { // a bug must not pass a form unsaid
			r.fail(Pos{File: file}, "xlsx_bad_part", "form", "internal error")
			f = nil
		}
	}()
	wb, p := openWorkbook(file, data, r.lim.file, r.lim.field)
	if p != nil {
		r.fail(Pos{File: file}, p.code, p.args...)
		return nil
	}
	check := findSheet(wb, SurveyCheckSheet)
	if check == "" {
		r.fail(Pos{File: file}, "survey_no_check", SurveyCheckSheet, sheetList(wb.order))
		return nil
	}
	f = &formRead{file: file, checkFile: file + ":" + check}
	if !r.readSurveyCheck(wb, check, f) {
		return nil
	}
	ratings := findSheet(wb, SurveyRatingsSheet[0])
	if ratings == "" {
		ratings = findSheet(wb, SurveyRatingsSheet[1])
	}
	if ratings == "" {
		r.fail(Pos{File: file}, "survey_no_ratings_sheet", sheetList(SurveyRatingsSheet[:]), sheetList(wb.order))
		return f
	}
	r.readSurveyRatings(wb, ratings, f)
	return f
}

// findSheet is the sheet of wb named name (any case, spaces around), or "".
func findSheet(wb *workbook, name string) string {
	for _, s := range wb.order {
		if strings.EqualFold(strings.TrimSpace(s), name) && wb.sheetPart[s] != "" {
			return s
		}
	}
	return ""
}

// readSurveyCheck reads the check sheet into f; false (with a problem)
// when it is damaged.
func (r *reader) readSurveyCheck(wb *workbook, sheet string, f *formRead) bool {
	rows, p := r.openSheet(wb, sheet, f.checkFile)
	if p != nil {
		r.fail(Pos{File: f.checkFile}, p.code, p.args...)
		return false
	}
	defer rows.finish()
	keys := map[int][2]string{}
	seen := map[string]bool{}
	damaged := func(line int, why string) bool {
		r.fail(Pos{File: f.checkFile, Line: line}, "survey_check_damaged", why)
		return false
	}
	for {
		rec, err := rows.next()
		if err != nil {
			break
		}
		cell := func(i int) string {
			if i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if rows.n <= surveyCheckHead {
			keys[rows.n] = [2]string{cell(0), cell(1)}
			continue
		}
		id := cell(0)
		switch {
		case id == "":
			return damaged(rows.n, "an empty partner id")
		case seen[id]:
			return damaged(rows.n, "partner id "+strconv.Quote(id)+" twice")
		case len(f.ids) >= MaxSurveyPartners:
			r.fail(Pos{File: f.checkFile, Line: rows.n}, "survey_too_many_partners", Thousands(MaxSurveyPartners))
			return false
		}
		seen[id] = true
		f.ids = append(f.ids, id)
	}
	if rows.failed {
		return false
	}
	want := SurveyCheckRows("", "", "", nil)
	if k := keys[1]; k[0] != SurveyFormTag {
		return damaged(1, "no "+strconv.Quote(SurveyFormTag)+" in A1")
	} else if k[1] != SurveyFormVersion {
		r.fail(Pos{File: f.checkFile, Line: 1, Col: 2}, "survey_version", k[1], SurveyFormVersion)
		return false
	}
	for line := 2; line <= surveyCheckHead; line++ {
		if keys[line][0] != want[line-1][0] {
			return damaged(line, "no "+strconv.Quote(want[line-1][0])+" in A"+strconv.Itoa(line))
		}
	}
	f.respondent, f.caseName, f.fingerprint, f.lang = keys[2][1], keys[3][1], keys[4][1], keys[5][1]
	f.respondentPos = Pos{File: f.checkFile, Line: 2, Col: 2}
	f.fpPos = Pos{File: f.checkFile, Line: 4, Col: 2}
	switch {
	case keys[6][1] != strconv.Itoa(len(f.ids)):
		return damaged(6, "it lists "+strconv.Itoa(len(f.ids))+" partners, not "+keys[6][1])
	case !seen[f.respondent]:
		return damaged(2, "the respondent "+strconv.Quote(f.respondent)+" is not among its partners")
	case f.fingerprint != SurveyFingerprint(f.caseName, f.ids):
		return damaged(4, "the fingerprint does not fit the partner list")
	}
	return true
}

// surveyRole is what a column of the ratings sheet holds, by header.
var surveyRole = func() map[string]int {
	m := map[string]int{}
	for _, c := range []int{SurveyColID, SurveyColRung, SurveyColTrust, SurveyColValue} {
		m[SurveyColumns[c][0]], m[SurveyColumns[c][1]] = c, c
	}
	return m
}()

// readSurveyRatings reads the ratings sheet of form f.
func (r *reader) readSurveyRatings(wb *workbook, sheet string, f *formRead) {
	file := f.file + ":" + sheet
	rows, p := r.openSheet(wb, sheet, file)
	if p != nil {
		r.fail(Pos{File: file}, p.code, p.args...)
		return
	}
	defer rows.finish()
	known := map[string]bool{}
	for _, id := range f.ids {
		known[id] = true
	}
	folded := make([]string, len(f.ids))
	for i, id := range f.ids {
		folded[i] = foldID(id)
	}
	var col [7]int // 1-based column of each role; 0: none
	headers := [7]string{}
	header := false
	firstRow := map[string]int{}
	for {
		rec, err := rows.next()
		if err != nil {
			return
		}
		if blankRecord(rec) {
			continue
		}
		if !header {
			header = true
			for i, h := range rec {
				if c, ok := surveyRole[strings.ToLower(strings.TrimSpace(h))]; ok && col[c] == 0 {
					col[c], headers[c] = i+1, strings.TrimSpace(h)
				}
			}
			var missing []string
			for _, c := range []int{SurveyColID, SurveyColRung, SurveyColTrust, SurveyColValue} {
				if col[c] == 0 {
					missing = append(missing, SurveyColumns[c][0]+"/"+SurveyColumns[c][1])
				}
			}
			if len(missing) > 0 {
				r.fail(Pos{File: file, Line: rows.n}, "survey_missing_column", strings.Join(missing, ", "))
				return
			}
			rows.idCols = make([]string, col[SurveyColID])
			rows.idCols[col[SurveyColID]-1] = headers[SurveyColID]
			continue
		}
		cell := func(c int) string {
			if i := col[c] - 1; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		at := func(c int) Pos { return Pos{File: file, Line: rows.n, Col: col[c]} }
		id, rung, trust, value := cell(SurveyColID), cell(SurveyColRung), cell(SurveyColTrust), cell(SurveyColValue)
		if rung == "" && trust == "" && value == "" {
			continue // not rated
		}
		ok := true
		switch {
		case id == "":
			r.fail(at(SurveyColID), "survey_no_id", headers[SurveyColID])
			ok = false
		case id == f.respondent:
			r.fail(at(SurveyColID), "survey_self_rating", id)
			ok = false
		case !known[id]:
			r.add(Problem{Pos: at(SurveyColID), Severity: Error, Code: "survey_unknown_partner",
				Args: []string{id, headers[SurveyColID]}, Suggest: suggestFolded(id, f.ids, folded)})
			ok = false
		case firstRow[id] > 0:
			r.fail(at(SurveyColID), "survey_duplicate_row", id, strconv.Itoa(firstRow[id]))
			ok = false
		default:
			firstRow[id] = rows.n
		}
		rt := Rating{From: f.respondent, To: id, Pos: at(SurveyColRung)}
		if rung == "" {
			given := headers[SurveyColTrust]
			if trust == "" {
				given = headers[SurveyColValue]
			}
			r.fail(at(SurveyColRung), "survey_no_rung", given, headers[SurveyColRung])
			ok = false
		} else if n, good := r.surveyRung(rung); good {
			rt.Depth = n
		} else {
			r.fail(at(SurveyColRung), "survey_bad_rung", headers[SurveyColRung], rung)
			ok = false
		}
		for _, s := range []struct {
			c   int
			v   string
			dst *int
		}{{SurveyColTrust, trust, &rt.Trust}, {SurveyColValue, value, &rt.Value}} {
			if s.v == "" {
				continue
			}
			if n, good := surveyScore(s.v); good {
				*s.dst = n
			} else {
				r.fail(at(s.c), "survey_bad_score", headers[s.c], s.v)
				ok = false
			}
		}
		if ok {
			f.ratings = append(f.ratings, rt)
		}
	}
}

// surveyRungPrefix is a rung written with its number and name, "3 referral"
// or "3 - doorverwijzing".
var surveyRungPrefix = regexp.MustCompile(`^([0-5])\s*[-:.)]?\s+(\S.*)$`)

// surveyRung resolves a rung cell: a whole number 0-5 (a number cell, or
// text "3", "3.0", "3,0"), a name of SurveyRungNames in either language
// (any case, "_" for " "), a rung name of the vocabulary, or a number and
// a name that agree.
func (r *reader) surveyRung(s string) (int, bool) {
	if n, ok := wholeNumber(s); ok {
		return n, n >= 0 && n <= 5
	}
	if m := surveyRungPrefix.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		named, ok := r.surveyRungName(m[2])
		return n, ok && named == n
	}
	return r.surveyRungName(s)
}

func (r *reader) surveyRungName(s string) (int, bool) {
	key := strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "_", " ")), " ")
	for _, names := range SurveyRungNames {
		for n, name := range names {
			if key == name {
				return n, true
			}
		}
	}
	if n, ok := r.vocab.Rung(s); ok && n >= 0 && n <= 5 {
		return n, true
	}
	return 0, false
}

// surveyScore reads trust or value: a whole number 1-4.
func surveyScore(s string) (int, bool) {
	n, ok := wholeNumber(s)
	return n, ok && n >= 1 && n <= 4
}

// wholeNumber reads "3", "3.0", "3,0" or a number cell's "3" as 3; false
// for anything else (3.5 included).
func wholeNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 0 || len(s) > 24 {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || f != float64(int64(f)) || f < -1e9 || f > 1e9 {
		return 0, false
	}
	return int(f), true
}

// joinForms compares the forms read (their fingerprints and respondents)
// and fills res from those that belong.
func (r *reader) joinForms(forms []*formRead, res *SurveyResult) {
	if len(forms) == 0 {
		return
	}
	// The survey is the fingerprint most forms carry; ties go to the
	// form first in name order.
	count := map[string]int{}
	for _, f := range forms {
		count[f.fingerprint]++
	}
	main := forms[0]
	for _, f := range forms {
		if count[f.fingerprint] > count[main.fingerprint] {
			main = f
		}
	}
	res.Case, res.Lang = main.caseName, main.lang
	res.Partners = slices.Clone(main.ids)
	slices.Sort(res.Partners)
	first := map[string]*formRead{}
	for _, f := range forms {
		if f.fingerprint != main.fingerprint {
			r.fail(f.fpPos, "survey_other_case", f.caseName, f.fingerprint, main.caseName, main.fingerprint,
				Thousands(int64(count[main.fingerprint])))
			continue
		}
		if g := first[f.respondent]; g != nil {
			r.fail(f.respondentPos, "survey_duplicate_respondent", f.respondent, g.file)
			continue
		}
		first[f.respondent] = f
		res.Forms = append(res.Forms, SurveyForm{File: f.file, Respondent: f.respondent, Rated: len(f.ratings)})
		res.Ratings = append(res.Ratings, f.ratings...)
	}
	slices.SortFunc(res.Forms, func(a, b SurveyForm) int { return strings.Compare(a.Respondent, b.Respondent) })
	slices.SortFunc(res.Ratings, func(a, b Rating) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		return strings.Compare(a.To, b.To)
	})
}
