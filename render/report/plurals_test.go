package report

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"

	"gbo/graph/locale"
)

// countSentences are the catalogue's sentences that carry a count, each
// with the arguments the report passes for n things (the count noun made
// by count(), as the view makes it) and the least n the report ever passes.
var countSentences = map[string]struct {
	min  int
	args func(lang string, n int) []any
}{
	"kf_parts_many":      {2, func(l string, n int) []any { return []any{n} }},
	"depth_faded":        {1, func(l string, n int) []any { return []any{n} }},
	"depth_rung0":        {1, func(l string, n int) []any { return []any{n} }},
	"depth_rated_zero":   {1, func(l string, n int) []any { return []any{n} }},
	"depth_events_rung0": {1, func(l string, n int) []any { return []any{n} }},
	"depth_below_min":    {1, func(l string, n int) []any { return []any{n, 2} }},
	// n ties in all, n with no event and n with events below (the counts of
	// both kinds are at least 1, so the sentence's total is at least 2).
	"depth_one_sided_mixed": {1, func(l string, n int) []any { return []any{count(l, "n_tie", 2*n), n, n} }},
	"method_threshold_n":    {2, func(l string, n int) []any { return []any{"2", n} }},
	"method_min_depth":      {1, func(l string, n int) []any { return []any{n, "rung"} }},
	"cmp_more":              {0, func(l string, n int) []any { return []any{n} }},
	"kf_objects_some":       {1, func(l string, n int) []any { return []any{n, count(l, "n_theme", n+1)} }},
	"kf_weak_some":          {1, func(l string, n int) []any { return []any{count(l, "n_tie", n), n, n} }},
	"rows_all":              {0, func(l string, n int) []any { return []any{n} }},
	"rows_some":             {0, func(l string, n int) []any { return []any{n, n + 1} }},
	"rows_some_elsewhere":   {0, func(l string, n int) []any { return []any{n, n + 1} }},
	"rows_some_partners":    {0, func(l string, n int) []any { return []any{n, n + 1} }},
	"more_all":              {2, func(l string, n int) []any { return []any{n} }},
	"more_capped":           {1, func(l string, n int) []any { return []any{n, n + 3} }},
	"more_cap_note":         {0, func(l string, n int) []any { return []any{count(l, "n_row", n)} }},
	"rows_some_frag":        {0, func(l string, n int) []any { return []any{n, n + 1, n + 2} }},
	"rows_frag_all":         {0, func(l string, n int) []any { return []any{n, n} }},
	"asof_warning":          {2, func(l string, n int) []any { return []any{"d", fmt.Sprint(n), "d", "f", n} }},
	"survey_answered":       {0, func(l string, n int) []any { return []any{n, count(l, "n_partner", n+1), "p"} }},
	"survey_answered_all":   {1, func(l string, n int) []any { return []any{n} }},
	"survey_one_side_some":  {1, func(l string, n int) []any { return []any{count(l, "n_pair", n+1), n} }},
}

// pluralNouns and singularNouns are the counted nouns of each language:
// a count CLDR puts in the form "one" (1; in French 0 and 1) must not take
// a plural, any other count not a singular.
var (
	pluralNouns = map[string]string{
		"en": `pairs|ties|partners|organisations|people|rows|parts|events|deep ties|external partners|shared themes|days`,
		"nl": `paren|banden|partners|organisaties|personen|rijen|delen|gebeurtenissen|diepe banden|externe partners|gedeelde thema's|dagen`,
		"fr": `paires|liens|partenaires|organisations|personnes|lignes|parties|événements|liens profonds|partenaires externes|thèmes partagés|jours`,
	}
	singularNouns = map[string]string{
		"en": `pair|tie|partner|organisation|person|row|part|event|deep tie|external partner|shared theme`,
		"nl": `paar|band|partner|organisatie|persoon|rij|gebeurtenis|diepe band|externe partner|gedeeld thema`,
		"fr": `paire|lien|partenaire|organisation|personne|ligne|partie|événement|lien profond|partenaire externe|thème partagé`,
	}
	// "All 1", "Alle 1", "Les 1", "Tous les 1": a plural frame around one.
	allOne = regexp.MustCompile(`\b([Aa]ll|Alle|[Ll]es|[Tt]ous les|[Tt]outes les) [01]\b`)
	// a plural verb right after "1 <noun>" (Dutch) or "1 <noun> …" (French).
	pluralVerb = map[string]*regexp.Regexp{
		"nl": regexp.MustCompile(`\b1 (paar partners|band|partner|persoon) (hebben|staan|tellen|werken|nemen|hadden|beantwoordden|werden|halen|steunen)\b`),
		"fr": regexp.MustCompile(`\b[01] (paire de partenaires|paire|lien|partenaire|personne)( [^ ]+)? (ont|sont|travaillent|restent|comptent|atteignent|n'ont|se trouvent|réunissent)\b`),
	}
)

// countNoun matches n followed by one of nouns, as a whole count.
func countNoun(n int, nouns string) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`(^|[^\d.,\x{202f}])%d (%s)\b`, n, nouns))
}

// Every sentence of the catalogue with a count reads right for 0, 1 and 2
// things in every language (the report picks the _one form as sayn does,
// by CLDR's plural rule: French 0 is singular), and every catalogue entry
// with a %d is in the table above or a count noun, so a new count
// sentence cannot skip this test.
func TestCountSentencesAgreeWithTheirCount(t *testing.T) {
	var nouns []string
	for _, k := range locale.Keys("en") {
		key, ok := strings.CutPrefix(k, area)
		if !ok {
			continue
		}
		if strings.HasPrefix(key, "n_") {
			if !strings.HasSuffix(key, "_one") {
				nouns = append(nouns, key)
			}
			continue
		}
		if en, _ := locale.Raw("en", k); !strings.Contains(en, "%d") || strings.HasSuffix(key, "_one") {
			continue
		}
		if _, ok := countSentences[key]; !ok {
			t.Errorf("%s carries a count but is not in countSentences", key)
		}
	}
	for key, c := range countSentences {
		if !has(key) {
			t.Errorf("countSentences names %s, which the catalogue lacks", key)
			continue
		}
		for _, lang := range locale.Languages() {
			for _, n := range []int{0, 1, 2} {
				if n < c.min {
					continue
				}
				s := trn(lang, key, n, c.args(lang, n)...)
				if strings.Contains(s, "%!") || strings.Contains(s, "[[") {
					t.Errorf("%s %s n=%d: bad arguments: %q", key, lang, n, s)
				}
				one := locale.Form(lang, int64(n)) == plural.One
				if one && (countNoun(n, pluralNouns[lang]).MatchString(s) || allOne.MatchString(s)) {
					t.Errorf("%s %s n=%d: a plural after %d: %q", key, lang, n, n, s)
				}
				if !one && countNoun(n, singularNouns[lang]).MatchString(s) {
					t.Errorf("%s %s n=%d: a singular after %d: %q", key, lang, n, n, s)
				}
				if re := pluralVerb[lang]; re != nil && one && re.MatchString(s) {
					t.Errorf("%s %s n=%d: a plural verb after %d: %q", key, lang, n, n, s)
				}
			}
		}
	}
	// The count nouns themselves: a plural table, one form for 1 and
	// another for 2 in every language; French 0 takes the form of 1,
	// English and Dutch 0 that of 2.
	for _, key := range nouns {
		for _, lang := range locale.Languages() {
			zero, one, two := count(lang, key, 0), count(lang, key, 1), count(lang, key, 2)
			if one == two[1:] || strings.Contains(one+two, "|") || !strings.HasPrefix(one, "1 ") || !strings.HasPrefix(two, "2 ") {
				t.Errorf("%s %s: 1 → %q, 2 → %q", key, lang, one, two)
			}
			want := two[1:]
			if lang == "fr" {
				want = one[1:]
			}
			if zero[1:] != want {
				t.Errorf("%s %s: 0 → %q, want 0%s", key, lang, zero, want)
			}
		}
	}
}

// A plural sentence with 0, 1 and 2 in French and English: CLDR's rule
// (French 0 and 1 singular, English only 1), chosen by the catalogue.
func TestFrenchZeroIsSingular(t *testing.T) {
	cases := []struct {
		lang string
		n    int
		want string
	}{
		{"en", 0, "0 ties"}, {"en", 1, "1 tie"}, {"en", 2, "2 ties"},
		{"fr", 0, "0 lien"}, {"fr", 1, "1 lien"}, {"fr", 2, "2 liens"},
	}
	for _, c := range cases {
		if got := count(c.lang, "n_tie", c.n); got != c.want {
			t.Errorf("count(%s, n_tie, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
	// A sentence with a _one form: English 0 takes the plural sentence,
	// French 0 the singular one.
	for _, c := range []struct {
		lang string
		n    int
		key  string
	}{{"en", 0, "survey_answered"}, {"en", 1, "survey_answered_one"}, {"en", 2, "survey_answered"},
		{"fr", 0, "survey_answered_one"}, {"fr", 1, "survey_answered_one"}, {"fr", 2, "survey_answered"}} {
		if got := oneKey(c.lang, "survey_answered", c.n); got != c.key {
			t.Errorf("oneKey(%s, survey_answered, %d) = %q, want %q", c.lang, c.n, got, c.key)
		}
	}
	fr0 := trn("fr", "survey_answered", 0, 0, count("fr", "n_partner", 3), "0 %")
	fr2 := trn("fr", "survey_answered", 2, 2, count("fr", "n_partner", 3), "67 %")
	if fr0 == fr2[:1]+fr0[1:] || !strings.HasPrefix(fr0, "0 ") || !strings.HasPrefix(fr2, "2 ") {
		t.Errorf("French 0 and 2 read alike: %q, %q", fr0, fr2)
	}
}

func init() {
	// Events but no ratings: pairs below rung 1 are contact that was too
	// little or too long ago (depth_faded), not a rating of no contact.
	surveyVariants = append(surveyVariants, func(r *Report) { r.Method.Combine, r.Survey = "", nil })
}
