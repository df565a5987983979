package graph

import (
	"math"
	"strconv"
	"strings"
)

// idColumnKeys are the columns of each table that hold ids (of partners,
// objects, people), which a workbook reads as its cells show them.
var idColumnKeys = map[string]struct {
	cols []column
	keys []string
}{
	"partners":     {partnerColumns, []string{"id"}},
	"interactions": {interactionColumns, []string{"from", "with", "object"}},
	"ties":         {tieColumns, []string{"from", "to"}},
	"objects":      {objectColumns, []string{"id"}},
	"people":       {personColumns, []string{"id", "partner"}},
	"targets":      {targetColumns, []string{"a", "b"}},
}

// idColumns marks the columns of header (of table base) that hold ids: the
// header as written at each id column, "" elsewhere.
func idColumns(base string, header []string) []string {
	spec, ok := idColumnKeys[base]
	if !ok {
		return nil
	}
	names := map[string]bool{}
	for _, c := range spec.cols {
		for _, k := range spec.keys {
			if c.key == k {
				names[k] = true
				for _, n := range c.names {
					names[n] = true
				}
			}
		}
	}
	var out []string
	for i, h := range header {
		if names[headerKey(h)] {
			if out == nil {
				out = make([]string, len(header))
			}
			out[i] = strings.TrimSpace(h)
		}
	}
	return out
}

// builtinNumFmts are the built-in number formats (ECMA-376 Part 1,
// §18.8.30) an id may be shown with; the others show an id as stored.
var builtinNumFmts = map[int]string{1: "0", 3: "#,##0", 49: "@"}

// formatID is a number cell of an id column as its number format code
// shows it: "7" with "000" is "007", with "\"P\"000" "P007", with "00-00"
// "00-07". Only the integer part of a format is applied, and only to a
// whole number from 0 to 10^15: a format with decimals shows 7 as "7"
// (Excel's decimal separator depends on the locale, an id must not);
// grouping commas are dropped ("#,##0" shows 1234 as "1234"). Any other
// value, and a format with a percent sign, an exponent or no digit
// placeholder, leaves the cell as stored.
func formatID(raw, code string) string {
	if code == "" || code == "@" || strings.EqualFold(code, "general") {
		return raw
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || v < 0 || v >= 1e15 || math.Abs(v-math.Round(v)) > 1e-9 {
		return raw
	}
	digits := strconv.FormatInt(int64(math.Round(v)), 10)
	if digits == "0" {
		digits = ""
	}
	// The tokens of the first section: placeholders (0 # ?) and literals.
	type token struct {
		ph  byte
		lit string
	}
	var toks []token
	inFraction := false
	places := 0
	section := []rune(code)
loop:
	for i := 0; i < len(section); i++ {
		c := section[i]
		switch c {
		case ';':
			break loop
		case '"':
			j := i + 1
			for j < len(section) && section[j] != '"' {
				j++
			}
			toks = append(toks, token{lit: string(section[i+1 : min(j, len(section))])})
			i = j
		case '\\':
			if i+1 < len(section) {
				i++
				toks = append(toks, token{lit: string(section[i])})
			}
		case '_':
			i++
			toks = append(toks, token{lit: " "})
		case '*':
			i++
		case '[':
			for i < len(section) && section[i] != ']' {
				i++
			}
		case '0', '#', '?':
			if !inFraction {
				toks = append(toks, token{ph: byte(c)})
				places++
			}
		case '.':
			inFraction = true
		case ',':
		case '%', 'E', 'e', '@', '/':
			return raw
		default:
			toks = append(toks, token{lit: string(c)})
		}
	}
	if places == 0 {
		return raw
	}
	// Digits fill the placeholders from the right; the leftmost takes
	// what is left.
	out := make([]string, len(toks))
	d := len(digits)
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.ph == 0 {
			out[i] = t.lit
			continue
		}
		places--
		switch {
		case places == 0 && d > 0:
			out[i], d = digits[:d], 0
		case d > 0:
			out[i] = digits[d-1 : d]
			d--
		case t.ph == '0':
			out[i] = "0"
		case t.ph == '?':
			out[i] = " "
		}
	}
	return strings.TrimSpace(strings.Join(out, ""))
}
