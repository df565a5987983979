package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"gbo/graph/output"
)

// The page shows a problem's column as a person finds it: on a sheet of a
// workbook its letter and header ("C (kind)"), in a CSV file its number and
// header ("3 (kind)"); the API's column stays the number, and the page's
// words for it go in column_name.

// headerRows is how many rows from the top of a sheet are looked at for
// its header (the first row with a cell filled in).
const headerRows = 10

// maxHeaderBytes is how much of a CSV file is read for its header line.
const maxHeaderBytes = 64 << 10

// columnNamer names the columns of one case's files; nil names none.
type columnNamer struct {
	book     string // the workbook's label, "" for a folder
	bookData []byte
	limit    int64               // excelize's unzip limit
	files    func(string) []byte // a folder's file by its lower-cased name, nil when none
	sheets   map[string][]string
	opened   *excelize.File
	tried    bool
}

// name fills ColumnName of every problem with a column that names a sheet
// of the workbook or a file of the folder.
func (n *columnNamer) name(ps []apiProblem) {
	if n == nil {
		return
	}
	for i := range ps {
		p := &ps[i]
		if p.Column <= 0 {
			continue
		}
		if n.book != "" {
			sheet, ok := strings.CutPrefix(p.File, n.book+":")
			if !ok {
				continue
			}
			letter, err := excelize.ColumnNumberToName(p.Column)
			if err != nil {
				continue
			}
			p.ColumnName = withHeader(letter, n.sheetHeader(sheet), p.Column)
			continue
		}
		if n.files == nil {
			continue
		}
		if b := n.files(strings.ToLower(path.Base(p.File))); b != nil {
			p.ColumnName = withHeader(strconv.Itoa(p.Column), csvHeader(b), p.Column)
		}
	}
}

// withHeader is "what (header)" when the header has column col, else what.
func withHeader(what string, header []string, col int) string {
	if col <= len(header) {
		if h := strings.TrimSpace(output.SafeText(header[col-1], false)); h != "" {
			return what + " (" + h + ")"
		}
	}
	return what
}

// sheetHeader is the first row with a cell filled in among the sheet's
// first headerRows, read with excelize within the upload's unzip limit
// (in memory: no part goes to a temporary file), or nil.
func (n *columnNamer) sheetHeader(sheet string) []string {
	if h, ok := n.sheets[sheet]; ok {
		return h
	}
	if n.sheets == nil {
		n.sheets = map[string][]string{}
	}
	if !n.tried {
		n.tried = true
		f, err := excelize.OpenReader(bytes.NewReader(n.bookData), excelize.Options{UnzipSizeLimit: n.limit, UnzipXMLSizeLimit: n.limit})
		if err == nil {
			n.opened = f
		}
	}
	var header []string
	if n.opened != nil {
		if rows, err := n.opened.Rows(sheet); err == nil {
			for i := 0; i < headerRows && rows.Next(); i++ {
				cols, err := rows.Columns()
				if err != nil {
					break
				}
				if strings.TrimSpace(strings.Join(cols, "")) != "" {
					header = cols
					break
				}
			}
			_ = rows.Close()
		}
	}
	n.sheets[sheet] = header
	return header
}

// close lets go of the workbook read for headers.
func (n *columnNamer) close() {
	if n != nil && n.opened != nil {
		_ = n.opened.Close()
	}
}

// csvHeader is the first line of a CSV file as fields, split at the
// separator it uses most (comma, semicolon or tab), or nil.
func csvHeader(b []byte) []string {
	if len(b) > maxHeaderBytes {
		b = b[:maxHeaderBytes]
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	line := b
	if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
		line = b[:i]
	}
	sep := ','
	best := bytes.Count(line, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if k := bytes.Count(line, []byte(string(c))); k > best {
			sep, best = c, k
		}
	}
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = sep, true, -1
	rec, err := r.Read()
	if err != nil && err != io.EOF {
		return nil
	}
	return rec
}

// fsFiles is a folder's file getter of fsys (a bundled sample), reading
// at most maxHeaderBytes of a file.
func fsFiles(fsys fs.FS) func(string) []byte {
	return func(name string) []byte {
		f, err := fsys.Open(name)
		if err != nil {
			return nil
		}
		defer f.Close()
		b, _ := io.ReadAll(io.LimitReader(f, maxHeaderBytes))
		return b
	}
}

// mapFiles is a folder's file getter of files (an upload).
func mapFiles(files map[string][]byte) func(string) []byte {
	return func(name string) []byte { return files[name] }
}
