package chart

import (
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"
)

// elements parses svg as strict XML and counts start elements by
// "name.class" and by name.
func elements(t *testing.T, svg string) map[string]int {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	d.Strict = true
	got := map[string]int{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, svg)
		}
		if se, ok := tok.(xml.StartElement); ok {
			got[se.Name.Local]++
			for _, a := range se.Attr {
				if a.Name.Local == "class" {
					for _, c := range strings.Fields(a.Value) {
						got[se.Name.Local+"."+c]++
					}
				}
			}
		}
	}
	return got
}

func TestDepthProfileDrawsOneBarPerRung(t *testing.T) {
	counts := [6]int{4, 10, 7, 5, 2, 1}
	tests := []struct {
		name string
		o    DepthOptions
		bars int
	}{
		{"rungs one to five by default", DepthOptions{}, 5},
		{"rung zero too when asked", DepthOptions{ShowNone: true}, 6},
		{"compact keeps the bars", DepthOptions{Compact: true}, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			svg := DepthProfile(counts, "nl", tc.o)
			if got := elements(t, svg)["rect.bar"]; got != tc.bars {
				t.Errorf("bars = %d, want %d", got, tc.bars)
			}
			if svg != DepthProfile(counts, "nl", tc.o) {
				t.Error("same input gave different output")
			}
		})
	}
	nl := DepthProfile(counts, "nl", DepthOptions{})
	for _, want := range []string{"kennismaking", "afstemming", "40%"} {
		if !strings.Contains(nl, want) {
			t.Errorf("Dutch chart lacks %q", want)
		}
	}
	if en := DepthProfile(counts, "en", DepthOptions{}); !strings.Contains(en, "alignment") {
		t.Error("English chart lacks rung name alignment")
	}
}

func TestDepthProfileOfNoTiesIsStillAChart(t *testing.T) {
	// No ties: the five bars are still drawn (a sliver each, no division by
	// zero), each saying 0 and 0%, and the rungs still named.
	svg := DepthProfile([6]int{}, "en", DepthOptions{})
	got := elements(t, svg)
	if got["rect.bar"] != 5 || got["text.count"] != 5 || got["text.rung-name"] != 5 {
		t.Errorf("elements of an empty profile: %v", got)
	}
	if n := strings.Count(svg, ">0 · 0%<"); n != 5 {
		t.Errorf("%d bars say 0 · 0%%, want 5", n)
	}
	for _, bad := range []string{"NaN", "Inf", `height="-`, "%!"} {
		if strings.Contains(svg, bad) {
			t.Errorf("empty profile holds %q", bad)
		}
	}
	if !strings.Contains(svg, "integration") {
		t.Error("empty profile does not name the rungs")
	}
	// No cases: one empty cell's frame, with its title and nothing drawn.
	m := SmallMultiples(nil, nil, "en")
	if got := elements(t, m); got["svg.small-multiples"] != 1 || got["title"] != 1 || len(got) != 4 ||
		!strings.Contains(m, `viewBox="0 0 200 178"`) {
		t.Errorf("small multiples of no case: %v\n%s", got, m)
	}
}

func TestHeatmapEscapesLabelsAndMarksEmptyCells(t *testing.T) {
	rows := []string{"CAW", `<script>alert(1)</script>`, `Café "De Brug" & co`}
	vals := [][]float64{{3.5, 1.2, math.NaN()}, {1.2, 2, 1}, {math.NaN(), 1, 4.8}}
	counts := [][]int{{3, 2, 0}, {2, 1, 1}, {0, 1, 1}}
	svg := Heatmap(rows, rows, vals, counts, "nl")
	got := elements(t, svg)
	if got["g.cell"] != 9 {
		t.Errorf("cells = %d, want 9", got["g.cell"])
	}
	if strings.Contains(svg, "<script") {
		t.Error("hostile label not escaped")
	}
	if !strings.Contains(svg, "3,5") || !strings.Contains(svg, "geen banden") {
		t.Error("Dutch heat map lacks decimal comma or empty-cell note")
	}
	if strings.Contains(svg, "NaN") {
		t.Error("NaN printed")
	}
}

func TestTransitionMatrixHasThirtySixCells(t *testing.T) {
	var c [6][6]int
	c[1][2], c[2][2], c[3][1] = 4, 7, 2
	svg := TransitionMatrix(c, "en", "2023 & before", "2024")
	if got := elements(t, svg)["g.cell"]; got != 36 {
		t.Errorf("cells = %d, want 36", got)
	}
}

func TestCircleMapHasGraphvizShape(t *testing.T) {
	nodes := []MapNode{{ID: "caw", Name: "CAW Oost", Sector: "CAW", Core: true}, {ID: "x&y", Name: `"><b>`, Sector: "Vrije tijd"}, {ID: "ocmw", Name: "OCMW", Sector: "OCMW", Core: true}}
	edges := []MapEdge{{A: "caw", B: "x&y", Depth: 3}, {A: "caw", B: "ocmw", Depth: 1}, {A: "caw", B: "gone", Depth: 1}}
	svg := CircleMap(nodes, edges, "en")
	got := elements(t, svg)
	if got["g.node"] != 3 || got["g.edge"] != 2 {
		t.Errorf("nodes %d edges %d, want 3 and 2", got["g.node"], got["g.edge"])
	}
	if !strings.Contains(svg, "<title>caw--x&amp;y</title>") {
		t.Error("edge title not in Graphviz form a--b")
	}
}

func TestSparklineSkipsNaN(t *testing.T) {
	svg := Sparkline([]float64{1, math.NaN(), 3, 2}, 80, 20)
	if got := elements(t, svg)["polyline"]; got != 1 {
		t.Errorf("polylines = %d", got)
	}
}

func TestNumberFollowsLanguage(t *testing.T) {
	tests := []struct {
		v    float64
		d    int
		lang string
		want string
	}{
		{0.3125, 2, "nl", "0,31"}, {0.3125, 2, "en", "0.31"}, {-0.001, 1, "en", "0.0"}, {math.NaN(), 1, "nl", "–"}, {12, 0, "nl", "12"},
	}
	for _, tc := range tests {
		if got := Number(tc.v, tc.d, tc.lang); got != tc.want {
			t.Errorf("Number(%v, %d, %s) = %q, want %q", tc.v, tc.d, tc.lang, got, tc.want)
		}
	}
	if got := Percent(0.314, "nl"); got != "31%" {
		t.Errorf("Percent = %q", got)
	}
}
