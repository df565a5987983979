package mapview

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"gbo/graph/locale"
)

// Fill colours come from Paul Tol's "light" qualitative scheme
// (https://personal.sron.nl/~pault/, 2021), made for areas that carry black
// text and distinguishable under the common forms of colour blindness. The
// three core families (casedata.CoreFamily, through Partner.Family) always
// take the first three; other sectors take the rest
// and the further colours of shared.go (sectorColours: in sorted order, then
// by family when there are too many), and pale grey stands for "other" when
// even the families do not fit (ranked by partners, then ties, then name).
var (
	coreColours = map[string]string{"CAW": "#77AADD", "OCMW": "#EE8866", "DMW": "#EEDD88"}
	allColours  = []string{"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"}
	otherColour = "#DDDDDD"
)

// Line colours: ties grow darker and wider with their rung; weak links get a
// dashed overlay in Tol's vibrant red, which no fill uses.
var (
	rungColour = [6]string{"", "#A6A6A6", "#8C8C8C", "#646464", "#3C3C3C", "#141414"}
	rungWidth  = [6]float64{0, 0.8, 1.4, 2.2, 3.2, 4.6}
	weakColour = "#CC3311" // a bridge: the only link (dashes over the tie)
	oneColour  = "#EE3377" // resting on one person (a dot in the middle of the tie)
	thinColour = "#88CCEE" // shallower than it should be (a band under the tie)
	objColour  = "#227788"
	objFill    = "#CFEAE6" // a boundary object
	inkColour  = "#1A1A1A"
	lineColour = "#4D4D4D"
	greyText   = "#5A5A5A"
)

// words holds what the map says in one language, from the catalogue's
// map.* messages (graph/locale; rung names are analysis.rung.*).
type words struct {
	rungs                                   [6]string
	depth, colour, marks                    string
	core, external, bridging, weak, object  string
	boundary, candidate                     string
	community, other, coreOnly, size, sizes string
	noTies                                  string
	// the marks of a tie, and the link of a partner to an object
	bridge, onePerson, thin, objectLink string
	// sep is what stands between a label and its value (": ", in French
	// with a no-break space before the colon)
	sep string
	// newHere and notHere are what a pinned map adds to a partner's
	// tooltip (shared.go)
	newHere, notHere string
	// sizeBy names the measures node size may show
	sizeBy map[string]string
	// lang is the catalogue's language of these words
	lang string
}

// captionSize is the font size of the shelf caption.
func (words) captionSize() float64 { return 10 }

// words are the map's words in l: the catalogue's language for l ("nl",
// "nl-BE" and "NL" are Dutch, "fr" French), English for a language the
// catalogue lacks.
func (l Lang) words() words {
	lang := locale.Or(string(l))
	t := func(key string) string { return locale.T(lang, "map."+key) }
	w := words{
		depth: t("depth"), colour: t("colour"), marks: t("marks"),
		core: t("core"), external: t("external"), bridging: t("bridging"),
		weak: t("weak"), object: t("object"), boundary: t("boundary"), candidate: t("candidate"),
		community: t("community"), other: t("other_group"), coreOnly: t("core_or_external"),
		size: t("size"), sizes: t("communities"), noTies: t("no_ties"),
		bridge: t("bridge"), onePerson: t("one_person"), thin: t("thin"), objectLink: t("object_link"),
		sep: t("sep"), newHere: t("new_in_wave"), notHere: t("not_in_wave"),
		sizeBy: map[string]string{"degree": t("size_degree"), "strength": t("size_strength"), "betweenness": t("size_betweenness")},
		lang:   lang,
	}
	for r := range w.rungs {
		w.rungs[r] = locale.T(lang, "analysis.rung."+strconv.Itoa(r))
	}
	return w
}

// with puts the case's own words (Data.Words) in place of the map's.
func (w words) with(own Words) words {
	if c := capRunes(strings.TrimSpace(clean(own.Core)), maxLegend, "…"); c != "" {
		w.core = c
	}
	for r, n := range own.Rungs {
		if n := capRunes(strings.TrimSpace(clean(n)), maxLegend, "…"); n != "" {
			w.rungs[r] = n
		}
	}
	return w
}

// swatch is one colour entry of the legend.
type swatch struct {
	name, colour string
}

// palette decides the fill of every partner and the colour part of the
// legend, for the colour mode d.ColorBy.
func palette(d *Data, w words) (fill map[int]string, legendTitle string, legend []swatch) {
	if f, t, l, ok := sharedPalette(d, w); ok { // one colour per sector across compared maps (shared.go)
		return f, t, l
	}
	fill = make(map[int]string, len(d.Partners))
	switch d.ColorBy {
	case "core":
		for i, p := range d.Partners {
			fill[i] = "#EEDD88"
			if p.Core {
				fill[i] = "#77AADD"
			}
		}
		return fill, w.coreOnly, []swatch{{w.core, "#77AADD"}, {w.external, "#EEDD88"}}
	case "community":
		count := map[int]int{}
		for _, p := range d.Partners {
			count[p.Community]++
		}
		keys := make([]int, 0, len(count))
		for k := range count {
			keys = append(keys, k)
		}
		named := pickLargest(keys, func(k int) int { return count[k] }, cmp.Compare[int], len(allColours))
		colour := map[int]string{}
		for i, k := range named {
			colour[k] = allColours[i]
			legend = append(legend, swatch{w.community + " " + strconv.Itoa(k), allColours[i]})
		}
		for i, p := range d.Partners {
			fill[i] = cmp.Or(colour[p.Community], otherColour)
		}
		if len(named) < len(keys) {
			legend = append(legend, swatch{w.other, otherColour})
		}
		return fill, w.sizes, legend
	}
	// By sector: the one rule of every map (sectorColours), here over
	// this map's partners and ties.
	colour, swatches := SectorColoursOf(*d)
	for _, sw := range swatches {
		name := sw.Name
		if sw.Other {
			name = w.other
		}
		legend = append(legend, swatch{name, sw.Colour})
	}
	for i, p := range d.Partners {
		fill[i] = cmp.Or(colour[p.Sector], otherColour)
	}
	return fill, w.colour, legend
}

// pickLargest returns at most n keys, the most frequent first chosen (ties
// by key order), and then sorted by key so that colours follow sorted order.
// With room for all, it is simply the sorted keys; the keys left out share
// the "other" colour.
func pickLargest[K any](keys []K, size func(K) int, compare func(a, b K) int, n int) []K {
	slices.SortFunc(keys, compare)
	if len(keys) <= n {
		return keys
	}
	byCount := slices.Clone(keys)
	slices.SortStableFunc(byCount, func(a, b K) int { return cmp.Compare(size(b), size(a)) })
	named := byCount[:n]
	slices.SortFunc(named, compare)
	return named
}
