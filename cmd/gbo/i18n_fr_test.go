package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// nbsp is the no-break space French puts before : ; ? !
const nbsp = "\u00a0"

// TestFrenchOutputs runs the commands a coordinator reads most with
// --lang fr and looks for the French words (and no English or Dutch ones)
// each prints: validate's counts, the ties table's columns, weak's summary
// and the metrics table, with its decimal comma.
func TestFrenchOutputs(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"validate", "sample:grensobject"},
			[]string{"partenaires", "événements", nbsp + "; 0 erreur,", "liens évalués à la date de référence 2024-12-31" + nbsp + ":"},
			[]string{"partners,", "events", "gebeurtenissen", "errors", "[[cli."}},
		{[]string{"ties", "sample:grensobject"},
			[]string{"profondeur", "échelon", "premier", "dernier"},
			[]string{"depth", "diepte", "trede", "[[cli."}},
		{[]string{"weak", "sample:grensobject"},
			[]string{"Liens faibles" + nbsp + ":", "Par raison" + nbsp + ":", "Ce que coûterait un départ"},
			[]string{"Weak links", "Zwakke schakels", "By reason", "[[cli."}},
		{[]string{"metrics", "sample:grensobject"},
			[]string{"densité" + nbsp + ": 0,", "intermédiarité", "proximité", "vecteur propre"},
			[]string{"density", "dichtheid", "closeness", "[[cli."}},
	} {
		code, out, errs := runGbo(append([]string{"--lang", "fr"}, tc.args...)...)
		all := out + errs
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tc.args, code, all)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(all, w) {
				t.Errorf("gbo --lang fr %v lacks %q:\n%s", tc.args, w, all)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(all, w) {
				t.Errorf("gbo --lang fr %v says %q:\n%s", tc.args, w, all)
			}
		}
	}
}

// TestCaseLanguageFrench: a case whose case.toml says language = "fr" is
// analysed in French without --lang, and --lang still wins over it.
func TestCaseLanguageFrench(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cas")
	if code, _, errs := runGbo("sample", "grensobject", dir); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errs)
	}
	p := filepath.Join(dir, "case.toml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	fr := strings.Replace(string(b), `language = "en"`, `language = "fr"`, 1)
	if fr == string(b) {
		t.Fatalf("case.toml has no language = \"en\":\n%s", b)
	}
	if err := os.WriteFile(p, []byte(fr), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runGbo("validate", dir)
	if code != 0 || !strings.Contains(out+errs, "partenaires") || !strings.Contains(out+errs, "événements") {
		t.Errorf("validate of a French case: exit %d: %s%s", code, out, errs)
	}
	code, out, errs = runGbo("--lang", "en", "validate", dir)
	if code != 0 || !strings.Contains(out+errs, "events") || strings.Contains(out+errs, "événements") {
		t.Errorf("--lang en on a French case: exit %d: %s%s", code, out, errs)
	}
}

// TestErrorCountPlurals: a count's noun follows each language's CLDR rule:
// French says "0 erreur" and "1 erreur" but "2 erreurs"; English and Dutch
// take the plural for 0.
func TestErrorCountPlurals(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"fr", 0, "0 erreur dans x"}, {"fr", 1, "1 erreur dans x"}, {"fr", 2, "2 erreurs dans x"},
		{"en", 0, "0 errors in x"}, {"en", 1, "1 error in x"}, {"en", 2, "2 errors in x"},
		{"nl", 0, "0 fouten in x"}, {"nl", 1, "1 fout in x"}, {"nl", 2, "2 fouten in x"},
	} {
		if got := tr(tc.lang, "errors_found", tc.n, "x"); !strings.HasPrefix(got, tc.want) {
			t.Errorf("errors_found %s %d = %q, want %q…", tc.lang, tc.n, got, tc.want)
		}
	}
	// And as the CLI says it: a case with one error, then two.
	for n, want := range map[int]string{1: "1 erreur dans", 2: "2 erreurs dans"} {
		dir := filepath.Join(t.TempDir(), "cas")
		if code, _, errs := runGbo("sample", "grensobject", dir); code != 0 {
			t.Fatalf("sample: exit %d: %s", code, errs)
		}
		p := filepath.Join(dir, "interactions.csv")
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(string(b), "\n")
		for i := 1; i <= n; i++ { // a date no reader accepts, on n rows
			cells := strings.Split(lines[i], ",")
			cells[0] = "pas-une-date"
			lines[i] = strings.Join(cells, ",")
		}
		if err := os.WriteFile(p, []byte(strings.Join(lines, "")), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runGbo("--lang", "fr", "ties", dir)
		if code != 2 || !strings.Contains(errs, want) || !strings.Contains(errs, "rien n'a été écrit") {
			t.Errorf("%d bad dates: exit %d, want 2 and %q: %s%s", n, code, want, out, errs)
		}
	}
}

// TestLangNotInCatalogueRefused: --lang de is a usage error (exit 2) that
// names every language the catalogue has.
func TestLangNotInCatalogueRefused(t *testing.T) {
	code, out, errs := runGbo("--lang", "de", "validate", "sample:grensobject")
	if code != 2 {
		t.Errorf("--lang de: exit %d, want 2", code)
	}
	want := `--lang must be en, fr or nl, not "de"`
	if !strings.Contains(errs, want) || out != "" {
		t.Errorf("--lang de: stdout %q, stderr %q, want %q", out, errs, want)
	}
	for _, l := range locale.Languages() {
		if !strings.Contains(errs, l) {
			t.Errorf("--lang de does not name %s: %s", l, errs)
		}
	}
}

// langChoice finds a word chosen by comparing a language with a literal
// code: lang == "nl", l.lang != "en", "fr" == x …
var langChoice = regexp.MustCompile(`[!=]=\s*"(nl|en|fr)"|"(nl|en|fr)"\s*[!=]=`)

// TestNoWordsChosenByLanguageCode scans every non-test Go file of cmd/gbo:
// words come from the catalogue (tr, locale.T), and a language is checked
// with locale.Valid/locale.Or, never by comparing it with "nl". A line
// may do so only where the code is data, listed here with its reason.
func TestNoWordsChosenByLanguageCode(t *testing.T) {
	allowed := map[string]string{
		// file: reason (none today)
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		n++
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			code, _, _ := strings.Cut(line, "//")
			if langChoice.MatchString(code) {
				if _, ok := allowed[f]; !ok {
					t.Errorf("%s:%d chooses by language code: %s", f, i+1, strings.TrimSpace(line))
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("only %d Go files scanned", n)
	}
	// The scan itself finds what it should.
	for _, s := range []string{`if lang == "nl" {`, `map[bool]string{false: "a", true: "b"}[l.lang == "nl"]`, `"fr" != lang`} {
		if !langChoice.MatchString(s) {
			t.Errorf("the scan misses %s", s)
		}
	}
}
