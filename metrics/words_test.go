package metrics

import (
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// TestMetricsHoldNoWords: metrics returns codes and numbers, never
// sentences (docs/layout.md). No non-test Go file under metrics/ has code
// that takes a language to choose words (a variable or parameter lang, a
// "nl", "en" or "fr" literal), nor a string literal holding a sentence of
// the catalogue's analysis area in any language (the reasons, rung names
// and other words that moved to graph/locale/messages/analysis.*.toml) or
// reading as Dutch; nor does any other non-test file hold such a sentence.
// Comments may name what a code means. depthmodel.toml and testdata are
// left out: they hold the rung names and kind aliases the readers accept
// on input, and test cases, not words gbo says.
func TestMetricsHoldNoWords(t *testing.T) {
	var sentences []string
	for _, lang := range locale.Languages() {
		for _, k := range locale.Keys(lang) {
			if !strings.HasPrefix(k, "analysis.") {
				continue
			}
			s, _ := locale.Raw(lang, k)
			sentences = append(sentences, fragments(s)...)
		}
	}
	if len(sentences) < 50 {
		t.Fatalf("only %d sentences of analysis.* in the catalogue: %q", len(sentences), sentences)
	}
	dutch := regexp.MustCompile(`(?i)\b(het|een|geen|niet|deel|verbinding|kernpartners?|samenwerkingsverband|trede)\b`)
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") || d.Name() == "depthmodel.toml" ||
			strings.Contains(filepath.ToSlash(path), "testdata/") {
			return err
		}
		files++
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !strings.HasSuffix(path, ".go") {
			// Any other file (none today) is words or data gbo says:
			// it must hold no catalogue sentence either.
			for i, line := range strings.Split(string(src), "\n") {
				for _, s := range sentences {
					if strings.Contains(line, s) {
						t.Errorf("metrics/%s:%d: holds the catalogue's words %q", path, i+1, s)
					}
				}
			}
			return nil
		}
		fset := token.NewFileSet()
		var sc scanner.Scanner
		sc.Init(fset.AddFile(path, -1, len(src)), src, func(pos token.Position, msg string) { t.Errorf("%s: %s", pos, msg) }, 0)
		for {
			pos, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			at := fset.Position(pos)
			switch {
			case tok == token.IDENT && lit == "lang":
				t.Errorf("metrics/%s:%d: a lang in code chooses words by language", path, at.Line)
			case tok == token.STRING:
				text, err := strconv.Unquote(lit)
				if err != nil {
					t.Errorf("metrics/%s:%d: %v", path, at.Line, err)
					continue
				}
				if l := strings.ToLower(text); l == "nl" || l == "en" || l == "fr" {
					t.Errorf("metrics/%s:%d: the language %s chooses words", path, at.Line, lit)
				}
				for _, s := range sentences {
					if strings.Contains(text, s) {
						t.Errorf("metrics/%s:%d: holds the catalogue's words %q", path, at.Line, s)
					}
				}
				if strings.Contains(text, " ") && dutch.MatchString(text) {
					t.Errorf("metrics/%s:%d: a Dutch text %s", path, at.Line, lit)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("scanned only %d files under metrics/", files)
	}
}

// fragments are the pieces of a message between its fmt verbs that read
// as words: two words or more, 12 characters or more ("no event in the
// period", "de rest van het netwerk"). Single words (a rung's name, a
// label) are names a comment may cite; a sentence is not.
func fragments(msg string) []string {
	var out []string
	for _, f := range regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`).Split(msg, -1) {
		f = strings.TrimSpace(strings.Trim(f, " ,.:;()"))
		if len(f) >= 12 && strings.Count(f, " ") >= 1 {
			out = append(out, f)
		}
	}
	return out
}
