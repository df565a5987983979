package graph

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// rowSource yields the rows of one table: the records of a CSV file or the
// rows of a workbook sheet.
type rowSource interface {
	// next returns the next record (valid until the following call) or
	// io.EOF; any other error is a *csv.ParseError or a workbook error.
	next() ([]string, error)
	// line returns the line (or sheet row) where field i of the last
	// record starts.
	line(i int) int
}

// table is one input table with its header read.
type table struct {
	file       string // Pos.File of its problems
	header     []string
	headerLine int
	rows       rowSource
	book       bool // a workbook sheet: numbers in date columns are serials
	date1904   bool
	rowsHint   int // about how many rows follow (newlines in the file)
	wb         *workbook
	sheet      string
	rowsRead   int // data rows so far (blank rows not counted)

	// text and sep are a CSV file's decoded text and separator, to find
	// where an unclosed quote opened.
	text []byte
	sep  rune

	// partial is set when rows of the table were lost unread (a CSV
	// syntax error, a quote never closed, a line over the limit, a sheet
	// cut short, too many rows).
	partial bool
	// refused, if set, is called with a row that records refuses before
	// its fields are read (a field too long, too many fields), to note its
	// id as known but broken.
	refused func(rec []string)
}

// colName is the header of column f as the user wrote it, for problems
// about a cell; what when the column has no header.
func (t *table) colName(f int, what string) string {
	if f >= 0 && f < len(t.header) {
		if h := strings.TrimSpace(t.header[f]); h != "" {
			return h
		}
	}
	return what
}

// markBroken notes id, from a row with an error, as known but broken in
// set (see reader.brokenPartners).
func markBroken(set map[string]bool, id string) {
	if id != "" && set != nil {
		set[strings.Clone(id)] = true
	}
}

// refusedID is field f of a refused row as an id (trimmed, without the
// characters no field may carry); "" when the row has no field f.
func refusedID(rec []string, f int) string {
	if f < 0 || f >= len(rec) {
		return ""
	}
	id := strings.TrimSpace(rec[f])
	if i := firstHostile(id); i >= 0 {
		id, _, _ = dropHostile(id, i)
	}
	return id
}

// readPartly reports whether rows of t were lost unread, also when the
// workbook reader ended a sheet it could not read on.
func (t *table) readPartly() bool {
	if s, ok := t.rows.(*sheetRows); ok && s.failed {
		return true
	}
	return t.partial
}

// keepHeader notes t's header row for the problems of its columns
// (Problem.Header, filled when reading ends).
func (r *reader) keepHeader(t *table) {
	if r.headers == nil {
		r.headers = map[string][]string{}
	}
	r.headers[t.file] = t.header
}

// pos is the position of field f (0-based) at line.
func (t *table) pos(f, line int) Pos { return Pos{File: t.file, Line: line, Col: f + 1} }

// cell is the position of field f of the current record.
func (t *table) cell(f int) Pos { return t.pos(f, t.rows.line(f)) }

// csvRows reads CSV records with encoding/csv, whose FieldPos gives the
// physical line of every field (also after multi-line quoted fields).
type csvRows struct {
	r   *csv.Reader
	n   int
	eof bool
}

func (c *csvRows) next() ([]string, error) {
	if c.eof {
		return nil, io.EOF
	}
	rec, err := c.r.Read()
	c.n = len(rec)
	if err != nil {
		c.n = 0
		var pe *csv.ParseError
		if err != io.EOF && !errors.As(err, &pe) {
			c.eof = true // a read error that will not go away
		}
	}
	return rec, err
}

func (c *csvRows) line(i int) int {
	if c.n == 0 {
		return 0
	}
	if i < 0 || i >= c.n {
		i = 0
	}
	l, _ := c.r.FieldPos(i)
	return l
}

// newCSVTable decodes a CSV file's bytes and reads its header. It returns
// nil after reporting a problem when there is no header at all. Before any
// parsing it reads the bytes that are not UTF-8 in a UTF-8 file as
// Windows-1252, each on its own (strayBytes), with a warning at the field
// of the first, leaves out lines over the line limit, each an
// error, and stops before a quote that is never closed (an error where it
// opens), so that encoding/csv never holds more than a line or a field.
func (r *reader) newCSVTable(file string, data []byte) *table {
	out, stray, c, n, bom, mixed := strayBytes(data)
	if mixed {
		data = out
	}
	data = decodeWhole(data) // strayBytes is done
	if mixed {
		// decodeText drops the BOM and keeps every other offset (a lone
		// CR becomes LF).
		if bom {
			stray -= 3
		}
		line, field := csvFieldAt(data, detectSeparator(data), stray)
		code := "not_utf8"
		if bom {
			code = "not_utf8_bom"
		}
		dec := charmap.Windows1252.DecodeByte(c)
		as := string(dec)
		if !unicode.IsPrint(dec) {
			as = fmt.Sprintf("U+%04X", dec)
		}
		r.warn(Pos{File: file, Line: line, Col: field}, code, fmt.Sprintf("0x%02X", c), as, Thousands(int64(n)))
	}
	partial := false
	if long := longLines(data, r.lim.line); len(long) > 0 {
		partial = true
		for _, l := range long {
			line := bytes.Count(data[:l.start], []byte{'\n'}) + 1
			// The character in which the limit is crossed.
			end := l.start + r.lim.line
			for end > l.start && !utf8.RuneStart(data[end]) {
				end--
			}
			col := utf8.RuneCount(data[l.start:end]) + 1
			r.fail(Pos{File: file, Line: line, Col: col}, "line_too_long", Thousands(int64(r.lim.line)))
		}
		data = cutLines(data, long)
	}
	sep := detectSeparator(data)
	if q, rec, ok := unclosedQuote(data, sep); ok {
		// Read the records before it; the rest is one broken field.
		line := bytes.Count(data[:q], []byte{'\n'}) + 1
		col := utf8.RuneCount(data[bytes.LastIndexByte(data[:q], '\n')+1:q]) + 1
		r.fail(Pos{File: file, Line: line, Col: col}, "unclosed_quote")
		data = data[:rec]
		partial = true
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	t := &table{file: file, rows: &csvRows{r: cr}, rowsHint: bytes.Count(data, []byte{'\n'}), text: data, sep: cr.Comma, partial: partial}
	for {
		rec, err := t.rows.next()
		if err == io.EOF {
			r.fail(Pos{File: file}, "empty_file")
			return nil
		}
		if err != nil {
			r.csvError(t, err)
			if _, ok := err.(*csv.ParseError); ok {
				continue
			}
			return nil
		}
		if blankRecord(rec) {
			continue
		}
		if !r.checkLengths(t, rec) {
			return nil
		}
		t.header = append([]string(nil), rec...)
		for i := range t.header {
			t.header[i] = strings.Clone(t.header[i])
		}
		t.headerLine = t.rows.line(0)
		r.keepHeader(t)
		return t
	}
}

// csvError reports a CSV syntax error at the line and (byte) column where
// encoding/csv found it; a quote that is never closed, which encoding/csv
// reports at the end of the file, at the line and column where it opened.
func (r *reader) csvError(t *table, err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine && t.text != nil {
			if line, col, ok := openQuote(t.text, t.sep, pe.StartLine); ok {
				r.fail(Pos{File: t.file, Line: line, Col: col}, "unclosed_quote")
				return
			}
		}
		r.fail(Pos{File: t.file, Line: pe.Line, Col: pe.Column}, "bad_csv", pe.Err.Error())
		return
	}
	r.fail(Pos{File: t.file}, "bad_csv", err.Error())
}

// blankRecord reports whether every field is empty or white space, as the
// rows Excel writes for empty lines (";;;").
func blankRecord(rec []string) bool {
	for _, f := range rec {
		if len(f) > 0 && f[0] > ' ' {
			return false
		}
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// checkLengths checks a row of any table (CSV or sheet) before its fields
// are used: a row of more than maxColumns fields, or a field longer than the
// field limit, is reported and the row refused (false). It also drops the
// characters no field may carry, in place, noting them for the file's one
// hostile_chars warning.
func (r *reader) checkLengths(t *table, rec []string) bool {
	if len(rec) > maxColumns {
		r.fail(t.cell(maxColumns), "too_many_columns", Thousands(int64(len(rec))), Thousands(maxColumns))
		return false
	}
	ok := true
	for i, f := range rec {
		if len(f) > r.lim.field {
			r.fail(t.cell(i), "field_too_long", strconv.Itoa(r.lim.field))
			ok = false
			continue
		}
		if firstHostile(f) >= 0 {
			rec[i] = r.clean(t.cell(i), f)
		}
	}
	return ok
}

// records calls f with every non-blank data row of t that passes the field
// checks, reporting CSV errors and fields beyond the header on the way.
func (r *reader) records(t *table, f func(rec []string)) {
	for {
		rec, err := t.rows.next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.partial = true
			if t.book {
				r.fail(Pos{File: t.file, Line: t.rows.line(0)}, "bad_xlsx", err.Error())
				return
			}
			r.csvError(t, err)
			if _, ok := err.(*csv.ParseError); ok {
				continue
			}
			return
		}
		if blankRecord(rec) {
			continue
		}
		if t.rowsRead++; t.rowsRead > r.lim.rows {
			r.fail(Pos{File: t.file, Line: t.rows.line(0)}, "too_many_rows", Thousands(int64(r.lim.rows)))
			t.partial = true
			return
		}
		if !r.checkLengths(t, rec) {
			if t.refused != nil {
				t.refused(rec)
			}
			continue
		}
		if len(rec) > len(t.header) {
			extra := false
			for i := len(t.header); i < len(rec); i++ {
				if strings.TrimSpace(rec[i]) != "" {
					r.fail(t.cell(i), "extra_field", strconv.Itoa(len(t.header)))
					extra = true
					break
				}
			}
			if extra {
				if t.refused != nil {
					t.refused(rec)
				}
				continue
			}
		}
		f(rec)
	}
}

// field returns field i of rec trimmed, or "" when the column is absent.
func field(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.TrimSpace(rec[i])
}
