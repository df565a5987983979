package mapview_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"

	"gbo/render/mapview"
)

// A coordinator's map in Dutch, coloured by sector and sized by betweenness.
// The command line fills Data from the analysis and picks the format from the
// output file's name. The SVG holds one element of class "node" per partner
// and "tie" per tie, each with a <title> a browser shows on hover: what the
// example prints (the drawing itself, Graphviz's layout, is left out).
func ExampleRender() {
	d := mapview.Data{
		Title: "GBO Regio Zuid", Subtitle: "toestand op 2025-12-31", Lang: mapview.Dutch,
		SizeBy: "betweenness",
		Partners: []mapview.Partner{
			{ID: "caw", Label: "CAW Zuid-West-Vlaanderen", Sector: "CAW", Core: true, Size: 0.4, Bridging: true},
			{ID: "ocmw", Label: "OCMW Kortrijk", Sector: "OCMW", Core: true, Size: 0.1},
			{ID: "bib", Label: "Bibliotheek – Café Één", Sector: "cultuur", Size: 0,
				Figures: [][2]string{{"graad", "1"}}},
		},
		Ties: []mapview.Tie{
			{A: "caw", B: "ocmw", Depth: 4, Score: 4.3},
			{A: "bib", B: "caw", Depth: 1, Score: 1.1, Marks: []mapview.Mark{mapview.MarkBridge}, WeakReasons: []string{"bridge"}},
		},
	}
	f, ok := mapview.FormatForPath("kaart.svg")
	fmt.Println(f, ok)
	var svg bytes.Buffer
	if err := mapview.Render(context.Background(), d, f, &svg); err != nil {
		fmt.Println(err)
		return
	}
	s := svg.String()
	fmt.Println(strings.Count(s, `class="node"`), "partners,", strings.Count(s, `class="tie"`), "ties")
	for _, m := range regexp.MustCompile(`<title>([^<]*)</title>`).FindAllStringSubmatch(s, -1) {
		fmt.Println(strings.ReplaceAll(m[1], "&#xA;", " | "))
	}
	// Output:
	// svg true
	// 3 partners, 2 ties
	// GBO Regio Zuid toestand op 2025-12-31
	// Bibliotheek – Café Één – CAW Zuid-West-Vlaanderen | 1 kennismaking (1,10) | enige verbinding tussen twee delen | zwakke schakel: bridge
	// CAW Zuid-West-Vlaanderen – OCMW Kortrijk | 4 afstemming (4,30)
	// Bibliotheek – Café Één (bib) | cultuur · externe partner | graad: 1
	// CAW Zuid-West-Vlaanderen (caw) | CAW · kernpartner | verbindende partner
	// OCMW Kortrijk (ocmw) | OCMW · kernpartner
}
