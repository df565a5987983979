package structure

import (
	"math"
	"testing"

	"gbo/graph/network"
)

// The fast kernels against slow textbook versions on seeded random graphs:
// sparse ones (many components, trees, bridges) and denser ones.

type sizedCase struct {
	seed int64
	n, m int
}

func randomCases() []sizedCase {
	var cs []sizedCase
	for seed := int64(1); seed <= 60; seed++ {
		n := 3 + int(seed*7)%40
		m := []int{n / 2, n, n + n/2, 3 * n}[seed%4]
		cs = append(cs, sizedCase{seed, n, m})
	}
	// A few larger sparse ones: long cycles, long spans, deep DFS trees.
	return append(cs, sizedCase{61, 300, 330}, sizedCase{62, 500, 1000}, sizedCase{63, 200, 600})
}

// bfsDist is a plain BFS from s, skipping removed nodes and the edge
// (skipU, skipV) in either direction.
func bfsDist(g *network.Network, s int32, removed []bool, skipU, skipV int32) []int32 {
	dist := make([]int32, g.N())
	for i := range dist {
		dist[i] = -1
	}
	dist[s] = 0
	q := []int32{s}
	for len(q) > 0 {
		x := q[0]
		q = q[1:]
		for _, y := range g.Adj[g.Offset[x]:g.Offset[x+1]] {
			if (x == skipU && y == skipV) || (x == skipV && y == skipU) || (removed != nil && removed[y]) {
				continue
			}
			if dist[y] < 0 {
				dist[y] = dist[x] + 1
				q = append(q, y)
			}
		}
	}
	return dist
}

func countComponents(g *network.Network, removed []bool, skipU, skipV int32) int {
	seen := make([]bool, g.N())
	c := 0
	for s := int32(0); int(s) < g.N(); s++ {
		if seen[s] || (removed != nil && removed[s]) {
			continue
		}
		c++
		for u, d := range bfsDist(g, s, removed, skipU, skipV) {
			if d >= 0 {
				seen[u] = true
			}
		}
	}
	return c
}

func TestArticulationPointsMatchRemoval(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		base := countComponents(g, nil, -1, -1)
		ap := ArticulationPoints(g)
		for u := range ap {
			removed := make([]bool, g.N())
			removed[u] = true
			// An isolate's removal lowers the count; a leaf's keeps it; only
			// a cut point raises it.
			want := countComponents(g, removed, -1, -1) > base
			if ap[u] != want {
				t.Fatalf("seed %d node %d: cut %v, want %v", c.seed, u, ap[u], want)
			}
		}
	}
}

func TestBridgesMatchRemoval(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		base := countComponents(g, nil, -1, -1)
		isBridge := map[[2]int32]bool{}
		for _, b := range Bridges(g) {
			if b[0] >= b[1] {
				t.Fatalf("bridge %v not ordered", b)
			}
			isBridge[b] = true
		}
		for _, e := range g.Edges() {
			want := countComponents(g, nil, e.U, e.V) > base
			if isBridge[[2]int32{e.U, e.V}] != want {
				t.Fatalf("seed %d edge %d–%d: bridge %v, want %v", c.seed, e.U, e.V, !want, want)
			}
		}
	}
}

func TestSpanMatchesPlainBFS(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		local, span := LocalBridges(g)
		emb := Embeddedness(g)
		for i, e := range g.Edges() {
			want := bfsDist(g, e.U, nil, e.U, e.V)[e.V]
			if span[i] != want {
				t.Fatalf("seed %d edge %d–%d: span %d, want %d", c.seed, e.U, e.V, span[i], want)
			}
			if local[i] != (emb[i] == 0) {
				t.Fatalf("seed %d edge %d–%d: local %v with embeddedness %d", c.seed, e.U, e.V, local[i], emb[i])
			}
		}
	}
}

func TestDiameterAPLMatchPlainBFS(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		nodes := largestComponent(g)
		var sum int64
		diam := 0
		for _, s := range nodes {
			for _, d := range bfsDist(g, s, nil, -1, -1) {
				if d > 0 {
					sum += int64(d)
					if int(d) > diam {
						diam = int(d)
					}
				}
			}
		}
		k := float64(len(nodes))
		want := 0.0
		if len(nodes) > 1 {
			want = float64(sum) / (k * (k - 1))
		}
		if d, apl := DiameterAPL(g); d != diam || !close9(apl, want) {
			t.Fatalf("seed %d: diameter %d apl %v, want %d %v", c.seed, d, apl, diam, want)
		}
	}
}

func TestCoreNumberMatchesPeeling(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		got := CoreNumber(g)
		// Naive: for k = 1, 2, …, peel nodes of degree < k until none.
		want := make([]int32, g.N())
		alive := make([]bool, g.N())
		for k := int32(1); ; k++ {
			for i := range alive {
				alive[i] = true
			}
			for changed := true; changed; {
				changed = false
				for u := int32(0); int(u) < g.N(); u++ {
					if !alive[u] {
						continue
					}
					d := int32(0)
					for _, v := range g.Adj[g.Offset[u]:g.Offset[u+1]] {
						if alive[v] {
							d++
						}
					}
					if d < k {
						alive[u], changed = false, true
					}
				}
			}
			any := false
			for u, a := range alive {
				if a {
					want[u], any = k, true
				}
			}
			if !any {
				break
			}
		}
		for u := range got {
			if got[u] != want[u] {
				t.Fatalf("seed %d node %d: core %d, want %d", c.seed, u, got[u], want[u])
			}
		}
	}
}

// naiveHoles follows networkx's code literally: mutual weights, sums over
// all neighbours, with HasEdge lookups.
func naiveHoles(g *network.Network) (c, e []float64) {
	n := g.N()
	mw := func(u, v int32) float64 {
		w, ok := g.HasEdge(u, v)
		if !ok {
			return 0
		}
		return 2 * w
	}
	nmw := func(u, v int32, useMax bool) float64 {
		scale := 0.0
		nb, _ := g.Neighbors(u)
		for _, w := range nb {
			if useMax {
				scale = math.Max(scale, mw(u, w))
			} else {
				scale += mw(u, w)
			}
		}
		if scale == 0 {
			return 0
		}
		return mw(u, v) / scale
	}
	c, e = make([]float64, n), make([]float64, n)
	for u := int32(0); int(u) < n; u++ {
		nb, _ := g.Neighbors(u)
		if len(nb) == 0 {
			c[u], e[u] = math.NaN(), math.NaN()
			continue
		}
		for _, v := range nb {
			ind, red := 0.0, 0.0
			for _, w := range nb {
				ind += nmw(u, w, false) * nmw(w, v, false)
				red += nmw(u, w, false) * nmw(v, w, true)
			}
			l := nmw(u, v, false) + ind
			c[u] += l * l
			e[u] += 1 - red
		}
	}
	return c, e
}

func TestStructuralHolesMatchLiteralFormula(t *testing.T) {
	for _, cs := range randomCases() {
		g := randomNetwork(cs.seed, cs.n, cs.m)
		c, e := Constraint(g), EffectiveSize(g)
		wc, we := naiveHoles(g)
		for u := range c {
			if !(close9(c[u], wc[u]) || math.IsNaN(c[u]) && math.IsNaN(wc[u])) ||
				!(close9(e[u], we[u]) || math.IsNaN(e[u]) && math.IsNaN(we[u])) {
				t.Fatalf("seed %d node %d: constraint %v/%v effective size %v/%v", cs.seed, u, c[u], wc[u], e[u], we[u])
			}
		}
	}
}

func TestKeyPlayersMatchBruteForce(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		k := 4
		nodes, frag := KeyPlayers(g, k)
		removed := make([]bool, g.N())
		for step := 0; step < k && step < g.N(); step++ {
			best, bestF := int32(-1), -1.0
			for x := int32(0); int(x) < g.N(); x++ {
				if removed[x] {
					continue
				}
				removed[x] = true
				f := fragmentation(g, removed)
				removed[x] = false
				if f > bestF {
					best, bestF = x, f
				}
			}
			removed[best] = true
			if nodes[step] != best || !close9(frag[step], bestF) {
				t.Fatalf("seed %d step %d: %d F=%v, want %d F=%v", c.seed, step, nodes[step], frag[step], best, bestF)
			}
		}
	}
}

// fragmentation is Borgatti's F over the remaining nodes, from scratch.
func fragmentation(g *network.Network, removed []bool) float64 {
	comp, count := componentsWithout(g, removed)
	var s, r int64
	for _, size := range componentSizes(comp, count) {
		s += size * (size - 1)
		r += size
	}
	if r < 2 {
		return 1
	}
	return 1 - float64(s)/float64(r*(r-1))
}

func TestPairsDisconnectedMatchesPairs(t *testing.T) {
	for _, c := range randomCases() {
		g := randomNetwork(c.seed, c.n, c.m)
		removed := make([]bool, g.N())
		for u := range removed {
			removed[u] = (u*7+int(c.seed))%5 == 0
		}
		var want int64
		for a := int32(0); int(a) < g.N(); a++ {
			if removed[a] {
				continue
			}
			before := bfsDist(g, a, nil, -1, -1)
			after := bfsDist(g, a, removed, -1, -1)
			for b := a + 1; int(b) < g.N(); b++ {
				if !removed[b] && before[b] >= 0 && after[b] < 0 {
					want++
				}
			}
		}
		if got := PairsDisconnected(g, removed); got != want {
			t.Fatalf("seed %d: %d pairs, want %d", c.seed, got, want)
		}
	}
}

// A long path must not exhaust the stack (the searches are iterative), and
// its measures are known in closed form.
func TestLongPath(t *testing.T) {
	const n = 20000
	g := pathNetwork(n)
	ap := ArticulationPoints(g)
	for u := range ap {
		if ap[u] != (u > 0 && u < n-1) {
			t.Fatalf("node %d cut %v", u, ap[u])
		}
	}
	if b := Bridges(g); len(b) != n-1 {
		t.Fatalf("%d bridges", len(b))
	}
	_, span := LocalBridges(g)
	for _, s := range span {
		if s != -1 {
			t.Fatalf("span %d on a path", s)
		}
	}
	nodes, _ := KeyPlayers(g, 1)
	if nodes[0] != n/2-1 { // the middle; between two middles the lower index
		t.Errorf("key player %d", nodes[0])
	}
	// A path of n nodes: APL = (n+1)/3.
	if d, apl := DiameterAPL(pathNetwork(2000)); d != 1999 || !close9(apl, 2001.0/3) {
		t.Errorf("path: diameter %d apl %v", d, apl)
	}
}
