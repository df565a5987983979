package chart

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// wordChoices are the ways Go code chose English or Dutch words before the
// catalogue: a test of the language's name, an en/nl pair of string
// literals, a bool-keyed map, a helper or field named for Dutch.
var wordChoices = regexp.MustCompile(`(==|!=)\s*"(nl|NL)"|"(nl|NL)"\s*(==|!=)|HasPrefix\([^)]*"nl"\)|map\[bool\]|\[2\]string\{\s*"[^"]*",\s*"[^"]*"\s*\}|\[2\]\[\d+\]string|\[\d+\]\[2\]string|pickLang|\bpick\(|DescriptionNL|helpNL|\.dutch\b|familyNL`)

// No non-test file of render/chart, render/mapview, render/workbook or
// samples/samples.go chooses words by language in Go: every word comes
// from the catalogue (graph/locale). The scan's pattern is checked on a
// hostile sample first, so a scan that finds nothing means something.
func TestNoWordsChosenInGo(t *testing.T) {
	for _, bad := range []string{`if lang == "nl" {`, `x := map[bool]string{true: "ja"}`, `[2]string{"yes", "ja"}`, `pickLang(nl, "a", "b")`, `[6][2]string{`} {
		if !wordChoices.MatchString(bad) {
			t.Fatalf("the scan misses %q", bad)
		}
	}
	files, _ := filepath.Glob("*.go")
	for _, dir := range []string{"../mapview", "../workbook"} {
		more, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		files = append(files, more...)
	}
	files = append(files, "../../samples/samples.go")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n++
		for i, line := range strings.Split(string(b), "\n") {
			if code, _, _ := strings.Cut(line, "//"); wordChoices.MatchString(code) {
				t.Errorf("%s:%d: words chosen in Go: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
	if n < 20 {
		t.Fatalf("scanned only %d files", n)
	}
}
