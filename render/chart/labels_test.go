package chart

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gbo/graph/locale"
)

var rungNameText = regexp.MustCompile(`<text x="([0-9.]+)" y="([0-9.]+)" font-size="([0-9.]+)"[^>]*class="rung-name">([^<]*)</text>`)

// TestRungNamesFitUnderTheirBars pins the kind "a rung name clipped or cut
// under the depth profile": every language's rung names, and a case's long
// own names (many words, a long word), are shown whole under their bar:
// each line no wider than the bar's slot (textWidth measured one point
// larger than drawn), every line inside the chart's height, the lines
// together giving the name.
func TestRungNamesFitUnderTheirBars(t *testing.T) {
	own := RungNames{"no contact", "acquaintance", "sharing knowledge about the clients we both serve",
		"Samenwerkingsafspraken", "commanding jointly with every partner of the network", "merged"}
	type chartCase struct {
		name  string
		rungs RungNames
		lang  string
	}
	var cases []chartCase
	for _, lang := range locale.Languages() {
		cases = append(cases, chartCase{lang, RungNames{}, lang})
	}
	cases = append(cases, chartCase{"own names", own, "en"})
	for _, c := range cases {
		opts := []DepthOptions{{}, {ShowNone: true}, {ShowNone: true, Width: 480, Height: 240}}
		if c.name == "own names" { // the report's chart, with and without rung 0
			opts = opts[:2]
		}
		for _, o := range opts {
			o.Rungs = c.rungs
			svg := DepthProfile([6]int{1, 2, 3, 4, 5, 6}, c.lang, o)
			w, h, first := cmpOr(o.Width, 640), cmpOr(o.Height, 280), 1
			if o.ShowNone {
				first = 0
			}
			slot := w / float64(6-first)
			byX := map[string][]string{}
			var xs []string
			for _, m := range rungNameText.FindAllStringSubmatch(svg, -1) {
				y, _ := strconv.ParseFloat(m[2], 64)
				size, _ := strconv.ParseFloat(m[3], 64)
				line := strings.NewReplacer("&#39;", "'", "&amp;", "&").Replace(m[4])
				if wd := textWidth(line, size+1); wd > slot-4 {
					t.Errorf("%s %v: %q is %.0f wide, the slot %.0f", c.name, o, line, wd, slot-4)
				}
				if y+size*0.3 > h {
					t.Errorf("%s %v: %q at y %.0f runs out of the chart (height %.0f)", c.name, o, line, y, h)
				}
				if _, ok := byX[m[1]]; !ok {
					xs = append(xs, m[1])
				}
				byX[m[1]] = append(byX[m[1]], line)
			}
			if len(xs) != 6-first {
				t.Fatalf("%s %v: %d rung names, want %d", c.name, o, len(xs), 6-first)
			}
			for i, x := range xs {
				if got, want := strings.Join(byX[x], " "), c.rungs.of(first+i, c.lang); got != want {
					t.Errorf("%s %v: rung %d shows %q, want %q", c.name, o, first+i, got, want)
				}
			}
		}
	}
}

func cmpOr(v, def float64) float64 {
	if v > 0 {
		return v
	}
	return def
}
