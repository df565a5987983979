package mapview

import (
	"context"
	"html"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// A French map says the catalogue's French words (legend, tooltips) with
// a decimal comma, and none of the English or Dutch texts of map.* or the
// rung names.
func TestFrenchMapSaysFrench(t *testing.T) {
	d := Data{Lang: French, SizeBy: "degree",
		Partners: []Partner{{ID: "cpas", Sector: "OCMW", Core: true, Size: 2, Bridging: true, Figures: [][2]string{{"degré", "2"}}},
			{ID: "caw", Sector: "CAW", Core: true, Size: 1.5}, {ID: "ecole", Sector: "enseignement", Size: 1}},
		Ties: []Tie{{A: "cpas", B: "caw", Depth: 4, Score: 4.3, Marks: []Mark{MarkOnePerson}},
			{A: "cpas", B: "ecole", Depth: 1, Score: 1.1, Marks: []Mark{MarkBridge}, WeakReasons: []string{"pont"}},
			{A: "caw", B: "ecole", Depth: 2, Score: 2.5, Marks: []Mark{MarkThin}}}}
	var b strings.Builder
	if _, err := Draw(context.Background(), d, SVG, &b); err != nil {
		t.Fatal(err)
	}
	svg := html.UnescapeString(b.String())
	for _, w := range []string{"4,30", "1,10", "2,50"} {
		if !strings.Contains(svg, w) {
			t.Errorf("French map lacks the number %q", w)
		}
	}
	for _, w := range []string{"4.30", "1.10", "2.50"} {
		if strings.Contains(svg, w) {
			t.Errorf("French map writes %q with a decimal point", w)
		}
	}
	for _, k := range []string{"map.depth", "map.colour", "map.marks", "map.core", "map.external", "map.bridging", "map.weak",
		"map.bridge", "map.one_person", "map.thin", "map.size", "map.size_degree", "analysis.rung.1", "analysis.rung.2", "analysis.rung.4"} {
		if w := locale.T("fr", k); !strings.Contains(svg, w) {
			t.Errorf("French map lacks %s %q", k, w)
		}
	}
	if !strings.Contains(svg, locale.T("fr", "map.weak")+"\u00a0: pont") {
		t.Error("French map does not put a no-break space before the colon")
	}
	for _, k := range locale.Keys("fr") {
		if !strings.HasPrefix(k, "map.") && !strings.HasPrefix(k, "analysis.rung.") {
			continue
		}
		fr := locale.T("fr", k)
		for _, other := range []string{"en", "nl"} {
			if w := locale.T(other, k); len(w) > 6 && w != fr && strings.Contains(svg, w) {
				t.Errorf("French map says %s %s %q", other, k, w)
			}
		}
	}
}
