package mapview

import (
	"bytes"
	"strconv"
	"strings"
)

// DOT returns the map as Graphviz DOT text: the same nodes, sizes, colours
// and line styles the SVG shows (without the legend), for a user who wants to
// edit the map or lay it out again with Graphviz (`neato -Tsvg map.dot`).
// The same input always gives the same bytes.
func DOT(d Data) ([]byte, error) {
	p, err := newPlan(d)
	if err != nil {
		return nil, err
	}
	return p.dot(), nil
}

// dot writes the DOT text. Node names are "p:ID" for partners and "o:ID" for
// objects, declared in plan order, which is also Graphviz's node order
// (_gvid) when it reads the text back.
func (p *plan) dot() []byte {
	var b bytes.Buffer
	overlap := "false" // neato: Voronoi overlap removal; fine up to smallMap nodes
	if p.engine == "sfdp" {
		// sfdp's own removal (prism) is not built in, and overlap=scale gives a
		// different layout on the first run in a process: we remove overlaps
		// ourselves after the layout (removeOverlaps).
		overlap = "true"
	}
	b.WriteString("graph \"gbo map\" {\n")
	b.WriteString("  graph [layout=" + p.engine + ", start=1, overlap=" + overlap + `, sep="+8", splines=false, outputorder=edgesfirst, bgcolor="white", pad=0.3`)
	title, subtitle := p.titles()
	if t := strings.TrimSpace(title + "\n" + subtitle); t != "" {
		b.WriteString(`, labelloc=t, fontname="Helvetica", fontsize=16, label=` + dotQuote(t))
	}
	b.WriteString("];\n")
	b.WriteString(`  node [fixedsize=true, fontname="Helvetica", style=filled, color="` + lineColour + `", fontcolor="` + inkColour + `"];` + "\n")
	b.WriteString("  edge [color=\"" + rungColour[3] + "\"];\n")
	for _, n := range p.nodes {
		b.WriteString("  " + dotQuote(n.name) + " [label=" + dotQuote(strings.Join(n.lines, "\n")))
		b.WriteString(", width=" + inches(n.w) + ", height=" + inches(n.h) + ", fontsize=" + num(n.font))
		switch n.shape {
		case shapeBox:
			b.WriteString(`, shape=box, style="filled,rounded", peripheries=2`)
		case shapeEllipse:
			b.WriteString(", shape=ellipse")
		case shapeHexagon:
			b.WriteString(`, shape=hexagon, color="` + objColour + `"`)
			switch n.verdict {
			case "boundary_object":
				b.WriteString(", penwidth=2.4")
			case "candidate":
				b.WriteString(`, style="filled,dashed"`)
			}
		}
		b.WriteString(`, fillcolor="` + n.fill + `"`)
		if n.bridging {
			b.WriteString(`, penwidth=3, color="black"`)
		}
		b.WriteString(", tooltip=" + dotQuote(n.tooltip) + "];\n")
	}
	for _, e := range p.edges {
		b.WriteString("  " + dotQuote(p.nodes[e.a].name) + " -- " + dotQuote(p.nodes[e.b].name))
		// Deeper ties are drawn shorter in neato, so close partners sit close.
		b.WriteString(" [len=" + num(1.9-0.18*float64(e.depth)) + ", penwidth=" + num(rungWidth[e.depth]))
		colour, style := rungColour[e.depth], "solid"
		switch {
		case e.object:
			colour, style = objColour, "solid"
		case e.bridge:
			colour, style = weakColour, "dashed"
		case e.depth == 1:
			style = "dotted"
		}
		switch {
		case e.object:
		case e.onePerson: // a segment in the middle, like the dot on the SVG
			colour = colour + ";0.45:" + oneColour + ";0.1:" + colour
		case e.thin && !e.bridge:
			colour = thinColour
		}
		b.WriteString(`, color="` + colour + `", style=` + style + ", tooltip=" + dotQuote(e.tooltip) + "];\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// dotQuote quotes s as a DOT string. Inside quotes DOT only knows \" ; in
// labels Graphviz also reads escString sequences (\n, \N, \G, ...), so a
// backslash is doubled and a line break written as \n. Other control
// characters become spaces (clean); < > & are plain characters in a quoted
// string (only <...> without quotes is an HTML-like label).
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func inches(pt float64) string { return strconv.FormatFloat(pt/72, 'f', 4, 64) }

// num formats a number with at most two decimals, the same on every machine.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}
