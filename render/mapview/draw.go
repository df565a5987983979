package mapview

import (
	"cmp"
	"math"
	"strconv"
	"strings"
)

const (
	pad       = 20.0 // around the picture
	legendGap = 28.0 // between the network and the legend
)

// draw turns a laid-out plan into a scene: title, network, legend.
func (p *plan) draw() *scene {
	title, subtitle := p.titles()
	s := &scene{title: strings.TrimSpace(title + " " + subtitle), nodeBoxes: map[string]rect{}}

	minX, minY, maxX, maxY := bounds(p.nodes)

	legend := &scene{}
	lw, lh := p.drawLegend(legend)
	graphW, graphH := maxX-minX, maxY-minY
	// On a large map the legend and title grow with the drawing (up to 4×),
	// so that they stay readable when the whole map fits a screen.
	k := min(4, max(1, 0.4*graphH/lh))
	lw, lh = lw*k, lh*k
	titleH := 0.0
	if title != "" {
		titleH += 22 * k
	}
	if subtitle != "" {
		titleH += 16 * k
	}
	if titleH > 0 {
		titleH += 10 * k
	}
	gx, gy := pad, pad+titleH
	X := func(x float64) float64 { return gx + x - minX }
	Y := func(y float64) float64 { return gy + maxY - y }
	s.w = pad + graphW + legendGap + lw + pad
	s.h = pad + titleH + max(graphH, lh) + pad
	if title != "" {
		s.w = max(s.w, 2*pad+textWidth(title, 17*k, true))
		s.text(pad, pad+17*k, title, 17*k, true, -1, inkColour)
	}
	if subtitle != "" {
		s.w = max(s.w, 2*pad+textWidth(subtitle, 11*k, false))
		s.text(pad, pad+titleH-14*k, subtitle, 11*k, false, -1, greyText)
	}

	p.drawEdges(s, X, Y)
	p.drawNodes(s, X, Y)
	if p.hasShelf {
		size := p.words.captionSize()
		s.text(X(p.shelfLeft), Y(p.shelfTop)+size, p.words.noTies, size, false, -1, greyText)
	}

	lx, ly := pad+graphW+legendGap, pad+titleH
	s.group("legend", "legend", "")
	for _, pr := range legend.prims {
		s.add(place(pr, k, lx, ly))
	}
	s.end()
	return s
}

// titles are the title and subtitle as drawn: cleaned, at most maxTitle runes.
func (p *plan) titles() (title, subtitle string) {
	return capRunes(clean(p.d.Title), maxTitle, "…"), capRunes(clean(p.d.Subtitle), maxTitle, "…")
}

func tieDash(e edge) []float64 {
	if e.depth == 1 && !e.object {
		return []float64{0.1, 2.7} // round caps turn these into dots
	}
	return nil
}

// drawTie draws one tie or object link from a to b with its marks: a thin
// tie's band under the line, a bridge's red dashes over it, and the dot of a
// tie resting on one person in its middle. Each mark is a group of its own
// class (mark-bridge, mark-one-person, mark-thin).
func drawTie(s *scene, e edge, a, b pt) {
	colour, width := rungColour[e.depth], rungWidth[e.depth]
	if e.object {
		colour, width = objColour, 0.5+0.35*float64(e.depth)
	}
	if e.thin {
		s.group("mark-"+string(MarkThin), "", "")
		s.line(a, b, thinColour, width+5, nil, true)
		s.end()
	}
	s.line(a, b, colour, width, tieDash(e), e.depth == 1 && !e.object)
	if e.bridge {
		s.group("mark-"+string(MarkBridge), "", "")
		s.line(a, b, weakColour, max(1.6, width*0.55), []float64{7, 4}, false)
		s.end()
	}
	if e.onePerson {
		s.group("mark-"+string(MarkOnePerson), "", "")
		r := max(3.5, width*0.75+1.5)
		s.add(prim{op: opEllipse, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, w: 2 * r, h: 2 * r, fill: oneColour, stroke: "#FFFFFF", sw: 1.2})
		s.end()
	}
}

// drawEdges draws object links under ties, shallow ties under deep ones,
// and each tie's marks with it (drawTie).
func (p *plan) drawEdges(s *scene, X, Y func(float64) float64) {
	s.group("ties", "", "")
	for pass := 0; pass <= 5; pass++ {
		for _, e := range p.edges {
			if (pass == 0) != e.object || (pass > 0 && e.depth != pass) {
				continue
			}
			a, b := p.nodes[e.a], p.nodes[e.b]
			pa, pb := pt{X(a.x), Y(a.y)}, pt{X(b.x), Y(b.y)}
			class := "tie"
			if e.object {
				class = "object-link"
			}
			s.group(class, "", e.tooltip)
			s.prims[len(s.prims)-1].data = [][2]string{{"a", displayID(a.id)}, {"b", displayID(b.id)}, {"marks", e.marks()}}
			drawTie(s, e, pa, pb)
			s.end()
		}
	}
	s.end()
}

// drawNodes draws every node, above all lines.
func (p *plan) drawNodes(s *scene, X, Y func(float64) float64) {
	s.group("nodes", "", "")
	for i, n := range p.nodes {
		class := "node"
		if n.shape == shapeHexagon {
			class = "object"
		}
		s.group(class, "node-"+strconv.Itoa(i+1), n.tooltip)
		s.prims[len(s.prims)-1].data = [][2]string{{"id", displayID(n.id)}, {"marks", n.marks()}}
		cx, cy := X(n.x), Y(n.y)
		drawNode(s, n, cx, cy)
		s.nodeBoxes[n.name] = rect{cx, cy, n.w, n.h}
		s.end()
	}
	s.end()
}

// bounds is the box around all nodes (layout points, y up) with room for
// outlines and the bridging mark.
func bounds(ns []node) (minX, minY, maxX, maxY float64) {
	const m = 4.0
	for i, n := range ns {
		if i == 0 {
			minX, minY, maxX, maxY = n.x, n.y, n.x, n.y
		}
		minX, maxX = min(minX, n.x-n.w/2-m), max(maxX, n.x+n.w/2+m)
		minY, maxY = min(minY, n.y-n.h/2-m), max(maxY, n.y+n.h/2+m)
	}
	return minX, minY, maxX, maxY
}

// drawNode draws one node's shape, marks and label centred at (cx, cy).
func drawNode(s *scene, n node, cx, cy float64) {
	stroke, sw := lineColour, 1.0
	if n.bridging {
		stroke, sw = "#000000", 2.8
	}
	switch n.shape {
	case shapeBox:
		s.add(prim{op: opRect, x: cx, y: cy, w: n.w, h: n.h, r: 4, fill: n.fill, stroke: stroke, sw: sw})
		in := 3.0 + sw/2 // the second outline marks a core partner
		s.add(prim{op: opRect, x: cx, y: cy, w: n.w - 2*in, h: n.h - 2*in, r: 2, stroke: lineColour, sw: 0.7})
	case shapeEllipse:
		s.add(prim{op: opEllipse, x: cx, y: cy, w: n.w, h: n.h, fill: n.fill, stroke: stroke, sw: sw})
	case shapeHexagon:
		hex := prim{op: opPoly, pts: hexagon(cx, cy, n.w, n.h), fill: n.fill, stroke: objColour, sw: 1.2}
		switch n.verdict {
		case "boundary_object":
			hex.sw = 2.4
		case "candidate":
			hex.sw, hex.dash = 1.4, []float64{4, 2.5}
		}
		s.add(hex)
	}
	if n.bridging {
		mx, my := cx+n.w/2-3, cy-n.h/2+3
		if n.shape == shapeEllipse {
			mx, my = cx+n.w/2*math.Sqrt2/2, cy-n.h/2*math.Sqrt2/2
		}
		s.add(prim{op: opPoly, pts: diamond(mx, my, 6), fill: "#000000", stroke: "#FFFFFF", sw: 1})
	}
	colour := inkColour
	if n.shape == shapeHexagon {
		colour = objColour
	}
	th := float64(len(n.lines)) * n.font * lineHeight
	for i, l := range n.lines {
		y := cy - th/2 + (float64(i)+0.5)*n.font*lineHeight + 0.36*n.font
		s.text(cx, y, l, n.font, false, 0, colour)
		s.prims[len(s.prims)-1].owner = n.label
	}
}

// marks are the legend keys of a node's look, space-separated, for the
// SVG's data-marks: its fill, its shape, and the bridging mark.
func (n node) marks() string {
	switch n.shape {
	case shapeHexagon:
		switch n.verdict {
		case "boundary_object":
			return "boundary-object"
		case "candidate":
			return "candidate-object"
		}
		return "object"
	case shapeBox:
		m := "fill-" + n.fill + " core"
		if n.bridging {
			m += " bridging"
		}
		return m
	}
	m := "fill-" + n.fill + " external"
	if n.bridging {
		m += " bridging"
	}
	return m
}

func hexagon(cx, cy, w, h float64) []pt {
	q := 0.35 * h
	return []pt{{cx - w/2, cy}, {cx - w/2 + q, cy - h/2}, {cx + w/2 - q, cy - h/2},
		{cx + w/2, cy}, {cx + w/2 - q, cy + h/2}, {cx - w/2 + q, cy + h/2}}
}

func diamond(cx, cy, r float64) []pt {
	return []pt{{cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}}
}

// drawLegend draws the legend at (0, 0) and returns its size: the rungs, the
// colours, and the marks (shapes, bridging, weak links, objects, size).
func (p *plan) drawLegend(s *scene) (w, h float64) {
	const (
		in      = 10.0 // padding inside the frame
		row     = 17.0
		sample  = 30.0 // length of a line sample / width of a shape sample
		textX   = in + sample + 8
		font    = 10.0
		heading = 11.0
	)
	wd := p.words
	frame := len(s.prims)
	s.add(prim{op: opRect}) // placeholder, sized below
	y := in
	textW := 0.0
	head := func(t string) {
		y += heading + 2
		s.text(in, y, t, heading, true, -1, inkColour)
		textW = max(textW, textWidth(t, heading, true)-sample-8)
		y += 6
	}
	// Each entry is a group <g class="key" data-key="K">, K being the
	// data-marks token of what it explains: every look the map uses has an
	// entry, and only those.
	label := func(t string) {
		s.text(textX, y+row/2+3.5, t, font, false, -1, inkColour)
		textW = max(textW, textWidth(t, font, false))
	}
	key := func(k string) {
		s.group("key", "", "")
		s.prims[len(s.prims)-1].data = [][2]string{{"key", k}}
	}
	tieKey := func(k string, e edge, text string) {
		key(k)
		drawTie(s, e, pt{in, y + row/2}, pt{in + sample, y + row/2})
		label(text)
		s.end()
		y += row
	}
	if p.hasTies() {
		head(wd.depth)
		for r := 1; r <= 5; r++ {
			if p.hasRung[r] {
				tieKey("rung-"+strconv.Itoa(r), edge{depth: r}, strconv.Itoa(r)+" "+wd.rungs[r])
			}
		}
		if p.hasObjectLink {
			tieKey("object-link", edge{depth: 3, object: true}, wd.objectLink)
		}
		for _, m := range []struct {
			on   bool
			e    edge
			text string
		}{
			{p.hasBridge, edge{depth: 3, bridge: true}, wd.bridge},
			{p.hasOnePerson, edge{depth: 4, onePerson: true}, wd.onePerson},
			{p.hasThin, edge{depth: 2, thin: true}, wd.thin},
		} {
			if m.on {
				tieKey(strings.TrimPrefix(m.e.marks(), "rung-"+strconv.Itoa(m.e.depth)+" "), m.e, m.text)
			}
		}
		y += 8
	}
	head(p.colourTitle)
	for _, sw := range p.swatches {
		if !p.hasFill[sw.colour] {
			continue
		}
		key("fill-" + sw.colour)
		s.add(prim{op: opEllipse, x: in + sample/2, y: y + row/2, w: 22, h: 12, fill: sw.colour, stroke: lineColour, sw: 0.8})
		label(capRunes(clean(sw.name), maxLegend, "…"))
		s.end()
		y += row
	}
	y += 8
	head(wd.marks)
	if p.hasCore {
		key("core")
		drawNode(s, node{shape: shapeBox, w: 26, h: 15, fill: "#FFFFFF"}, in+sample/2, y+row/2)
		label(wd.core)
		s.end()
		y += row
	}
	if p.hasExternal {
		key("external")
		drawNode(s, node{shape: shapeEllipse, w: 24, h: 13, fill: "#FFFFFF"}, in+sample/2, y+row/2)
		label(wd.external)
		s.end()
		y += row
	}
	if p.hasBridging {
		y += 2
		key("bridging")
		drawNode(s, node{shape: shapeEllipse, w: 24, h: 13, fill: "#FFFFFF", bridging: true}, in+sample/2, y+row/2)
		label(wd.bridging)
		s.end()
		y += row
	}
	for _, o := range []struct {
		on            bool
		verdict, name string
	}{{p.hasBoundary, "boundary_object", wd.boundary}, {p.hasCandidate, "candidate", wd.candidate}, {p.hasOtherObject, "", wd.object}} {
		if o.on {
			fill := "#FFFFFF"
			if o.verdict == "boundary_object" {
				fill = objFill
			}
			n := node{shape: shapeHexagon, w: 26, h: 13, fill: fill, verdict: o.verdict}
			key(n.marks())
			drawNode(s, n, in+sample/2, y+row/2)
			label(o.name)
			s.end()
			y += row
		}
	}
	if p.d.SizeBy != "" {
		t := wd.size + wd.sep + capRunes(clean(cmp.Or(wd.sizeBy[p.d.SizeBy], p.d.SizeBy)), maxLegend, "…") + p.sizeRange
		s.text(in, y+row/2+3.5, t, font, false, -1, greyText)
		textW = max(textW, textWidth(t, font, false)-sample-8)
		y += row
	}
	w, h = textX+textW+in, y+in
	s.prims[frame] = prim{op: opRect, x: w / 2, y: h / 2, w: w, h: h, r: 3, fill: "#F7F7F7", stroke: "#CCCCCC", sw: 0.8}
	return w, h
}

// place scales a primitive drawn at the origin by k and moves it by (dx, dy).
func place(p prim, k, dx, dy float64) prim {
	p.x, p.y = p.x*k+dx, p.y*k+dy
	p.w, p.h, p.r, p.sw = p.w*k, p.h*k, p.r*k, p.sw*k
	p.size, p.textW = p.size*k, p.textW*k
	if p.pts != nil {
		pts := make([]pt, len(p.pts))
		for i, q := range p.pts {
			pts[i] = pt{q.x*k + dx, q.y*k + dy}
		}
		p.pts = pts
	}
	if p.dash != nil {
		dash := make([]float64, len(p.dash))
		for i, d := range p.dash {
			dash[i] = d * k
		}
		p.dash = dash
	}
	return p
}
