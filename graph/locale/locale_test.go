package locale

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/feature/plural"
)

// verb is one fmt verb of a message, with its explicit index if any.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs lists a message's verbs as index:verb, numbering those without an
// explicit index in order, so "%s %d" and "%[2]d … %[1]s" compare equal.
func verbs(s string) []string {
	var out []string
	n := 0
	for _, v := range verb.FindAllStringSubmatch(s, -1) {
		if strings.HasSuffix(v[0], "%") {
			continue
		}
		n++
		idx := n
		if v[1] != "" {
			fmt.Sscanf(v[1], "[%d]", &idx)
			n = idx
		}
		out = append(out, fmt.Sprintf("%d:%c", idx, v[0][len(v[0])-1]))
	}
	slices.Sort(out)
	return out
}

// choice is a plural choice "{one|other}"; placeholder a case's own word
// such as "{core}" that the report fills in.
var (
	choice      = regexp.MustCompile(`\{[^{}|]*\|[^{}]*\}`)
	placeholder = regexp.MustCompile(`\{[a-z_]+\}`)
)

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	slices.Sort(p)
	return slices.Compact(p)
}

// TestEveryKeyInEveryLanguage is the parity test of the catalogue: a key in
// one language and not another fails, and so does a translation whose fmt
// verbs differ from the English (a missing %s would drop a number).
func TestEveryKeyInEveryLanguage(t *testing.T) {
	langs := Languages()
	if !slices.Equal(langs, []string{"en", "fr", "nl"}) {
		t.Fatalf("languages = %v, want en fr nl", langs)
	}
	en := Keys("en")
	for _, l := range langs[1:] {
		other := Keys(l)
		for _, k := range en {
			if _, ok := slices.BinarySearch(other, k); !ok {
				t.Errorf("%s: key %q (%s) has no %s text", l, k, File("en", k), l)
			}
		}
		for _, k := range other {
			if _, ok := slices.BinarySearch(en, k); !ok {
				t.Errorf("%s: key %q (%s) is not in English", l, k, File(l, k))
			}
		}
	}
	for _, k := range en {
		enm := cat().msgs["en"][k]
		for _, l := range langs[1:] {
			got, ok := cat().msgs[l][k]
			if !ok {
				continue
			}
			for form, s := range got.forms {
				// A form is held against the English of the same form, or
				// the English "other" where English has no such form.
				want, ok := enm.forms[form]
				if !ok {
					want = enm.forms[plural.Other]
				}
				if !slices.Equal(verbs(s), verbs(want)) {
					t.Errorf("%s %s (%s): verbs %v, English has %v", l, k, File(l, k), verbs(s), verbs(want))
				}
				if a, b := len(choice.FindAllString(s, -1)), len(choice.FindAllString(want, -1)); a != b {
					t.Errorf("%s %s (%s): %d plural choices {…|…}, English has %d", l, k, File(l, k), a, b)
				}
			}
			if a, b := allPlaceholders(got), allPlaceholders(enm); !slices.Equal(a, b) {
				t.Errorf("%s %s (%s): placeholders %v, English has %v", l, k, File(l, k), a, b)
			}
		}
	}
}

// allPlaceholders are the placeholders of every form of m.
func allPlaceholders(m *message) []string {
	var all []string
	for _, s := range m.forms {
		all = append(all, placeholders(s)...)
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// TestPluralRulesFromCLDR: the form after a count follows each language's
// CLDR rule, not "1 or not": French 0 and 1 are singular, English and Dutch
// 0 is plural; decimals are plural; grouped counts are read whole.
func TestPluralRulesFromCLDR(t *testing.T) {
	cases := []struct{ lang, in, want string }{
		{"en", "0 {error|errors}", "0 errors"},
		{"en", "1 {error|errors}", "1 error"},
		{"en", "1.5 {hour|hours}", "1.5 hours"},
		{"en", "1,001 {tie|ties}", "1,001 ties"},
		{"nl", "0 {fout|fouten}", "0 fouten"},
		{"nl", "1 {fout|fouten}", "1 fout"},
		{"nl", "1.001 {band|banden}", "1.001 banden"},
		{"fr", "0 {erreur|erreurs}", "0 erreur"},
		{"fr", "1 {erreur|erreurs}", "1 erreur"},
		{"fr", "1,5 {heure|heures}", "1,5 heure"}, // CLDR fr: i = 0,1 is one
		{"fr", "2 {erreur|erreurs}", "2 erreurs"},
		{"fr", "1\u202f000 {lien|liens}", "1\u202f000 liens"},
		{"en", "3 {a|b}, 1 {c|d}", "3 b, 1 c"},
		{"en", "v2 {a|b}", "v2 {a|b}"}, // not a count
	}
	for _, c := range cases {
		if got := Plurals(c.lang, c.in); got != c.want {
			t.Errorf("Plurals(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	if Form("fr", 0) != plural.One || Form("en", 0) != plural.Other || Form("nl", 1) != plural.One {
		t.Errorf("Form: fr 0 %v, en 0 %v, nl 1 %v", Form("fr", 0), Form("en", 0), Form("nl", 1))
	}
}

func TestNumber(t *testing.T) {
	cases := []struct{ lang, in, want string }{
		{"en", "1,000,000.5", "1,000,000.5"},
		{"nl", "1,000,000.5", "1.000.000,5"},
		{"fr", "1,000,000.5", "1\u202f000\u202f000,5"},
		{"nl", "1.5 MiB", "1,5 MiB"},
		{"nl", "v1.2", "v1.2"},
		{"fr", "-0.25", "-0,25"},
	}
	for _, c := range cases {
		if got := Number(c.lang, c.in); got != c.want {
			t.Errorf("Number(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestNormAndOr(t *testing.T) {
	for in, want := range map[string]string{"NL": "nl", " fr-BE ": "fr", "nl_be": "nl", "en": "en"} {
		if Norm(in) != want {
			t.Errorf("Norm(%q) = %q, want %q", in, Norm(in), want)
		}
	}
	if Or("de") != "en" || Or("FR") != "fr" || Valid("de") || !Valid("nl-BE") {
		t.Errorf("Or(de)=%q Or(FR)=%q Valid(de)=%v Valid(nl-BE)=%v", Or("de"), Or("FR"), Valid("de"), Valid("nl-BE"))
	}
	if got := List("nl"); got != "en, fr of nl" {
		t.Errorf("List(nl) = %q", got)
	}
}

// TestLoadRefusesBrokenCatalogues: a file outside its area, a key twice in
// one language, a misnamed file and a message mixing plural keys with
// plain ones are refused when the catalogue is loaded.
func TestLoadRefusesBrokenCatalogues(t *testing.T) {
	bad := map[string]fstest.MapFS{
		"outside area": {"messages/cli.en.toml": {Data: []byte("[report]\nx = \"y\"\n")}},
		"twice":        {"messages/cli.en.toml": {Data: []byte("[cli]\nx = \"y\"\n")}, "messages/cli2.en.toml": {Data: []byte("[cli]\nx = \"z\"\n")}},
		"misnamed":     {"messages/cli.toml": {Data: []byte("[cli]\nx = \"y\"\n")}},
		"mixed":        {"messages/cli.en.toml": {Data: []byte("[cli.x]\none = \"a\"\nfoo = \"b\"\n")}},
		"no english":   {"messages/cli.nl.toml": {Data: []byte("[cli]\nx = \"y\"\n")}},
	}
	for name, fsys := range bad {
		if _, err := load(fsys); err == nil {
			t.Errorf("%s: loaded without error", name)
		}
	}
	good := fstest.MapFS{"messages/cli.en.toml": {Data: []byte("[cli]\nx = \"%d {a|b}\"\n[cli.n]\none = \"one %d\"\nother = \"many %d\"\n")}}
	c, err := load(good)
	if err != nil {
		t.Fatal(err)
	}
	if c.msgs["en"]["cli.n"].forms[plural.One] != "one %d" || c.msgs["en"]["cli.x"].forms[plural.Other] != "%d {a|b}" {
		t.Errorf("loaded %+v", c.msgs["en"])
	}
}

func TestTAndN(t *testing.T) {
	if got := T("nl", "lang.name"); got != "Nederlands" {
		t.Errorf("T(nl, lang.name) = %q", got)
	}
	if got := T("de", "lang.name"); got != "English" {
		t.Errorf("T(de, lang.name) = %q (an unknown language falls back to English)", got)
	}
	if got := T("en", "no.such.key"); got != "[[no.such.key]]" {
		t.Errorf("missing key = %q", got)
	}
}
