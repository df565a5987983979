package report

import (
	"fmt"
	"strings"
	"testing"
)

// TestDeparturesTheKeyFiguresCiteAreShown pins the kind "a figure the text
// cites hidden behind show all": the key figures say that the departure of
// some people would cut pairs apart, so those departures head the
// departures table (most pairs first), within the rows shown before "show
// all", however many departures cost more deep ties without cutting pairs.
func TestDeparturesTheKeyFiguresCiteAreShown(t *testing.T) {
	for _, lang := range []string{"en", "nl", "fr"} {
		r := sampleReport(lang)
		r.Fragility = nil
		for i := range 3 * reportFragilityRows {
			r.Fragility = append(r.Fragility, FragilityRow{ID: fmt.Sprintf("deep-%02d", i), Kind: "partner", DeepTiesLost: 90 - i})
		}
		r.Fragility = append(r.Fragility,
			FragilityRow{ID: "P-cut11", Kind: "person", DeepTiesLost: 1, PairsDisconnected: 11},
			FragilityRow{ID: "P-cut22", Kind: "person", PairsDisconnected: 22})
		page := render(t, r)
		var prev int
		for _, id := range []string{"P-cut22", "P-cut11", "deep-00"} {
			i := strings.Index(page, `<td class="name">`+id+`</td>`)
			if i < 0 {
				t.Fatalf("%s: %s not in the page", lang, id)
			}
			if d, e := strings.LastIndex(page[:i], `<details class="more">`), strings.LastIndex(page[:i], `</details>`); d > e {
				t.Errorf("%s: %s is only shown behind show all", lang, id)
			}
			if i < prev {
				t.Errorf("%s: %s comes before a departure that cuts more pairs", lang, id)
			}
			prev = i
		}
	}
}
