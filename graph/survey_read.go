package graph

import (
	"archive/zip"
	"bytes"
	"crypto/hmac"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"gbo/graph/locale"
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

// surveyWordsOf is one word of a form (word picks it from SurveyFormWords)
// in every language of the catalogue, once each: in the form's language
// lang first (when the catalogue has it), then in locale.Languages' order.
// A form made in one language and filled in another still reads.
func surveyWordsOf(lang string, word func(SurveyWords) string) []string {
	langs := locale.Languages()
	if l := locale.Norm(lang); locale.Valid(l) {
		langs = append([]string{l}, langs...)
	}
	var out []string
	seen := map[string]bool{}
	for _, l := range langs {
		w := word(SurveyFormWords(l))
		if k := headerKey(w); !seen[k] {
			seen[k] = true
			out = append(out, w)
		}
	}
	return out
}

// findSheet is the sheet of wb named name, or "": matched as headerKey
// matches column names (any case, spaces around, NFC, "’" as "'"), so
// "ÉVALUATIONS" and an "é" of a letter and a combining accent are
// "Évaluations".
func findSheet(wb *workbook, name string) string {
	key := headerKey(name)
	for _, s := range wb.order {
		if headerKey(s) == key && wb.sheetPart[s] != "" {
			return s
		}
	}
	return ""
}

// readSurveyCheck reads the check sheet into f and checks its signature
// under key; false (with a problem) when it is damaged or not signed so.
func (r *reader) readSurveyCheck(wb *workbook, sheet string, f *formRead, key []byte) bool {
	rows, p := r.openSheet(wb, sheet, f.checkFile)
	if p != nil {
		r.fail(Pos{File: f.checkFile}, p.code, p.args...)
		return false
	}
	defer rows.finish()
	keys := map[int][2]string{}
	var rungs [6]string // column C of rows 1-6: the form's own rung names
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
				return strings.TrimSpace(r.clean(Pos{File: f.checkFile, Line: rows.n, Col: i + 1}, rec[i]))
			}
			return ""
		}
		if rows.n <= surveyCheckHead {
			keys[rows.n] = [2]string{cell(0), cell(1)}
			if rows.n <= len(rungs) {
				rungs[rows.n-1] = cell(SurveyRungsColumn - 1)
			}
			continue
		}
		id := cell(0)
		switch {
		case id == "":
			return damaged(rows.n, "an empty partner id")
		case !r.checkChars(Pos{File: f.checkFile, Line: rows.n, Col: 1}, id, maxIDChars, "partner id"):
			return false
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
	want := SurveyCheckRows("", "", "", nil, nil)
	if k := keys[1]; k[0] != SurveyFormTag {
		return damaged(1, "no "+strconv.Quote(SurveyFormTag)+" in A1")
	} else if k[1] == surveyUnsignedVersion {
		r.fail(Pos{File: f.checkFile, Line: 1, Col: 2}, "survey_unsigned")
		return false
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
	f.signature = keys[7][1]
	f.respondentPos = Pos{File: f.checkFile, Line: 2, Col: 2}
	f.fpPos = Pos{File: f.checkFile, Line: 4, Col: 2}
	switch {
	case !r.checkChars(f.respondentPos, f.respondent, maxIDChars, "respondent"):
		return false
	case !r.checkChars(Pos{File: f.checkFile, Line: 3, Col: 2}, f.caseName, maxNameChars, "case name"):
		return false
	case keys[6][1] != strconv.Itoa(len(f.ids)):
		return damaged(6, "it lists "+strconv.Itoa(len(f.ids))+" partners, not "+keys[6][1])
	case !seen[f.respondent]:
		return damaged(2, "the respondent "+strconv.Quote(f.respondent)+" is not among its partners")
	case f.fingerprint != SurveyFingerprint(f.caseName, f.ids):
		return damaged(4, "the fingerprint does not fit the partner list")
	case f.signature == "":
		return damaged(7, "no signature in B7")
	case !hmac.Equal([]byte(f.signature), []byte(SurveySignature(key, f.respondent, f.fingerprint))):
		r.fail(Pos{File: f.checkFile, Line: 7, Col: 2}, "survey_bad_signature", f.respondent)
		return false
	}
	return r.readFormRungs(rungs, f)
}

// surveyReadColumns are the columns of the ratings sheet the reader
// reads; the others (name, sector, comment) are for the respondent.
var surveyReadColumns = [...]int{SurveyColID, SurveyColRung, SurveyColTrust, SurveyColValue}

// surveyRole is what a column of the ratings sheet holds, by its header
// in any language of the catalogue (as headerKey writes it).
var surveyRole = func() map[string]int {
	m := map[string]int{}
	for _, lang := range locale.Languages() {
		w := SurveyFormWords(lang)
		for _, c := range surveyReadColumns {
			m[headerKey(w.Columns[c])] = c
		}
	}
	return m
}()

// readSurveyRatings reads the ratings sheet of form f, and checks that it
// lists every partner of the form but its respondent.
func (r *reader) readSurveyRatings(wb *workbook, sheet string, f *formRead) {
	file := f.file + ":" + sheet
	rows, p := r.openSheet(wb, sheet, file)
	if p != nil {
		r.fail(Pos{File: file}, p.code, p.args...)
		return
	}
	defer rows.finish()
	// Cells past the reader's last column are the user's notes: passed
	// over before the sheet reader sees them, and counted.
	notes := &noteCells{in: rows.d, max: xlsxMaxColumns}
	rows.d = &xmlTokens{d: xml.NewTokenDecoder(notes), open: make([]xml.Name, 0, 16)}
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
	lastCol := 0 // the form's last column: cells right of it are notes
	firstRow := map[string]int{}
	listed := map[string]bool{}
	selfAt := Pos{}
	noteN, noteAt := 0, Pos{}
	refused := false // the header lacks a column read
	defer func() {
		if rows.failed || !header || refused {
			return
		}
		if notes.n > 0 && (noteN == 0 || notes.row < noteAt.Line) {
			noteAt = Pos{File: file, Line: notes.row, Col: notes.col}
		}
		if noteN += notes.n; noteN > 0 {
			r.warn(noteAt, "survey_notes_ignored", Thousands(int64(noteN)), columnName(lastCol))
		}
		r.checkListed(f, file, listed, selfAt)
	}()
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
				key := headerKey(h)
				if c, ok := surveyRole[key]; ok && col[c] == 0 {
					col[c], headers[c] = i+1, strings.TrimSpace(h)
				}
				if surveyKnownHeader[key] {
					lastCol = max(lastCol, i+1)
				}
			}
			var missing []string
			for _, c := range surveyReadColumns {
				if col[c] == 0 {
					names := surveyWordsOf(f.lang, func(w SurveyWords) string { return w.Columns[c] })
					missing = append(missing, strings.Join(names, "/"))
				}
			}
			if len(missing) > 0 {
				r.fail(Pos{File: file, Line: rows.n}, "survey_missing_column", strings.Join(missing, ", "))
				refused = true // its rows are not read, so none is "missing"
				return
			}
			rows.idCols = make([]string, col[SurveyColID])
			rows.idCols[col[SurveyColID]-1] = headers[SurveyColID]
			continue
		}
		for i := lastCol; i < len(rec); i++ {
			if strings.TrimSpace(rec[i]) != "" {
				if noteN == 0 {
					noteAt = Pos{File: file, Line: rows.n, Col: i + 1}
				}
				noteN++
			}
		}
		cell := func(c int) string {
			if i := col[c] - 1; i < len(rec) {
				return strings.TrimSpace(r.clean(Pos{File: file, Line: rows.n, Col: col[c]}, rec[i]))
			}
			return ""
		}
		at := func(c int) Pos { return Pos{File: file, Line: rows.n, Col: col[c]} }
		id, rung, trust, value := cell(SurveyColID), cell(SurveyColRung), cell(SurveyColTrust), cell(SurveyColValue)
		rated := rung != "" || trust != "" || value != ""
		ok := true
		switch {
		case id == "":
			if rated {
				r.fail(at(SurveyColID), "survey_no_id", headers[SurveyColID])
			}
			ok = false
		case id == f.respondent:
			if selfAt.Line == 0 {
				selfAt = at(SurveyColID)
			}
			listed[id] = true
			ok = false
		case !known[id]:
			r.add(Problem{Pos: at(SurveyColID), Severity: Error, Code: "survey_unknown_partner",
				Args: []string{id, headers[SurveyColID]}, Suggest: suggestFolded(id, f.ids, folded)})
			ok = false
		case firstRow[id] > 0:
			if rated {
				r.fail(at(SurveyColID), "survey_duplicate_row", id, strconv.Itoa(firstRow[id]))
			}
			ok = false
		default:
			firstRow[id] = rows.n
			listed[id] = true
		}
		if !rated {
			continue
		}
		rt := Rating{From: f.respondent, To: id, Pos: at(SurveyColRung)}
		if rung == "" {
			given := headers[SurveyColTrust]
			if trust == "" {
				given = headers[SurveyColValue]
			}
			r.fail(at(SurveyColRung), "survey_no_rung", given, headers[SurveyColRung])
			ok = false
		} else if n, good := r.surveyRung(rung, f); good {
			rt.Depth = n
		} else if own := f.rungList(); own != "" {
			r.fail(at(SurveyColRung), "survey_bad_rung_own", headers[SurveyColRung], rung, own)
			ok = false
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

// surveyKnownHeader are the headers of every column of a form (those read
// and those not: name, sector, comment), in every language of the
// catalogue, as headerKey writes them: a form's columns end at its last
// such header; cells right of it are the user's notes.
var surveyKnownHeader = func() map[string]bool {
	m := map[string]bool{}
	for _, lang := range locale.Languages() {
		for _, h := range SurveyFormWords(lang).Columns {
			m[headerKey(h)] = true
		}
	}
	return m
}()

// checkListed checks that the ratings sheet of f listed every partner of
// the form but its respondent: a form whose sheet lists the respondent and
// lacks one other partner was made for that partner (its check edited);
// other rows missing are an error too (a row left empty is not rated).
func (r *reader) checkListed(f *formRead, file string, listed map[string]bool, selfAt Pos) {
	var missing []string
	for _, id := range f.ids {
		if id != f.respondent && !listed[id] {
			missing = append(missing, id)
		}
	}
	switch {
	case selfAt.Line > 0 && len(missing) == 1:
		r.fail(f.respondentPos, "survey_form_for_other", missing[0], f.respondent)
	case selfAt.Line > 0:
		r.fail(selfAt, "survey_self_rating", f.respondent)
		fallthrough
	case len(missing) > 0:
		if len(missing) == 0 {
			return
		}
		shown := missing[:min(len(missing), 5)]
		q := make([]string, len(shown))
		for i, id := range shown {
			q[i] = strconv.Quote(id)
		}
		text := strings.Join(q, ", ")
		if len(missing) > len(shown) {
			text += ", …"
		}
		r.fail(Pos{File: file}, "survey_rows_missing", Thousands(int64(len(missing))), text)
	}
}

// noteCells passes the tokens of a sheet on, but for the cells right of
// column max, which it skips and counts: n, and the first one's row and
// column.
type noteCells struct {
	in           *xmlTokens
	max          int
	last, rowNum int
	n, row, col  int
}

func (t *noteCells) Token() (xml.Token, error) {
	for {
		tok, err := t.in.Token()
		if err != nil {
			return tok, err
		}
		st, ok := tok.(xml.StartElement)
		if !ok {
			return tok, nil
		}
		switch st.Name.Local {
		case "row":
			t.last = 0
			if n, err := strconv.Atoi(attr(st, "r")); err == nil {
				t.rowNum = n
			} else {
				t.rowNum++
			}
		case "c":
			c := t.last + 1
			if ref := attr(st, "r"); ref != "" {
				var good bool
				if c, good = refColumn(ref); !good {
					return tok, nil // the sheet reader says what is wrong
				}
			}
			t.last = c
			if c > t.max {
				if err := t.in.Skip(); err != nil {
					return nil, err
				}
				if t.n == 0 {
					t.row, t.col = t.rowNum, c
				}
				t.n++
				continue
			}
		}
		return tok, nil
	}
}

// surveyRungPrefix is a rung written with its number and name, "3 referral"
// or "3 - doorverwijzing".
var surveyRungPrefix = regexp.MustCompile(`^([0-5])\s*[-:.)]?\s+(\S.*)$`)

// surveyRung resolves a rung cell of form f: a whole number 0-5 (a number
// cell, or text "3", "3.0", "3,0"), a name of the form's own rungs (its
// case's [labels], first), gbo's name of a rung in any language of the
// catalogue (any case, NFC, "_" for " "), a rung name of the vocabulary, or a number and
// a name that agree.
func (r *reader) surveyRung(s string, f *formRead) (int, bool) {
	if n, ok := wholeNumber(s); ok {
		return n, n >= 0 && n <= 5
	}
	if n, ok := f.formRung(s); ok { // a name of its own may begin with a digit
		return n, true
	}
	if m := surveyRungPrefix.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		named, ok := r.surveyRungName(m[2], f)
		return n, ok && named == n
	}
	return r.surveyRungName(s, f)
}

func (r *reader) surveyRungName(s string, f *formRead) (int, bool) {
	if n, ok := f.formRung(s); ok {
		return n, true
	}
	if n, ok := surveyRungNames[rungKey(norm.NFC.String(s))]; ok {
		return n, true
	}
	if n, ok := r.vocab.Rung(s); ok && n >= 0 && n <= 5 {
		return n, true
	}
	return 0, false
}

// surveyRungNames are the rungs 0-5 by their names in every language of
// the catalogue (SurveyFormWords), as rungKey writes them (NFC).
var surveyRungNames = func() map[string]int {
	m := map[string]int{}
	for _, lang := range locale.Languages() {
		for n, name := range SurveyFormWords(lang).Rungs {
			m[rungKey(norm.NFC.String(name))] = n
		}
	}
	return m
}()

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
