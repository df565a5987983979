package workbook

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"gbo/metrics/boundary"
	"gbo/metrics/flags"
)

// TestAnalysisWordsAsTheCommands: the workbook says weak-link reasons,
// their labels and boundary-object reasons in the words the commands use
// (cmd/gbo/testdata/analysis_words.txt, the sentences metrics made before
// it returned codes, which cmd/gbo's TestAnalysisWordsAsBefore pins), for
// every code, count and language there.
func TestAnalysisWordsAsTheCommands(t *testing.T) {
	b, err := os.ReadFile("../../cmd/gbo/testdata/analysis_words.txt")
	if err != nil {
		t.Fatal(err)
	}
	names := []objectNames{{}, {Core: "responding agencies", CoreOne: "responding agency", Rung3: "handing over"}}
	checked := map[string]int{}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 {
			t.Fatalf("bad line %q", line)
		}
		lang, fn, in, want := f[0], f[1], f[2], f[3]
		var got string
		switch fn {
		case "reason":
			got = weakReasonWords(in, lang)
		case "label":
			got = weakReasonLabel(in, lang)
		case "object":
			var code, objects string
			var n, wi int
			if _, err := fmt.Sscanf(in, "%s %d %q %d", &code, &n, &objects, &wi); err != nil {
				t.Fatalf("%q: %v", in, err)
			}
			got = objectReasonText(boundary.Reason{Code: code, N: n}, lang, objects, names[wi])
		default:
			continue
		}
		checked[fn]++
		if got != want {
			t.Errorf("%s %s %s: %q, want %q", lang, fn, in, got, want)
		}
	}
	if n := len(flags.Reasons()) + 1; checked["reason"] != 2*n || checked["label"] != 2*n || checked["object"] < 200 {
		t.Errorf("checked %v", checked)
	}
}
