package mapview

import (
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"strconv"
	"unicode"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// maxPixels bounds the PNG (5000 × 5000, 100 MB of RGBA while drawing); a
// larger map is drawn at a smaller scale.
const maxPixels = 25e6

// pngScale is the pixels per point: 2 for crisp slides, less for huge maps.
func (s *scene) pngScale() float64 {
	k := 2.0
	if px := s.w * s.h * k * k; px > maxPixels {
		k *= math.Sqrt(maxPixels / px)
	}
	return k
}

// writePNG paints the scene with fogleman/gg and the Go fonts (Graphviz's own
// PNG renderer in go-graphviz draws no lines or outlines).
func (s *scene) writePNG(w io.Writer) error {
	if err := loadFonts(); err != nil {
		return err
	}
	k := s.pngScale()
	W, H := int(math.Ceil(s.w*k)), int(math.Ceil(s.h*k))
	if W < 1 || H < 1 {
		return fmt.Errorf("map: empty picture")
	}
	dc := gg.NewContext(W, H)
	dc.SetColor(color.White)
	dc.Clear()
	faces := map[[2]int]font.Face{}
	defer func() {
		for _, f := range faces {
			f.Close()
		}
	}()
	for _, p := range s.prims {
		switch p.op {
		case opLine:
			dc.DrawLine(p.pts[0].x*k, p.pts[0].y*k, p.pts[1].x*k, p.pts[1].y*k)
			stroke(dc, p, k)
		case opRect:
			x, y, rw, rh := (p.x-p.w/2)*k, (p.y-p.h/2)*k, p.w*k, p.h*k
			if p.r > 0 {
				dc.DrawRoundedRectangle(x, y, rw, rh, p.r*k)
			} else {
				dc.DrawRectangle(x, y, rw, rh)
			}
			fillStroke(dc, p, k)
		case opEllipse:
			dc.DrawEllipse(p.x*k, p.y*k, p.w/2*k, p.h/2*k)
			fillStroke(dc, p, k)
		case opPoly:
			dc.NewSubPath()
			for i, q := range p.pts {
				if i == 0 {
					dc.MoveTo(q.x*k, q.y*k)
				} else {
					dc.LineTo(q.x*k, q.y*k)
				}
			}
			dc.ClosePath()
			fillStroke(dc, p, k)
		case opText:
			key := [2]int{int(math.Round(p.size * k * 4)), 0}
			if p.bold {
				key[1] = 1
			}
			face, ok := faces[key]
			if !ok {
				f := fonts.regular
				if p.bold {
					f = fonts.bold
				}
				var err error
				face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: float64(key[0]) / 4, DPI: 72, Hinting: font.HintingNone})
				if err != nil {
					return err
				}
				faces[key] = face
			}
			dc.SetFontFace(face)
			dc.SetColor(hexColour(p.colour))
			dc.DrawStringAnchored(p.text, p.x*k, p.y*k, float64(p.anchor+1)/2, 0)
		}
	}
	// Fast compression: the default level triples the time for a file
	// about 20% smaller, and a map is written once.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, dc.Image())
}

func fillStroke(dc *gg.Context, p prim, k float64) {
	if p.fill != "" {
		dc.SetColor(hexColour(p.fill))
		if p.stroke != "" {
			dc.FillPreserve()
		} else {
			dc.Fill()
		}
	}
	if p.stroke != "" {
		stroke(dc, p, k)
	}
	dc.ClearPath()
}

func stroke(dc *gg.Context, p prim, k float64) {
	dc.SetColor(hexColour(p.stroke))
	dc.SetLineWidth(p.sw * k)
	if len(p.dash) > 0 {
		d := make([]float64, len(p.dash))
		for i, x := range p.dash {
			d[i] = x * k
		}
		dc.SetDash(d...)
	} else {
		dc.SetDash()
	}
	if p.roundCap {
		dc.SetLineCap(gg.LineCapRound)
	} else {
		dc.SetLineCap(gg.LineCapButt)
	}
	dc.Stroke()
}

// hexColour reads "#RRGGBB"; the package writes every colour it uses.
func hexColour(c string) color.Color {
	if len(c) != 7 || c[0] != '#' {
		return color.Black
	}
	v, err := strconv.ParseUint(c[1:], 16, 32)
	if err != nil {
		return color.Black
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// undrawable lists the texts of the scene that the PNG's fonts cannot draw
// whole: for a node's line its label, otherwise the text itself; node
// labels first, each once, in scene order. Spaces and invisible format
// characters (e.g. bidirectional marks) need no glyph.
func (s *scene) undrawable() []string {
	if loadFonts() != nil {
		return nil
	}
	var buf sfnt.Buffer
	drawable := func(t string, bold bool) bool {
		f := fonts.regular
		if bold {
			f = fonts.bold
		}
		for _, r := range t {
			if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
				continue
			}
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				return false
			}
		}
		return true
	}
	seen := map[string]bool{}
	var nodes, other []string
	for _, p := range s.prims {
		if p.op != opText || drawable(p.text, p.bold) {
			continue
		}
		name := p.text
		if p.owner != "" {
			name = p.owner
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		if p.owner != "" {
			nodes = append(nodes, name)
		} else {
			other = append(other, name)
		}
	}
	return append(nodes, other...)
}
