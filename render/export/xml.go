package export

import (
	"bufio"
	"encoding/xml"
	"io"
)

// xmlWriter writes XML text by hand, which keeps the layout fixed and
// readable in a diff (encoding/xml's Encoder handles namespace declarations
// awkwardly), and keeps the first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter { return &xmlWriter{w: bufio.NewWriter(w)} }

// raw writes markup that the package itself wrote.
func (x *xmlWriter) raw(s ...string) {
	for _, p := range s {
		if x.err == nil {
			_, x.err = x.w.WriteString(p)
		}
	}
}

// esc writes text from the input: escaped for an element or a double-quoted
// attribute (xml.EscapeText escapes < > & ' " and line breaks, and replaces
// characters XML cannot carry with U+FFFD).
func (x *xmlWriter) esc(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}
