package report

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
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

// nounsAfterOne are plural nouns a count of 1 must not take, and
// singulars a count of 0 or 2 must not take, per language.
var (
	pluralAfter1 = map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`(^|[^\d.,])1 (pairs|ties|partners|organisations|people|rows|parts|events|deep ties|external partners|shared themes|days)\b|\b[Aa]ll 1\b`),
		"nl": regexp.MustCompile(`(^|[^\d.,])1 (paren|banden|partners|organisaties|personen|rijen|delen|gebeurtenissen|diepe banden|externe partners|gedeelde thema's|dagen)\b|\bAlle 1\b`),
	}
	singularAfterN = map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`(^|[^\d.,])[02] (pair|tie|partner|organisation|person|row|part|event|deep tie|external partner|shared theme)\b`),
		"nl": regexp.MustCompile(`(^|[^\d.,])[02] (paar|band|partner|organisatie|persoon|rij|gebeurtenis|diepe band|externe partner|gedeeld thema)\b`),
	}
	// a Dutch verb in the plural right after "1 <noun>" or "Nog 1 paar partners".
	dutchPluralVerb = regexp.MustCompile(`\b1 (paar partners|band|partner|persoon) (hebben|staan|tellen|werken|nemen|hadden|beantwoordden|werden|halen|steunen)\b`)
)

// Every sentence of the catalogue with a count reads right for 0, 1 and 2
// things in both languages (the report picks the _one form as sayn does),
// and every catalogue entry with a %d is in the table above or a count
// noun, so a new count sentence cannot skip this test.
func TestCountSentencesAgreeWithTheirCount(t *testing.T) {
	for key, m := range catalogue {
		if !strings.Contains(m.en+m.nl, "%d") || strings.HasSuffix(key, "_one") || strings.HasPrefix(key, "n_") {
			continue
		}
		if _, ok := countSentences[key]; !ok {
			t.Errorf("%s carries a count but is not in countSentences", key)
		}
	}
	for key, c := range countSentences {
		if _, ok := catalogue[key]; !ok {
			t.Errorf("countSentences names %s, which the catalogue lacks", key)
			continue
		}
		for _, lang := range []string{"en", "nl"} {
			for _, n := range []int{0, 1, 2} {
				if n < c.min {
					continue
				}
				s := trn(lang, key, n, c.args(lang, n)...)
				if strings.Contains(s, "%!") || strings.Contains(s, "[[") {
					t.Errorf("%s %s n=%d: bad arguments: %q", key, lang, n, s)
				}
				if n == 1 && pluralAfter1[lang].MatchString(s) {
					t.Errorf("%s %s n=1: a plural after 1: %q", key, lang, s)
				}
				if n != 1 && singularAfterN[lang].MatchString(s) {
					t.Errorf("%s %s n=%d: a singular after %d: %q", key, lang, n, n, s)
				}
				if lang == "nl" && n == 1 && dutchPluralVerb.MatchString(s) {
					t.Errorf("%s nl n=1: a plural verb after 1: %q", key, s)
				}
			}
		}
	}
	// The count nouns themselves.
	for key := range catalogue {
		if !strings.HasPrefix(key, "n_") {
			continue
		}
		for _, lang := range []string{"en", "nl"} {
			one, two := count(lang, key, 1), count(lang, key, 2)
			if one == two || strings.Contains(one+two, "|") || !strings.HasPrefix(one, "1 ") || !strings.HasPrefix(two, "2 ") {
				t.Errorf("%s %s: 1 → %q, 2 → %q", key, lang, one, two)
			}
		}
	}
}

func init() {
	// Events but no ratings: pairs below rung 1 are contact that was too
	// little or too long ago (depth_faded), not a rating of no contact.
	surveyVariants = append(surveyVariants, func(r *Report) { r.Method.Combine, r.Survey = "", nil })
}
