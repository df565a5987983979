package mapview

import (
	"context"
	"fmt"
	"math"
	"testing"
)

// Partners without ties never reach Graphviz: they go on the shelf (a
// thousand disconnected nodes cost sfdp half a minute), and a map of
// partners only is laid out in rows without Graphviz at all.
func TestIsolatedPartnersAreShelvedWithoutGraphviz(t *testing.T) {
	d := Data{Title: "shelf", Ties: []Tie{{A: "p0001", B: "p0002", Depth: 3}}}
	for i := range 400 {
		d.Partners = append(d.Partners, Partner{ID: fmt.Sprintf("p%04d", i), Sector: fmt.Sprintf("S%d", i%5)})
	}
	p, err := newPlan(d)
	if err != nil {
		t.Fatal(err)
	}
	gv.Lock()
	gv.lastNodes = -1
	gv.Unlock()
	if err := p.layout(context.Background()); err != nil {
		t.Fatal(err)
	}
	if gv.lastNodes != 2 {
		t.Errorf("Graphviz laid out %d nodes, want the 2 with a tie", gv.lastNodes)
	}
	if !p.hasShelf {
		t.Error("no shelf for the 398 partners without ties")
	}
	checkPlaced(t, p)

	d.Ties = nil
	p, err = newPlan(d)
	if err != nil {
		t.Fatal(err)
	}
	gv.Lock()
	gv.lastNodes = -1
	gv.Unlock()
	if err := p.layout(context.Background()); err != nil {
		t.Fatal(err)
	}
	if gv.lastNodes != -1 {
		t.Errorf("a map without ties went to Graphviz (%d nodes)", gv.lastNodes)
	}
	checkPlaced(t, p)
	// Rows, not one long line: the picture is at most about three times as
	// wide as it is high.
	minX, minY, maxX, maxY := bounds(p.nodes)
	if w, h := maxX-minX, maxY-minY; w > 3*h+200 {
		t.Errorf("partners only: %.0f × %.0f points", w, h)
	}
}

// checkPlaced: every node has a finite place and none overlaps another.
func checkPlaced(t *testing.T, p *plan) {
	t.Helper()
	for i, a := range p.nodes {
		if math.IsNaN(a.x) || math.IsNaN(a.y) || math.IsInf(a.x, 0) || math.IsInf(a.y, 0) {
			t.Fatalf("node %s at (%v, %v)", a.id, a.x, a.y)
		}
		for _, b := range p.nodes[i+1:] {
			if math.Abs(a.x-b.x) < (a.w+b.w)/2-1 && math.Abs(a.y-b.y) < (a.h+b.h)/2-1 {
				t.Fatalf("%s and %s overlap", a.id, b.id)
			}
		}
	}
}
