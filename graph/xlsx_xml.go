// The workbook reader's guarded XML token stream (nesting depth, syntax errors) and attribute helpers.

package graph

import (
	"encoding/xml"
	"errors"
	"io"

	"golang.org/x/net/html/charset"
)

// errTooDeep is XML whose elements nest deeper than xlsxMaxDepth.
var errTooDeep = errors.New("XML nested too deep")

// xmlTokens reads the XML of one part, in UTF-8 or any encoding its
// declaration names, token by token. It reads with the decoder's RawToken
// and checks itself, as Token would, that every end tag closes the element
// open; it does not translate name spaces (the reader matches local names
// only). Elements may nest at most xlsxMaxDepth deep (errTooDeep), so its
// memory, and Skip's, is bounded whatever the part holds.
type xmlTokens struct {
	d    *xml.Decoder
	open []xml.Name // the elements open, outermost first
}

func newXMLTokens(r io.Reader) *xmlTokens {
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	return &xmlTokens{d: d, open: make([]xml.Name, 0, 16)}
}

// Token returns the next token; io.EOF at the end of a well-formed part.
// The bytes of a CharData are valid until the next call.
func (x *xmlTokens) Token() (xml.Token, error) {
	tok, err := x.d.RawToken()
	if err != nil {
		if err == io.EOF && len(x.open) > 0 {
			return nil, x.syntaxError("unexpected EOF")
		}
		return nil, err
	}
	switch t := tok.(type) {
	case xml.StartElement:
		if len(x.open) >= xlsxMaxDepth {
			return nil, errTooDeep
		}
		x.open = append(x.open, t.Name)
	case xml.EndElement:
		n := len(x.open)
		switch {
		case n == 0:
			return nil, x.syntaxError("unexpected end element </" + qname(t.Name) + ">")
		case x.open[n-1] != t.Name:
			return nil, x.syntaxError("element <" + qname(x.open[n-1]) + "> closed by </" + qname(t.Name) + ">")
		}
		x.open = x.open[:n-1]
	}
	return tok, nil
}

// Skip reads to the end of the element whose start Token just returned.
func (x *xmlTokens) Skip() error {
	for depth := len(x.open); len(x.open) >= depth; {
		if _, err := x.Token(); err != nil {
			return eofIsUnexpected(err)
		}
	}
	return nil
}

func (x *xmlTokens) syntaxError(msg string) error {
	line, _ := x.d.InputPos()
	return &xml.SyntaxError{Msg: msg, Line: line}
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

func attrTrue(t xml.StartElement, name string) bool {
	v := attr(t, name)
	return v == "1" || v == "true"
}
