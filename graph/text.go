package graph

import (
	"bytes"
	"fmt"
	"strings"
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

// IsBidiControl reports whether r is a bidirectional embedding, override
// or isolate character (U+202A–U+202E, U+2066–U+2069), which can make a
// text display in another order than it is stored.
func IsBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}

// SafeText makes text from an input safe to write into a text output: it
// replaces each run of invalid UTF-8 by U+FFFD (as strings.ToValidUTF8),
// drops bidirectional override and isolate characters (IsBidiControl), and
// shows every C0 and C1 control character and DEL visibly as \xHH (an
// escape sequence can then neither steer a terminal nor hide text). With
// keepLayout (a CSV cell, an XML text) tab and newline are kept and a
// carriage return becomes a newline ("\r\n" one newline); without, they
// are shown as \x09, \x0a and \x0d too. Text without any of these comes
// back unchanged.
func SafeText(s string, keepLayout bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	clean := true
	for _, r := range s {
		if IsBidiControl(r) || (isControl(r) && !(keepLayout && (r == '\t' || r == '\n'))) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	if keepLayout && strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case IsBidiControl(r):
		case isControl(r) && !(keepLayout && (r == '\t' || r == '\n')):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// DropBidi removes the bidirectional override and isolate characters
// (IsBidiControl) from s and leaves everything else as it is.
func DropBidi(s string) string {
	if !strings.ContainsFunc(s, IsBidiControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if IsBidiControl(r) {
			return -1
		}
		return r
	}, s)
}
