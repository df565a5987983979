package report

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func sampleCompare(lang string) Compare {
	r := sampleReport(lang)
	c := Compare{
		Lang: lang, Generated: "2025-06-30",
		Cases: []CaseColumn{
			{Name: "GBO Gent 2023", AsOf: "2023-12-31", DepthProfile: [6]int{2, 20, 14, 8, 4, 1}},
			{Name: "GBO Gent 2024", AsOf: "2024-12-31", DepthProfile: [6]int{4, 17, 16, 13, 9, 3}, MapSVG: handMadeGraphvizSVG},
			{Name: hostileScript, AsOf: "2024-12-31", DepthProfile: [6]int{0, 3, 1, 0, 0, 0}},
		},
		Measures: []MeasureRow{
			{Code: "partners", Values: []float64{22, 25, 6}},
			{Code: "density", Values: []float64{0.21, 0.193, 0.27}},
			{Code: "deep_share", Values: []float64{0.11, 0.21, 0}},
			{Code: "diameter", Values: []float64{5, 4, math.NaN()}},
			{Code: "custom", Label: hostileCafe, Values: []float64{1, 2, 3}},
		},
		Periods: &Periods{
			Before: "2023", After: "2024",
			New:         []TieChange{{A: "caw-ov", B: "hostile", Before: 0, After: 2}},
			Lost:        []TieChange{{A: "bib", B: "cafe", Before: 1, After: 0}},
			Deepened:    []TieChange{{A: "caw-ov", B: "ocmw-gent", Before: 2, After: 4}},
			Transitions: [6][6]int{{0, 3, 1}, {2, 10, 4, 1}, {0, 1, 9, 3}, {0, 0, 2, 6, 2}, {0, 0, 0, 1, 5, 1}, {0, 0, 0, 0, 0, 2}},
			Centrality:  []CentralityChange{{ID: "caw-ov", Measure: "betweenness", Before: 0.12, After: 0.31}, {ID: "hostile", Measure: "degree", Before: 6, After: 2}},
		},
	}
	for _, p := range r.Partners {
		c.Periods.Names = append(c.Periods.Names, PartnerName{ID: p.ID, Name: p.Name})
	}
	for i := range 70 {
		c.Periods.Weakened = append(c.Periods.Weakened, TieChange{A: "cm", B: r.Partners[i%25].ID, Before: 3, After: 2})
	}
	return c
}

func TestComparePageIsSafeAndComplete(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteCompare(&b, sampleCompare(lang)); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			checkBalanced(t, page)
			if strings.Contains(page, "<script") {
				t.Error("compare page needs no script, and a hostile name must not become one")
			}
			for _, key := range []string{"cmp_figures", "cmp_profiles", "per_transitions", "per_new", "per_lost", "per_deepened", "per_weakened", "per_central", "cmp_maps", "m_density", "m_deep_share"} {
				if !strings.Contains(page, escapeText(tr(lang, key))) {
					t.Errorf("page lacks %q", tr(lang, key))
				}
			}
			if want := escapeText(tr(lang, "per_title", "2023", "2024")); !strings.Contains(page, want) {
				t.Errorf("page lacks %q", want)
			}
			if !strings.Contains(page, escapeText(tr(lang, "cmp_more", 10))) {
				t.Error("a list of 70 changes is not cut at 60")
			}
			if m := missingMessage.FindString(page); m != "" || strings.Contains(page, "NaN") || strings.Contains(page, "%!") {
				t.Errorf("missing message %q, NaN or bad verb in page", m)
			}
			if !strings.Contains(page, "Huis van het Kind") && !strings.Contains(page, "CAW Oost-Vlaanderen") {
				t.Error("partner ids not turned into names")
			}
		})
	}
}

// escapeText escapes s as html/template does in text.
func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
