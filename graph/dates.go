package graph

import (
	"strconv"
	"strings"
	"time"

	"gbo/graph/locale"
)

// Dates that have a date's shape but name no day.
//
// "31/02/2025" is written exactly as gbo asks, so the bad_date message
// (which shows the forms gbo reads) would send the user looking for a
// formatting fault that is not there. Text that dateParts splits into a
// year, month and day that civilDate refuses is reported as
// impossible_date instead, with why: the month's length ("February 2025
// has 28 days"), no month 13 (in day-month-year order, that the day comes
// first), no day 0, or a year outside 1000-9999. The reason is words of
// the catalogue (problems.date.*) in each language, carried as the
// problem's langArgs, so the message is in the language it is said in.

// impossibleDate returns, for s with a date's shape (dateParts) that is
// no day of the calendar, the reason in lang (problems.date.*); ok is false
// for a day that exists and for text of any other shape.
func impossibleDate(s, lang string) (reason string, ok bool) {
	y, m, d, shaped := dateParts(s)
	if !shaped {
		return "", false
	}
	if _, exists := civilDate(y, m, d); exists {
		return "", false
	}
	lang = locale.Or(lang)
	switch {
	case y < 1000 || y > 9999:
		return locale.T(lang, "problems.date.year"), true
	case m < 1 || m > 12:
		// "03/15/2024": American order, month first; say the day comes first.
		if !isoShaped(s) && m > 12 && d >= 1 && d <= 12 {
			return locale.T(lang, "problems.date.month_dmy", strconv.Itoa(m)), true
		}
		return locale.T(lang, "problems.date.month", strconv.Itoa(m)), true
	case d < 1:
		return locale.T(lang, "problems.date.day0"), true
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return locale.T(lang, "problems.date.days", monthName(lang, m), strconv.Itoa(y), strconv.Itoa(last)), true
}

// isoShaped reports whether the date text s is written year first.
func isoShaped(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 5 && s[4] == '-'
}

// monthName is month m (1-12) in lang: the m-th word of problems.date.months.
func monthName(lang string, m int) string {
	names := strings.Fields(locale.T(lang, "problems.date.months"))
	if m < 1 || m > len(names) {
		return strconv.Itoa(m)
	}
	return names[m-1]
}

// dateProblem is the error for date text s at pos that parseDate (and, in
// a workbook, the date serial) refused: impossible_date for a date's shape
// that names no day, with its reason in every language; else bad_date.
func dateProblem(pos Pos, s string) Problem {
	p := Problem{Pos: pos, Severity: Error, Code: "bad_date", Args: []string{s}}
	if _, ok := impossibleDate(s, locale.Default); !ok {
		return p
	}
	p.Code = "impossible_date"
	p.langArgs = map[string][]string{}
	for _, l := range locale.Languages() {
		why, _ := impossibleDate(s, l)
		p.langArgs[l] = []string{s, why}
	}
	p.Args = p.langArgs[locale.Default]
	return p
}

// ImpossibleDate is the message, in lang, for value of the date flag
// (--as-of, --since: flag without its dashes) when value has a date's
// shape (ParseDate's forms) but names no day of the calendar: "--as-of:
// "31/02/2025" is not a day of the calendar (February 2025 has 28 days)".
// ok is false for a day that exists and for text that is no date at all
// (the flag's own not-a-date message says that).
func ImpossibleDate(flag, value, lang string) (msg string, ok bool) {
	why, ok := impossibleDate(value, lang)
	if !ok {
		return "", false
	}
	return locale.T(locale.Or(lang), "problems.date.flag", flag, strconv.Quote(strings.TrimSpace(value)), why), true
}
