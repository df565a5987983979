package report

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// pageText is the text a reader sees of a page: no markup, no style, no
// script, entities decoded, each element's text on a line of its own.
func pageText(page string) string {
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`(?s)<style>.*?</style>`),
		regexp.MustCompile(`(?s)<script[^>]*>.*?</script>`),
		regexp.MustCompile(`<[^>]+>`),
	} {
		page = re.ReplaceAllString(page, "\n")
	}
	return html.UnescapeString(page)
}

// fixed splits a catalogue message into its fixed parts: the text between
// its fmt verbs and {placeholders}.
var messageHoles = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]|\{[A-Za-z_0-9]+\}`)

// frenchPages are the report and the compare page of the samples in
// French, and of variants that say other sentences.
func frenchPages(t *testing.T) map[string]string {
	t.Helper()
	pages := map[string]string{"report": render(t, sampleReport("fr"))}
	for name, f := range map[string]func(*Report){
		"no weak links, no objects": func(r *Report) { r.Weak, r.Brokers, r.Objects, r.ObjectsKnown, r.Fragility = nil, nil, nil, false, nil },
		"no people, no date":        func(r *Report) { r.PeopleUnknown, r.AsOf, r.Generated = true, "", "" },
		"no ties":                   func(r *Report) { r.Figures.Ties, r.DepthProfile = 0, [6]int{} },
		"no core":                   func(r *Report) { r.Partners = r.Partners[8:] },
		"own words": func(r *Report) {
			target := 4
			r.Words = Words{Core: "services publics", CoreOne: "service public", Rungs: [6]string{"", "se connaître", "", "", "", ""}, Target: &target}
		},
	} {
		r := sampleReport("fr")
		f(&r)
		pages["report, "+name] = render(t, r)
	}
	var b bytes.Buffer
	if err := WriteCompare(&b, sampleCompare("fr")); err != nil {
		t.Fatal(err)
	}
	pages["compare"] = b.String()
	c := sampleCompare("fr")
	c.Periods, c.Trend, c.Waves, c.Shared = nil, true, true, 0.85
	c.Changes = []WaveChange{{From: "GBO Gent 2023", To: "GBO Gent 2024", Joined: []string{"vdab"}}, {From: "GBO Gent 2024", To: "x", Left: []string{"cm"}, WeakAppeared: 2}}
	b.Reset()
	if err := WriteCompare(&b, c); err != nil {
		t.Fatal(err)
	}
	pages["compare of waves"] = b.String()
	return pages
}

// The French pages say nothing in English or Dutch: no fixed part of an
// English or Dutch message (longer than 20 characters, so that a shared
// word such as "Partenaires"/"Partners" or a name does not count) is on
// them, no message is missing, and the page says it is French.
func TestFrenchPagesHoldNoEnglishOrDutchSentence(t *testing.T) {
	type part struct{ lang, key, text string }
	var parts []part
	for _, lang := range []string{"en", "nl"} {
		for _, k := range locale.Keys(lang) {
			if !strings.HasPrefix(k, area) {
				continue
			}
			s, _ := locale.Raw(lang, k)
			for _, p := range messageHoles.Split(s, -1) {
				if p = strings.TrimSpace(p); len([]rune(p)) > 20 {
					parts = append(parts, part{lang, k, p})
				}
			}
		}
	}
	if len(parts) < 300 {
		t.Fatalf("only %d English and Dutch sentence parts to look for", len(parts))
	}
	for name, page := range frenchPages(t) {
		if !strings.Contains(page, `<html lang="fr-BE">`) {
			t.Errorf("%s: the page does not say it is French: %.80q", name, page)
		}
		if m := missingMessage.FindString(page); m != "" {
			t.Errorf("%s: a missing message %s", name, m)
		}
		text := pageText(page)
		for _, p := range parts {
			if strings.Contains(text, p.text) {
				t.Errorf("%s: the French page holds the %s text of %s: %q", name, p.lang, p.key, p.text)
			}
		}
	}
}

// French numbers and dates: a decimal comma, a narrow no-break space
// before the percent sign, "1er" for the first of a month, and no-break
// spaces before the colon.
func TestFrenchNumbersAndDates(t *testing.T) {
	page := pageText(render(t, sampleReport("fr")))
	for _, want := range []string{
		"En moyenne, un lien atteint l'échelon 2,4 sur 5\u00a0: entre partage de connaissances et orientation.",
		"19\u202f% de toutes les paires possibles de partenaires ont un tel lien",
		"événements du 1er juillet 2023 au 30 juin 2025",
		"(par exemple 2,6)",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the French report lacks %q", want)
		}
	}
	for _, bad := range []string{"2.4 sur", " :", " ;", "19%", "1 juillet"} {
		if strings.Contains(page, bad) {
			t.Errorf("the French report holds %q", bad)
		}
	}
	if got := groupDigits("fr", "6821"); got != "6\u202f821" {
		t.Errorf("groupDigits(fr, 6821) = %q", got)
	}
	if got, want := percent(0.004, "fr"), "<1\u202f%"; got != want {
		t.Errorf("percent(0.004, fr) = %q, want %q", got, want)
	}
	for lang, want := range map[string]string{"en": "2.50", "nl": "2,50", "fr": "2,50"} {
		if got := number(2.5, 2, lang); got != want {
			t.Errorf("number(2.5, 2, %s) = %q, want %q", lang, got, want)
		}
	}
}

// No non-test file of this package chooses words by language: no
// comparison with a language code, no table keyed by "en" and "nl", and
// no composite literal of two or more phrases (an English/Dutch pair):
// the words are in the catalogue, and Go only chooses the key.
func TestNoWordsChosenByLanguageInGo(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	langCode := map[string]bool{}
	for _, l := range append(locale.Languages(), "nl-BE", "fr-BE") {
		langCode[l] = true
	}
	checked := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		checked++
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					for _, side := range []ast.Expr{n.X, n.Y} {
						if s, ok := stringLit(side); ok && langCode[s] {
							t.Errorf("%s: compares with the language %q", fset.Position(n.Pos()), s)
						}
					}
				}
			case *ast.KeyValueExpr:
				if s, ok := stringLit(n.Key); ok && langCode[s] {
					t.Errorf("%s: a table keyed by the language %q", fset.Position(n.Pos()), s)
				}
			case *ast.CaseClause:
				for _, e := range n.List {
					if s, ok := stringLit(e); ok && langCode[s] {
						t.Errorf("%s: a case of the language %q", fset.Position(n.Pos()), s)
					}
				}
			case *ast.CompositeLit:
				phrases := 0
				for _, e := range n.Elts {
					if s, ok := stringLit(e); ok && phrase.MatchString(s) {
						phrases++
					}
				}
				if phrases >= 2 {
					t.Errorf("%s: a literal of %d phrases, words that belong in the catalogue", fset.Position(n.Pos()), phrases)
				}
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("only %d files checked", checked)
	}
}

// phrase is a string literal that reads as words: two words of letters
// separated by a space.
var phrase = regexp.MustCompile(`\pL\pL+ \pL\pL+`)

func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}
