package mapview

import (
	"fmt"
	"math"
)

// A scene is the finished drawing as a list of primitives in points, y down.
// The SVG writer and the PNG painter both draw the same scene, so the two
// pictures agree line for line.
type scene struct {
	title     string // document title (SVG <title>)
	w, h      float64
	prims     []prim
	nodeBoxes map[string]rect // by node name, for tests
}

type rect struct{ x, y, w, h float64 } // x, y: centre

type op int

const (
	opGroup   op = iota // start a group: class, id, title
	opEnd               // end the group
	opLine              // pts[0]–pts[1]
	opRect              // centre x, y; size w × h; corner radius r
	opEllipse           // centre x, y; size w × h
	opPoly              // closed polygon pts
	opText              // text at x (anchor), y (baseline)
)

type pt struct{ x, y float64 }

type prim struct {
	op           op
	x, y, w, h   float64
	r            float64
	pts          []pt
	fill, stroke string  // "" = none
	sw           float64 // stroke width
	dash         []float64
	roundCap     bool
	text         string
	size         float64
	bold         bool
	anchor       int         // -1 start, 0 middle, 1 end
	textW        float64     // measured advance width
	colour       string      // text colour
	owner        string      // text: the node label it belongs to, if any
	class, id    string      // group
	tooltip      string      // group
	data         [][2]string // group: data-* attributes (name, value from the input)
}

// finite checks that every number of the scene is finite, so that no NaN or
// infinity is ever written to a picture.
func (s *scene) finite() error {
	ok := func(xs ...float64) bool {
		for _, x := range xs {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return false
			}
		}
		return true
	}
	if !ok(s.w, s.h) {
		return fmt.Errorf("map: the picture's size is not a number")
	}
	for _, p := range s.prims {
		good := ok(p.x, p.y, p.w, p.h, p.r, p.sw, p.size, p.textW) && ok(p.dash...)
		for _, q := range p.pts {
			good = good && ok(q.x, q.y)
		}
		if !good {
			return fmt.Errorf("map: a shape's position is not a number")
		}
	}
	return nil
}

func (s *scene) add(p prim) { s.prims = append(s.prims, p) }

func (s *scene) group(class, id, tooltip string) {
	s.add(prim{op: opGroup, class: class, id: id, tooltip: tooltip})
}

func (s *scene) end() { s.add(prim{op: opEnd}) }

func (s *scene) line(a, b pt, stroke string, sw float64, dash []float64, roundCap bool) {
	s.add(prim{op: opLine, pts: []pt{a, b}, stroke: stroke, sw: sw, dash: dash, roundCap: roundCap})
}

// text adds one line of text, measured with the Go fonts.
func (s *scene) text(x, y float64, str string, size float64, bold bool, anchor int, colour string) {
	s.add(prim{op: opText, x: x, y: y, text: str, size: size, bold: bold, anchor: anchor,
		textW: textWidth(str, size, bold), colour: colour})
}
