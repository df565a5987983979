package chart

import (
	"fmt"
	"math"
	"strconv"

	"gbo/graph/locale"
)

// rungColors are the fills of rungs 0..5: grey for "no tie", then ColorBrewer
// YlGnBu from light to dark as collaboration deepens.
var rungColors = [6]string{"#d4d4d4", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"}

// RungColor is the fill for rung r (clamped to 0..5).
func RungColor(r int) string { return rungColors[min(max(r, 0), 5)] }

// scaleStops are the colours of mean depth 0, 1, ..., 5 on the heat map.
var scaleStops = [6][3]float64{
	{255, 255, 217}, {199, 233, 180}, {127, 205, 187}, {65, 182, 196}, {44, 127, 184}, {37, 52, 148},
}

// DepthColor is the colour of a mean depth v in [0, 5], interpolated
// between the rung colours.
func DepthColor(v float64) string {
	if math.IsNaN(v) {
		return "#f2f2f2"
	}
	v = math.Min(math.Max(v, 0), 5)
	i := int(math.Floor(v))
	if i == 5 {
		i = 4
	}
	f := v - float64(i)
	var c [3]int
	for k := range 3 {
		c[k] = int(math.Round(scaleStops[i][k] + f*(scaleStops[i+1][k]-scaleStops[i][k])))
	}
	return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2])
}

// inkOn is the text colour readable on a depth fill of value v.
func inkOn(v float64) string {
	if !math.IsNaN(v) && v >= 3.2 {
		return "#ffffff"
	}
	return "#1a1a1a"
}

// sectorColors is a qualitative palette for partners' sectors on the
// fallback map: Okabe & Ito (2008) first, then Paul Tol's "muted" scheme,
// so that up to 15 sectors get colours of their own.
var sectorColors = []string{
	"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
	"#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
}

// SectorColor is the colour of the i-th sector in sorted order.
func SectorColor(i int) string {
	return sectorColors[((i%len(sectorColors))+len(sectorColors))%len(sectorColors)]
}

// RungNames are a case's own names of rungs 0-5 (case.toml [labels]),
// already in the chart's language; an empty name keeps docs/depth-model.md#rungs's.
type RungNames [6]string

// of is the name of rung r: names's own, or RungName(r, lang).
func (names RungNames) of(r int, lang string) string {
	if r >= 0 && r <= 5 && names[r] != "" {
		return names[r]
	}
	return RungName(r, lang)
}

// ownNames is the first of names, or none.
func ownNames(names []RungNames) RungNames {
	if len(names) > 0 {
		return names[0]
	}
	return RungNames{}
}

// RungName is the name of rung r of the default ladder
// (docs/depth-model.md#rungs) in lang: the catalogue's analysis.rung.<r>
// (graph/locale); a language the catalogue lacks is English, and a rung
// outside 0-5 is its number. It is the one lookup of a rung's name for
// render/report and cmd/gbo (analysisRung); render/workbook and
// render/mapview, which may not import this package (docs/layout.md), keep
// their own.
func RungName(r int, lang string) string {
	if r < 0 || r > 5 {
		return fmt.Sprint(r)
	}
	return locale.T(lang, "analysis.rung."+strconv.Itoa(r))
}
