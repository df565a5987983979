package mapview_test

import (
	"context"
	"fmt"
	"os"

	"gbo/render/mapview"
)

// A coordinator's map in Dutch, coloured by sector and sized by betweenness.
// The command line fills Data from the analysis and picks the format from the
// output file's name.
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
	if err := mapview.Render(context.Background(), d, f, os.Stdout); err != nil {
		fmt.Println(err)
	}
}
