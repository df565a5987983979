package metrics_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	gnet "gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

	"gbo/graph"
	"gbo/graph/casedata"
	"gbo/graph/network"
	"gbo/metrics/centrality"
	"gbo/metrics/depth"
	"gbo/metrics/structure"
	"gbo/samples"
)

// scoreSample reads and scores a bundled sample as gbo does (the case's own
// [depth] model, as of the case's date).
func scoreSample(t testing.TB, name string) *depth.Scored {
	t.Helper()
	fsys, ok := samples.FS(name)
	if !ok {
		t.Fatalf("no sample %s", name)
	}
	return scoreSource(t, graph.OpenFS("sample:"+name, fsys))
}

// scoreSource reads and scores a case with its own [depth] model.
func scoreSource(t testing.TB, src *graph.Source) *depth.Scored {
	t.Helper()
	var model *depth.Model
	c, ps := graph.Read(src, graph.Options{
		Vocabulary: func(d casedata.DepthConfig) (casedata.Vocabulary, error) {
			m, err := depth.NewModel(d)
			if err != nil {
				return depth.DefaultModel(), err
			}
			model = m
			return m, nil
		},
	})
	if ps.HasErrors() {
		t.Fatalf("%s: %v", src.Label(), ps)
	}
	if model == nil {
		model = depth.DefaultModel()
	}
	return depth.Score(&c.Case, model, depth.ScoreOptions{})
}

// near is |got−want| ≤ 1e-9·max(1, |want|).
func near(got, want float64) bool {
	return math.Abs(got-want) <= 1e-9*max(1, math.Abs(want))
}

// TestGonumAlgorithmsOnSampleNetworks runs gonum's own algorithms on the
// network of every bundled sample (at --min-depth 1, and at 3, where the
// networks fall apart into components and isolates) through the gonum
// interfaces of network.Network, and checks each against our kernel:
// components, hop distances (Dijkstra and Floyd–Warshall; our closeness,
// diameter and average path length), betweenness, and weighted betweenness
// on the lengths 1/weight (Dijkstra and Floyd–Warshall).
func TestGonumAlgorithmsOnSampleNetworks(t *testing.T) {
	list := samples.List()
	if len(list) < 6 {
		t.Fatalf("%d samples; the test expects every bundled one (6)", len(list))
	}
	for _, info := range list {
		s := scoreSample(t, info.Name)
		for _, minDepth := range []int{1, 3} {
			g := s.Network(minDepth)
			t.Run(fmt.Sprintf("%s/min-depth-%d", info.Name, minDepth), func(t *testing.T) {
				if g.N() < 3 || g.M() == 0 {
					t.Fatalf("network of %d nodes and %d ties: too small to test anything", g.N(), g.M())
				}
				checkComponents(t, g)
				checkHops(t, g)
				checkBetweenness(t, g)
			})
		}
	}
}

// checkComponents compares topo.ConnectedComponents with
// structure.Components as partitions.
func checkComponents(t *testing.T, g *network.Network) {
	t.Helper()
	comp, count := structure.Components(g)
	cc := topo.ConnectedComponents(g)
	if len(cc) != count {
		t.Fatalf("gonum finds %d components, we %d", len(cc), count)
	}
	seen := make([]bool, g.N())
	for _, c := range cc {
		label := comp[c[0].ID()]
		for _, v := range c {
			if comp[v.ID()] != label || seen[v.ID()] {
				t.Fatalf("node %d: gonum's component %v is not one of ours", v.ID(), c)
			}
			seen[v.ID()] = true
		}
	}
	if i := slices.Index(seen, false); i >= 0 {
		t.Fatalf("gonum's components leave out node %d", i)
	}
}

// checkHops compares gonum's hop distances (Dijkstra and Floyd–Warshall on
// network.Hops) with each other, and the measures built on them with ours:
// closeness (Wasserman–Faust) and the diameter and average path length of
// the largest component.
func checkHops(t *testing.T, g *network.Network) {
	t.Helper()
	h := network.Hops{Network: g}
	dj := path.DijkstraAllPaths(h)
	fw, ok := path.FloydWarshall(h)
	if !ok {
		t.Fatal("Floyd–Warshall finds a negative cycle in hop lengths")
	}
	n := g.N()
	comp, count := structure.Components(g)
	size := make([]int, count)
	for _, c := range comp {
		size[c]++
	}
	// The largest component, the smallest node index winning a tie.
	big := int32(0)
	for c := range size {
		if size[c] > size[big] {
			big = int32(c)
		}
	}
	for u := range n {
		for v := range n {
			a, b := dj.Weight(int64(u), int64(v)), fw.Weight(int64(u), int64(v))
			if a != b {
				t.Fatalf("hops %d–%d: Dijkstra %v, Floyd–Warshall %v", u, v, a, b)
			}
			if reach := comp[u] == comp[v]; reach == math.IsInf(a, 1) {
				t.Fatalf("hops %d–%d = %v, but same component is %v", u, v, a, reach)
			}
		}
	}

	// Closeness: gonum's is 1/Σd over reachable nodes; ours corrects it
	// by (r−1)²/(n−1) for the r nodes u reaches (itself included).
	ours := centrality.Closeness(g)
	theirs := gnet.Closeness(h, dj)
	for u := range n {
		r := float64(size[comp[u]])
		want := 0.0
		if r > 1 {
			want = theirs[int64(u)] * (r - 1) * (r - 1) / float64(n-1)
		}
		if !near(ours[u], want) {
			t.Errorf("closeness of %d (%s): ours %.12g, from gonum %.12g", u, g.IDs[u], ours[u], want)
		}
	}

	// Diameter and average path length of the largest component.
	diam, sum, k := 0.0, 0.0, float64(size[big])
	for u := range n {
		for v := range n {
			if comp[u] == big && comp[v] == big && u != v {
				d := dj.Weight(int64(u), int64(v))
				diam = max(diam, d)
				sum += d
			}
		}
	}
	gd, gapl := structure.DiameterAPL(g)
	if float64(gd) != diam || !near(gapl, sum/(k*(k-1))) {
		t.Errorf("largest component: ours diameter %d, APL %.12g; gonum's distances give %v, %.12g",
			gd, gapl, diam, sum/(k*(k-1)))
	}
	ecc := gnet.Eccentricity(h, dj)
	for u := range n {
		if comp[u] == big && ecc[int64(u)] > diam {
			t.Errorf("eccentricity of %d is %v, more than the diameter %v", u, ecc[int64(u)], diam)
		}
	}
}

// scaledLengths is network.Distances with every length multiplied by scale.
type scaledLengths struct {
	network.Distances
	scale float64
}

func (s scaledLengths) Weight(x, y int64) (float64, bool) {
	w, ok := s.Distances.Weight(x, y)
	return w * s.scale, ok
}

func (s scaledLengths) WeightedEdge(u, v int64) gonum.WeightedEdge {
	e := s.Distances.WeightedEdge(u, v)
	if e == nil {
		return nil
	}
	return network.Edge{U: int32(u), V: int32(v), W: e.Weight() * s.scale}
}

// exactLengths is the lengths 1/weight of g as gonum should see them to find
// the shortest paths we find. We count two path lengths within
// centrality.TieEpsilon as equal; gonum compares them exactly, so where the
// weights are whole numbers (ratings: 3, 4, 5), 1/3+1/3+1/3 ≠ 1/4+1/4+1/4+1/4
// in floating point drops one of two equally short paths. Multiplying every
// length by the least common multiple of the weights makes each a whole
// number, so sums are exact and gonum ties what we tie; scaling all lengths
// changes no shortest path. Other weights (depth scores) are used as they are.
func exactLengths(g *network.Network) gonum.Weighted {
	d := network.Distances{Network: g}
	l := int64(1)
	for _, w := range g.Weights {
		if w != math.Trunc(w) || w < 1 || l > 1<<20 {
			return d
		}
		a, b := l, int64(w)
		for b != 0 {
			a, b = b, a%b
		}
		l = l / a * int64(w)
	}
	if l > 1<<20 {
		return d
	}
	return scaledLengths{d, float64(l)}
}

// checkBetweenness compares gonum's betweenness (hops, and lengths 1/weight
// through network.Distances, on Dijkstra's and on Floyd–Warshall's paths)
// with ours (see exactLengths). gonum counts each pair twice and does not normalise: ours ×
// (n−1)(n−2) is its value.
func checkBetweenness(t *testing.T, g *network.Network) {
	t.Helper()
	n := float64(g.N())
	scale := (n - 1) * (n - 2)
	compare := func(what string, ours []float64, theirs map[int64]float64) {
		t.Helper()
		for u, x := range ours {
			if !near(x*scale, theirs[int64(u)]) {
				t.Errorf("%s of %d (%s): ours %.12g, gonum %.12g", what, u, g.IDs[u], x*scale, theirs[int64(u)])
			}
		}
	}
	compare("betweenness", centrality.Betweenness(g), gnet.Betweenness(g))
	d := exactLengths(g)
	fw, ok := path.FloydWarshall(d)
	if !ok {
		t.Fatal("Floyd–Warshall finds a negative cycle in lengths 1/weight")
	}
	ours := centrality.BetweennessWeighted(g)
	compare("weighted betweenness (Dijkstra)", ours, gnet.BetweennessWeighted(d, path.DijkstraAllPaths(d)))
	compare("weighted betweenness (Floyd–Warshall)", ours, gnet.BetweennessWeighted(d, fw))
}

// TestGonumDigraphOnSamples checks the gonum view of the brokerage digraph
// of every sample against its own arcs: From and To list exactly the heads
// and tails, HasEdgeFromTo and Edge agree with HasArc, and gonum's
// topo.TarjanSCC runs on it and partitions the nodes.
func TestGonumDigraphOnSamples(t *testing.T) {
	for _, info := range samples.List() {
		s := scoreSample(t, info.Name)
		net := s.Network(1)
		d := s.Digraph(net)
		n := net.N()
		arcs := 0
		for u := range n {
			for v := range n {
				has := d.HasArc(int32(u), int32(v))
				if d.HasEdgeFromTo(int64(u), int64(v)) != has || (d.Edge(int64(u), int64(v)) != nil) != has {
					t.Fatalf("%s: arc %d→%d is %v, gonum's view disagrees", info.Name, u, v, has)
				}
				if has {
					arcs++
					if !slices.ContainsFunc(gonum.NodesOf(d.From(int64(u))), func(x gonum.Node) bool { return x.ID() == int64(v) }) ||
						!slices.ContainsFunc(gonum.NodesOf(d.To(int64(v))), func(x gonum.Node) bool { return x.ID() == int64(u) }) {
						t.Fatalf("%s: arc %d→%d missing from From(%d) or To(%d)", info.Name, u, v, u, v)
					}
				}
			}
		}
		from, to := 0, 0
		for u := range n {
			from += d.From(int64(u)).Len()
			to += d.To(int64(u)).Len()
		}
		if arcs == 0 || from != arcs || to != arcs {
			t.Fatalf("%s: %d arcs, From lists %d, To %d", info.Name, arcs, from, to)
		}
		total := 0
		for _, c := range topo.TarjanSCC(d) {
			total += len(c)
		}
		if total != n {
			t.Fatalf("%s: TarjanSCC covers %d of %d nodes", info.Name, total, n)
		}
	}
}

// TestGonumViewHostileIDs asks every method about ids no network has
// (negative, N, past int32): gonum's answers for an absent node, no panic.
func TestGonumViewHostileIDs(t *testing.T) {
	g := network.New([]string{"a", "b", "c"}, []network.Edge{{U: 0, V: 1, W: 2}, {U: 1, V: 2, W: 4}})
	d := network.NewDigraph(g.IDs, []network.Edge{{U: 0, V: 1, W: 1}})
	views := []gonum.Weighted{g, network.Distances{Network: g}, network.Hops{Network: g}, d}
	for _, id := range []int64{-1, 3, math.MaxInt32 + 1, math.MinInt64, math.MaxInt64} {
		for i, v := range views {
			if v.Node(id) != nil || v.From(id).Len() != 0 || v.From(id).Next() ||
				v.HasEdgeBetween(id, 0) || v.HasEdgeBetween(0, id) || v.Edge(id, 0) != nil || v.WeightedEdge(0, id) != nil {
				t.Errorf("view %d: id %d answers as if it were a node", i, id)
			}
			if _, ok := v.Weight(id, id); ok {
				t.Errorf("view %d: Weight(%d, %d) is ok", i, id, id)
			}
			if _, ok := v.Weight(0, id); ok {
				t.Errorf("view %d: Weight(0, %d) is ok", i, id)
			}
		}
		if d.To(id).Len() != 0 || d.HasEdgeFromTo(id, 1) {
			t.Errorf("digraph: id %d has arcs", id)
		}
	}
	// The weights each view gives, and the self weight convention.
	for _, c := range []struct {
		v          gonum.Weighted
		tie, selfW float64
		absent     float64
	}{{g, 2, 0, 0}, {network.Distances{Network: g}, 0.5, 0, math.Inf(1)}, {network.Hops{Network: g}, 1, 0, math.Inf(1)}} {
		if w, ok := c.v.Weight(1, 0); !ok || w != c.tie {
			t.Errorf("%T: Weight(1, 0) = %v, %v; want %v", c.v, w, ok, c.tie)
		}
		if e := c.v.WeightedEdge(0, 1); e == nil || e.Weight() != c.tie || e.From().ID() != 0 || e.To().ID() != 1 ||
			e.ReversedEdge().From().ID() != 1 {
			t.Errorf("%T: WeightedEdge(0, 1) = %v", c.v, e)
		}
		if w, ok := c.v.Weight(2, 2); !ok || w != c.selfW {
			t.Errorf("%T: Weight(2, 2) = %v, %v; want %v, true", c.v, w, ok, c.selfW)
		}
		if w, ok := c.v.Weight(0, 2); ok || w != c.absent {
			t.Errorf("%T: Weight(0, 2) of untied nodes = %v, %v; want %v, false", c.v, w, ok, c.absent)
		}
	}
	// An iterator runs out, resets, and slices what is left.
	it := g.From(1)
	if it.Len() != 2 || !it.Next() || it.Node().ID() != 0 || it.Len() != 1 {
		t.Fatal("From(1) does not start at node 0 with 2 neighbours")
	}
	rest := gonum.NodesOf(it)
	if len(rest) != 1 || rest[0].ID() != 2 || it.Next() || it.Node() != nil || it.Len() != 0 {
		t.Fatalf("From(1) after one node: %v left, then Next %v", rest, it.Next())
	}
	it.Reset()
	if got := gonum.NodesOf(it); len(got) != 2 {
		t.Fatalf("From(1) after Reset: %v", got)
	}
	if g0 := network.New(nil, nil); g0.Nodes().Len() != 0 || g0.Nodes().Next() {
		t.Fatal("an empty network has nodes")
	}
}

// TestGonumViewAllocations pins "allocation-light": Weight and
// HasEdgeBetween allocate nothing, From and Nodes one iterator, and
// iterating over a row allocates nothing for node indices below 256.
func TestGonumViewAllocations(t *testing.T) {
	g := scoreSample(t, "golf-2025").Network(1)
	u := int64(0)
	for g.Degree(int32(u)) == 0 {
		u++
	}
	row, _ := g.Neighbors(int32(u))
	v := int64(row[len(row)-1])
	for _, c := range []struct {
		what string
		max  float64
		f    func()
	}{
		{"Weight", 0, func() { _, _ = g.Weight(u, v) }},
		{"Distances.Weight", 0, func() { _, _ = network.Distances{Network: g}.Weight(u, v) }},
		{"HasEdgeBetween", 0, func() { _ = g.HasEdgeBetween(u, v) }},
		{"Node", 0, func() { _ = g.Node(v) }},
		{"From and its iteration", 1, func() {
			for it := g.From(u); it.Next(); {
				_ = it.Node()
			}
		}},
		{"Nodes", 1, func() { _ = g.Nodes() }},
	} {
		if a := testing.AllocsPerRun(100, c.f); a > c.max {
			t.Errorf("%s: %v allocations, at most %v", c.what, a, c.max)
		}
	}
}

// BenchmarkBetweennessGonum compares gonum's network.Betweenness (run on our
// Network through its gonum interface, and on a copy in gonum's own
// simple.UndirectedGraph) with ours, and gonum's BetweennessWeighted on
// Distances with ours, on a generated case of 500 partners
// (samples.Generate, 20,000 events). Run with -cpu 1 to compare one core
// with one core: our kernels share sources among the cores.
func BenchmarkBetweennessGonum(b *testing.B) {
	dir := b.TempDir()
	if err := samples.Generate(samples.GenerateOptions{Partners: 500, Events: 20000, Seed: 1}, dir); err != nil {
		b.Fatal(err)
	}
	src, err := graph.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	g := scoreSource(b, src).Network(1)
	b.Logf("generated case: %d partners, %d ties", g.N(), g.M())
	b.Run("ours", func(b *testing.B) {
		for b.Loop() {
			centrality.Betweenness(g)
		}
	})
	b.Run("gonum", func(b *testing.B) {
		for b.Loop() {
			gnet.Betweenness(g)
		}
	})
	// gonum on its own map-based graph type, so that the cost of our
	// interface (an iterator per From, a boxed node id past 255) is not
	// counted against gonum.
	sg := simple.NewUndirectedGraph()
	for _, e := range g.Edges() {
		sg.SetEdge(sg.NewEdge(simple.Node(e.U), simple.Node(e.V)))
	}
	for u := range g.N() {
		if sg.Node(int64(u)) == nil {
			sg.AddNode(simple.Node(u))
		}
	}
	b.Run("gonum-simple", func(b *testing.B) {
		for b.Loop() {
			gnet.Betweenness(sg)
		}
	})
	b.Run("ours-weighted", func(b *testing.B) {
		for b.Loop() {
			centrality.BetweennessWeighted(g)
		}
	})
	b.Run("gonum-weighted", func(b *testing.B) {
		d := network.Distances{Network: g}
		for b.Loop() {
			gnet.BetweennessWeighted(d, path.DijkstraAllPaths(d))
		}
	})
}
