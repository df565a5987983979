package graph

import (
	"fmt"
	"sort"
	"strings"

	"gbo/graph/locale"
)

// Severity says whether a problem stops the analysis.
type Severity int

const (
	Warning Severity = iota
	Error
)

// Problem is one thing wrong with the input, at a place. Code names the kind
// of problem (see messages.go); Args fill its message. Messages exist in
// English and Dutch, so the text is made only when printed.
type Problem struct {
	Pos      Pos
	Severity Severity
	Code     string
	Args     []string
	// Suggest is a close match for an unknown id or kind ("did you mean").
	Suggest string
	// Count and Lines are set on a fold of follow-on references (codes
	// ending in _more or _more_one, see fold.go): Count is every reference
	// it stands for, Lines the first few distinct lines they are on (at
	// most 5). A fold sorts right after the problem it follows.
	Count int
	Lines []int
	// Header is the header of the problem's column as the file or sheet
	// has it (its first row), "" when the problem has no column or the
	// column has no header: for a reader who finds a column by its title
	// (gbo serve's problem list).
	Header string
	// langArgs, when set, are the Args of the message in each language of
	// the catalogue, for a message whose args are words (the unknown-kind
	// message's kinds, named in its language: kinds_lang.go); Args are
	// those of locale.Default.
	langArgs map[string][]string
}

// Problems is every problem found in one run.
type Problems []Problem

// Errors returns the problems of severity Error.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == Error {
			out = append(out, p)
		}
	}
	return out
}

// HasErrors reports whether any problem is an error.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders problems so that root causes come first: within one folder
// or workbook, the files in the order the case is read (case.toml and
// files outside the tables, then partners, objects, people, interactions,
// ties, targets: an error in partners.csv explains errors in the files
// that name partners, never the other way round), then by file, line,
// column and code; a fold of follow-on references (fold.go) right after
// the problem it follows. The order is total, so output is stable.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Pos.File != b.Pos.File {
			da, ra := fileRank(a.Pos.File)
			db, rb := fileRank(b.Pos.File)
			if da != db {
				return da < db
			}
			if ra != rb {
				return ra < rb
			}
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		ca, fa := sortCode(a)
		cb, fb := sortCode(b)
		// At one cell, what is wrong with the cell itself (a formula error,
		// a date where an id goes: the xlsx_ codes) explains what follows
		// from its value (an unknown partner, a bad yes/no), so it comes first.
		if xa, xb := strings.HasPrefix(ca, "xlsx_"), strings.HasPrefix(cb, "xlsx_"); xa != xb {
			return xa
		}
		if ca != cb {
			return ca < cb
		}
		// A fold follows the first reference to its own id.
		if x, y := firstArg(a), firstArg(b); x != y {
			return x < y
		}
		return !fa && fb
	})
}

// sortCode is the code a problem sorts under (a fold under the code it
// folds) and whether it is a fold.
func sortCode(p Problem) (string, bool) {
	if root := foldRoot(p.Code); root != "" {
		return root, true
	}
	return p.Code, false
}

func firstArg(p Problem) string {
	if len(p.Args) == 0 {
		return ""
	}
	return p.Args[0]
}

// tableRank is the place of each case table in reading order.
var tableRank = map[string]int{"partners": 1, "objects": 2, "people": 3, "interactions": 4, "ties": 5, "targets": 6}

// fileRank splits a problem's file into the folder or workbook it lies in
// ("case/", "book.xlsx:") and the rank of its table there (0 for
// case.toml, the case sheet, and anything that is not a table).
func fileRank(file string) (string, int) {
	i := strings.LastIndexAny(file, `/\:`) + 1
	return file[:i], tableRank[sheetKey(file[i:])]
}

// String renders the problem in English (locale.Default).
func (p Problem) String() string { return p.Message(locale.Default) }

// Message renders the problem as "file:line:col: error: text" in lang
// (any language of the catalogue; another is English): the severity and
// text are the catalogue's problems.error or problems.warning, and a close
// match adds problems.did_you_mean.
func (p Problem) Message(lang string) string {
	var b strings.Builder
	if p.Pos.File != "" {
		b.WriteString(p.Pos.File)
		if p.Pos.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Line)
			if p.Pos.Col > 0 {
				fmt.Fprintf(&b, ":%d", p.Pos.Col)
			}
		}
		b.WriteString(": ")
	}
	text := problemText(p, lang)
	if p.Suggest != "" {
		text += Text("did_you_mean", lang, p.Suggest)
	}
	sev := "warning"
	if p.Severity == Error {
		sev = "error"
	}
	b.WriteString(Text(sev, lang, text))
	return b.String()
}

// Error makes a Problem usable as an error value.
func (p Problem) Error() string { return p.String() }
