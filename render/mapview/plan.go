package mapview

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"gbo/graph/locale"
)

// shape of a node on the map.
type shape int

const (
	shapeBox     shape = iota // core partner
	shapeEllipse              // external partner
	shapeHexagon              // object
)

// node is a partner or an object, sized and styled, before and after layout.
type node struct {
	name     string // DOT node name: "p:" + partner id or "o:" + object id
	id       string // partner or object id, as given
	shape    shape
	label    string   // full label, cleaned
	lines    []string // label, wrapped
	font     float64  // label size in points
	w, h     float64  // size in points
	fill     string
	bridging bool
	verdict  string // objects: boundary_object, candidate, ...
	tooltip  string
	x, y     float64 // centre, in layout points (y up) once laid out
}

// edge is a tie between two partners, or a link from a partner to an object.
type edge struct {
	a, b    int // node indexes
	depth   int // 1..5
	object  bool
	tooltip string
	// marks of a tie: the only link, resting on one person, thinner than
	// it should be
	bridge, onePerson, thin bool
}

// marks are the legend keys of the edge's look, space-separated, for the
// SVG's data-marks: its rung (or object link) and its marks.
func (e edge) marks() string {
	if e.object {
		return "object-link"
	}
	m := "rung-" + strconv.Itoa(e.depth)
	if e.bridge {
		m += " " + string(MarkBridge)
	}
	if e.onePerson {
		m += " " + string(MarkOnePerson)
	}
	if e.thin {
		m += " " + string(MarkThin)
	}
	return m
}

// plan is a map ready to lay out: every node and edge in a fixed order.
type plan struct {
	d           *Data
	words       words
	nodes       []node
	edges       []edge
	colourTitle string
	swatches    []swatch
	engine      string
	large       bool
	hasCore     bool
	hasExternal bool
	hasBridging bool
	// which rungs and tie marks the map shows, for the legend
	hasRung                          [6]bool
	hasBridge, hasOnePerson, hasThin bool
	hasObjectLink                    bool
	hasFill                          map[string]bool // fills of partners on the map
	sizeRange                        string          // " (lo – hi)" of the sizes, for the legend
	// partners without ties sit on a shelf under the drawing, below a
	// caption at shelfTop (layout points, y up)
	hasShelf            bool
	shelfTop, shelfLeft float64
	// which kinds of object the legend explains
	hasBoundary, hasCandidate, hasOtherObject bool
}

// smallMap is the most nodes the default engine lays out with neato; larger
// maps get sfdp.
const smallMap = 150

// engineLimit is the most nodes each engine but sfdp may lay out: their
// cost grows too fast (LIBRARY-NOTES: at 500 nodes neato 3.2 s, dot 0.7 s,
// fdp 27 s, circo > 300 s; neato took 431 s on 3,000 nodes). A layout
// cannot be interrupted once it runs (Graphviz runs as WebAssembly without
// preemption points), so the bound must hold before it starts.
var engineLimit = map[string]int{"neato": 500, "dot": 500, "twopi": 500, "fdp": smallMap, "circo": smallMap}

func newPlan(d Data) (*plan, error) {
	p := &plan{d: &d, words: d.Lang.words().with(d.Words), hasFill: map[string]bool{}}
	d.Partners = slices.Clone(d.Partners)
	slices.SortStableFunc(d.Partners, func(a, b Partner) int { return strings.Compare(a.ID, b.ID) })
	index := make(map[string]int, len(d.Partners))
	for i, pa := range d.Partners {
		if pa.ID == "" {
			return nil, fmt.Errorf("map: a partner has an empty id")
		}
		if i > 0 && d.Partners[i-1].ID == pa.ID {
			return nil, fmt.Errorf("map: partner %q appears twice", pa.ID)
		}
		index[pa.ID] = i
	}
	objects := usedObjects(&d)
	n := len(d.Partners) + len(objects)
	p.large = n > smallMap
	switch d.Engine {
	case "":
		p.engine = "neato"
		if p.large {
			p.engine = "sfdp"
		}
	case "sfdp":
		p.engine = d.Engine
	case "neato", "dot", "twopi", "fdp", "circo":
		if limit := engineLimit[d.Engine]; n > limit {
			return nil, fmt.Errorf("map: engine %s is too slow for %d nodes (at most %d; the default engine, sfdp, draws any size)", d.Engine, n, limit)
		}
		p.engine = d.Engine
	default:
		return nil, fmt.Errorf("map: unknown layout engine %q (want neato, sfdp, dot, twopi, fdp or circo)", d.Engine)
	}
	fill, title, sw := palette(&d, p.words)
	p.colourTitle, p.swatches = title, sw
	sizes, lo, hi := sizeScale(d.Partners, d.SizeBy != "")
	if hi > lo {
		p.sizeRange = " (" + p.figure(lo) + " – " + p.figure(hi) + ")"
	}
	for i, pa := range d.Partners {
		nd := p.partnerNode(pa, sizes[i])
		nd.fill = fill[i]
		p.hasFill[nd.fill] = true
		p.nodes = append(p.nodes, nd)
		p.hasCore = p.hasCore || pa.Core
		p.hasExternal = p.hasExternal || !pa.Core
		p.hasBridging = p.hasBridging || pa.Bridging
	}
	oindex := map[string]int{}
	for _, o := range objects {
		oindex[o.ID] = len(p.nodes)
		p.nodes = append(p.nodes, p.objectNode(o))
	}
	if err := p.addTies(d.Ties, index); err != nil {
		return nil, err
	}
	if err := p.addObjectLinks(d.ObjectLinks, index, oindex); err != nil {
		return nil, err
	}
	return p, nil
}

// hasTies says whether the map draws any tie or object link.
func (p *plan) hasTies() bool {
	return len(p.edges) > 0
}

// usedObjects returns the objects that some link mentions, sorted by id.
func usedObjects(d *Data) []Object {
	used := map[string]bool{}
	for _, l := range d.ObjectLinks {
		used[l.Object] = true
	}
	var out []Object
	seen := map[string]bool{}
	for _, o := range d.Objects {
		if used[o.ID] && !seen[o.ID] {
			seen[o.ID] = true
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b Object) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// sizeScale maps each partner's Size to t in [0, 1] (linear between the
// smallest and largest finite value); t is 0.35 for all when sizes are off
// or all equal. It also returns the smallest and largest value.
func sizeScale(ps []Partner, on bool) (t []float64, lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range ps {
		if !math.IsNaN(p.Size) && !math.IsInf(p.Size, 0) {
			lo, hi = min(lo, p.Size), max(hi, p.Size)
		}
	}
	out := make([]float64, len(ps))
	for i, p := range ps {
		switch {
		case !on || !(hi > lo):
			out[i] = 0.35
		case math.IsNaN(p.Size):
			out[i] = 0
		default:
			out[i] = min(1, max(0, (p.Size-lo)/(hi-lo)))
		}
	}
	return out, lo, hi
}

// partnerNode sizes a partner so that its label fits: area grows linearly
// with t between a minimum and a maximum side (clamped), and the label's
// font grows with it.
func (p *plan) partnerNode(pa Partner, t float64) node {
	font, lo, hi, maxW := 9+3*t, 26.0, 72.0, 110.0
	if p.large {
		font, lo, hi, maxW = 7+2*t, 18, 48, 90
	}
	side := math.Sqrt(lo*lo + t*(hi*hi-lo*lo))
	label := cmp.Or(clean(pa.Label), clean(pa.ID))
	nd := node{name: nodeName("p:", pa.ID), id: pa.ID, label: label, font: font, bridging: pa.Bridging}
	nd.lines = wrap(label, font, maxW, 3)
	tw, th := textBlock(nd.lines, font)
	if pa.Core {
		nd.shape = shapeBox
		nd.w, nd.h = max(tw+14, side), max(th+10, side*0.62)
	} else {
		// An ellipse with semi-axes a = 0.575·tw and b ≈ 1.01·th holds the
		// text block's corners: (tw/2)²/a² + (th/2)²/b² ≤ 1.
		nd.shape = shapeEllipse
		nd.w, nd.h = max(1.15*tw+8, side), max(2.02*th+2, side*0.62)
	}
	nd.tooltip = p.partnerTooltip(pa, label)
	return nd
}

func (p *plan) objectNode(o Object) node {
	font := 9.0
	if p.large {
		font = 7
	}
	label := cmp.Or(clean(o.Label), clean(o.ID))
	nd := node{name: nodeName("o:", o.ID), id: o.ID, label: label, shape: shapeHexagon, font: font}
	nd.lines = wrap(label, font, 100, 3)
	tw, th := textBlock(nd.lines, font)
	nd.h = th + 12
	nd.w = tw + 0.7*nd.h + 8
	nd.fill, nd.verdict = "#FFFFFF", o.Verdict
	switch o.Verdict {
	case "boundary_object":
		nd.fill = objFill
		nd.tooltip = label + "\n" + p.words.boundary
		p.hasBoundary = true
	case "candidate":
		nd.tooltip = label + "\n" + p.words.candidate
		p.hasCandidate = true
	default:
		nd.tooltip = label + "\n" + p.words.object
		if o.Verdict != "" {
			nd.tooltip += ": " + clean(o.Verdict)
		}
		p.hasOtherObject = true
	}
	return nd
}

func textBlock(lines []string, font float64) (w, h float64) {
	for _, l := range lines {
		w = max(w, textWidth(l, font, false))
	}
	return w, float64(len(lines)) * font * lineHeight
}

const lineHeight = 1.18

func (p *plan) partnerTooltip(pa Partner, label string) string {
	var b strings.Builder
	b.WriteString(label)
	if label != clean(pa.ID) {
		b.WriteString(" (" + clean(pa.ID) + ")")
	}
	kind := p.words.external
	if pa.Core {
		kind = p.words.core
	}
	b.WriteString("\n" + cmp.Or(clean(pa.Sector), "?") + " · " + kind)
	for i, f := range pa.Figures {
		if i == maxItems {
			b.WriteString("\n…")
			break
		}
		b.WriteString("\n" + clean(f[0]) + p.words.sep + clean(f[1]))
	}
	if pa.Bridging {
		b.WriteString("\n" + p.words.bridging)
		if len(pa.BridgingReasons) > 0 {
			b.WriteString(": " + cleanJoin(pa.BridgingReasons))
		}
	}
	return capRunes(b.String(), maxTip, "…")
}

func (p *plan) addTies(ties []Tie, index map[string]int) error {
	type key struct{ a, b int }
	seen := map[key]bool{}
	start := len(p.edges)
	for _, t := range ties {
		a, okA := index[t.A]
		b, okB := index[t.B]
		if !okA || !okB {
			return fmt.Errorf("map: tie %q–%q names a partner that is not on the map", t.A, t.B)
		}
		if a == b || t.Depth < 1 {
			continue // self-ties and ties without depth are not drawn
		}
		if b < a {
			a, b = b, a
		}
		if seen[key{a, b}] {
			return fmt.Errorf("map: tie %q–%q appears twice", t.A, t.B)
		}
		seen[key{a, b}] = true
		depth := min(t.Depth, 5)
		tip := p.nodes[a].label + " – " + p.nodes[b].label + "\n" +
			strconv.Itoa(depth) + " " + p.words.rungs[depth]
		if t.Score > 0 && !math.IsInf(t.Score, 0) {
			tip += " (" + p.decimal(t.Score, 2) + ")"
		}
		e := edge{a: a, b: b, depth: depth}
		for _, m := range t.Marks {
			switch m {
			case MarkBridge:
				e.bridge = true
			case MarkOnePerson:
				e.onePerson = true
			case MarkThin:
				e.thin = true
			}
		}
		p.hasRung[depth] = true
		p.hasBridge = p.hasBridge || e.bridge
		p.hasOnePerson = p.hasOnePerson || e.onePerson
		p.hasThin = p.hasThin || e.thin
		for _, m := range []struct {
			on   bool
			text string
		}{{e.bridge, p.words.bridge}, {e.onePerson, p.words.onePerson}, {e.thin, p.words.thin}} {
			if m.on {
				tip += "\n" + m.text
			}
		}
		if len(t.WeakReasons) > 0 {
			tip += "\n" + p.words.weak + p.words.sep + cleanJoin(t.WeakReasons)
		}
		e.tooltip = capRunes(tip, maxTip, "…")
		p.edges = append(p.edges, e)
	}
	slices.SortFunc(p.edges[start:], func(x, y edge) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	return nil
}

func (p *plan) addObjectLinks(links []ObjectLink, index, oindex map[string]int) error {
	start := len(p.edges)
	seen := map[[2]int]int{}
	for _, l := range links {
		a, okA := index[l.Partner]
		o, okO := oindex[l.Object]
		if !okA || !okO {
			return fmt.Errorf("map: object link %q–%q names a partner or object that is not on the map", l.Partner, l.Object)
		}
		rung := min(max(l.Rung, 1), 5)
		if i, dup := seen[[2]int{a, o}]; dup {
			p.edges[i].depth = max(p.edges[i].depth, rung) // keep the highest rung
			continue
		}
		seen[[2]int{a, o}] = len(p.edges)
		p.hasObjectLink = true
		tip := p.nodes[a].label + " – " + p.nodes[o].label + "\n" + strconv.Itoa(rung) + " " + p.words.rungs[rung]
		p.edges = append(p.edges, edge{a: a, b: o, depth: rung, object: true, tooltip: tip})
	}
	slices.SortFunc(p.edges[start:], func(x, y edge) int { return cmp.Or(cmp.Compare(x.b, y.b), cmp.Compare(x.a, y.a)) })
	for i := start; i < len(p.edges); i++ { // tooltips were built before sorting; depth may have risen
		e := &p.edges[i]
		e.tooltip = p.nodes[e.a].label + " – " + p.nodes[e.b].label + "\n" + strconv.Itoa(e.depth) + " " + p.words.rungs[e.depth]
	}
	return nil
}

// decimal writes x with the given number of decimals and the map
// language's decimal mark (locale.Decimal: a comma in Dutch and French),
// for text people read, never for coordinates.
func (p *plan) decimal(x float64, prec int) string {
	return p.comma(strconv.FormatFloat(x, 'f', prec, 64))
}

// figure writes x as num does (at most 2 decimals, no trailing zeros), with
// the map language's decimal mark.
func (p *plan) figure(x float64) string { return p.comma(num(x)) }

// comma puts the map language's decimal mark in a number formatted with
// a decimal point.
func (p *plan) comma(s string) string {
	if dec := locale.Decimal(p.words.lang); dec != "." {
		return strings.Replace(s, ".", dec, 1)
	}
	return s
}

// nodeName is the DOT name of a partner or object: the prefix and the id
// with backslashes, quotes, control characters and invalid bytes written as
// Go escapes, so that two different ids never share a name. An id longer
// than maxText runes is cut there and followed by `\~` and the SHA-256 of
// the whole id: no quoted id contains `\~`, so the name stays unique, and
// the DOT text stays small.
func nodeName(prefix, id string) string {
	short := capRunes(id, maxText, "")
	q := strconv.Quote(short)
	name := prefix + q[1:len(q)-1]
	if len(short) < len(id) {
		sum := sha256.Sum256([]byte(id))
		name += `\~` + hex.EncodeToString(sum[:])
	}
	return name
}

// Limits on the text a map draws, so that any input draws in bounded time
// and space: the map shows names, it does not keep them (the exports do).
const (
	maxText   = 200  // runes of any one text from the input: a name, an id, a reason
	maxTitle  = 120  // runes of the title and of the subtitle
	maxLegend = 60   // runes of a sector or measure name in the legend
	maxItems  = 20   // reasons or figures listed in one tooltip
	maxTip    = 2000 // runes of one tooltip
)

// capRunes cuts s after n runes (an invalid byte counts as one) and adds
// mark when it cut.
func capRunes(s string, n int, mark string) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + mark
		}
		i++
	}
	return s
}

// clean makes input text safe and bounded to place anywhere: at most
// maxText runes (then "…"), valid UTF-8, control characters (line breaks
// included) turned into spaces, and composed (NFC), so that a name typed as
// "e" + combining accent is drawn with the font's "é". Escaping for SVG and
// DOT happens where the text is written.
func clean(s string) string {
	s = strings.ToValidUTF8(capRunes(s, maxText, "…"), "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// cleanJoin joins at most maxItems cleaned texts with commas (then "…").
func cleanJoin(ss []string) string {
	out := make([]string, 0, min(len(ss), maxItems+1))
	for i, s := range ss {
		if i == maxItems {
			out = append(out, "…")
			break
		}
		out = append(out, clean(s))
	}
	return strings.Join(out, ", ")
}

// displayID is an id as the SVG's data attributes carry it: whole, unless
// longer than maxText runes (then cut, with "…").
func displayID(id string) string {
	return strings.ToValidUTF8(capRunes(id, maxText, "…"), "\uFFFD")
}

// EngineLimit is the most nodes (partners and drawn objects) engine may lay
// out, and false for sfdp and the default, which take any size.
func EngineLimit(engine string) (int, bool) {
	n, ok := engineLimit[engine]
	return n, ok
}
