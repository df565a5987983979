package report

import (
	"regexp"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// TestFrenchProseReadsNaturally pins the kind "French words that read as
// code or as a translation": in the French messages of the report, the
// analysis, the commands, the charts, maps and workbooks, a rung name
// filled into a sentence after « échelon » is quoted (« à l'échelon
// « faire connaissance » »), a weak-link reason's label is words, not a
// hyphenated code, quotes are « », clients are usagers, and a count that a
// participle follows agrees with it (plural choices, not « 1 sur 1
// affichées »).
func TestFrenchProseReadsNaturally(t *testing.T) {
	bareRung := regexp.MustCompile(`échelons? (\{(rung\d|Rung\d|target)\}|%s(?: ou plus| \(|\.|\x{a0}:|,|$))`)
	agree := regexp.MustCompile(`%d sur %d affiché`)
	for _, key := range locale.Keys("fr") {
		area, _, _ := strings.Cut(key, ".")
		switch area {
		case "report", "analysis", "cli", "map", "chart", "workbook", "compare":
		default:
			continue
		}
		s, _ := locale.Raw("fr", key)
		if m := bareRung.FindString(s); m != "" {
			t.Errorf("%s: a rung name used bare after « échelon »: %q in %q", key, m, s)
		}
		if strings.HasPrefix(key, "analysis.reason_label.") && strings.Contains(s, "-") {
			t.Errorf("%s = %q: a code, not words", key, s)
		}
		if strings.ContainsAny(s, "‘’“”\"") && !strings.ContainsAny(s, "’") || strings.ContainsAny(s, "‘“”") {
			t.Errorf("%s: quotes other than « »: %q", key, s)
		}
		if strings.Contains(s, "client") {
			t.Errorf("%s: « client » where the glossary says usager: %q", key, s)
		}
		if agree.MatchString(s) {
			t.Errorf("%s: a participle that does not agree with its count: %q", key, s)
		}
	}
}
