package chart

import (
	"regexp"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// A French chart says the catalogue's French words with a decimal comma,
// and none of the English or Dutch texts of chart.* or the rung names.
func TestFrenchChartsSayFrench(t *testing.T) {
	var tr [6][6]int
	tr[2][3], tr[3][4] = 3, 2
	charts := strings.Join([]string{
		Heatmap([]string{"CPAS", "CAW"}, []string{"CPAS", "CAW"}, [][]float64{{2.5, 1.25}, {1.25, 4}}, [][]int{{1, 2}, {2, 1}}, "fr"),
		DepthProfile([6]int{1, 2, 3, 4, 5, 6}, "fr", DepthOptions{ShowNone: true}),
		SmallMultiples([]string{"a", "b"}, [][6]int{{1, 2, 3, 4, 5, 6}, {0, 1, 0, 1, 0, 1}}, "fr"),
		TransitionMatrix(tr, "fr", "2024", "2025"),
		TransitionFlow(tr, "fr", "2024", "2025"),
		TransitionFlow([6][6]int{}, "fr", "2024", "2025"),
		CircleMap([]MapNode{{ID: "a", Name: "a"}}, nil, "fr"),
	}, "\n")
	// The words, not the coordinates (y="122.5"): the text between tags.
	words := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(charts, "\n")
	if !strings.Contains(words, "2,5") || strings.Contains(words, "2.5") {
		t.Error("a French chart does not write 2.5 as 2,5")
	}
	if !strings.Contains(charts, "1,3") && !strings.Contains(charts, "1,2") {
		t.Error("a French tooltip lacks a decimal comma")
	}
	var keys []string
	for _, k := range locale.Keys("fr") {
		if strings.HasPrefix(k, "chart.") && k != "chart.percent" || strings.HasPrefix(k, "analysis.rung.") {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		fr := locale.T("fr", k, "x", 1)
		for _, other := range []string{"en", "nl"} {
			w, _ := locale.Raw(other, k)
			if strings.ContainsAny(w, "%") || w == fr {
				w, _, _ = strings.Cut(w, "%")
			}
			if len(w) > 4 && strings.Contains(charts, w) {
				t.Errorf("French charts say %s %s %q", other, k, w)
			}
		}
	}
	for _, k := range []string{"chart.heatmap_title", "chart.depth_title", "chart.flow_title", "chart.flow_empty", "analysis.rung.2", "analysis.rung.5"} {
		if w := locale.T("fr", k); !strings.Contains(charts, esc(w)) {
			t.Errorf("French charts lack %s %q", k, w)
		}
	}
	if !strings.Contains(charts, esc(locale.T("fr", "chart.cell_ties", "2,5", 1))) {
		t.Errorf("the French heat map's tooltip is not %q", locale.T("fr", "chart.cell_ties", "2,5", 1))
	}
}

// Number and Percent follow the language's decimal mark (locale.Decimal),
// not a test of the language's name.
func TestNumberFollowsTheLanguagesDecimalMark(t *testing.T) {
	for _, lang := range locale.Languages() {
		want := "2" + locale.Decimal(lang) + "4"
		if got := Number(2.4, 1, lang); got != want {
			t.Errorf("%s: Number(2.4) = %q, want %q", lang, got, want)
		}
	}
	if got := Percent(0.31, "fr"); got != "31\u202f%" {
		t.Errorf("French percent %q", got)
	}
	if got := Percent(0.31, "en"); got != "31%" {
		t.Errorf("English percent %q", got)
	}
}
