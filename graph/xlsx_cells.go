// The workbook reader's cell values: shared strings and rich text, character escapes, number formats and dates.

package graph

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
)

// isDateFormat reports whether a number format is a date: a built-in date
// format (ECMA-376 Part 1, §18.8.30: ids 14-22 and 45-47, and 27-36 and
// 50-58 in East-Asian locales) or a custom format with day or year codes
// outside quotes and brackets.
func isDateFormat(id int, code string, custom bool) bool {
	switch {
	case id >= 14 && id <= 22, id >= 45 && id <= 47, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return true
	case !custom:
		return false
	}
	quoted, bracket := false, false
	for _, c := range strings.ToLower(code) {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '[':
			bracket = true
		case c == ']':
			bracket = false
		case !bracket && (c == 'd' || c == 'y'):
			return true
		}
	}
	return false
}

// readSharedStrings reads the shared strings table, streaming: the text
// of every <si>, its rich-text runs joined, its phonetic runs left out.
func (wb *workbook) readSharedStrings(name string) *bookProblem {
	f := wb.parts[partName(name)]
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return bookErr("xlsx_bad_part", f.Name, zipErrText(err))
	}
	defer rc.Close()
	d := newXMLTokens(&runLimiter{r: rc, max: wb.runMax})
	var text []byte
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return wb.stringsErr(f.Name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			if len(wb.sst) >= xlsxMaxSharedStrings {
				return bookErr("xlsx_too_many_strings", Thousands(xlsxMaxSharedStrings))
			}
			if text, err = richText(d, text[:0]); err != nil {
				return wb.stringsErr(f.Name, err)
			}
			wb.sst = append(wb.sst, unescapeOOXML(string(text)))
		}
	}
}

// stringsErr is why the shared strings table, part, cannot be read.
func (wb *workbook) stringsErr(part string, err error) *bookProblem {
	switch {
	case errors.Is(err, errTextRun):
		return bookErr("xlsx_text_too_long", Thousands(wb.runMax), Thousands(wb.runMax/xlsxTextRunFactor))
	case errors.Is(err, errTooDeep):
		return bookErr("xlsx_part_too_deep", part, strconv.Itoa(xlsxMaxDepth))
	}
	return bookErr("xlsx_bad_part", part, "string "+strconv.Itoa(len(wb.sst)+1)+": "+zipErrText(err))
}

// richText appends the text of the element just started (an <si> or an
// <is>): its <t> and the <t> of its <r> runs, not its phonetic <rPh>.
func richText(d *xmlTokens, buf []byte) ([]byte, error) {
	depth, inT := 1, false
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return buf, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "rPh", "phoneticPr", "rPr":
				if err := d.Skip(); err != nil {
					return buf, eofIsUnexpected(err)
				}
				continue
			case "t":
				inT = true
			}
			depth++
		case xml.EndElement:
			if t.Name.Local == "t" {
				inT = false
			}
			depth--
		case xml.CharData:
			if inT {
				buf = append(buf, t...)
			}
		}
	}
	return buf, nil
}

// unescapeOOXML decodes the _xHHHH_ escapes Excel writes for characters
// XML cannot hold (ECMA-376 Part 1, §22.9.2.19), in one pass.
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				if v < 0xD800 || v > 0xDFFF {
					b.WriteRune(rune(v))
				}
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// errTextRun is a run of XML without a '<' longer than the limit.
var errTextRun = errors.New("text run too long")

// readCell reads one <c> as excelize does with RawCellValue: the stored
// value (a number or date serial as written), the shared or inline string,
// or a formula's cached value. keep is false for an empty cell without a
// formula. Besides, as other programs than Excel write them: an ISO 8601
// date cell (t="d", Strict OOXML and some libraries) reads as its date,
// 2024-03-01, as a date serial's cell does where a date is expected; a
// formula error (t="e", #N/A) is an error at the cell, read as shown; a
// formula without a saved result (written by a library, never calculated)
// is an error at the cell, read as empty.
func (s *sheetRows) readCell(c xml.StartElement) (v string, keep, ok bool) {
	typ := attr(c, "t")
	val := s.val[:0]
	defer func() { s.val = val }()
	hasV, hasIS, hasF := false, false, false
	inline := ""
	for {
		tok, err := s.d.Token()
		if err != nil {
			s.broken(err)
			return "", false, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				hasV = true
				if val, err = charText(s.d, val[:0]); err != nil {
					s.broken(err)
					return "", false, false
				}
				continue
			case "is":
				hasIS = true
				if s.text, err = richText(s.d, s.text[:0]); err != nil {
					s.broken(err)
					return "", false, false
				}
				inline = unescapeOOXML(string(s.text))
				continue
			case "f":
				hasF = true
			}
			if err := s.d.Skip(); err != nil {
				s.broken(err)
				return "", false, false
			}
		case xml.EndElement: // </c>
			switch {
			case typ == "s" && hasV && len(bytes.TrimSpace(val)) > 0:
				i, err := strconv.Atoi(string(bytes.TrimSpace(val)))
				if err != nil || i < 0 || i >= len(s.wb.sst) {
					s.fail(s.col, "xlsx_bad_string_index", strconv.Quote(string(val)), Thousands(int64(len(s.wb.sst))))
					return "", false, false
				}
				v = s.wb.sst[i]
			case typ == "inlineStr" && hasIS:
				v = inline
			case hasF && !hasV:
				s.r.fail(Pos{File: s.file, Line: s.n, Col: s.col}, "xlsx_formula_no_value", s.sheet)
			case typ == "d":
				v = isoDateCell(string(val))
			case typ == "e":
				v = string(bytes.TrimSpace(val))
				s.r.fail(Pos{File: s.file, Line: s.n, Col: s.col}, "xlsx_formula_error", v)
			default:
				v = string(val)
			}
			return v, v != "" || hasF, true
		}
	}
}

// isoDateCell is the value of an ISO 8601 date cell (t="d"): its date,
// 2024-03-01, when it has one (a time of day is dropped, as from a date
// serial), else the text as stored.
func isoDateCell(v string) string {
	v = strings.TrimSpace(v)
	day, _, _ := strings.Cut(v, "T")
	if d, ok := parseDate(day); ok && len(day) == len("2006-01-02") {
		return d.Format(time.DateOnly)
	}
	return v
}

// charText appends the text of the element just started, up to its end.
func charText(d *xmlTokens, buf []byte) ([]byte, error) {
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return buf, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				buf = append(buf, t...)
			}
		}
	}
	return buf, nil
}

// isDateCell reports whether the cell at row, col (1-based) of the row of
// sheet being read has a date number format.
func (wb *workbook) isDateCell(sheet string, row, col int) bool {
	s := wb.current[sheet]
	if s == nil || s.n != row || col < 1 || col > len(s.styles) {
		return false
	}
	xf := int(s.styles[col-1])
	return xf < len(wb.dateXf) && wb.dateXf[xf]
}
