// A survey form's ratings sheet: its columns, roles, notes, listed partners, rungs and scores.

package graph

import (
	"encoding/xml"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"gbo/graph/locale"
)

// surveyReadColumns are the columns of the ratings sheet the reader
// reads; the others (name, sector, comment) are for the respondent.
var surveyReadColumns = [...]int{SurveyColID, SurveyColRung, SurveyColTrust, SurveyColValue}

// surveyRole is what a column of the ratings sheet holds, by its header
// in any language of the catalogue (as headerKey writes it). Computed on
// first use, not at package load; callers must not modify the map.
var surveyRole = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, lang := range locale.Languages() {
		w := SurveyFormWords(lang)
		for _, c := range surveyReadColumns {
			m[headerKey(w.Columns[c])] = c
		}
	}
	return m
})

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
				if c, ok := surveyRole()[key]; ok && col[c] == 0 {
					col[c], headers[c] = i+1, strings.TrimSpace(h)
				}
				if surveyKnownHeader()[key] {
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
// such header; cells right of it are the user's notes. Computed on first
// use, not at package load; callers must not modify the map.
var surveyKnownHeader = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, lang := range locale.Languages() {
		for _, h := range SurveyFormWords(lang).Columns {
			m[headerKey(h)] = true
		}
	}
	return m
})

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
	if n, ok := surveyRungNames()[rungKey(norm.NFC.String(s))]; ok {
		return n, true
	}
	if n, ok := r.vocab.Rung(s); ok && n >= 0 && n <= 5 {
		return n, true
	}
	return 0, false
}

// surveyRungNames are the rungs 0-5 by their names in every language of
// the catalogue (SurveyFormWords), as rungKey writes them (NFC). Computed
// on first use, not at package load; callers must not modify the map.
var surveyRungNames = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, lang := range locale.Languages() {
		for n, name := range SurveyFormWords(lang).Rungs {
			m[rungKey(norm.NFC.String(name))] = n
		}
	}
	return m
})

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
