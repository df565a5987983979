// A survey form's check sheet, and finding a form's sheets by their names in any language.

package graph

import (
	"crypto/hmac"
	"strconv"
	"strings"

	"gbo/graph/locale"
)

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
