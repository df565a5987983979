package graph

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Checks on the text of an input file, made before (or while) it is parsed:
// characters that must not pass into a case, a stray byte in a UTF-8 file,
// overlong lines, where an unclosed quote opened, and how deep TOML nests.

// hostileLead marks the bytes that may start a character no field may
// carry: C0 controls but tab, newline and carriage return (a carriage
// return is checked on its own), DEL, and the lead bytes of the C1 controls
// (U+0080-U+009F) and of the bidirectional embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069).
var hostileLead = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n'
	}
	t[0x7f], t[0xc2], t[0xe2] = true, true, true
	return t
}()

// hostileAt returns the rune at s[i] and its size in bytes if it is a
// character no field may carry, else size 0. A carriage return is one when
// no newline follows it: it moves a terminal's cursor back over the text.
func hostileAt(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c == '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 0, 0
		}
		return '\r', 1
	case c < 0x20 || c == 0x7f:
		return rune(c), 1
	case c == 0xc2:
		if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return rune(s[i+1]), 2
		}
	case c == 0xe2:
		if i+2 < len(s) {
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0x80 && b2 >= 0xaa && b2 <= 0xae || b1 == 0x81 && b2 >= 0xa6 && b2 <= 0xa9 {
				r, _ := utf8.DecodeRuneInString(s[i:])
				return r, 3
			}
		}
	}
	return 0, 0
}

// firstHostile returns the byte index of the first character of s that no
// field may carry, or -1. Eight bytes of printable ASCII at a time are let
// through with two word operations (a byte below 0x20, or 0x7f and above,
// sets its high bit); the rest is one table look-up per byte.
func firstHostile(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if ((x-0x20*ones)&^x|(x+ones)|x)&highs != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if hostileLead[s[i]] {
			if _, n := hostileAt(s, i); n > 0 {
				return i
			}
		}
	}
	return -1
}

// dropHostile returns s without the characters no field may carry, the
// first of them, and how many there were; from is the index of the first.
func dropHostile(s string, from int) (string, rune, int) {
	var b []byte
	b = append(b, s[:from]...)
	first, n := rune(-1), 0
	for i := from; i < len(s); {
		if hostileLead[s[i]] {
			if r, size := hostileAt(s, i); size > 0 {
				if first < 0 {
					first = r
				}
				n++
				i += size
				continue
			}
		}
		b = append(b, s[i])
		i++
	}
	return string(b), first, n
}

// hostileNote is what one file's warning about dropped characters says.
type hostileNote struct {
	first Pos
	r     rune
	n     int
}

// clean returns s without the characters no field may carry, noting them
// for the one warning of pos.File; s itself when it has none.
func (r *reader) clean(pos Pos, s string) string {
	i := firstHostile(s)
	if i < 0 {
		return s
	}
	out, first, n := dropHostile(s, i)
	if r.hostile == nil {
		r.hostile = map[string]*hostileNote{}
	}
	if h := r.hostile[pos.File]; h != nil {
		h.n += n
		if before(pos, h.first) {
			h.first, h.r = pos, first
		}
	} else {
		r.hostile[pos.File] = &hostileNote{first: pos, r: first, n: n}
	}
	return out
}

// before reports whether a comes before b in its file; a place without a
// line comes last.
func before(a, b Pos) bool {
	switch {
	case a.Line == 0:
		return false
	case b.Line == 0:
		return true
	}
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

// reportHostile gives each file's one warning about dropped characters.
func (r *reader) reportHostile() {
	for _, h := range r.hostile {
		r.warn(h.first, "hostile_chars", fmt.Sprintf("U+%04X", h.r), Thousands(int64(h.n)))
	}
}

// strayBytes reads a UTF-8 file in which some bytes are not UTF-8 (one
// "Caf\xe9" typed by an old program in a file of "é" and "–"): when b is not
// valid UTF-8 but holds at least one valid multi-byte sequence, or starts
// with a UTF-8 byte-order mark, it returns b with each byte that is not
// UTF-8 decoded on its own as Windows-1252 (so valid UTF-8 stays as it is),
// the offset of the first such byte in out, that byte, and how many there
// are. Otherwise (valid UTF-8, UTF-16, or a file with bytes above 0x7F but
// no multi-byte sequence, that is plain Windows-1252) found is false and
// decodeText reads b as a whole. The BOM, if any, stays in out.
func strayBytes(b []byte) (out []byte, first int, c byte, n int, bom, found bool) {
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) || utf8.Valid(b) {
		return nil, 0, 0, 0, false, false
	}
	bom = bytes.HasPrefix(b, []byte("\xef\xbb\xbf"))
	multi := bom
	for i := 0; i < len(b) && !multi; {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		multi = !(r == utf8.RuneError && size <= 1)
		i += max(size, 1)
	}
	if !multi {
		return nil, 0, 0, 0, false, false
	}
	out = make([]byte, 0, len(b)+len(b)/16+8)
	start := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		out = append(out, b[start:i]...)
		if n == 0 {
			first, c = len(out), b[i]
		}
		n++
		out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(b[i]))
		i++
		start = i
	}
	return append(out, b[start:]...), first, c, n, bom, true
}

// csvCursor walks CSV text as encoding/csv reads it with separator sep:
// a quote at the start of a field opens a quoted field, which may hold
// separators, newlines and "" (an escaped quote). Line and ls are the line
// (1-based) of byte i and the offset where that line starts.
type csvCursor struct {
	b              []byte
	sep            rune
	i, line, ls    int
	quoted, fstart bool
}

// What csvCursor.step passed over.
const (
	csvByte    = iota // a byte of a field (or an escaped "")
	csvSep            // a separator outside quotes
	csvNewline        // a newline outside quotes: the record ends
	csvOpen           // the quote that opens a quoted field
)

// newCSVCursor starts a csvCursor at offset i, the start of line line.
func newCSVCursor(b []byte, sep rune, i, line int) *csvCursor {
	return &csvCursor{b: b, sep: sep, i: i, line: line, ls: i, fstart: true}
}

// step passes over the byte at c.i (two for an escaped "") and says what
// it was.
func (c *csvCursor) step() int {
	ch := c.b[c.i]
	c.i++
	if c.quoted {
		switch {
		case ch == '"' && c.i < len(c.b) && c.b[c.i] == '"':
			c.i++
		case ch == '"':
			c.quoted = false
		case ch == '\n':
			c.line, c.ls = c.line+1, c.i
		}
		return csvByte
	}
	switch {
	case ch == '\n':
		c.line, c.ls, c.fstart = c.line+1, c.i, true
		return csvNewline
	case rune(ch) == c.sep:
		c.fstart = true
		return csvSep
	case ch == '"' && c.fstart:
		c.quoted, c.fstart = true, false
		return csvOpen
	}
	c.fstart = false
	return csvByte
}

// csvFieldAt returns the field (1-based) of the CSV text b that holds byte
// off, and the line where that field starts, as encoding/csv reads b with
// separator sep.
func csvFieldAt(b []byte, sep rune, off int) (line, field int) {
	c := newCSVCursor(b, sep, 0, 1)
	line, field = 1, 1
	for c.i < off && c.i < len(b) {
		switch c.step() {
		case csvNewline:
			line, field = c.line, 1
		case csvSep:
			line = c.line
			field++
		}
	}
	return line, field
}

// longLine is a line of a CSV file longer than the limit: its byte span
// (without the newline).
type longLine struct{ start, end int }

// longLines finds the lines of b longer than max bytes. It looks at the
// last newline of each window of max+1 bytes, so a file of short lines
// costs one short backward scan per window, not one call per line.
func longLines(b []byte, max int) []longLine {
	var out []longLine
	start := 0
	for len(b)-start > max {
		if p := bytes.LastIndexByte(b[start:start+max+1], '\n'); p >= 0 {
			start += p + 1
			continue
		}
		end := len(b)
		if e := bytes.IndexByte(b[start:], '\n'); e >= 0 {
			end = start + e
		}
		out = append(out, longLine{start, end})
		start = end + 1
	}
	return out
}

// cutLines returns b with the bytes of the given lines left out (their
// newlines stay, so every other line keeps its number).
func cutLines(b []byte, lines []longLine) []byte {
	out := make([]byte, 0, len(b))
	at := 0
	for _, l := range lines {
		out = append(out, b[at:l.start]...)
		at = l.end
	}
	return append(out, b[at:]...)
}

// lineStart returns the byte offset where line n (1-based) of b starts.
func lineStart(b []byte, n int) int {
	off := 0
	for l := 1; l < n; l++ {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return len(b)
		}
		off += i + 1
	}
	return off
}

// openQuote finds, in the CSV record that starts on line startLine of b,
// the quote that opens a field and is never closed before the end of the
// file: its line and column (characters). ok is false when the record has
// no such quote (its error is elsewhere).
func openQuote(b []byte, sep rune, startLine int) (line, col int, ok bool) {
	c := newCSVCursor(b, sep, lineStart(b, startLine), startLine)
	for c.i < len(b) {
		at := c.i
		switch c.step() {
		case csvOpen:
			line, col = c.line, utf8.RuneCount(b[c.ls:at])+1
		case csvNewline:
			return 0, 0, false
		}
	}
	return line, col, c.quoted
}

// unclosedQuote looks for a quote that opens a CSV field and is never
// closed: encoding/csv would read the rest of the file, however large, into
// that one field, and report it at the end of the file. It jumps from quote
// to quote (bytes.IndexByte), so a file costs one fast pass. It returns the
// offset of the quote and of the start of its record.
func unclosedQuote(b []byte, sep rune) (q, rec int, found bool) {
	prevEnd := 0 // just after the last closed quoted field
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return 0, 0, false
		}
		q := i + j
		if q > 0 && b[q-1] != '\n' && rune(b[q-1]) != sep {
			i = q + 1 // a quote inside a field: encoding/csv's error, on its line
			continue
		}
		if nl := bytes.LastIndexByte(b[prevEnd:q], '\n'); nl >= 0 {
			rec = prevEnd + nl + 1
		}
		// Find the closing quote; "" inside is an escaped quote.
		k := q + 1
		for {
			e := bytes.IndexByte(b[k:], '"')
			if e < 0 {
				return q, rec, true
			}
			k += e + 1
			if k < len(b) && b[k] == '"' {
				k++
				continue
			}
			break
		}
		prevEnd, i = k, k
	}
	return 0, 0, false
}

// tomlTooDeep scans a TOML text for nesting deeper than max: open arrays
// and inline tables, plus the parts of the table header in force and of
// the dotted key being read. It knows strings (basic, literal, multi-line)
// and comments; it is a cheap guard, not a parser, and errs on the side of
// counting more. It returns the line and column (characters) where the
// nesting first goes beyond max.
func tomlTooDeep(text string, max int) (line, col int, deep bool) {
	var stack []byte // '[' or '{'
	var saved []int  // keyDots when each was opened
	tableDots, keyDots := 0, 0
	keyMode, header := true, false
	line, ls := 1, 0
	at := func(i int) (int, int, bool) { return line, utf8.RuneCountInString(text[ls:i]) + 1, true }
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			line, ls = line+1, i+1
			if len(stack) == 0 {
				keyDots, keyMode, header = 0, true, false
			}
		case c == '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		case c == '"' || c == '\'':
			multi := i+2 < len(text) && text[i+1] == c && text[i+2] == c
			if multi {
				i += 3
				for i < len(text) && !(text[i] == c && i+2 < len(text) && text[i+1] == c && text[i+2] == c) {
					if text[i] == '\\' && c == '"' {
						i++
					} else if text[i] == '\n' {
						line, ls = line+1, i+1
					}
					i++
				}
				i += 2
				continue
			}
			for i++; i < len(text) && text[i] != c && text[i] != '\n'; i++ {
				if text[i] == '\\' && c == '"' {
					i++
				}
			}
		case c == '[' && len(stack) == 0 && keyMode && !header && keyDots == 0:
			header, tableDots = true, 1
			if i+1 < len(text) && text[i+1] == '[' {
				i++
				tableDots++
			}
		case header && c == '.':
			if tableDots++; tableDots > max {
				return at(i)
			}
		case header && c == ']':
			header, keyMode = false, false
			if i+1 < len(text) && text[i+1] == ']' {
				i++
			}
		case keyMode && c == '.':
			if keyDots++; tableDots+keyDots+len(stack) > max {
				return at(i)
			}
		case c == '=':
			keyMode = false
		case c == '[' || c == '{':
			stack, saved = append(stack, c), append(saved, keyDots)
			keyMode = c == '{'
			if tableDots+keyDots+len(stack) > max {
				return at(i)
			}
		case (c == ']' || c == '}') && len(stack) > 0:
			keyDots = saved[len(saved)-1]
			stack, saved = stack[:len(stack)-1], saved[:len(saved)-1]
			keyMode = false
		case c == ',' && len(stack) > 0:
			if stack[len(stack)-1] == '{' {
				keyDots, keyMode = saved[len(saved)-1], true
			}
		}
	}
	return 0, 0, false
}
