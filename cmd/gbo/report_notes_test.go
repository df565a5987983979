package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The report's notes name what is missing as the case has it: ties.csv,
// interactions.csv and targets.csv in a case folder, the sheet in the
// run's language in a case workbook (never a .csv file the user has not
// got).
func TestReportNotesNameTheCasesOwnInputs(t *testing.T) {
	dir := t.TempDir()
	folder := writeCase(t, dir, "folder", map[string]string{
		"partners.csv":     "id,name,sector,core\na,A,OCMW,yes\nb,B,CAW,yes\nc,C,DMW,yes\n",
		"interactions.csv": "date,from,with,kind\n2024-03-01,a,b,referral\n2024-03-02,b,c,introduction\n"})
	book := filepath.Join(dir, "case.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", folder, "-o", book); code != 0 {
		t.Fatalf("template --from: exit %d %s", code, stderr)
	}
	ratingsOnly := writeCase(t, dir, "ratings-only", map[string]string{
		"partners.csv": "id,name,sector,core\na,A,OCMW,yes\nb,B,CAW,yes\n", "ties.csv": "from,to,depth\na,b,3\nb,a,3\n"})
	book2 := filepath.Join(dir, "ratings.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", ratingsOnly, "-o", book2); code != 0 {
		t.Fatalf("template --from: exit %d %s", code, stderr)
	}
	for _, tc := range []struct {
		cs, lang    string
		want, never []string
	}{
		{folder, "en", []string{"no survey ratings (ties.csv)", "No targets were set (targets.csv)"}, []string{"the sheet ‘ties’", "the sheet ‘targets’"}},
		{folder, "nl", []string{"geen bevragingsgegevens (ties.csv)", "geen streefwaarden (targets.csv)"}, []string{"blad ‘banden’", "blad ‘doelen’"}},
		{book, "en", []string{"no survey ratings (the sheet ‘ties’)", "No targets were set (the sheet ‘targets’)"}, []string{"(ties.csv)", "(targets.csv)"}},
		{book, "nl", []string{"geen bevragingsgegevens (het blad ‘banden’)", "geen streefwaarden (het blad ‘doelen’)"}, []string{"(ties.csv)", "(targets.csv)", "‘ties’"}},
		{book2, "en", []string{"no events (the sheet ‘interactions’)"}, []string{"(interactions.csv)"}},
		{book2, "nl", []string{"geen gebeurtenissen (het blad ‘interacties’)"}, []string{"(interactions.csv)"}},
		{ratingsOnly, "nl", []string{"geen gebeurtenissen (interactions.csv)"}, []string{"blad ‘interacties’"}},
	} {
		_, vis := reportPage(t, tc.cs, tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(vis, w) {
				t.Errorf("%s %s: the notes do not say %q", filepath.Base(tc.cs), tc.lang, w)
			}
		}
		for _, n := range tc.never {
			if strings.Contains(vis, n) {
				t.Errorf("%s %s: the notes say %q", filepath.Base(tc.cs), tc.lang, n)
			}
		}
	}
}

// The note on figures about one person agrees with its count, and speaks
// to the reader as u in Dutch.
func TestReportSinglesNoteAgreesWithItsCount(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"en", 0, "0 figures concern a single person"}, {"en", 1, "1 figure concerns a single person"}, {"en", 2, "2 figures concern a single person"},
		{"nl", 0, "0 cijfers gaan over één persoon"}, {"nl", 1, "1 cijfer gaat over één persoon"}, {"nl", 2, "2 cijfers gaan over één persoon"},
	} {
		s := tr(tc.lang, "report_singles", tc.n)
		if !strings.HasPrefix(s, tc.want) {
			t.Errorf("%s n=%d: %q, want it to begin %q", tc.lang, tc.n, s, tc.want)
		}
		if tc.lang == "nl" && (!strings.Contains(s, "voordat u publiceert") || strings.Contains(s, " je ")) {
			t.Errorf("nl: %q does not say 'voordat u publiceert'", s)
		}
	}
}
