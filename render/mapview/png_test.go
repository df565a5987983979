package mapview

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"math"
	"testing"
)

// TestPNGCarriesTheTies paints the sample map and looks at the pixels half
// way along every deep tie whose midpoint is clear of nodes: each must be
// dark, which go-graphviz's own PNG renderer (no lines) would fail.
func TestPNGCarriesTheTies(t *testing.T) {
	p, err := newPlan(sampleMap())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.layout(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := p.draw()
	var buf bytes.Buffer
	if err := s.writePNG(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), render(t, sampleMap(), PNG)) {
		t.Error("Render's PNG differs from the scene's")
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	k := s.pngScale()
	if b := img.Bounds(); b.Dx() != int(math.Ceil(s.w*k)) || k != 2 {
		t.Errorf("PNG is %v at scale %v for a %v pt wide map", b, k, s.w)
	}
	checked := 0
	for _, e := range p.edges {
		if e.object || e.depth < 3 || e.bridge || e.onePerson {
			continue
		}
		a, b := s.nodeBoxes[p.nodes[e.a].name], s.nodeBoxes[p.nodes[e.b].name]
		mx, my := (a.x+b.x)/2, (a.y+b.y)/2
		if coveredByNode(s, mx, my) {
			continue
		}
		if !darkNear(img, int(mx*k), int(my*k), 2) {
			t.Errorf("no line at the middle of tie %s–%s (%.0f, %.0f)", p.nodes[e.a].name, p.nodes[e.b].name, mx*k, my*k)
		}
		checked++
	}
	if checked < 5 {
		t.Errorf("only %d ties checked", checked)
	}
	// And the background between nodes is white: lines are lines, not fills.
	if darkNear(img, 2, 2, 1) {
		t.Error("the corner is not white")
	}
}

func coveredByNode(s *scene, x, y float64) bool {
	for _, r := range s.nodeBoxes {
		if math.Abs(x-r.x) < r.w/2+6 && math.Abs(y-r.y) < r.h/2+6 {
			return true
		}
	}
	return false
}

// darkNear reports whether a pixel within r of (x, y) is dark grey or black.
func darkNear(img image.Image, x, y, r int) bool {
	for dx := -r; dx <= r; dx++ {
		for dy := -r; dy <= r; dy++ {
			cr, cg, cb, _ := img.At(x+dx, y+dy).RGBA()
			if (cr+cg+cb)/3 < 0x9000 {
				return true
			}
		}
	}
	return false
}
