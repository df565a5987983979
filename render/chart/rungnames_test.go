package chart

import (
	"math"
	"strings"
	"testing"
)

// Every chart that names rungs names them as the case does when given its
// names, and none of docs/depth-model.md#rungs's names it replaced; without names it is
// byte for byte the chart it was.
func TestChartsSpeakTheCasesRungNames(t *testing.T) {
	own := RungNames{"no contact", "aware", "informed", "handing over", "commanding jointly", "merged"}
	var tr [6][6]int
	for i := range 6 {
		for j := range 6 {
			tr[i][j] = i + j
		}
	}
	counts := [6]int{3, 4, 5, 6, 7, 8}
	nan := math.NaN()
	values := [][]float64{{1.5, nan}, {2.5, 4.2}}
	n := [][]int{{2, 0}, {3, 1}}
	for _, lang := range []string{"en", "nl"} {
		charts := map[string][2]string{
			"depth":    {DepthProfile(counts, lang, DepthOptions{ShowNone: true}), DepthProfile(counts, lang, DepthOptions{ShowNone: true, Rungs: own})},
			"multiple": {SmallMultiples([]string{"a"}, [][6]int{counts}, lang), SmallMultiples([]string{"a"}, [][6]int{counts}, lang, own)},
			"heatmap":  {Heatmap([]string{"x", "y"}, []string{"x", "y"}, values, n, lang), Heatmap([]string{"x", "y"}, []string{"x", "y"}, values, n, lang, own)},
			"matrix":   {TransitionMatrix(tr, lang, "before", "after"), TransitionMatrix(tr, lang, "before", "after", own)},
			"flow":     {TransitionFlow(tr, lang, "before", "after"), TransitionFlow(tr, lang, "before", "after", own)},
		}
		for name, c := range charts {
			def, mine := c[0], c[1]
			if name != "multiple" {
				if withEmpty := map[string]string{
					"depth":   DepthProfile(counts, lang, DepthOptions{ShowNone: true, Rungs: RungNames{}}),
					"heatmap": Heatmap([]string{"x", "y"}, []string{"x", "y"}, values, n, lang, RungNames{}),
					"matrix":  TransitionMatrix(tr, lang, "before", "after", RungNames{}),
					"flow":    TransitionFlow(tr, lang, "before", "after", RungNames{}),
				}[name]; withEmpty != def {
					t.Errorf("%s %s: empty names change the chart", lang, name)
				}
			}
			first, last := 1, 5
			if name != "heatmap" && name != "multiple" { // small multiples draw rungs 1-5
				first = 0
			}
			for r := first; r <= last; r++ {
				if !strings.Contains(def, RungName(r, lang)) {
					t.Errorf("%s %s: default chart lacks %q", lang, name, RungName(r, lang))
				}
				if !strings.Contains(mine, own[r]) {
					t.Errorf("%s %s: the case's rung %d %q is not in the chart", lang, name, r, own[r])
				}
				// "none" is a word of other texts too; the others are names only.
				if r > 0 && strings.Contains(mine, RungName(r, lang)) {
					t.Errorf("%s %s: docs/depth-model.md#rungs's %q is still in the chart", lang, name, RungName(r, lang))
				}
			}
		}
	}
}
