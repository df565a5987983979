package graph

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// SepCSVWriter is CSVWriter with a chosen separator: ',' (CSVWriter's own
// output, byte for byte), ';' (the list separator of a Belgian or Dutch
// Excel) or '\t'. A field is quoted by CSVWriter's rule, which already
// quotes every field holding a comma, a semicolon or a tab, so a field that
// holds the chosen separator is always quoted and stays one cell.
type SepCSVWriter struct {
	w   *bufio.Writer
	sep byte
	err error
}

// NewCSVWriterSep returns a SepCSVWriter writing to w with separator sep,
// which must be ',', ';' or '\t' (else an error); call Flush at the end.
func NewCSVWriterSep(w io.Writer, sep byte) (*SepCSVWriter, error) {
	switch sep {
	case ',', ';', '\t':
	default:
		return nil, fmt.Errorf("csv separator %q: want ',', ';' or tab", sep)
	}
	return &SepCSVWriter{w: bufio.NewWriter(w), sep: sep}, nil
}

// Write writes one record. Errors are kept and returned by Error.
func (c *SepCSVWriter) Write(rec []string) error {
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
		c.w.WriteString(strings.ReplaceAll(f, `"`, `""`))
		c.w.WriteByte('"')
	}
	_, c.err = c.w.WriteString("\n")
	return c.err
}

// Flush writes what is buffered.
func (c *SepCSVWriter) Flush() {
	if err := c.w.Flush(); err != nil && c.err == nil {
		c.err = err
	}
}

// Error is the first error of a Write or Flush.
func (c *SepCSVWriter) Error() error { return c.err }
