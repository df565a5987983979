package graph

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns the bytes of a text file into UTF-8, as docs/formats.md#reading-rules asks:
// UTF-8 with or without a byte-order mark; UTF-16 when a UTF-16 byte-order
// mark says so (Excel's "Unicode text" export); otherwise Windows-1252 when
// the bytes are not valid UTF-8 (a Belgian Excel's "CSV (puntkomma)" export).
// Old Mac line ends (a lone CR) become LF, so lines count as users see them.
func decodeText(b []byte) []byte {
	// A UTF-8 file with a few stray bytes stays UTF-8 (strayBytes); the
	// CSV reader warns about them, case.toml and depth models take them
	// as they come.
	if out, _, _, _, _, found := strayBytes(b); found {
		b = out
	}
	return decodeWhole(b)
}

// decodeWhole is decodeText after strayBytes: it reads b by its byte-order
// mark, else as UTF-8 when valid, else as Windows-1252.
func decodeWhole(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
		if !utf8.Valid(b) {
			b = bytes.ToValidUTF8(b, []byte("\ufffd"))
		}
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(b); err == nil {
			b = out
		}
	case !utf8.Valid(b):
		if out, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			b = out
		}
	}
	if bytes.IndexByte(b, '\n') < 0 && bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	}
	return b
}

// detectSeparator picks the field separator of a CSV file from its header
// line: whichever of ';', tab and ',' occurs most often outside quotes
// (ties go to ';', then tab, then ','; none at all means ',').
func detectSeparator(b []byte) rune {
	// Skip blank lines before the header.
	for len(b) > 0 && (b[0] == '\n' || b[0] == '\r' || b[0] == ' ') {
		b = b[1:]
	}
	var semi, tab, comma int
	quoted := false
	for _, c := range b {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if c == '\n' {
			break
		}
		switch c {
		case ';':
			semi++
		case '\t':
			tab++
		case ',':
			comma++
		}
	}
	switch {
	case semi > 0 && semi >= tab && semi >= comma:
		return ';'
	case tab > 0 && tab >= comma:
		return '\t'
	}
	return ','
}
