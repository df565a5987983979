package graph

import (
	"strconv"
	"strings"
)

// Folding follow-on problems.
//
// One mistake often shows up on many rows: a partner id typed as
// "ocmw-gent" where partners.csv says "ocmw_gent" is named by every event
// of that partner, and a kind such as "warme overdracht" that the depth
// model lacks is on every row a coordinator typed it. Listing each row
// buries the one thing to fix. So the reader reports the first reference
// to an unknown partner, person, object or kind in a file in full (its
// file, line, column and "did you mean"), and folds every later reference
// to the same id in that file into one problem of code <code>_more (or
// <code>_more_one for a single one), placed right after the first: "and 19
// more references to this partner (lines 14, 15, 16, 17, 18, …)".
//
// A fold keeps the whole count: Problem.Count is every reference it
// stands for, and Problem.Lines the first foldLines distinct lines of them
// (the message lists the same lines). Args of a fold are the id, the count
// (grouped by thousands) and the lines as text.
//
// Once a file has problemCap problems of a code, a new id is no longer
// given a fold of its own: each of its references is counted in that
// file's more_problems, as before, so memory stays bounded by problemCap
// folds per file and code.

// foldLines is how many line numbers a fold lists.
const foldLines = 5

// foldCodes are the codes whose repeated references are folded, each with
// the code of its fold.
var foldCodes = map[string]string{
	"unknown_partner": "unknown_partner_more",
	"unknown_person":  "unknown_person_more",
	"unknown_object":  "unknown_object_more",
	"unknown_kind":    "unknown_kind_more",
}

// foldRoot is the code a fold code folds ("unknown_partner" for
// "unknown_partner_more" and "unknown_partner_more_one"), or "".
func foldRoot(code string) string {
	base := strings.TrimSuffix(code, "_one")
	if root, ok := strings.CutSuffix(base, "_more"); ok {
		if _, known := foldCodes[root]; known {
			return root
		}
	}
	return ""
}

type foldKey struct{ file, code, id string }

// fold counts the references after the first to one id in one file.
type fold struct {
	first    Problem // the first reference, as reported
	n        int     // references after the first
	lines    []int   // their first foldLines distinct lines
	lastLine int
}

// followOn reports whether a reference to id at pos under code is a
// follow-on of a reference already reported in the same file, and counts
// it if so. A first reference returns false: the caller reports it (and
// then calls firstRef). Beyond the file's cap, references are counted in
// more_problems rather than folded.
func (r *reader) followOn(pos Pos, code, id string) bool {
	f, ok := r.folds[foldKey{pos.File, code, id}]
	if !ok {
		return false
	}
	f.n++
	if pos.Line != f.lastLine && len(f.lines) < foldLines+1 {
		f.lines = append(f.lines, pos.Line)
	}
	f.lastLine = pos.Line
	return true
}

// firstRef records the first reference p (already added) to id, so that
// later ones fold into it. Past the cap nothing is recorded.
func (r *reader) firstRef(p Problem, id string) {
	if r.counts[capKey{p.Pos.File, p.Code}] > problemCap {
		return
	}
	if r.folds == nil {
		r.folds = map[foldKey]*fold{}
	}
	r.folds[foldKey{p.Pos.File, p.Code, id}] = &fold{first: p}
}

// foldProblems returns one problem per fold with follow-on references.
func (r *reader) foldProblems() Problems {
	var out Problems
	for k, f := range r.folds {
		if f.n == 0 {
			continue
		}
		code := foldCodes[k.code]
		if f.n == 1 {
			code += "_one"
		}
		lines := f.lines
		more := len(lines) > foldLines
		if more {
			lines = lines[:foldLines]
		}
		text := make([]string, len(lines), len(lines)+1)
		for i, l := range lines {
			text[i] = strconv.Itoa(l)
		}
		if more {
			text = append(text, "…")
		}
		out = append(out, Problem{Pos: f.first.Pos, Severity: f.first.Severity, Code: code,
			Args:  safeArgs([]string{k.id, Thousands(int64(f.n)), strings.Join(text, ", ")}),
			Count: f.n, Lines: append([]int(nil), lines...)})
	}
	return out
}

// unknownRef warns about a reference to an unknown id under code (an
// unknown person or object: a warning, the analysis goes on), the first in
// its file in full and the later ones folded.
func (r *reader) unknownRef(pos Pos, code, id string) {
	if r.followOn(pos, code, id) {
		return
	}
	p := Problem{Pos: pos, Severity: Warning, Code: code, Args: []string{id}}
	r.add(p)
	r.firstRef(p, id)
}
