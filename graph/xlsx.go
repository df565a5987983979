package graph

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// workbook is an opened .xlsx case: its sheets by lower-cased name (with a
// ".csv" suffix dropped, so a sheet may be called "partners" or
// "partners.csv").
type workbook struct {
	f        *excelize.File
	path     string
	sheets   map[string]string
	date1904 bool
}

// openWorkbook opens workbook bytes with raw cell values (numbers and date
// serials as stored, not as formatted), bounding what unzipping may cost.
func openWorkbook(path string, data []byte, maxBytes int64) (wb *workbook, err error) {
	defer func() {
		if p := recover(); p != nil { // excelize on a malformed file
			wb, err = nil, fmt.Errorf("%v", p)
		}
	}()
	limit := 4 * maxBytes
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    limit,
		UnzipXMLSizeLimit: min(limit, 64<<20),
	})
	if err != nil {
		return nil, err
	}
	wb = &workbook{f: f, path: path, sheets: map[string]string{}}
	for _, name := range f.GetSheetList() {
		key := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(name)), ".csv")
		if _, dup := wb.sheets[key]; !dup {
			wb.sheets[key] = name
		}
	}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		wb.date1904 = *props.Date1904
	}
	return wb, nil
}

func (wb *workbook) close() {
	defer func() { _ = recover() }()
	_ = wb.f.Close()
}

// sheetRows streams the rows of a sheet; the row number is the line.
type sheetRows struct {
	rows *excelize.Rows
	n    int
	err  error
}

func (s *sheetRows) next() (rec []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("%v", p)
			s.err = err
		}
	}()
	if s.err != nil {
		return nil, s.err
	}
	if !s.rows.Next() {
		if e := s.rows.Error(); e != nil {
			s.err = e
			return nil, e
		}
		s.err = io.EOF
		return nil, io.EOF
	}
	s.n++
	cols, err := s.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		s.err = err
		return nil, err
	}
	return cols, nil
}

func (s *sheetRows) line(int) int { return s.n }

// newSheetTable reads the header of a sheet. File names the sheet in
// problems as "book.xlsx:sheet".
func (r *reader) newSheetTable(wb *workbook, sheet string) *table {
	file := wb.path + ":" + sheet
	rows, err := safeRows(wb.f, sheet)
	if err != nil {
		r.fail(Pos{File: file}, "bad_xlsx", err.Error())
		return nil
	}
	t := &table{file: file, rows: &sheetRows{rows: rows}, book: true, date1904: wb.date1904, wb: wb, sheet: sheet}
	for {
		rec, err := t.rows.next()
		if err == io.EOF {
			r.fail(Pos{File: file}, "empty_file")
			return nil
		}
		if err != nil {
			r.fail(Pos{File: file, Line: t.rows.line(0)}, "bad_xlsx", err.Error())
			return nil
		}
		if blankRecord(rec) {
			continue
		}
		if !r.checkLengths(t, rec) {
			return nil
		}
		t.header = append([]string(nil), rec...)
		t.headerLine = t.rows.line(0)
		return t
	}
}

func safeRows(f *excelize.File, sheet string) (rows *excelize.Rows, err error) {
	defer func() {
		if p := recover(); p != nil {
			rows, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return f.Rows(sheet)
}

// isDateCell reports whether the cell at row, col (1-based) of sheet has a
// date number format: a built-in date format (ECMA-376 Part 1, §18.8.30:
// ids 14-22 and 45-47, and 27-36 and 50-58 in East-Asian locales) or a
// custom format with day or year codes outside quotes and brackets.
func (wb *workbook) isDateCell(sheet string, row, col int) (date bool) {
	defer func() {
		if recover() != nil {
			date = false
		}
	}()
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return false
	}
	idx, err := wb.f.GetCellStyle(sheet, cell)
	if err != nil || idx == 0 {
		return false
	}
	st, err := wb.f.GetStyle(idx)
	if err != nil || st == nil {
		return false
	}
	switch n := st.NumFmt; {
	case n >= 14 && n <= 22, n >= 45 && n <= 47, n >= 27 && n <= 36, n >= 50 && n <= 58:
		return true
	}
	if st.CustomNumFmt == nil {
		return false
	}
	var b strings.Builder
	quoted, bracket := false, false
	for _, c := range strings.ToLower(*st.CustomNumFmt) {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '[':
			bracket = true
		case c == ']':
			bracket = false
		case !bracket:
			b.WriteRune(c)
		}
	}
	f := b.String()
	return strings.ContainsAny(f, "dy")
}
