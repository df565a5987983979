package graph

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ReadSurveyForms reads the returned survey forms in the folder dir (see
// survey.go for their layout) with the streaming workbook reader of
// xlsx.go, and returns their ratings and every problem (errors and
// warnings, sorted). It never panics. The result is non-nil; with errors it
// may be partial and must not be written out.
//
// Every regular .xlsx (or .xlsm) file inside dir is read as a form, whatever
// its name; links that stay inside are followed, and a file reached twice
// (the same device and inode, through a link or a hard link) is read once,
// with a warning (survey_same_file). Anything else is named:
// another regular file is an error (survey_not_xlsx: only forms belong in
// the folder), Excel's lock file "~$…" a warning (the form is still open),
// folders, pipes, devices and links leading outside a warning (skip_*); files
// whose name starts with "." and Windows' Thumbs.db and desktop.ini are
// passed over in silence.
//
// Whose form it is: the check sheet's respondent must carry the form's
// signature, SurveySignature under key (SurveyKey of the secret of the user
// who made the forms); a form without one (made by an older gbo), or whose
// signature does not match (edited, or made with another key), is an
// error. The ratings sheet must list exactly every partner but the
// respondent (survey_form_for_other when it lists the respondent instead
// of another partner, survey_rows_missing when rows are gone). Every cell
// of a form is cleaned as a case's cells are (control and text-direction
// characters dropped, one hostile_chars warning per sheet), and ids of
// the check sheet are at most 200 characters (maxIDChars), the case name
// 300 (maxNameChars). Cells right of the form's columns (notes) are not
// read, with one warning per sheet (survey_notes_ignored), even past
// Excel's column 1,000, the reader's column limit.
//
// Each cell is checked, and a problem names the file and sheet
// (folder/form.xlsx:Beoordelingen), the row and the column: a rung must be
// 0-5 or a rung's name (the form's own, as a case with [labels] rungs
// names them, see survey_labels.go; gbo's names in any language of the
// catalogue, SurveyFormWords; or a name of opt.Vocabulary), trust and value 1-4 (numbers may be text, "3.0" or
// "3,0"); the rated partner must be one of the form's partners, not the
// respondent, and rated once per form. A row without rung, trust and
// value is not rated. Across forms, two forms for the same partner, and a
// form whose fingerprint (case name and partner list) differs from that of
// most forms, are errors. The comment column is never read.
//
// Limits: at most surveyMaxEntries (10,000) entries in dir, forms of at
// most surveyMaxFormBytes (16 MiB, lowered by opt.MaxFileBytes) that unzip
// to at most surveyMaxFormUnzipped (8 MiB), all forms together unzipping
// to at most surveyBudget of the largest survey a signed form was read of
// (64 MiB for up to 40 partners, then twice what the forms of the survey
// need, at most SurveyMaxTotalUnzipped, 2 GiB; survey_too_much: reading
// stops there), at most MaxSurveyPartners (2,000) partners per form; the
// workbook limits of xlsx_limits.go apply to each form. A second form of
// a respondent already read is an error and its ratings are not kept.
// Problems of one code in one file stop at 100, and one more_problems
// problem counts the rest, as Read does.
//
// ReadSurveyForms reads the folder through os.Root's fs.FS, as
// ReadSurveyFormsFS reads any fs.FS, with every check and limit above;
// only the folder's own are added: links are followed inside dir only,
// files are opened without blocking (a pipe swapped in is refused), and
// res.Inputs lists dir and each form read by its absolute path.
func ReadSurveyForms(dir string, key []byte, opt Options) (*SurveyResult, Problems) {
	var inputs []string
	if abs, err := filepath.Abs(dir); err == nil {
		inputs = append(inputs, abs)
	}
	return readSurveyForms(surveyPlace{label: dir, join: filepath.Join, open: func() (*folder, error) {
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil, err
		}
		return &folder{root: root, fsys: root.FS()}, nil
	}, inputs: inputs}, key, opt)
}

// surveyPlace is where ReadSurveyForms and ReadSurveyFormsFS read forms:
// the folder (opened by open), its label in problems, how a form's name
// joins the label, and, for a folder on disk, its absolute path as the
// first of res.Inputs (nil for an fs.FS: nothing on disk was read).
type surveyPlace struct {
	label  string
	join   func(elem ...string) string
	open   func() (*folder, error)
	inputs []string
}

// readSurveyForms reads the forms at the root of pl's folder: the one
// reader behind ReadSurveyForms and ReadSurveyFormsFS.
func readSurveyForms(pl surveyPlace, key []byte, opt Options) (*SurveyResult, Problems) {
	r := &reader{opt: opt, lim: newLimits(opt), counts: map[capKey]int{}, c: &Case{}}
	res := &SurveyResult{Inputs: pl.inputs}
	r.vocab = numberVocabulary{}
	if opt.Vocabulary != nil {
		if v, err := callVocabulary(opt.Vocabulary, DepthConfig{}); err == nil && v != nil {
			r.vocab = v
		}
	}
	sr := &surveyRead{key: key, first: map[string]string{}, budget: surveyBudget(0)}
	forms := r.readSurveyDir(pl, res, sr)
	r.joinForms(forms, res)
	_, ps := r.finish()
	return res, ps
}

// surveyRead is the state of one ReadSurveyForms across forms.
type surveyRead struct {
	key      []byte
	seen     []fs.FileInfo     // the files read, to read a file reached twice once
	seenName []string          // their names
	unzipped int64             // what the forms read so far unzip to (declared)
	budget   int64             // what they may unzip to: surveyBudget
	first    map[string]string // fingerprint+"\x00"+respondent -> the first form's file
}

// formRead is one form as read, before the forms are compared.
type formRead struct {
	file, checkFile      string // the file, and its check sheet for positions
	respondent, caseName string
	fingerprint, lang    string
	ids                  []string
	ratings              []Rating
	respondentPos, fpPos Pos
	signature            string
	rungs                [6]string // the form's own names of rungs 0-5 (survey_labels.go); empty: GBO's
}

// readSurveyDir lists pl's folder and reads every form in it, in name
// order.
func (r *reader) readSurveyDir(pl surveyPlace, res *SurveyResult, sr *surveyRead) []*formRead {
	dir := pl.label
	fold, err := pl.open()
	if err != nil {
		r.fail(Pos{File: dir}, "case_not_found", dir)
		return nil
	}
	defer fold.close()
	names, ok := r.listSurveyDir(fold.fsys, dir)
	if !ok {
		return nil
	}
	max := min(int64(surveyMaxFormBytes), r.lim.file)
	var forms []*formRead
	for _, name := range names {
		file := pl.join(dir, name)
		low := strings.ToLower(name)
		switch {
		case strings.HasPrefix(name, "."), low == "thumbs.db", low == "desktop.ini":
			continue
		case strings.HasPrefix(name, "~$"):
			r.warn(Pos{File: file}, "survey_lock_file", strings.TrimPrefix(name, "~$"))
			continue
		}
		if !isWorkbookName(name) {
			st, err := fs.Lstat(fold.fsys, name)
			if err == nil && st.Mode().IsRegular() {
				r.fail(Pos{File: file}, "survey_not_xlsx")
			} else if err == nil && st.Mode()&fs.ModeSymlink == 0 {
				r.warn(Pos{File: file}, skipFor(st.Mode()).(*skipped).code)
			} else {
				r.warn(Pos{File: file}, "skip_special")
			}
			continue
		}
		if st, err := fs.Stat(fold.fsys, name); err == nil && st.Mode().IsRegular() {
			if i := slices.IndexFunc(sr.seen, func(o fs.FileInfo) bool { return os.SameFile(o, st) }); i >= 0 {
				r.warn(Pos{File: file}, "survey_same_file", sr.seenName[i])
				continue
			}
			sr.seen, sr.seenName = append(sr.seen, st), append(sr.seenName, file)
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
		if fold.root != nil {
			if abs, err := filepath.Abs(file); err == nil {
				res.Inputs = append(res.Inputs, abs)
			}
		}
		sr.unzipped += declaredUnzipped(data)
		if sr.unzipped > sr.budget {
			r.fail(Pos{File: file}, "survey_too_much", dir, sizeText(sr.budget))
			break
		}
		if f := r.readSurveyForm(file, data, sr); f != nil {
			forms = append(forms, f)
		}
	}
	if len(forms) == 0 && !r.probs.HasErrors() {
		r.fail(Pos{File: dir}, "survey_no_forms", dir)
	}
	return forms
}

// listSurveyDir lists the names at the root of fsys (the folder dir),
// sorted, reading at most surveyMaxEntries+1 of them when fsys lists a
// folder in parts (as os.Root's does).
func (r *reader) listSurveyDir(fsys fs.FS, dir string) ([]string, bool) {
	f, err := fsys.Open(".")
	if err != nil {
		r.fail(Pos{File: dir}, "case_not_found", dir)
		return nil, false
	}
	defer f.Close()
	d, ok := f.(fs.ReadDirFile)
	if !ok {
		r.fail(Pos{File: dir}, "case_not_found", dir)
		return nil, false
	}
	var names []string
	for {
		ents, err := d.ReadDir(256)
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

// declaredUnzipped is what the zip data says its parts unzip to, each
// part counted at most up to 2^40 (0 when data is no zip: openWorkbook
// says so). archive/zip refuses a part that unzips to more than it
// declares, so this bounds the work of reading the form.
func declaredUnzipped(data []byte) int64 {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return 0
	}
	var n int64
	for _, f := range zr.File {
		n += int64(min(f.UncompressedSize64, 1<<40))
	}
	return n
}

// readSurveyForm reads one form; nil when it is no form at all, or the
// second form of a respondent (whose ratings are not kept).
func (r *reader) readSurveyForm(file string, data []byte, sr *surveyRead) (f *formRead) {
	defer func() {
		if p := recover(); p != nil { // a bug must not pass a form unsaid
			r.fail(Pos{File: file}, "xlsx_bad_part", "form", "internal error")
			f = nil
		}
	}()
	unzipMax := min(r.lim.file, surveyMaxFormUnzipped)
	wb, p := openWorkbook(file, data, unzipMax, r.lim.field)
	if p != nil && p.code == "xlsx_too_large_unzipped" {
		r.fail(Pos{File: file}, "survey_form_too_large_unzipped", sizeText(unzipMax))
		return nil
	}
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
	if !r.readSurveyCheck(wb, check, f, sr.key) {
		return nil
	}
	sr.budget = max(sr.budget, surveyBudget(len(f.ids))) // signed: the survey's own size
	who := f.fingerprint + "\x00" + f.respondent
	if g, ok := sr.first[who]; ok {
		r.fail(f.respondentPos, "survey_duplicate_respondent", f.respondent, g)
		return nil
	}
	sr.first[who] = file
	names := surveyWordsOf(f.lang, func(w SurveyWords) string { return w.Ratings })
	ratings := ""
	for _, name := range names {
		if ratings = findSheet(wb, name); ratings != "" {
			break
		}
	}
	if ratings == "" {
		r.fail(Pos{File: file}, "survey_no_ratings_sheet", sheetList(names), sheetList(wb.order))
		return f
	}
	r.readSurveyRatings(wb, ratings, f)
	return f
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
