// The workbook reader's sheet stream: opening a sheet, reading it row by row, column references, id columns and the sheet as a table.

package graph

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// columnName is Excel's name of column c (1-based): A, Z, AA, XFD.
func columnName(c int) string {
	var b []byte
	for c > 0 {
		c--
		b = append([]byte{byte('A' + c%26)}, b...)
		c /= 26
	}
	return string(b)
}

// columnText names column c for a message: "ALM (1,001)".
func columnText(c int) string { return columnName(c) + " (" + Thousands(int64(c)) + ")" }

// sheetRows streams the rows of a sheet; the row number is the line. A
// sheet that cannot be read to its end is reported as a problem at the row
// where reading stopped, and then ends (io.EOF), so next returns no other
// error.
type sheetRows struct {
	r      *reader
	wb     *workbook
	file   string // Pos.File: "book.xlsx:sheet"
	sheet  string
	rc     io.ReadCloser
	d      *xmlTokens
	n      int // row number of the current record
	rec    []string
	styles []int32 // cell style of each field of rec
	inRow  bool
	col    int  // column being read, while in a cell
	ended  bool // </sheetData> seen; the rest is read to check the part
	done   bool
	failed bool

	// idCols holds, for a table whose header is read, the header of each
	// column of ids ("" for the others): their number cells are read as
	// their number format shows them (formatID).
	idCols []string
	// caseSheet is set for the key/value case sheet, whose coordinator
	// value is an id too.
	caseSheet bool

	hiddenRows, firstHidden int
	hiddenCols, firstHidCol int
	text, val               []byte // buffers of readCell, reused cell to cell
}

// openSheet starts reading the sheet named sheet.
func (r *reader) openSheet(wb *workbook, sheet, file string) (*sheetRows, *bookProblem) {
	f := wb.parts[wb.sheetPart[sheet]]
	if f == nil {
		return nil, bookErr("xlsx_bad_part", wb.sheetPart[sheet], "missing")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, bookErr("xlsx_bad_part", f.Name, zipErrText(err))
	}
	s := &sheetRows{r: r, wb: wb, file: file, sheet: sheet, rc: rc}
	s.d = newXMLTokens(&runLimiter{r: rc, max: wb.runMax})
	wb.current[sheet] = s
	return s, nil
}

func (s *sheetRows) line(int) int { return s.n }

// fail reports why the sheet cannot be read on and ends it.
func (s *sheetRows) fail(col int, code string, args ...string) {
	row := s.n
	if !s.inRow {
		row++
		col = 0
	}
	s.r.fail(Pos{File: s.file, Line: row, Col: col}, code, args...)
	s.failed = true
	s.finish()
}

// broken reports a read or XML error at the current row.
func (s *sheetRows) broken(err error) {
	if errors.Is(err, errTextRun) {
		s.fail(s.col, "xlsx_text_too_long", Thousands(s.wb.runMax), Thousands(s.wb.runMax/xlsxTextRunFactor))
		return
	}
	if errors.Is(err, errTooDeep) {
		s.fail(s.col, "xlsx_sheet_too_deep", s.sheet, strconv.Itoa(xlsxMaxDepth))
		return
	}
	s.fail(s.col, "xlsx_sheet_broken", s.sheet, zipErrText(eofIsUnexpected(err)))
}

// finish closes the part and reports the hidden rows and columns seen.
func (s *sheetRows) finish() {
	if s.done {
		return
	}
	s.done = true
	s.rec, s.styles = nil, nil
	_ = s.rc.Close()
	switch {
	case s.hiddenCols == 1:
		s.r.warn(Pos{File: s.file}, "xlsx_hidden_column", columnName(s.firstHidCol))
	case s.hiddenCols > 1:
		s.r.warn(Pos{File: s.file}, "xlsx_hidden_columns", columnName(s.firstHidCol), Thousands(int64(s.hiddenCols-1)))
	}
	switch {
	case s.hiddenRows == 1:
		s.r.warn(Pos{File: s.file, Line: s.firstHidden}, "xlsx_hidden_row")
	case s.hiddenRows > 1:
		s.r.warn(Pos{File: s.file, Line: s.firstHidden}, "xlsx_hidden_rows", Thousands(int64(s.hiddenRows)))
	}
}

func (s *sheetRows) next() (rec []string, err error) {
	defer func() {
		if p := recover(); p != nil { // a bug here must not lose rows unsaid
			s.done = false
			s.fail(s.col, "xlsx_sheet_broken", s.sheet, fmt.Sprint("internal error: ", p))
			rec, err = nil, io.EOF
		}
	}()
	for !s.done {
		tok, err := s.d.Token()
		if err == io.EOF && s.ended {
			// The part was read to its end, so archive/zip has checked
			// its size and checksum: a damaged part is not a short sheet.
			s.finish()
			break
		}
		if err != nil {
			s.broken(err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case s.ended:
			case t.Name.Local == "row":
				if s.readRow(t) {
					return s.rec, nil
				}
			case t.Name.Local == "col":
				s.hiddenColumn(t)
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				s.ended = true
			}
		}
	}
	return nil, io.EOF
}

// hiddenColumn counts the columns a <col hidden="1"> hides.
func (s *sheetRows) hiddenColumn(t xml.StartElement) {
	if !attrTrue(t, "hidden") {
		return
	}
	lo, _ := strconv.Atoi(attr(t, "min"))
	hi, _ := strconv.Atoi(attr(t, "max"))
	lo = min(max(lo, 1), 16384)
	hi = min(max(hi, lo), 16384)
	if s.hiddenCols == 0 || lo < s.firstHidCol {
		s.firstHidCol = lo
	}
	s.hiddenCols += hi - lo + 1
}

// readRow reads one <row> into s.rec; false when the sheet ended.
func (s *sheetRows) readRow(t xml.StartElement) bool {
	row := s.n + 1
	if v := attr(t, "r"); v != "" {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n < 1:
			s.fail(0, "xlsx_sheet_broken", s.sheet, "row number "+strconv.Quote(v))
			return false
		case n > xlsxMaxRows:
			s.fail(0, "xlsx_sheet_broken", s.sheet, "row number "+v+" is beyond Excel's last row "+Thousands(xlsxMaxRows))
			return false
		case n <= s.n:
			s.fail(0, "xlsx_sheet_broken", s.sheet, "row "+v+" comes after row "+strconv.Itoa(s.n))
			return false
		}
		row = n
	}
	s.n, s.inRow, s.col = row, true, 0
	if attrTrue(t, "hidden") {
		if s.hiddenRows == 0 {
			s.firstHidden = row
		}
		s.hiddenRows++
	}
	s.rec, s.styles = s.rec[:0], s.styles[:0]
	last := 0
	for {
		tok, err := s.d.Token()
		if err != nil {
			s.broken(err)
			return false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "c" {
				if err := s.d.Skip(); err != nil {
					s.broken(err)
					return false
				}
				continue
			}
			col := last + 1
			if ref := attr(t, "r"); ref != "" {
				c, ok := refColumn(ref)
				if !ok {
					s.fail(last+1, "xlsx_sheet_broken", s.sheet, "bad cell reference "+strconv.Quote(ref))
					return false
				}
				col = c
			}
			s.col = col
			if col > xlsxMaxColumns {
				s.fail(col, "xlsx_too_many_columns", columnText(col), Thousands(xlsxMaxColumns))
				return false
			}
			if col <= last {
				s.fail(col, "xlsx_sheet_broken", s.sheet, "cell "+columnName(col)+" comes after column "+columnName(last))
				return false
			}
			last = col
			v, keep, ok := s.readCell(t)
			if !ok {
				return false
			}
			style := 0
			if sv := attr(t, "s"); sv != "" { // Atoi("") allocates its error
				style, _ = strconv.Atoi(sv)
			}
			if keep {
				if h := s.idHeader(col); h != "" {
					switch attr(t, "t") {
					case "", "n":
						v = s.idText(v, style, col, h)
					case "d": // an ISO date cell, already read as its date
						s.r.fail(Pos{File: s.file, Line: s.n, Col: col}, "xlsx_date_id", strconv.Quote(h), v)
					}
				}
			}
			// Counted as produced: a shared string costs at every use.
			if s.wb.textUsed += int64(len(v)); s.wb.textUsed > s.wb.textMax {
				s.fail(col, "xlsx_too_much_text", sizeText(s.wb.textMax))
				return false
			}
			if keep {
				for len(s.rec) < col-1 {
					s.rec = append(s.rec, "")
					s.styles = append(s.styles, 0)
				}
				s.rec = append(s.rec, v)
				s.styles = append(s.styles, int32(min(max(style, 0), 1<<30)))
			}
			s.col = 0
		case xml.EndElement: // </row>
			s.inRow = false
			return true
		}
	}
}

// refColumn is the column of a cell reference such as "B12" or "$B$12".
func refColumn(ref string) (int, bool) {
	col, i := 0, 0
	for i < len(ref) && ref[i] == '$' {
		i++
	}
	start := i
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		if col > 16384 { // beyond Excel's last column, XFD
			return 0, false
		}
	}
	if i == start {
		return 0, false
	}
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	if i == len(ref) {
		return 0, false
	}
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, false
		}
	}
	return col, true
}

// idHeader names the id that cell col of the row being read holds: the
// header of an id column (idCols), or the key of the case sheet's
// coordinator row for its value; "" for any other cell.
func (s *sheetRows) idHeader(col int) string {
	if col <= len(s.idCols) && s.idCols[col-1] != "" {
		return s.idCols[col-1]
	}
	if s.caseSheet && col == 2 && len(s.rec) > 0 {
		if key := strings.TrimSpace(s.rec[0]); caseKeyNames[strings.ToLower(key)] == "coordinator" {
			return key
		}
	}
	return ""
}

// idText is the number cell v of an id column (or key) named header, with
// cell style style, as its number format shows it. A date cell is an error
// at the cell, and reads as the ISO date it shows, so the rows that name
// the same date are not reported again as naming an unknown id.
func (s *sheetRows) idText(v string, style, col int, header string) string {
	if style < 0 || style >= len(s.wb.numFmt) {
		return v
	}
	if s.wb.dateXf[style] {
		shown := v
		if d, ok := excelSerialDate(v, s.wb.date1904); ok {
			shown = d.Format(time.DateOnly)
		}
		s.r.fail(Pos{File: s.file, Line: s.n, Col: col}, "xlsx_date_id", strconv.Quote(header), shown)
		return shown
	}
	return formatID(v, s.wb.numFmt[style])
}

// newSheetTable reads the header of a sheet that holds table base
// ("partners"). File names the sheet in problems as "book.xlsx:sheet". A
// hidden sheet is read with a warning. The number cells of the id columns
// of base (idColumns) are read as their number format shows them.
func (r *reader) newSheetTable(wb *workbook, sheet, base string) *table {
	file := wb.path + ":" + sheet
	if wb.hidden[sheet] {
		r.warn(Pos{File: file}, "xlsx_hidden_sheet", sheet)
	}
	rows, p := r.openSheet(wb, sheet, file)
	if p != nil {
		r.fail(Pos{File: file}, p.code, p.args...)
		return nil
	}
	rows.caseSheet = base == "case"
	t := &table{file: file, rows: rows, book: true, date1904: wb.date1904, wb: wb, sheet: sheet}
	for {
		rec, err := t.rows.next()
		if err == io.EOF {
			if !rows.failed {
				r.fail(Pos{File: file}, "empty_file")
			}
			return nil
		}
		if blankRecord(rec) {
			continue
		}
		if !r.checkLengths(t, rec) {
			rows.finish()
			return nil
		}
		t.header = append([]string(nil), rec...)
		t.headerLine = t.rows.line(0)
		r.keepHeader(t)
		rows.idCols = idColumns(base, t.header)
		return t
	}
}
