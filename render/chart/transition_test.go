package chart

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestTransitionFlowDrawsEveryCountOnceAndToScale(t *testing.T) {
	counts := [6][6]int{
		{0, 7, 3, 0, 0, 0},
		{4, 20, 6, 1, 0, 0},
		{2, 5, 30, 8, 0, 0},
		{0, 0, 3, 12, 4, 1},
		{0, 0, 0, 1, 6, 2},
		{0, 0, 0, 0, 0, -3}, // not a count: drawn as none
	}
	svg := TransitionFlow(counts, "nl", "2023", "2024 <nieuw>")
	elements(t, svg) // well-formed
	var got [6][6]int
	re := regexp.MustCompile(`<path class="flow" data-from="(\d)" data-to="(\d)" data-count="(\d+)"`)
	for _, m := range re.FindAllStringSubmatch(svg, -1) {
		i, _ := strconv.Atoi(m[1])
		j, _ := strconv.Atoi(m[2])
		n, _ := strconv.Atoi(m[3])
		got[i][j] += n
	}
	want := counts
	want[5][5] = 0
	if got != want {
		t.Errorf("bands %v, want %v", got, want)
	}
	// Each rung box is as tall as its pairs: one scale for both columns.
	boxes := regexp.MustCompile(`<rect class="rung-box rung-(\d)" x="[-0-9.]+" y="[-0-9.]+" width="[-0-9.]+" height="([-0-9.]+)"[^>]*><title>[^<]*: (\d+)</title>`).FindAllStringSubmatch(svg, -1)
	if len(boxes) != 5+6 {
		t.Fatalf("%d rung boxes, want 11 (rungs 0-4 before, 0-5 after)", len(boxes))
	}
	k := -1.0
	for _, b := range boxes {
		h, _ := strconv.ParseFloat(b[2], 64)
		n, _ := strconv.ParseFloat(b[3], 64)
		if n >= 10 { // thin boxes are rounded to a visible pixel
			if k < 0 {
				k = h / n
			} else if r := h / n / k; r < 0.97 || r > 1.03 {
				t.Errorf("rung %s: %g px for %g pairs, %g px per pair elsewhere", b[1], h, n, k)
			}
		}
	}
	if !strings.Contains(svg, "2024 &lt;nieuw&gt;") {
		t.Error("a column name is not escaped")
	}
	if svg != TransitionFlow(counts, "nl", "2023", "2024 <nieuw>") {
		t.Error("same input gave different output")
	}
}

func TestTransitionFlowWithoutPairsSaysSo(t *testing.T) {
	svg := TransitionFlow([6][6]int{}, "en", "a", "b")
	if strings.Contains(svg, `class="flow"`) || !strings.Contains(svg, "No pairs") {
		t.Errorf("empty picture: %s", svg)
	}
}

func TestTransitionFlowKeepsRungLabelsApart(t *testing.T) {
	// Thin rungs next to each other: their labels must not touch.
	var counts [6][6]int
	counts[0][0], counts[1][1], counts[2][2], counts[3][3], counts[4][4], counts[5][5] = 1000, 1, 1, 1, 1, 1
	svg := TransitionFlow(counts, "en", "a", "b")
	ys := map[string][]float64{}
	for _, m := range regexp.MustCompile(`<text x="([-0-9.]+)" y="([-0-9.]+)" font-size="12" text-anchor="(start|end)" fill="#1a1a1a" class="rung-total">`).FindAllStringSubmatch(svg, -1) {
		y, _ := strconv.ParseFloat(m[2], 64)
		ys[m[3]] = append(ys[m[3]], y)
	}
	for side, list := range ys {
		if len(list) != 6 {
			t.Fatalf("%s: %d labels, want 6", side, len(list))
		}
		for i := 1; i < len(list); i++ {
			if list[i]-list[i-1] < 12 {
				t.Errorf("%s: labels %d and %d only %g px apart", side, i-1, i, list[i]-list[i-1])
			}
		}
	}
	if h := regexp.MustCompile(`height="([-0-9.]+)"`).FindStringSubmatch(svg); h == nil {
		t.Fatal("no height")
	} else if v, _ := strconv.ParseFloat(h[1], 64); v < ys["end"][5] {
		t.Errorf("picture %g px high, its last label at %g", v, ys["end"][5])
	}
}

func TestSmallMultiplesTitlesStayInTheirCell(t *testing.T) {
	names := []string{"Samenwerkingsverband Geïntegreerd Breed Overleg Maasvallei-Noord en omstreken", "GBO Gent", "Een_naam_zonder_spaties_die_veel_te_lang_is_voor_een_cel"}
	svg := SmallMultiples(names, make([][6]int, 3), "nl")
	elements(t, svg)
	titles := regexp.MustCompile(`(?s)<text class="multiple-title" x="([-0-9.]+)"[^>]*><title>([^<]*)</title>(.*?)</text>`).FindAllStringSubmatch(svg, -1)
	if len(titles) != 3 {
		t.Fatalf("%d titles, want 3", len(titles))
	}
	for i, m := range titles {
		if m[2] != esc(names[i]) {
			t.Errorf("title %d holds %q, want the whole name", i, m[2])
		}
		lines := regexp.MustCompile(`<tspan[^>]*>([^<]*)</tspan>`).FindAllStringSubmatch(m[3], -1)
		if len(lines) == 0 || len(lines) > 2 {
			t.Errorf("name %d in %d lines, want 1 or 2", i, len(lines))
		}
		for _, l := range lines {
			// 200 px cells, a bold 13 px font: at most the cell's width.
			if w := textWidth(l[1], 13*1.12); w > 190 {
				t.Errorf("name %d: line %q is %g px wide, the cell 200", i, l[1], w)
			}
		}
	}
}

func TestHeatmapLegendFitsTheChart(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		svg := Heatmap([]string{"A"}, []string{"B"}, [][]float64{{2}}, nil, lang)
		width, _ := strconv.ParseFloat(regexp.MustCompile(`width="([-0-9.]+)"`).FindStringSubmatch(svg)[1], 64)
		height, _ := strconv.ParseFloat(regexp.MustCompile(`height="([-0-9.]+)"`).FindStringSubmatch(svg)[1], 64)
		legend := svg[strings.Index(svg, `<g class="legend">`):]
		for _, m := range regexp.MustCompile(`<text x="([-0-9.]+)" y="([-0-9.]+)" font-size="11"[^>]*>([^<]*)</text>`).FindAllStringSubmatch(legend, -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			// Measured generously (fonts run wider than the estimate).
			if end := x + 1.15*textWidth(m[3], 11); end > width {
				t.Errorf("%s: legend %q ends at %g, the chart is %g wide", lang, m[3], end, width)
			}
			if y+4 > height {
				t.Errorf("%s: legend %q at y %g, the chart is %g high", lang, m[3], y, height)
			}
		}
	}
}
