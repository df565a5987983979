package graph

import (
	"math"
	"strconv"
	"strings"
	"time"

	"gbo/graph/casedata"
)

// ParseDate reads a date as the case files write them (see parseDate), for
// dates a user types on the command line: one rule for both.
func ParseDate(s string) (time.Time, bool) { return parseDate(s) }

// parseDate reads a civil date in one of the forms users' spreadsheets
// produce: 2024-03-15 (ISO 8601), 15/03/2024 or 15-03-2024 (Belgian
// day-month-year, leading zeros optional: 5/3/2024). A trailing time of day
// ("15/03/2024 10:30", "2024-03-15T10:30:00") is accepted and dropped. The
// result is the date at 00:00 UTC.
func parseDate(s string) (time.Time, bool) {
	y, m, d, ok := dateParts(s)
	if !ok {
		return time.Time{}, false
	}
	return civilDate(y, m, d)
}

// dateParts splits s into year, month and day when s has the shape of a
// date parseDate reads (see there), whether or not that day exists: month
// 13 and 31/02 are split too, so that a message can say which part is
// wrong (impossibleDate). ok is false for text of any other shape.
func dateParts(s string) (y, m, d int, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " T"); i > 0 {
		if !isClock(s[i+1:]) {
			return 0, 0, 0, false
		}
		s = s[:i]
	}
	var parts [3]int
	var widths [3]int
	n := 0
	sep := byte(0)
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			continue
		}
		if n == 3 || i == start || i-start > 4 {
			return 0, 0, 0, false
		}
		v, _ := strconv.Atoi(s[start:i])
		parts[n], widths[n] = v, i-start
		n++
		if i < len(s) {
			c := s[i]
			if c != '-' && c != '/' && c != '.' {
				return 0, 0, 0, false
			}
			if sep != 0 && c != sep {
				return 0, 0, 0, false
			}
			sep = c
		}
		start = i + 1
	}
	if n != 3 {
		return 0, 0, 0, false
	}
	switch {
	case widths[0] == 4 && sep == '-' && widths[1] <= 2 && widths[2] <= 2:
		y, m, d = parts[0], parts[1], parts[2]
	case widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2:
		d, m, y = parts[0], parts[1], parts[2]
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// isClock reports whether s looks like a time of day: digits, colons and an
// optional fraction or zone marker, as spreadsheets append to dates.
func isClock(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-') {
			return false
		}
	}
	return true
}

// civilDate returns y-m-d at 00:00 UTC if that day exists.
func civilDate(y, m, d int) (time.Time, bool) {
	if y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31/04 or 29/02 in a common year
	}
	return t, true
}

// excelSerialDate turns a spreadsheet date serial into a civil date. In the
// 1900 date system (ECMA-376 Part 1, §18.17.4.1) serial 1 is 1900-01-01 and
// Excel counts the non-existent 1900-02-29 as serial 60, so serials from 61
// on are days since 1899-12-30; in the 1904 system serial 0 is 1904-01-01.
// A fraction (time of day) is dropped.
func excelSerialDate(s string, date1904 bool) (time.Time, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(f) || f < 0 || f >= 2958466 {
		return time.Time{}, false
	}
	days := int(math.Floor(f))
	var base time.Time
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days == 60 || days == 0:
		return time.Time{}, false
	case days < 60:
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	default:
		base = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	}
	t := base.AddDate(0, 0, days)
	return t, t.Year() >= 1000 && t.Year() <= 9999
}

// isPlainNumber reports whether s is digits with at most one '.' (the form
// of a raw numeric cell of a workbook).
func isPlainNumber(s string) bool {
	dot := false
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return true
}

// parseNumber reads a decimal number written the Belgian or the English way.
//
//   - One kind of separator, once: "12,5" and "12.5" are both 12.5 (a lone
//     comma is a decimal comma, so "1,234" is 1.234, never 1234).
//   - One kind of separator, repeated, in groups of three digits:
//     thousands ("1.234.567", "1,234,567").
//   - Both: the last one is the decimal mark, the other groups thousands
//     ("1.234,5" and "1,234.5" are both 1234.5).
//
// Spaces (also non-breaking ones) inside the number are thousands gaps.
// NaN, infinities and hexadecimal forms are refused.
func parseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if strings.ContainsAny(s, " \u00a0\u202f") {
		s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "").Replace(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return 0, false
		}
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots > 0 && commas > 0:
		dec := byte('.')
		if strings.LastIndexByte(s, ',') > strings.LastIndexByte(s, '.') {
			dec = ','
		}
		thou := byte('.' + ',' - dec)
		i := strings.IndexByte(s, dec)
		if strings.Count(s, string(dec)) != 1 || !groupedThousands(s[:i], thou) {
			return 0, false
		}
		s = strings.ReplaceAll(s[:i], string(thou), "") + "." + s[i+1:]
	case commas == 1:
		s = strings.Replace(s, ",", ".", 1)
	case commas > 1:
		if !groupedThousands(s, ',') {
			return 0, false
		}
		s = strings.ReplaceAll(s, ",", "")
	case dots > 1:
		if !groupedThousands(s, '.') {
			return 0, false
		}
		s = strings.ReplaceAll(s, ".", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// groupedThousands reports whether s (an integer part, maybe signed) is
// written in groups of three digits separated by sep: 1.234.567.
func groupedThousands(s string, sep byte) bool {
	s = strings.TrimLeft(s, "+-")
	groups := strings.Split(s, string(sep))
	for i, g := range groups {
		if g == "" || len(g) > 3 || (i > 0 && len(g) != 3) {
			return false
		}
		for j := 0; j < len(g); j++ {
			if g[j] < '0' || g[j] > '9' {
				return false
			}
		}
	}
	return true
}

// parseWhole reads a whole number, allowing the forms of parseNumber
// ("3", "3,0", "3.0"). The fast path for plain digits does not allocate.
func parseWhole(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s != "" && len(s) <= 9 {
		n := 0
		plain := true
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				plain = false
				break
			}
			n = n*10 + int(s[i]-'0')
		}
		if plain {
			return n, true
		}
	}
	f, ok := parseNumber(s)
	if !ok || f != math.Trunc(f) || math.Abs(f) > 1e9 {
		return 0, false
	}
	return int(f), true
}

// boolWords are the yes/no words of a cell, by their meaning, as headerKey
// writes them (lower case, NFC): English yes/no, y/n, true/false; Dutch
// ja/nee, j/n, waar/onwaar; French oui/non, o/n, vrai/faux (as French
// Excel writes booleans: VRAI/FAUX); 1/0 and x for yes. A word of one
// language never means the opposite in another ("n" is no in all three).
var boolWords = map[string]bool{
	"yes": true, "y": true, "true": true,
	"ja": true, "j": true, "waar": true,
	"oui": true, "o": true, "vrai": true,
	"1": true, "x": true,
	"no": false, "n": false, "false": false,
	"nee": false, "onwaar": false,
	"non": false, "faux": false,
	"0": false,
}

// parseBool reads a yes/no cell (boolWords, in any case, with spaces
// around, accents composed or not): its value, and whether it is one.
func parseBool(s string) (bool, bool) {
	b, ok := boolWords[headerKey(s)]
	return b, ok
}

// isCoreSector reports whether a sector is one of the three core sectors of
// a GBO partnership (OCMW or CPAS, CAW, DMW or a mutualité's social
// service: casedata.CoreFamily, the one rule).
func isCoreSector(sector string) bool {
	return casedata.IsCore(sector)
}

// splitList calls f with each trimmed, non-empty item of a "|"-separated
// list, without allocating.
func splitList(s string, f func(item string)) {
	for s != "" {
		i := strings.IndexByte(s, '|')
		item := s
		if i >= 0 {
			item, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if item = strings.TrimSpace(item); item != "" {
			f(item)
		}
	}
}
