package casedata_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"gbo/graph/casedata"
	"gbo/graph/locale"
)

// The case's words are looked up as the catalogue would: the language as
// locale.Norm spells it, then every-language "*", then locale.Default, then
// the other languages in locale.Languages' order; GBO's words only when the
// case gives none. Written without the catalogue, so this pins that the
// two agree.
func TestLabelsFallBackInTheCataloguesOrder(t *testing.T) {
	if casedata.DefaultLanguage != locale.Default {
		t.Fatalf("DefaultLanguage %q, the catalogue's default %q", casedata.DefaultLanguage, locale.Default)
	}
	langs := locale.Languages()
	pair := func(lang string) [2]string { return [2]string{lang + "1", lang + "2"} }
	for _, lang := range langs {
		for _, asked := range []string{lang, " " + strings.ToUpper(lang) + "-BE ", lang + "_xx"} {
			if locale.Norm(asked) != lang {
				t.Fatalf("locale.Norm(%q) = %q: the test's spellings are out of date", asked, locale.Norm(asked))
			}
			l := casedata.Labels{Core: map[string][2]string{}}
			for _, other := range langs {
				l.Core[other] = pair(other)
			}
			l.Core["*"] = pair("*")
			if one, _, ok := l.CoreName(asked); !ok || one != lang+"1" {
				t.Errorf("CoreName(%q) = %q, %v; want %q", asked, one, ok, lang+"1")
			}
		}
	}
	// A language the case does not name: "*", then the default, then the
	// others in the catalogue's (sorted) order.
	for drop := 0; drop <= len(langs)+2; drop++ { // order below has len(langs)+2 entries
		l := casedata.Labels{Person: map[string][2]string{"*": pair("*")}}
		for _, lang := range langs {
			l.Person[lang] = pair(lang)
		}
		order := append([]string{"*", locale.Default}, langs...)
		want := ""
		for i, k := range order {
			if i < drop {
				delete(l.Person, k)
			} else if _, ok := l.Person[k]; ok && want == "" {
				want = k + "1"
			}
		}
		one, _, ok := l.PersonName("xx")
		if ok != (want != "") || one != want {
			t.Errorf("without %v: PersonName(xx) = %q, %v; want %q", order[:min(drop, len(order))], one, ok, want)
		}
	}
	var none casedata.Labels
	if _, ok := none.RungName(3, "nl"); ok || !none.IsDefault() || none.TargetRung() != casedata.DefaultTargetRung {
		t.Errorf("the zero Labels keep GBO's words: RungName ok %v, IsDefault %v, TargetRung %d", ok, none.IsDefault(), none.TargetRung())
	}
	rungs := casedata.Labels{Rungs: map[string][6]string{"fr": {"a", "b", "c", "d", "e", "f"}}}
	if r, ok := rungs.RungName(6, "fr"); ok || r != "" {
		t.Errorf("RungName(6) = %q, %v: 6 is not a rung", r, ok)
	}
	if r, ok := rungs.RungName(5, "nl"); !ok || r != "f" {
		t.Errorf("RungName(5, nl) = %q, %v; want the French name f", r, ok)
	}
}

// A depth model's error carries a code and arguments, not a sentence: its
// Error names the key and the code, and errors.As finds it through
// wrapping (the reader places it at the key's line).
func TestDepthErrorIsACode(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", &casedata.DepthError{Key: "kinds.referral", Code: "depth_kind_twice", Args: []string{"a b", `c"`}})
	var de *casedata.DepthError
	if !errors.As(err, &de) || de.Key != "kinds.referral" {
		t.Fatalf("errors.As: %v", err)
	}
	if got, want := de.Error(), `depth model, kinds.referral: depth_kind_twice "a b" "c\""`; got != want {
		t.Errorf("Error() = %s, want %s", got, want)
	}
	if got, want := (&casedata.DepthError{Code: "bad_depth_model"}).Error(), "depth model: bad_depth_model"; got != want {
		t.Errorf("Error() = %s, want %s", got, want)
	}
}
