package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"gbo/graph/locale"
)

// MapNode is a partner on the fallback map.
type MapNode struct {
	ID, Name, Sector string
	Core             bool
}

// MapEdge is a tie on the fallback map, between partner ids A and B.
type MapEdge struct {
	A, B  string
	Depth int
}

// CircleMap draws partners on a circle, grouped by sector, with their ties
// as straight lines coloured and thickened by depth. It stands in for the
// Graphviz map when none is available, and uses Graphviz's SVG shape so that
// the report's script treats both alike: each partner is a <g class="node">
// whose <title> is its id, each tie a <g class="edge"> whose <title> is
// "a--b".
func CircleMap(nodes []MapNode, edges []MapEdge, lang string) string {
	ns := slices.Clone(nodes)
	slices.SortStableFunc(ns, func(a, b MapNode) int {
		return cmp.Or(cmp.Compare(a.Sector, b.Sector), cmp.Compare(a.ID, b.ID))
	})
	var sectors []string
	for _, n := range ns {
		if len(sectors) == 0 || sectors[len(sectors)-1] != n.Sector {
			sectors = append(sectors, n.Sector)
		}
	}
	// The partners sit on an ellipse wider than tall: labels run sideways,
	// and the page is wider than the map is tall.
	const fs, legendCols = 12.0, 5
	ry := math.Max(150, float64(len(ns))*8)
	rx := ry * 1.45
	labelW := 0.0
	for _, n := range ns {
		labelW = max(labelW, textWidth(truncate(n.Name, 26), fs))
	}
	w := math.Max(2*(rx+labelW+24), 720)
	cx := w / 2
	cy := ry + 36
	legendRows := (len(sectors) + legendCols - 1) / legendCols
	h := cy + ry + 44 + 22*float64(legendRows)
	pos := make(map[string][2]float64, len(ns))
	for i, n := range ns {
		a := 2*math.Pi*float64(i)/float64(max(len(ns), 1)) - math.Pi/2
		pos[n.ID] = [2]float64{cx + rx*math.Cos(a), cy + ry*math.Sin(a)}
	}
	var b strings.Builder
	open(&b, w, h, "map circle-map", locale.T(lang, "chart.circle_title"))
	b.WriteString(`<g id="graph0" class="graph">`)
	es := slices.Clone(edges)
	slices.SortStableFunc(es, func(a, b MapEdge) int {
		return cmp.Or(cmp.Compare(a.Depth, b.Depth), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	for i, e := range es {
		p, ok1 := pos[e.A]
		q, ok2 := pos[e.B]
		if !ok1 || !ok2 {
			continue
		}
		fmt.Fprintf(&b, `<g id="edge%d" class="edge"><title>%s--%s</title><path fill="none" stroke="%s" stroke-width="%s" d="M%s,%sL%s,%s"/></g>`,
			i+1, esc(e.A), esc(e.B), RungColor(max(e.Depth, 1)), num(0.8+0.7*float64(e.Depth)), num(p[0]), num(p[1]), num(q[0]), num(q[1]))
	}
	si := func(s string) int { i, _ := slices.BinarySearch(sectors, s); return i }
	for i, n := range ns {
		p := pos[n.ID]
		rad, stroke := 7.0, "#555555"
		if n.Core {
			rad, stroke = 10, "#1a1a1a"
		}
		fmt.Fprintf(&b, `<g id="node%d" class="node"><title>%s</title><ellipse fill="%s" stroke="%s" stroke-width="1.5" cx="%s" cy="%s" rx="%s" ry="%s"/>`,
			i+1, esc(n.ID), SectorColor(si(n.Sector)), stroke, num(p[0]), num(p[1]), num(rad), num(rad))
		dx, dy := (p[0]-cx)/rx, (p[1]-cy)/ry
		d := math.Hypot(dx, dy)
		lx, ly := p[0]+dx/d*(rad+5), p[1]+dy/d*(rad+5)+4
		anchor := "start"
		if dx < -0.02 {
			anchor = "end"
		} else if dx <= 0.02 {
			anchor = "middle"
			if dy < 0 {
				ly -= 6
			} else {
				ly += 6
			}
		}
		weight := ""
		if n.Core {
			weight = ` font-weight="600"`
		}
		text(&b, lx, ly, fs, anchor, "#1a1a1a", truncate(n.Name, 26), weight)
		b.WriteString(`</g>`)
	}
	b.WriteString(`</g><g class="legend">`)
	y := h - 22*float64(legendRows) - 4
	for i, s := range sectors {
		x := 20 + float64(i%legendCols)*(w-40)/legendCols
		yy := y + float64(i/legendCols)*22
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="6" fill="%s"/>`, num(x+6), num(yy+6), SectorColor(i))
		text(&b, x+18, yy+10, fs, "start", "#333333", truncate(s, int((w-40)/legendCols/(fs*0.56))-4), "")
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}
