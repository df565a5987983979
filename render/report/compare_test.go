package report

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"strings"
	"testing"
)

func sampleCompare(lang string) Compare {
	r := sampleReport(lang)
	c := Compare{
		Lang: lang, Generated: "2025-06-30", Trend: true, Shared: math.NaN(),
		Analysis: []byte(`{"cases":[{"name":` + jsonString(hostileScript) + `,"warnings":["</script><script>alert(2)</script>\u2028&"]}]}`),
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
	for _, lang := range []string{"nl", "en", "fr"} {
		t.Run(lang, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteCompare(&b, sampleCompare(lang)); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			checkBalanced(t, page)
			if n := strings.Count(page, "<script"); n != 1 || !strings.Contains(page, `<script type="application/json" id="gbo-analysis">`) {
				t.Errorf("%d scripts: the page has one, its analysis as JSON, and a hostile name must not become another", n)
			}
			m := regexp.MustCompile(`(?s)id="gbo-analysis">(.*?)</script>`).FindStringSubmatch(page)
			var doc struct {
				Cases []struct {
					Name     string   `json:"name"`
					Warnings []string `json:"warnings"`
				} `json:"cases"`
			}
			if m == nil || json.Unmarshal([]byte(m[1]), &doc) != nil || len(doc.Cases) != 1 || doc.Cases[0].Name != hostileScript ||
				doc.Cases[0].Warnings[0] != "</script><script>alert(2)</script>\u2028&" {
				t.Errorf("the embedded analysis does not read back as given: %v", m)
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

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// compareCases is a comparison of several cases, as the CLI makes it.
func compareCases(lang string, trend bool, shared float64) Compare {
	return Compare{Lang: lang, Trend: trend, Waves: trend, Shared: shared, Analysis: []byte(`{"cases":[]}`),
		Cases: []CaseColumn{
			{Name: "Jeugdnetwerk Oost", AsOf: "2042-03-14", DepthProfile: [6]int{1, 2, 3, 0, 0, 0},
				Notes: []string{"interactions.csv:72:1: the latest event, on 2042-03-14, lies far beyond", "partners.csv:8:1: partner \"x\" has no events"}},
			{Name: "Sportclubs", AsOf: "", DepthProfile: [6]int{0, 1, 1, 1, 1, 0}},
		},
		Measures: []MeasureRow{{Code: "partners", Values: []float64{7, 4}}, {Code: "ties", Values: []float64{6, 4}}},
	}
}

// Several cases: each its own as-of date (a case of ratings only in
// words), each its own remarks, counted, never "no remarks" for a case
// with warnings; a trend only for waves of one partnership.
func TestCompareCasesRemarksDatesTrend(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		for _, trend := range []bool{false, true} {
			var b bytes.Buffer
			if err := WriteCompare(&b, compareCases(lang, trend, map[bool]float64{false: 0.1, true: 0.95}[trend])); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			checkBalanced(t, page)
			foot := page[strings.Index(page, "<footer>"):]
			for _, want := range []string{date(lang, "2042-03-14"), tr(lang, "cmpx_no_as_of")} {
				if !strings.Contains(foot, want) || strings.Count(page, want) < 2 {
					t.Errorf("%s: as-of %q not in the table and the footer", lang, want)
				}
			}
			if got := strings.Count(page, `<div class="case-notes">`); got != 2 {
				t.Errorf("%s: %d lists of remarks, want 2", lang, got)
			}
			first := page[strings.Index(page, "<h3>Jeugdnetwerk Oost</h3>"):strings.Index(page, "<h3>Sportclubs</h3>")]
			if strings.Contains(first, tr(lang, "cmpx_notes_none")) || !strings.Contains(first, tr(lang, "cmpx_notes_n", "2")) ||
				strings.Count(first, "<li>") != 2 {
				t.Errorf("%s: the case with two warnings: %s", lang, first)
			}
			if strings.Contains(page, tr(lang, "notes_none")) {
				t.Errorf("%s: a page with warnings says there are none", lang)
			}
			if got := strings.Contains(page, `class="trend"`); got != trend {
				t.Errorf("%s: trend line %v, want %v", lang, got, trend)
			}
			key := map[bool]string{false: "cmpx_cross", true: "cmpx_waves"}[trend]
			if !strings.Contains(page, strings.SplitN(tr(lang, key, "X", "Y"), "X", 2)[0]) {
				t.Errorf("%s: the page does not say how the cases are read (%s)", lang, key)
			}
		}
	}
	var b bytes.Buffer
	if err := WriteCompare(&b, Compare{Analysis: []byte("{")}); err == nil || !strings.Contains(err.Error(), "not valid JSON") || b.Len() > 0 {
		t.Errorf("a page with an analysis that is not JSON: %v, %d bytes written", err, b.Len())
	}
}

// Waves show who joined and left (ids) and the weak links that appeared
// and disappeared (counts), in the table and in words; a cross-section
// shows none, and says its partnerships share no or few partners. The
// Dutch page never says "casus" or "case" and writes decimal commas.
func TestCompareWaveChangesAndWords(t *testing.T) {
	for _, lang := range []string{"en", "nl", "fr"} {
		for _, waves := range []bool{false, true} {
			c := compareCases(lang, waves, map[bool]float64{false: 0, true: 0.9}[waves])
			c.Changes = []WaveChange{{From: "Jeugdnetwerk Oost", To: "Sportclubs", Joined: []string{"vdab-x", "zz-y"}, Left: []string{"ldc-q"}, WeakAppeared: 6, WeakVanished: 11}}
			c.Measures = append(c.Measures, MeasureRow{Code: "density", Values: []float64{0.2857, 0.5}})
			var b bytes.Buffer
			if err := WriteCompare(&b, c); err != nil {
				t.Fatal(err)
			}
			page := b.String()
			checkBalanced(t, page)
			for key, n := range map[string]string{"cmpx_joined": "2", "cmpx_left": "1", "cmpx_weak_new": "6", "cmpx_weak_gone": "11"} {
				row := "<td>" + escapeText(tr(lang, key)) + `</td><td class="num">–</td><td class="num">` + n + "</td>"
				if got := strings.Contains(page, row); got != waves {
					t.Errorf("%s waves=%v: row %s shown %v", lang, waves, key, got)
				}
			}
			for _, id := range []string{"vdab-x, zz-y", "ldc-q"} {
				if got := strings.Contains(page, id); got != waves {
					t.Errorf("%s waves=%v: ids %s named %v", lang, waves, id, got)
				}
			}
			if !waves {
				if !strings.Contains(page, escapeText(tr(lang, "cmpx_cross_none"))) {
					t.Errorf("%s: a cross-section of unrelated partnerships is not said so", lang)
				}
				if strings.Contains(page, "opeenvolgende") || strings.Contains(page, "consecutive") {
					t.Errorf("%s: unrelated partnerships called consecutive", lang)
				}
			}
			if lang == "nl" {
				// What a reader or screen reader meets: not the analysis,
				// style sheet or class names.
				text := regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|\s(class|id)="[^"]*"`).ReplaceAllString(page, "")
				if m := regexp.MustCompile(`(?i)\b(casus|case|cases)\b`).FindString(text); m != "" {
					t.Errorf("waves=%v: %q on the Dutch page", waves, m)
				}
				if !strings.Contains(page, `<td class="num">0,29</td>`) {
					t.Errorf("waves=%v: density without a decimal comma", waves)
				}
			}
		}
	}
	// A few partners shared: worded as few, with the share.
	var b bytes.Buffer
	if err := WriteCompare(&b, compareCases("en", false, 0.25)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "share few partners (as few as 25%") {
		t.Error("a cross-section sharing a quarter of partners is not worded so")
	}
}
