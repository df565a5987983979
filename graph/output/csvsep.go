package output

import (
	"fmt"
	"io"
)

// SepCSVWriter is CSVWriter with a chosen separator: ',' (CSVWriter's own
// output, byte for byte), ';' (the list separator of a Belgian or Dutch
// Excel) or '\t'. A field is quoted by CSVWriter's rule, which already
// quotes every field holding a comma, a semicolon or a tab, so a field that
// holds the chosen separator is always quoted and stays one cell.
type SepCSVWriter = CSVWriter

// NewCSVWriterSep returns a SepCSVWriter writing to w with separator sep,
// which must be ',', ';' or '\t' (else an error); call Flush at the end.
func NewCSVWriterSep(w io.Writer, sep byte) (*SepCSVWriter, error) {
	switch sep {
	case ',', ';', '\t':
	default:
		return nil, fmt.Errorf("csv separator %q: want ',', ';' or tab", sep)
	}
	c := NewCSVWriter(w)
	c.sep = sep
	return c, nil
}
