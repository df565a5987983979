package report_test

import (
	"fmt"
	"regexp"
	"strings"

	"gbo/render/report"
)

// The command line fills the view model from the analysis; the report
// writes the sentences in the reader's language.
func ExampleWrite() {
	r := report.Report{
		Lang: "nl", CaseName: "GBO Regio Zuid", Region: "West-Vlaanderen", AsOf: "2025-12-31",
		Figures: report.Figures{Partners: 3, CorePartners: 2, Ties: 2, Density: 2.0 / 3, MeanDepth: 2.5,
			Components: 1, LargestComponent: 3},
		DepthProfile: [6]int{0, 1, 0, 0, 1, 0},
		Partners: []report.PartnerRow{
			{ID: "caw", Name: "CAW Zuid-West-Vlaanderen", Sector: "CAW", Core: true, Degree: 2},
			{ID: "ocmw", Name: "OCMW Kortrijk", Sector: "OCMW", Core: true, Degree: 1},
			{ID: "bib", Name: "Bibliotheek – Café Één", Sector: "cultuur", Degree: 1},
		},
		Ties: []report.TieRow{{A: "caw", B: "ocmw", Depth: 4}, {A: "bib", B: "caw", Depth: 1}},
	}
	var b strings.Builder
	if err := report.Write(&b, r); err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range regexp.MustCompile(`<p class="card-text"[^>]*>([^<]*)</p>`).FindAllStringSubmatch(b.String(), 3) {
		fmt.Println(m[1])
	}
	// Output:
	// 3 organisaties nemen deel, waarvan 2 kernpartners (CAW, OCMW).
	// 2 paren partners werken samen, minstens op het niveau van kennismaking.
	// 67% van alle mogelijke paren partners heeft zo&#39;n band; de andere paren werken (nog) niet samen.
}
