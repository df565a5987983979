package graph

import (
	"strconv"
	"strings"

	"gbo/graph/output"
)

// A form of a case that names its own rungs (case.toml [labels] rungs)
// offers those names in its dropdown and carries them on its check sheet,
// in column SurveyRungsColumn of rows 1-6 (rung 0 in row 1, … rung 5 in
// row 6), so `gbo survey collect` reads them back without the case. The
// column is empty in a form of GBO's rungs (SurveyFormWords), and the
// signature does not cover it: a respondent who edits it only changes
// how their own answers are read, which choosing another rung does too.

// SurveyRungsColumn is the column (1-based: C) of a form's check sheet
// whose rows 1-6 hold the form's own names of rungs 0-5.
const SurveyRungsColumn = 3

// SurveyFormRungs are the names of rungs 0-5 a form of c in lang offers:
// the case's own ([labels] rungs in lang, see Labels.RungName), own true;
// else GBO's rung names in lang (SurveyFormWords), own false.
func SurveyFormRungs(c *Case, lang string) (names [6]string, own bool) {
	if c == nil {
		return SurveyFormWords(lang).Rungs, false
	}
	for r := range names {
		n, ok := c.Labels.RungName(r, lang)
		if !ok {
			return SurveyFormWords(lang).Rungs, false
		}
		names[r] = output.SafeText(n, false)
	}
	return names, true
}

// rungKey is a rung name as the reader compares it: lower case, "_" for
// " ", spaces collapsed.
func rungKey(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "_", " ")), " ")
}

// readFormRungs checks the form's own rung names (column C of check rows
// 1-6, cleaned): none, or six, each at most maxNameChars and no two the
// same (as rungKey compares them). It keeps them in f; false (with a
// problem) when they are damaged.
func (r *reader) readFormRungs(names [6]string, f *formRead) bool {
	given := 0
	for _, n := range names {
		if n != "" {
			given++
		}
	}
	if given == 0 {
		return true
	}
	seen := map[string]int{}
	for i, n := range names {
		pos := Pos{File: f.checkFile, Line: i + 1, Col: SurveyRungsColumn}
		if n == "" {
			r.fail(pos, "survey_check_damaged", "no name of rung "+strconv.Itoa(i))
			return false
		}
		if !r.checkChars(pos, n, maxNameChars, "rung name") {
			return false
		}
		if j, dup := seen[rungKey(n)]; dup {
			r.fail(pos, "survey_check_damaged", "rungs "+strconv.Itoa(j)+" and "+strconv.Itoa(i)+" have one name")
			return false
		}
		seen[rungKey(n)] = i
	}
	f.rungs = names
	return true
}

// formRung resolves the rung name s by the form's own names, if it has
// them: the rung, and whether one of them is s.
func (f *formRead) formRung(s string) (int, bool) {
	key := rungKey(s)
	for n, name := range f.rungs {
		if name != "" && rungKey(name) == key {
			return n, true
		}
	}
	return 0, false
}

// rungList is the form's own rung names joined for a message, "" for a
// form of GBO's.
func (f *formRead) rungList() string {
	if f.rungs == [6]string{} {
		return ""
	}
	return strings.Join(f.rungs[:], ", ")
}
