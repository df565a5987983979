package output

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsBidiControl reports whether r is a bidirectional embedding, override
// or isolate character (U+202A–U+202E, U+2066–U+2069), which can make a
// text display in another order than it is stored.
func IsBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// IsControl reports whether r is a C0 or C1 control character or DEL.
func IsControl(r rune) bool {
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
		if IsBidiControl(r) || (IsControl(r) && !(keepLayout && (r == '\t' || r == '\n'))) {
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
		case IsControl(r) && !(keepLayout && (r == '\t' || r == '\n')):
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

// SafeCell is the one rule for a cell of a CSV file gbo writes: SafeText
// (bidirectional controls dropped, other control characters but tab and
// newline shown as \xHH), then FormulaSafe.
func SafeCell(s string) string { return FormulaSafe(SafeText(s, true)) }

// FormulaSafe neutralises a CSV cell a spreadsheet would run as a formula
// (docs/guarantees.md#text-stays-text): a cell that starts with = + - @ (or their full-width and
// small-form look-alikes ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), also after leading white
// space, control or format characters, and a cell that starts with a tab
// or carriage return, gets an apostrophe in front, unless it is a plain
// number ("-3.5" stays). The rule is applied to every cell of every CSV gbo
// writes, ids included: an id changed so changes alike in every file.
func FormulaSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return s
		}
		return "'" + s
	}
	if s[0] > ' ' && s[0] < 0x7f {
		return s // printable ASCII other than the above: plain text
	}
	rest := strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || IsControl(r) || unicode.Is(unicode.Cf, r)
	})
	if rest == "" {
		return s
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !isFormulaStart(r) {
		return s
	}
	if _, err := strconv.ParseFloat(strings.TrimSpace(rest), 64); err == nil && r == '-' {
		return s
	}
	return "'" + s
}

// isFormulaStart reports whether a spreadsheet may take a cell starting
// with r for a formula.
func isFormulaStart(r rune) bool {
	switch r {
	case '=', '+', '-', '@',
		'\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', // full width ＝ ＋ － ＠
		'\uFE66', '\uFE62', '\uFE63', '\uFE6B': // small form ﹦ ﹢ ﹣ ﹫
		return true
	}
	return false
}
