package network

import "testing"

func TestNewSortsIDsAndMergesRepeats(t *testing.T) {
	ids := []string{"c", "a", "b"}
	// edges on the given order: c-a (1), a-b (2), b-a again with 3, c-c loop
	g := New(ids, []Edge{{0, 1, 1}, {1, 2, 2}, {2, 1, 3}, {0, 0, 9}})
	if got := g.IDs; got[0] != "a" || got[1] != "b" || got[2] != "c" {
		t.Fatalf("ids not sorted: %v", got)
	}
	if g.N() != 3 || g.M() != 2 {
		t.Fatalf("n=%d m=%d, want 3 and 2", g.N(), g.M())
	}
	a, _ := g.Index("a")
	b, _ := g.Index("b")
	c, _ := g.Index("c")
	if w, ok := g.HasEdge(a, b); !ok || w != 3 {
		t.Errorf("a-b = %v %v, want weight 3 (the larger of the repeats)", w, ok)
	}
	if w, ok := g.HasEdge(c, a); !ok || w != 1 {
		t.Errorf("c-a = %v %v, want 1", w, ok)
	}
	if _, ok := g.HasEdge(b, c); ok {
		t.Errorf("b-c should be absent")
	}
	es := g.Edges()
	if len(es) != 2 || es[0].U != a || es[0].V != b || es[1].U != a || es[1].V != c {
		t.Errorf("edges %v", es)
	}
}

func TestDigraphKeepsDirection(t *testing.T) {
	d := NewDigraph([]string{"a", "b", "c"}, []Edge{{0, 1, 1}, {2, 1, 1}})
	if !d.HasArc(0, 1) || d.HasArc(1, 0) || !d.HasArc(2, 1) {
		t.Fatal("arcs wrong")
	}
	if in, _ := d.In.Neighbors(1); len(in) != 2 {
		t.Fatalf("in-neighbours of b: %v", in)
	}
}
