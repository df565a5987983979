package mapview

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Graphviz runs in one WebAssembly instance that is not safe for concurrent
// use, and a failed render can leave it broken: one instance serves all maps
// under a lock and is replaced after an error.
var gv struct {
	sync.Mutex
	inst *graphviz.Graphviz
	// lastNodes is how many nodes the last layout gave Graphviz (tests).
	lastNodes int
}

// layout asks Graphviz for node positions (format json0: the layout without
// drawing operations; only svg, dot, xdot and json are safe to ask for) and
// stores them in p.nodes. Edges are drawn straight, so positions are all the
// map needs.
func (p *plan) layout(ctx context.Context) error {
	if len(p.nodes) == 0 || p.pin() {
		return nil // empty, or pinned to the union of the waves (shared.go)
	}
	// Partners without ties are not given to Graphviz: they go on the
	// shelf anyway, and a thousand disconnected nodes cost sfdp half a
	// minute (a 13 KB case of partners only).
	linked := p.linked()
	if len(p.edges) == 0 {
		p.rowsOf(allIndexes(len(p.nodes)), 0, 0, 0)
		return nil
	}
	if len(linked) < len(p.nodes) {
		sub := *p
		sub.nodes = make([]node, len(linked))
		at := make([]int, len(p.nodes))
		for k, i := range linked {
			sub.nodes[k] = p.nodes[i]
			at[i] = k
		}
		sub.edges = make([]edge, len(p.edges))
		for k, e := range p.edges {
			e.a, e.b = at[e.a], at[e.b]
			sub.edges[k] = e
		}
		if err := sub.layoutGraphviz(ctx); err != nil {
			return err
		}
		for k, i := range linked {
			p.nodes[i].x, p.nodes[i].y = sub.nodes[k].x, sub.nodes[k].y
		}
		p.shelveIsolates()
		return nil
	}
	return p.layoutGraphviz(ctx)
}

// linked returns the indexes of the nodes with at least one edge, in order.
func (p *plan) linked() []int {
	has := make([]bool, len(p.nodes))
	for _, e := range p.edges {
		has[e.a], has[e.b] = true, true
	}
	var out []int
	for i, h := range has {
		if h {
			out = append(out, i)
		}
	}
	return out
}

func allIndexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// layoutGraphviz lays out every node of p with Graphviz.
func (p *plan) layoutGraphviz(ctx context.Context) error {
	dot := p.dot()
	gv.Lock()
	defer gv.Unlock()
	gv.lastNodes = len(p.nodes)
	if gv.inst == nil {
		inst, err := graphviz.New(ctx)
		if err != nil {
			return fmt.Errorf("map: starting Graphviz: %w", err)
		}
		gv.inst = inst
	}
	// sfdp draws random numbers before it seeds them from start=, so its
	// layout depends on what the instance ran before (the first sfdp run
	// after a neato run differs from the next). A small sfdp run first puts
	// that state in the same place every time, for every engine.
	_, err := runLayout(ctx, gv.inst, resetDOT, "sfdp")
	var out []byte
	if err == nil {
		out, err = runLayout(ctx, gv.inst, dot, p.engine)
	}
	if err != nil {
		gv.inst.Close()
		gv.inst = nil
		return fmt.Errorf("map: layout with %s: %w", p.engine, err)
	}
	if err := p.readPositions(out); err != nil {
		return err
	}
	removeOverlaps(p.nodes, 6, p.engine == "sfdp")
	p.shelveIsolates()
	return nil
}

// shelveIsolates moves the partners without any tie into rows under the
// drawing, in plan order. Layout engines scatter them along the edges, where
// they look like outliers and, on large maps, stretch the picture.
func (p *plan) shelveIsolates() {
	linked := make([]bool, len(p.nodes))
	for _, e := range p.edges {
		linked[e.a], linked[e.b] = true, true
	}
	var rest []node
	var alone []int
	for i, n := range p.nodes {
		if linked[i] {
			rest = append(rest, n)
		} else {
			alone = append(alone, i)
		}
	}
	if len(alone) == 0 || len(rest) == 0 {
		return
	}
	minX, minY, maxX, _ := bounds(rest)
	const gap = 12.0
	p.shelfTop, p.shelfLeft = minY-gap, minX
	p.rowsOf(alone, minX, minY-2*gap-p.words.captionSize(), max(maxX-minX, 400))
	p.hasShelf = true
}

// rowsOf places the nodes idx in rows at least width points wide, and wide
// enough that the rows come out about twice as wide as they are high (a map
// of partners only is neither one long row nor a tall strip), left to right
// from left, downwards from top.
func (p *plan) rowsOf(idx []int, left, top, width float64) {
	const gap = 12.0
	w := 0.0
	for _, i := range idx {
		w += p.nodes[i].w + gap
	}
	width = max(width, 400, w/max(1, math.Sqrt(float64(len(idx))/2)))
	x, rowH := left, 0.0
	for _, i := range idx {
		n := &p.nodes[i]
		if x > left && x+n.w > left+width {
			x, top, rowH = left, top-rowH-gap, 0
		}
		n.x, n.y = x+n.w/2, top-n.h/2
		x += n.w + gap
		rowH = max(rowH, n.h)
	}
}

var resetDOT = []byte("graph { layout=sfdp; start=1; overlap=true; a -- b; b -- c; c -- a; c -- d; }")

func runLayout(ctx context.Context, inst *graphviz.Graphviz, dot []byte, engine string) ([]byte, error) {
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, err
	}
	defer g.Close()
	inst.SetLayout(graphviz.Layout(engine))
	var buf bytes.Buffer
	if err := inst.Render(ctx, g, graphviz.Format("json0"), &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// maxCoord bounds a position from the layout, in points (a layout of
// thousands of nodes spans well under 1e6): NaN, infinities and anything
// beyond are refused, so that no such number reaches a picture.
const maxCoord = 1e7

// readPositions takes each node's "pos" (points, y up) from Graphviz's JSON;
// nodes come in declaration order, numbered by _gvid.
func (p *plan) readPositions(out []byte) error {
	var doc struct {
		Objects []struct {
			Gvid *int   `json:"_gvid"`
			Name string `json:"name"`
			Pos  string `json:"pos"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return fmt.Errorf("map: reading the layout: %w", err)
	}
	set := 0
	for _, o := range doc.Objects {
		if o.Gvid == nil || o.Pos == "" || *o.Gvid < 0 || *o.Gvid >= len(p.nodes) {
			continue // a subgraph, or not a node of ours
		}
		x, y, ok := strings.Cut(o.Pos, ",")
		fx, err1 := strconv.ParseFloat(x, 64)
		fy, err2 := strconv.ParseFloat(y, 64)
		if !ok || err1 != nil || err2 != nil || !(math.Abs(fx) <= maxCoord) || !(math.Abs(fy) <= maxCoord) {
			return fmt.Errorf("map: reading the layout: bad position %q", capRunes(o.Pos, 60, "…"))
		}
		p.nodes[*o.Gvid].x, p.nodes[*o.Gvid].y = fx, fy
		set++
	}
	if set != len(p.nodes) {
		return fmt.Errorf("map: the layout placed %d of %d nodes", set, len(p.nodes))
	}
	return nil
}

// removeOverlaps pushes overlapping nodes apart until every pair of boxes is
// at least gap points apart, or 100 rounds have passed. With spread (for
// sfdp, which treats nodes as points) it first scales the layout up until the
// nodes take at most a third of its area. Then, round by round, it moves each
// overlapping pair apart along the line between their centres (see
// separate); after 20 rounds it also widens the layout by 4% a round. Pairs
// are found through a grid of cells as large as the largest node.
// Everything runs in node order, so the result is deterministic.
func removeOverlaps(ns []node, gap float64, spread bool) {
	if len(ns) < 2 {
		return
	}
	var area, cell float64
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range ns {
		area += (n.w + gap) * (n.h + gap)
		cell = max(cell, n.w+gap, n.h+gap)
		minX, maxX = min(minX, n.x), max(maxX, n.x)
		minY, maxY = min(minY, n.y), max(maxY, n.y)
	}
	if span := (maxX - minX + 1) * (maxY - minY + 1); spread && span < 3*area {
		s := math.Sqrt(3 * area / span)
		for i := range ns {
			ns[i].x, ns[i].y = ns[i].x*s, ns[i].y*s
		}
	}
	type key struct{ x, y int }
	grid := map[key][]int{}
	for round := 0; round < 100; round++ {
		clear(grid)
		for i, n := range ns {
			k := key{int(math.Floor(n.x / cell)), int(math.Floor(n.y / cell))}
			grid[k] = append(grid[k], i)
		}
		moved := false
		for i := range ns {
			a := &ns[i]
			kx, ky := int(math.Floor(a.x/cell)), int(math.Floor(a.y/cell))
			var near []int
			for dx := -1; dx <= 1; dx++ {
				for dy := -1; dy <= 1; dy++ {
					near = append(near, grid[key{kx + dx, ky + dy}]...)
				}
			}
			slices.Sort(near)
			for _, j := range near {
				if j <= i {
					continue
				}
				b := &ns[j]
				if separate(a, b, gap, float64(j-i)) {
					moved = true
				}
			}
		}
		if !moved {
			return
		}
		if round >= 20 {
			// Crowded clusters can trade overlaps back and forth; widening
			// the whole layout a little each round ends that.
			for i := range ns {
				ns[i].x, ns[i].y = ns[i].x*1.04, ns[i].y*1.04
			}
		}
	}
}

// separate moves two overlapping nodes apart along the line between their
// centres, half each, by as much as that line must grow for their boxes
// (plus gap) to stop overlapping, at most fourfold in one step. Moving along
// the centre line keeps the layout's directions: pushing along the axis of
// least overlap instead stacks wide, flat nodes into columns. Nodes on the
// same spot are split sideways, by their distance in node order.
func separate(a, b *node, gap, order float64) bool {
	dx, dy := b.x-a.x, b.y-a.y
	if math.Abs(dx) < 1e-9 && math.Abs(dy) < 1e-9 {
		dx = 1e-3 * order
	}
	need := func(size, d float64) float64 {
		if math.Abs(d) < 1e-9 {
			return math.Inf(1)
		}
		return (size + gap) / math.Abs(d)
	}
	t := min(need((a.w+b.w)/2, dx), need((a.h+b.h)/2, dy))
	if t <= 1 {
		return false
	}
	t = min(t, 4) + 0.001
	mx, my := dx*(t-1)/2, dy*(t-1)/2
	a.x, a.y = a.x-mx, a.y-my
	b.x, b.y = b.x+mx, b.y+my
	return true
}
