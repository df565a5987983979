package graph

import (
	"path/filepath"
	"strings"
	"testing"
)

// A text written in one of the forms gbo reads (ISO, dd/mm/yyyy,
// dd-mm-yyyy, dd.mm.yyyy, with or without a time of day) that names no day
// of the calendar is impossible_date, with why, in each language; text of
// any other shape stays bad_date, whose message shows the forms.
func TestImpossibleDateSaysWhy(t *testing.T) {
	tests := []struct {
		in       string
		en, fr   string // the reason; "" for bad_date
		nl       string
		notADate bool
	}{
		{in: "31/02/2025", en: "February 2025 has 28 days", fr: "février 2025 a 28 jours", nl: "februari 2025 heeft 28 dagen"},
		{in: "31-02-2025", en: "February 2025 has 28 days", fr: "février 2025 a 28 jours", nl: "februari 2025 heeft 28 dagen"},
		{in: "31.04.2024", en: "April 2024 has 30 days", fr: "avril 2024 a 30 jours", nl: "april 2024 heeft 30 dagen"},
		{in: "2025-02-29", en: "February 2025 has 28 days", fr: "février 2025 a 28 jours", nl: "februari 2025 heeft 28 dagen"},
		{in: "29/02/2023 10:30", en: "February 2023 has 28 days", fr: "février 2023 a 28 jours", nl: "februari 2023 heeft 28 dagen"},
		{in: "2024-02-30T08:00:00Z", en: "February 2024 has 29 days", fr: "février 2024 a 29 jours", nl: "februari 2024 heeft 29 dagen"},
		{in: "32/12/2024", en: "December 2024 has 31 days", fr: "décembre 2024 a 31 jours", nl: "december 2024 heeft 31 dagen"},
		{in: "2024-13-01", en: "there is no month 13", fr: "il n'y a pas de mois 13", nl: "er is geen maand 13"},
		{in: "15/00/2024", en: "there is no month 0", fr: "il n'y a pas de mois 0", nl: "er is geen maand 0"},
		{in: "03/15/2024", en: "there is no month 15: gbo reads the day first", fr: "il n'y a pas de mois 15\u00a0: gbo lit d'abord le jour", nl: "er is geen maand 15: gbo leest eerst de dag"},
		{in: "0/1/2024", en: "there is no day 0", fr: "il n'y a pas de jour 0", nl: "er is geen dag 0"},
		{in: "2024-01-00", en: "there is no day 0", fr: "il n'y a pas de jour 0", nl: "er is geen dag 0"},
		{in: "1/1/0999", en: "gbo reads years 1000 to 9999", fr: "gbo lit les années 1000 à 9999", nl: "gbo leest de jaren 1000 tot 9999"},
		{in: "15.03.24", notADate: true},
		{in: "2024/03/15", notADate: true},
		{in: "gisteren", notADate: true},
		{in: "31/02/2025 morgen", notADate: true},
		{in: "15/03/2024", notADate: true}, // a day: no problem at all
	}
	for _, tc := range tests {
		p := dateProblem(Pos{File: "x"}, tc.in)
		if tc.notADate {
			if p.Code != "bad_date" {
				t.Errorf("%q: %s, want bad_date", tc.in, p.Code)
			}
			continue
		}
		if p.Code != "impossible_date" {
			t.Errorf("%q: %s, want impossible_date", tc.in, p.Code)
			continue
		}
		for lang, want := range map[string]string{"en": tc.en, "fr": tc.fr, "nl": tc.nl} {
			msg := problemText(p, lang)
			if !strings.Contains(msg, want) || !strings.Contains(msg, `"`+tc.in+`"`) {
				t.Errorf("%q in %s: %q, want the text and %q", tc.in, lang, msg, want)
			}
			if strings.Contains(msg, "15-03-2024") || strings.Contains(msg, "[[") {
				t.Errorf("%q in %s: %q lists the forms or lacks a word", tc.in, lang, msg)
			}
		}
	}
	p := dateProblem(Pos{File: "x"}, "31/02/2025")
	for lang, want := range map[string]string{
		"en": `"31/02/2025" is not a day of the calendar (February 2025 has 28 days)`,
		"fr": `la date "31/02/2025" n'existe pas (février 2025 a 28 jours)`,
		"nl": `de datum "31/02/2025" bestaat niet (februari 2025 heeft 28 dagen)`,
	} {
		if got := problemText(p, lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// Every place a date is read says impossible_date at the cell: the events
// of a folder, a workbook's events sheet (a text cell), case.toml's as_of
// and the case sheet's as_of.
func TestImpossibleDateInEveryPlace(t *testing.T) {
	m := minimal()
	check := func(name string, ps Problems, file string, line, col int) {
		t.Helper()
		errs := ps.Errors()
		if len(errs) != 1 || errs[0].Code != "impossible_date" || !strings.HasSuffix(errs[0].Pos.File, file) ||
			errs[0].Pos.Line != line || errs[0].Pos.Col != col {
			t.Errorf("%s: %v, want impossible_date at %s:%d:%d", name, errs, file, line, col)
			return
		}
		if msg := errs[0].Message("fr"); !strings.Contains(msg, "février 2025 a 28 jours") {
			t.Errorf("%s: %q", name, msg)
		}
	}
	_, ps := readMap(with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,B,referral\n31/02/2025,A,B,referral\n"), fakeOptions)
	check("interactions.csv", ps, "interactions.csv", 3, 1)
	_, ps = readMap(with(m, "case.toml", "name = \"x\"\nas_of = \"2025-02-31\"\n"), fakeOptions)
	check("case.toml", ps, "case.toml", 2, 9)

	dir := t.TempDir()
	book := writeWorkbook(t, filepath.Join(dir, "b.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", "OCMW"}}},
		{"interactions", [][]any{{"date", "from", "with", "kind"}, {day(2024, 1, 1), "A", "B", 1}, {"31-02-2025", "A", "B", 1}}},
	})
	_, ps = readBook(t, book)
	check("events sheet", ps, "b.xlsx:interactions", 3, 1)
	book = writeWorkbook(t, filepath.Join(dir, "c.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", "OCMW"}}},
		{"interactions", [][]any{{"date", "from", "with", "kind"}, {day(2024, 1, 1), "A", "B", 1}}},
		{"case", [][]any{{"key", "value"}, {"as_of", "29/02/2025"}}},
	})
	_, ps = readBook(t, book)
	check("case sheet", ps, "c.xlsx:case", 2, 2)
}

// The --as-of and --since flags (cmd/gbo) say it too: the flag, the text,
// the reason, in the language asked; a day that exists and text that is no
// date at all are not its business.
func TestImpossibleDateFlag(t *testing.T) {
	for lang, want := range map[string]string{
		"en": `--as-of: "31/02/2025" is not a day of the calendar (February 2025 has 28 days)`,
		"fr": "--as-of\u00a0: la date \"31/02/2025\" n'existe pas (février 2025 a 28 jours)",
		"nl": `--as-of: de datum "31/02/2025" bestaat niet (februari 2025 heeft 28 dagen)`,
		"de": `--as-of: "31/02/2025" is not a day of the calendar (February 2025 has 28 days)`,
	} {
		if got, ok := ImpossibleDate("as-of", " 31/02/2025 ", lang); !ok || got != want {
			t.Errorf("%s: %q, %v; want %q", lang, got, ok, want)
		}
	}
	for _, s := range []string{"28/02/2025", "gisteren", "2025/02/31", ""} {
		if got, ok := ImpossibleDate("since", s, "en"); ok {
			t.Errorf("%q: %q", s, got)
		}
	}
}
