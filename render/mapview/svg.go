package mapview

import (
	"bufio"
	"encoding/xml"
	"io"
	"strings"
)

// fontFamily names the Go font first (the one the labels were measured
// with); textLength keeps each label to its measured width in any other.
const fontFamily = "Go, 'Helvetica Neue', Helvetica, Arial, sans-serif"

// writeSVG writes the scene as a standalone SVG 1.1 document. Every text
// from the input passes through xml.EscapeText, so it can only ever be
// character data or an attribute value.
func (s *scene) writeSVG(w io.Writer) error {
	bw := bufio.NewWriter(w)
	e := func(t string) { xml.EscapeText(bw, []byte(t)) }
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="` + num(s.w) + `pt" height="` + num(s.h) +
		`pt" viewBox="0 0 ` + num(s.w) + " " + num(s.h) + `" font-family="` + fontFamily + `">` + "\n")
	bw.WriteString("<title>")
	e(s.title)
	bw.WriteString("</title>\n")
	bw.WriteString(`<rect x="0" y="0" width="` + num(s.w) + `" height="` + num(s.h) + `" fill="#FFFFFF"/>` + "\n")
	for _, p := range s.prims {
		switch p.op {
		case opGroup:
			bw.WriteString(`<g`)
			if p.class != "" {
				bw.WriteString(` class="` + p.class + `"`)
			}
			if p.id != "" {
				bw.WriteString(` id="` + p.id + `"`)
			}
			for _, kv := range p.data {
				bw.WriteString(` data-` + kv[0] + `="`)
				e(kv[1])
				bw.WriteString(`"`)
			}
			bw.WriteString(">")
			if p.tooltip != "" {
				bw.WriteString("<title>")
				e(p.tooltip)
				bw.WriteString("</title>")
			}
			bw.WriteString("\n")
		case opEnd:
			bw.WriteString("</g>\n")
		case opLine:
			bw.WriteString(`<line x1="` + num(p.pts[0].x) + `" y1="` + num(p.pts[0].y) + `" x2="` + num(p.pts[1].x) + `" y2="` + num(p.pts[1].y) + `"`)
			paint(bw, p)
			bw.WriteString("/>\n")
		case opRect:
			bw.WriteString(`<rect x="` + num(p.x-p.w/2) + `" y="` + num(p.y-p.h/2) + `" width="` + num(p.w) + `" height="` + num(p.h) + `"`)
			if p.r > 0 {
				bw.WriteString(` rx="` + num(p.r) + `"`)
			}
			paint(bw, p)
			bw.WriteString("/>\n")
		case opEllipse:
			bw.WriteString(`<ellipse cx="` + num(p.x) + `" cy="` + num(p.y) + `" rx="` + num(p.w/2) + `" ry="` + num(p.h/2) + `"`)
			paint(bw, p)
			bw.WriteString("/>\n")
		case opPoly:
			bw.WriteString(`<polygon points="`)
			for i, q := range p.pts {
				if i > 0 {
					bw.WriteByte(' ')
				}
				bw.WriteString(num(q.x) + "," + num(q.y))
			}
			bw.WriteString(`"`)
			paint(bw, p)
			bw.WriteString("/>\n")
		case opText:
			anchor := [3]string{"start", "middle", "end"}[p.anchor+1]
			bw.WriteString(`<text x="` + num(p.x) + `" y="` + num(p.y) + `" font-size="` + num(p.size) + `" text-anchor="` + anchor + `" fill="` + p.colour + `"`)
			if p.bold {
				bw.WriteString(` font-weight="bold"`)
			}
			if p.textW > 0 {
				bw.WriteString(` textLength="` + num(p.textW) + `" lengthAdjust="spacingAndGlyphs"`)
			}
			bw.WriteString(">")
			e(p.text)
			bw.WriteString("</text>\n")
		}
	}
	bw.WriteString("</svg>\n")
	return bw.Flush()
}

// paint writes fill and stroke attributes; colours are the package's own.
func paint(bw *bufio.Writer, p prim) {
	bw.WriteString(` fill="` + orNone(p.fill) + `"`)
	if p.stroke == "" {
		return
	}
	bw.WriteString(` stroke="` + p.stroke + `" stroke-width="` + num(p.sw) + `"`)
	if len(p.dash) > 0 {
		parts := make([]string, len(p.dash))
		for i, d := range p.dash {
			parts[i] = num(d)
		}
		bw.WriteString(` stroke-dasharray="` + strings.Join(parts, " ") + `"`)
	}
	if p.roundCap {
		bw.WriteString(` stroke-linecap="round"`)
	}
}

func orNone(c string) string {
	if c == "" {
		return "none"
	}
	return c
}
