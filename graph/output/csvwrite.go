package output

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CSVWriter writes CSV as encoding/csv's Writer does (comma-separated,
// "\n" line ends, quotes doubled), but also quotes every field that holds a
// semicolon or a tab. A Belgian or Dutch Excel splits a CSV file it opens
// at ';' (its list separator), so an unquoted "Name;=2+2" would become two
// cells, the second a formula that FormulaSafe never saw as the start of a
// cell. Quoted, the field stays one cell in every spreadsheet.
type CSVWriter struct {
	w   *bufio.Writer
	sep byte // ',' unless made by NewCSVWriterSep
	err error
}

// NewCSVWriter returns a CSVWriter writing to w; call Flush at the end.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: bufio.NewWriter(w), sep: ','} }

// Write writes one record. Errors are kept and returned by Error.
func (c *CSVWriter) Write(rec []string) error {
	if c.err != nil {
		return c.err
	}
	for i, f := range rec {
		if i > 0 {
			c.w.WriteByte(c.sep)
		}
		if !csvNeedsQuotes(f) {
			c.w.WriteString(f)
			continue
		}
		c.w.WriteByte('"')
		for {
			j := strings.IndexByte(f, '"')
			if j < 0 {
				c.w.WriteString(f)
				break
			}
			c.w.WriteString(f[:j+1])
			c.w.WriteByte('"')
			f = f[j+1:]
		}
		c.w.WriteByte('"')
	}
	_, c.err = c.w.WriteString("\n")
	return c.err
}

// WriteAll writes every record and flushes.
func (c *CSVWriter) WriteAll(recs [][]string) error {
	for _, r := range recs {
		if err := c.Write(r); err != nil {
			return err
		}
	}
	c.Flush()
	return c.Error()
}

// Flush writes what is buffered.
func (c *CSVWriter) Flush() {
	if err := c.w.Flush(); err != nil && c.err == nil {
		c.err = err
	}
}

// Error is the first error of a Write or Flush.
func (c *CSVWriter) Error() error { return c.err }

// csvNeedsQuotes is encoding/csv's rule (a comma, quote, CR or LF, a
// leading space, or the field `\.`) plus a semicolon or a tab anywhere.
func csvNeedsQuotes(f string) bool {
	if f == "" {
		return false
	}
	if f == `\.` || strings.ContainsAny(f, ",\";\t\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(r)
}
