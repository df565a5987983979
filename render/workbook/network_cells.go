// Writing the network workbook's sheet XML: styles, the table of a sheet, and each cell's value (text, numbers, dates) made safe.

package workbook

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"gbo/graph/output"
)

// netStyles are the cell styles of the network workbook (cellXfs indices).
type netStyles struct{ head, date int }

func newNetStyles(f *excelize.File) (netStyles, error) {
	var st netStyles
	var err error
	if st.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}); err != nil {
		return st, err
	}
	st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")})
	return st, err
}

// table is one sheet as written: rows of top from row 1 (the first cell
// of the first one bold), the header at headRow (bold, frozen, with an
// autofilter over the table), then rows. Widths follow cols.
type table struct {
	cols    []netCol
	head    []string
	top     [][]any
	headRow int
	rows    [][]any
}

func (t table) filterRef() string {
	return cellName(1, t.headRow) + ":" + cellName(len(t.cols), t.headRow+max(len(t.rows), 1))
}

const sheetXMLHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`

// write writes the sheet's XML (SpreadsheetML worksheet) to w.
func (t table) write(w io.Writer, st netStyles, selected bool) error {
	b := bufio.NewWriterSize(w, 1<<16)
	lastRow := t.headRow + len(t.rows)
	b.WriteString(sheetXMLHead)
	fmt.Fprintf(b, `<dimension ref="A1:%s"/>`, cellName(len(t.cols), lastRow))
	sel := ""
	if selected {
		sel = ` tabSelected="1"`
	}
	first := cellName(1, t.headRow+1)
	fmt.Fprintf(b, `<sheetViews><sheetView%s workbookViewId="0"><pane ySplit="%d" topLeftCell="%s" activePane="bottomLeft" state="frozen"/>`+
		`<selection pane="bottomLeft" activeCell="%s" sqref="%s"/></sheetView></sheetViews>`, sel, t.headRow, first, first, first)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, c := range t.cols {
		fmt.Fprintf(b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, i+1, i+1, strconv.FormatFloat(c.width, 'f', -1, 64))
	}
	b.WriteString(`</cols><sheetData>`)
	var row []byte
	writeRow := func(r int, vals []any, style int) {
		row = append(row[:0], `<row r="`...)
		row = strconv.AppendInt(row, int64(r), 10)
		row = append(row, `">`...)
		for i, v := range vals {
			row = appendCell(row, i+1, r, v, style, st)
		}
		row = append(row, `</row>`...)
		b.Write(row)
	}
	for i, r := range t.top {
		style := 0
		if i == 0 {
			style = st.head
		}
		writeRow(i+1, r, style)
	}
	head := make([]any, len(t.head))
	for i, h := range t.head {
		head[i] = h
	}
	writeRow(t.headRow, head, st.head)
	for i, r := range t.rows {
		writeRow(t.headRow+1+i, r, 0)
	}
	fmt.Fprintf(b, `</sheetData><autoFilter ref="%s"/>`, t.filterRef())
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return b.Flush()
}

// excelEpoch is day 0 of Excel's 1900 date system for dates from
// 1900-03-01 on (it counts a 29 February 1900 that never was).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

var (
	firstSerialDate = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)
	lastSerialDate  = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
)

// appendCell appends the cell at (col, row) holding v: a string as an
// inline string (output.SafeCell, cut at MaxCellChars; "" is no cell), an
// integer or a finite float64 as a number with every digit, a bool as a
// boolean, a time.Time as a date serial with the date style (text
// yyyy-mm-dd outside Excel's dates). nil, NaN and ±Inf are no cell.
// style, when not 0, is the cell's style.
func appendCell(b []byte, col, row int, v any, style int, st netStyles) []byte {
	var typ, val string
	switch x := v.(type) {
	case nil:
		return b
	case string:
		if x == "" {
			return b
		}
		return appendText(b, col, row, safeCell(x), style)
	case int:
		val = strconv.Itoa(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return b
		}
		val = excelNumber(x)
	case bool:
		typ, val = "b", "0"
		if x {
			val = "1"
		}
	case time.Time:
		d := time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
		if d.Before(firstSerialDate) || d.After(lastSerialDate) {
			return appendText(b, col, row, d.Format(time.DateOnly), style)
		}
		val = strconv.Itoa(int(d.Sub(excelEpoch).Hours() / 24))
		if style == 0 {
			style = st.date
		}
	default:
		return appendText(b, col, row, safeCell(fmt.Sprint(v)), style)
	}
	b = appendCellStart(b, col, row, style, typ)
	b = append(b, "<v>"...)
	b = append(b, val...)
	return append(b, "</v></c>"...)
}

func appendCellStart(b []byte, col, row, style int, typ string) []byte {
	b = append(b, `<c r="`...)
	b = append(b, cellName(col, row)...)
	b = append(b, '"')
	if style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, '"')
	}
	if typ != "" {
		b = append(b, ` t="`...)
		b = append(b, typ...)
		b = append(b, '"')
	}
	return append(b, '>')
}

// appendText appends an inline string cell; characters XML cannot hold
// become U+FFFD (encoding/xml's EscapeText).
func appendText(b []byte, col, row int, s string, style int) []byte {
	b = appendCellStart(b, col, row, style, "inlineStr")
	b = append(b, "<is><t"...)
	if strings.TrimSpace(s) != s {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	var e bytes.Buffer
	xml.EscapeText(&e, []byte(s))
	b = append(b, e.Bytes()...)
	return append(b, "</t></is></c>"...)
}

// excelNumber writes f with every digit needed to read it back exactly,
// in a form Excel reads (1.5, 0.25, 1.5E-7).
func excelNumber(f float64) string {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strings.ToUpper(strconv.FormatFloat(f, 'e', -1, 64))
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// safeCell is s as a text cell: output.SafeCell (no formula, control
// characters shown), cut at MaxCellChars with "…".
func safeCell(s string) string {
	s = output.SafeCell(s)
	if cellUnits(s) <= MaxCellChars {
		return s
	}
	n := 0
	for i, r := range s {
		if n+utf16.RuneLen(r) > MaxCellChars-1 {
			return s[:i] + "…"
		}
		n += utf16.RuneLen(r)
	}
	return s
}

// cellUnits is the length of s in UTF-16 code units, as Excel counts.
func cellUnits(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func floatPtr(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}

func intPtr(v *int) any {
	if v == nil {
		return nil
	}
	return *v
}

func boolPtr(v *bool) any {
	if v == nil {
		return nil
	}
	return *v
}

// datePtr is an ISO date as a date cell; nil for none. A text that is not
// an ISO date stays text.
func datePtr(v *string) any {
	if v == nil {
		return nil
	}
	if d := dateCell(*v); d != nil {
		return d
	}
	return *v
}

func dateCell(s string) any {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil
	}
	return t
}
