package boundary

import (
	"regexp"
	"strings"
	"testing"
)

// Every reason with a count reads right for 0, 1 and 2 things in both
// languages: no plural noun or verb after 1, no singular after 0 or 2,
// and the count itself (or "no"/"geen" for none) in the text.
func TestReasonCountsAgreeWithTheirNumber(t *testing.T) {
	plural1 := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`\b1 (pairs|partners|sectors)\b|\b1 [a-z ]*\b(take|meet)\b`),
		"nl": regexp.MustCompile(`\b1 (paren|partners|sectoren)\b|\b1 [a-z ]*\b(nemen|ontmoeten)\b`),
	}
	singularN := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`\b[02] (pair|partner|sector)\b|\b[02] [a-z ]*\b(takes|meets)\b`),
		"nl": regexp.MustCompile(`\b[02] (paar|partner|sector)\b|\b[02] [a-z ]*\b(neemt|ontmoet)\b`),
	}
	want := map[string]map[int][2]string{
		CodeUniquePairs: {
			1: {"1 pair from different sectors meets only here", "1 paar uit verschillende sectoren ontmoet elkaar alleen hier"},
			2: {"2 pairs from different sectors meet only here", "2 paren uit verschillende sectoren ontmoeten elkaar alleen hier"},
		},
		CodeFewPartners: {
			0: {"no partner takes part (3 needed)", "geen partner neemt deel (3 nodig)"},
			1: {"only 1 partner takes part (3 needed)", "slechts 1 partner neemt deel (3 nodig)"},
			2: {"only 2 partners take part (3 needed)", "slechts 2 partners nemen deel (3 nodig)"},
		},
	}
	for code := range withN {
		for i, lang := range []string{"en", "nl"} {
			for _, n := range []int{0, 1, 2} {
				s := Reason{Code: code, N: n}.Text(lang)
				if strings.Contains(s, "%!") {
					t.Errorf("%s %s n=%d: %q", code, lang, n, s)
				}
				if n == 1 && plural1[lang].MatchString(s) {
					t.Errorf("%s %s n=1: a plural after 1: %q", code, lang, s)
				}
				if n != 1 && singularN[lang].MatchString(s) {
					t.Errorf("%s %s n=%d: a singular: %q", code, lang, n, s)
				}
				if w, ok := want[code][n]; ok && s != w[i] {
					t.Errorf("%s %s n=%d: %q, want %q", code, lang, n, s, w[i])
				}
			}
		}
	}
}

// not_in_objects names the list of objects as the case has it; without
// that, it names both (a workbook has no objects.csv).
func TestNotInObjectsNamesTheCasesList(t *testing.T) {
	r := Reason{Code: CodeNotInObjects}
	for _, tc := range []struct{ lang, list, want string }{
		{"en", "", "not listed in the objects list (objects.csv or the objects sheet)"},
		{"nl", "", "niet opgenomen in de objectenlijst (objects.csv of het blad objecten)"},
		{"en", "objects.csv", "not listed in objects.csv"},
		{"en", "the sheet ‘objects’", "not listed in the sheet ‘objects’"},
		{"nl", "het blad ‘grensobjecten’", "niet opgenomen in het blad ‘grensobjecten’"},
	} {
		if got := r.TextIn(tc.lang, tc.list); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.lang, tc.list, got, tc.want)
		}
	}
	if got := r.Text("en"); got != r.TextIn("en", "") {
		t.Errorf("Text %q differs from TextIn with no list %q", got, r.TextIn("en", ""))
	}
}
