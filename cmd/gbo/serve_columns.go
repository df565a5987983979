package main

import (
	"strconv"
	"strings"

	"gbo/graph/output"
)

// The page shows a problem's column as a person finds it: on a sheet of a
// workbook its letter and header ("C (kind)"), in a CSV file its number and
// header ("3 (kind)"); the API's column stays the number, and the page's
// words for it go in column_name. The header is the reader's own
// (graph.Problem.Header): nothing is read a second time.

// columnNamer names the columns of one case's problems; nil names none.
type columnNamer struct {
	book string // the workbook's label, "" for a folder
}

// name fills ColumnName of every problem with a column: a letter on a
// sheet of the workbook, a number in a file of a folder, with its header.
func (n *columnNamer) name(ps []apiProblem) {
	if n == nil {
		return
	}
	for i := range ps {
		p := &ps[i]
		if p.Column <= 0 {
			continue
		}
		what := strconv.Itoa(p.Column)
		if n.book != "" {
			if !strings.HasPrefix(p.File, n.book+":") {
				continue
			}
			what = columnLetters(p.Column)
		}
		p.ColumnName = what
		if h := strings.TrimSpace(output.SafeText(p.header, false)); h != "" {
			p.ColumnName += " (" + h + ")"
		}
	}
}

// close is kept for the callers' deferred release; nothing is held.
func (n *columnNamer) close() {}

// columnLetters is a spreadsheet's name of column col (1-based): A … Z,
// AA … ZZ, AAA ….
func columnLetters(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}
