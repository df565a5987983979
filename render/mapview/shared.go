package mapview

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
)

// Shared is what the maps of one comparison hold in common (Data.Shared), so
// that a colour and a place mean the same in every panel of a compare page.
// The zero value changes nothing.
type Shared struct {
	// Colours fixes the fill of each sector ("#RRGGBB", from
	// SectorColours over every compared case); a sector not in it is drawn
	// in the grey of "other". Used when the map is coloured by sector.
	Colours map[string]string
	// Legend names the colours in the order the legend lists them (from
	// SectorColours); the map's legend shows those its partners use.
	Legend []SectorSwatch
	// The rest is set by PinWaves: every partner at its place in one layout
	// of the union of the waves, new partners marked, and the partners of
	// other waves drawn faint ("ghosts") so that every wave has one frame.
	union    map[string]node // partner id → node of the union layout (place, size, font)
	isolated map[string]bool // partners without a tie in any wave
	shelf    [2]float64      // shelfTop, shelfLeft of the union layout
	hasShelf bool
	large    bool            // the union's node and label sizes are those of a large map
	newIDs   map[string]bool // partners not in the wave before this one
}

// SectorSwatch is one colour of a shared sector legend: the sectors (one,
// or a family sharing a first word, or the smallest sharing grey) drawn in
// Colour. Name is what the legend says: the sector, the family's first word
// followed by " …", or "" for the grey of "other" (the map and the page say
// it in their language).
type SectorSwatch struct {
	Name    string
	Colour  string
	Sectors []string // sorted
	Other   bool
}

// sharedColours are the fills of the non-core sectors of a comparison: Paul
// Tol's "light" scheme after its three core colours (see style.go), then
// rose and purple of his "muted" scheme and pale green and pale blue of his
// "pale" scheme (https://personal.sron.nl/~pault/, 2021), all light enough
// for black text and distinct from the tie marks' red, magenta and blue.
var sharedColours = []string{"#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00", "#CC6677", "#AA4499", "#CCDDAA", "#BBCCEE"}

// ghostFill is the fill of a partner of another wave (data-marks
// "fill-#FDFDFD"); the compare page draws those faint.
const ghostFill = "#FDFDFD"

// SectorWeight is what ranks a sector when not every sector can have a
// colour of its own: its partners and its ties, summed over the maps of a
// comparison (SectorWeights).
type SectorWeight struct {
	// Partners counts the sector's partners on each map, summed over the
	// maps (a partner on three maps counts three times).
	Partners int
	// Ties counts, on each map and summed over the maps, the ties drawn
	// with an end at a partner of the sector: the sum of its partners'
	// ties (a tie between two of its partners counts twice).
	Ties int
	// Family is the core family of the sector (its partners'
	// Partner.Family), "" for another sector.
	Family string
}

// SectorWeights sums the partners and ties of every sector over ds, the
// maps of a comparison (or one map): see SectorWeight. A tie whose end is
// not a partner of its map counts for no sector.
func SectorWeights(ds ...Data) map[string]SectorWeight {
	out := map[string]SectorWeight{}
	for _, d := range ds {
		sectorOf := make(map[string]string, len(d.Partners))
		for _, p := range d.Partners {
			sectorOf[p.ID] = p.Sector
			w := out[p.Sector]
			w.Partners++
			w.Family = cmp.Or(w.Family, p.Family)
			out[p.Sector] = w
		}
		for _, t := range d.Ties {
			for _, end := range [2]string{t.A, t.B} {
				if s, ok := sectorOf[end]; ok {
					w := out[s]
					w.Ties++
					out[s] = w
				}
			}
		}
	}
	return out
}

// SectorColoursOf gives every sector of the maps ds one colour, the same
// in every map: the rule of sectorColours over SectorWeights(ds...). The
// single map (palette) and every compare page (waves, periods,
// cross-section) colour their sectors with it.
func SectorColoursOf(ds ...Data) (map[string]string, []SectorSwatch) {
	return sectorColours(SectorWeights(ds...))
}

// SectorColours is SectorColoursOf for counts of partners per sector
// alone (every sector without ties).
func SectorColours(counts map[string]int) (map[string]string, []SectorSwatch) {
	w := make(map[string]SectorWeight, len(counts))
	for s, n := range counts {
		w[s] = SectorWeight{Partners: n}
	}
	return sectorColours(w)
}

// sectorColours is the one colour rule of every map (docs: README "Map
// colours"). The core sectors keep their family's fixed colour (CAW,
// OCMW, DMW: SectorWeight.Family, so that a CPAS takes OCMW's; a family
// with several sectors has one swatch naming them all). The other sectors
// take the nine colours of sharedColours, in sorted order of their names,
// when they fit. When they do not, sectors sharing a first word
// (case-insensitive: "Onderwijs basis", "Onderwijs secundair") share a
// colour as a family, named "word …". When the groups (families, or
// sectors alone) still do not fit, they are ranked by partners, then ties
// (a family: summed over its sectors), then name, and the first eight keep
// a colour, given in sorted order of their names; the rest share the grey
// of "other", the same in every panel. The legend lists the core sectors,
// then the others in colour order, then "other".
func sectorColours(weights map[string]SectorWeight) (map[string]string, []SectorSwatch) {
	colours := map[string]string{}
	var legend []SectorSwatch
	// familyOf is the core family of sector s, or "".
	familyOf := func(s string) string {
		if f := weights[s].Family; coreColours[f] != "" {
			return f
		}
		if coreColours[s] != "" {
			return s
		}
		return ""
	}
	coreOf := map[string][]string{}
	for s := range weights {
		if f := familyOf(s); f != "" {
			coreOf[f] = append(coreOf[f], s)
		}
	}
	for _, f := range []string{"CAW", "OCMW", "DMW"} {
		ss := coreOf[f]
		if len(ss) == 0 {
			continue
		}
		slices.Sort(ss)
		for _, s := range ss {
			colours[s] = coreColours[f]
		}
		legend = append(legend, SectorSwatch{Name: strings.Join(ss, ", "), Colour: coreColours[f], Sectors: ss})
	}
	type group struct {
		name    string
		sectors []string
		w       SectorWeight
	}
	var rest []string
	for s := range weights {
		if familyOf(s) == "" {
			rest = append(rest, s)
		}
	}
	slices.Sort(rest)
	groups := make([]group, 0, len(rest))
	for _, s := range rest {
		groups = append(groups, group{name: cmp.Or(s, "?"), sectors: []string{s}, w: weights[s]})
	}
	if len(groups) > len(sharedColours) {
		byFamily := map[string]*group{}
		var order []string
		for _, s := range rest {
			f := family(s)
			g, ok := byFamily[f]
			if !ok {
				g = &group{name: cmp.Or(firstWord(s), "?")}
				byFamily[f] = g
				order = append(order, f)
			}
			g.sectors = append(g.sectors, s)
			g.w.Partners += weights[s].Partners
			g.w.Ties += weights[s].Ties
		}
		groups = groups[:0]
		for _, f := range order {
			g := *byFamily[f]
			if len(g.sectors) > 1 {
				g.name += " …"
			} else {
				g.name = cmp.Or(g.sectors[0], "?")
			}
			groups = append(groups, g)
		}
	}
	var other []string
	if len(groups) > len(sharedColours) {
		// The first by rank keep a colour; one is left for the grey.
		ranked := slices.Clone(groups)
		slices.SortFunc(ranked, func(a, b group) int {
			return cmp.Or(cmp.Compare(b.w.Partners, a.w.Partners), cmp.Compare(b.w.Ties, a.w.Ties),
				strings.Compare(a.name, b.name), strings.Compare(a.sectors[0], b.sectors[0]))
		})
		keep := map[string]bool{}
		for _, g := range ranked[:len(sharedColours)-1] {
			keep[g.sectors[0]] = true
		}
		kept := groups[:0]
		for _, g := range groups {
			if keep[g.sectors[0]] {
				kept = append(kept, g)
			} else {
				other = append(other, g.sectors...)
			}
		}
		groups = kept
	}
	for i, g := range groups {
		for _, s := range g.sectors {
			colours[s] = sharedColours[i]
		}
		legend = append(legend, SectorSwatch{Name: g.name, Colour: sharedColours[i], Sectors: g.sectors})
	}
	if len(other) > 0 {
		slices.Sort(other)
		for _, s := range other {
			colours[s] = otherColour
		}
		legend = append(legend, SectorSwatch{Colour: otherColour, Sectors: other, Other: true})
	}
	return colours, legend
}

// firstWord is a sector's first word: up to the first space, hyphen,
// slash, underscore or full stop.
func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("-/_.", r) }); i > 0 {
		return s[:i]
	}
	return s
}

// family is the key sectors of one family share: the first word, case-folded.
func family(s string) string { return strings.ToLower(firstWord(s)) }

// sharedPalette colours the partners by d.Shared's sector colours (palette's
// hook); ok is false when there are none or the map is not coloured by
// sector.
func sharedPalette(d *Data, w words) (fill map[int]string, title string, legend []swatch, ok bool) {
	if d.Shared == nil || d.Shared.Colours == nil || (d.ColorBy != "" && d.ColorBy != "sector") {
		return nil, "", nil, false
	}
	fill = make(map[int]string, len(d.Partners))
	for i, p := range d.Partners {
		fill[i] = cmp.Or(d.Shared.Colours[p.Sector], otherColour)
	}
	for _, s := range d.Shared.Legend {
		if !s.Other && s.Colour != otherColour {
			legend = append(legend, swatch{s.Name, s.Colour})
		}
	}
	// Sectors missing from Colours are grey too: the legend says "other"
	// once, last (drawLegend shows it only when a partner is grey).
	legend = append(legend, swatch{w.other, otherColour})
	return fill, w.colour, legend, true
}

// maxUnionTies bounds the ties the union layout of PinWaves is given (the
// deepest, then in pair order): each wave draws at most 5,000 ties, and 50
// waves could otherwise give the layout a quarter of a million.
const maxUnionTies = 10_000

// PinWaves lays out the union of the partners and ties of the waves ds
// once (a tie at its deepest rung over the waves) and pins every map of ds
// to it: a partner is at the same place in every wave, drawn at one size
// (the union's; SizeBy is not shown), a partner not in the wave before is
// marked "+", and the partners of the other waves are drawn faint where
// they stand ("ghosts", fill ghostFill), so that every map has the same
// frame. With Title and Subtitle empty (the title's height grows with the
// legend), a partner has the same SVG coordinates in every map. It sets
// ds[i].Shared (keeping its Colours and Legend). Errors: the union's bad
// data or failed layout, as Draw's; ctx as Draw's.
func PinWaves(ctx context.Context, ds []Data) error {
	if len(ds) == 0 {
		return nil
	}
	union := Data{Lang: ds[0].Lang, Engine: ds[0].Engine}
	at := map[string]int{}
	for _, d := range ds {
		for _, p := range d.Partners {
			q := Partner{ID: p.ID, Label: p.Label, Sector: p.Sector, Core: p.Core}
			if i, ok := at[p.ID]; ok {
				union.Partners[i] = q // the latest wave names it
				continue
			}
			at[p.ID] = len(union.Partners)
			union.Partners = append(union.Partners, q)
		}
	}
	deepest := map[[2]string]int{}
	for _, d := range ds {
		for _, t := range d.Ties {
			a, b := t.A, t.B
			if b < a {
				a, b = b, a
			}
			if _, okA := at[a]; !okA || a == b || t.Depth < 1 {
				continue
			}
			if _, okB := at[b]; !okB {
				continue
			}
			deepest[[2]string{a, b}] = max(deepest[[2]string{a, b}], min(t.Depth, 5))
		}
	}
	for k, depth := range deepest {
		union.Ties = append(union.Ties, Tie{A: k[0], B: k[1], Depth: depth})
	}
	slices.SortFunc(union.Ties, func(x, y Tie) int {
		return cmp.Or(cmp.Compare(y.Depth, x.Depth), strings.Compare(x.A, y.A), strings.Compare(x.B, y.B))
	})
	if len(union.Ties) > maxUnionTies {
		union.Ties = union.Ties[:maxUnionTies]
	}
	p, err := newPlan(union)
	if err != nil {
		return err
	}
	// Every node as wide as its widest label ("+ name"), so that no wave's
	// label needs more room than the union gave it.
	for i, pa := range p.d.Partners {
		wide := pa
		wide.Label = "+ " + cmp.Or(pa.Label, pa.ID)
		nd := p.partnerNode(wide, 0.35)
		p.nodes[i].w, p.nodes[i].h, p.nodes[i].font, p.nodes[i].lines = nd.w, nd.h, nd.font, nd.lines
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := p.layout(ctx); err != nil {
		return err
	}
	nodes := make(map[string]node, len(p.nodes))
	for i, pa := range p.d.Partners {
		nodes[pa.ID] = p.nodes[i]
	}
	isolated := map[string]bool{}
	linked := map[string]bool{}
	for _, t := range union.Ties {
		linked[t.A], linked[t.B] = true, true
	}
	for _, pa := range union.Partners {
		if !linked[pa.ID] {
			isolated[pa.ID] = true
		}
	}
	var before map[string]bool
	for i := range ds {
		sh := &Shared{union: nodes, isolated: isolated, shelf: [2]float64{p.shelfTop, p.shelfLeft}, hasShelf: p.hasShelf, large: p.large}
		if old := ds[i].Shared; old != nil {
			sh.Colours, sh.Legend = old.Colours, old.Legend
		}
		here := map[string]bool{}
		for _, pa := range ds[i].Partners {
			here[pa.ID] = true
		}
		if before != nil {
			sh.newIDs = map[string]bool{}
			for id := range here {
				if !before[id] {
					sh.newIDs[id] = true
				}
			}
		}
		before = here
		ds[i].Shared = sh
	}
	return nil
}

// pin places every node of a map pinned by PinWaves (layout's hook): at the
// union's place and size, new partners marked "+", the union's other
// partners added as ghosts. ok is false, and nothing changes, when the map
// is not pinned or has a node the union does not know (an object).
func (p *plan) pin() (ok bool) {
	sh := p.d.Shared
	if sh == nil || sh.union == nil {
		return false
	}
	for _, n := range p.nodes {
		if _, known := sh.union[n.id]; !known || n.shape == shapeHexagon {
			return false
		}
	}
	maxW := 110.0
	if sh.large {
		maxW = 90
	}
	here := map[string]bool{}
	shelved := false
	for i := range p.nodes {
		n := &p.nodes[i]
		u := sh.union[n.id]
		here[n.id] = true
		shelved = shelved || sh.isolated[n.id]
		n.x, n.y, n.w, n.h, n.font = u.x, u.y, u.w, u.h, u.font
		// Lines no wider than the union's node holds (see partnerNode).
		room := min(maxW, (u.w-8)/1.15)
		if u.shape == shapeBox {
			room = min(maxW, u.w-14)
		}
		if sh.newIDs[n.id] {
			n.lines = wrap("+ "+n.label, n.font, room, 3)
			n.tooltip = capRunes(n.tooltip+"\n"+p.words.newHere, maxTip, "…")
		} else {
			n.lines = wrap(n.label, n.font, room, 3)
		}
	}
	ids := make([]string, 0, len(sh.union))
	for id := range sh.union {
		if !here[id] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		u := sh.union[id]
		g := node{name: u.name, id: u.id, shape: u.shape, label: u.label, font: u.font, w: u.w, h: u.h,
			x: u.x, y: u.y, fill: ghostFill, tooltip: capRunes(u.label+"\n"+p.words.notHere, maxTip, "…")}
		g.lines = u.lines // as the union drew it: "+ name", within its node
		if len(g.lines) > 0 {
			g.lines = wrap("("+u.label+")", u.font, textBlockWidth(u.lines, u.font), 3)
		}
		p.nodes = append(p.nodes, g)
	}
	p.hasShelf = sh.hasShelf && shelved
	p.shelfTop, p.shelfLeft = sh.shelf[0], sh.shelf[1]
	return true
}

// textBlockWidth is the width of the widest of lines at font.
func textBlockWidth(lines []string, font float64) float64 {
	w, _ := textBlock(lines, font)
	return w
}
