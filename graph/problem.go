package graph

import (
	"fmt"
	"sort"
	"strings"
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

// Sort orders problems by file, line, column and code, so output is stable.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Code < b.Code
	})
}

// String renders the problem in English.
func (p Problem) String() string { return p.Message("en") }

// Message renders the problem as "file:line:col: error: text" in lang (en or nl).
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
	sev := map[bool]map[Severity]string{
		false: {Error: "error", Warning: "warning"},
		true:  {Error: "fout", Warning: "waarschuwing"},
	}[lang == "nl"][p.Severity]
	b.WriteString(sev)
	b.WriteString(": ")
	b.WriteString(Text(p.Code, lang, p.Args...))
	if p.Suggest != "" {
		b.WriteString(Text("did_you_mean", lang, p.Suggest))
	}
	return b.String()
}

// Error makes a Problem usable as an error value.
func (p Problem) Error() string { return p.String() }
