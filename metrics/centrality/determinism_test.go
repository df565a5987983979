package centrality

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"gbo/graph/network"
	"gbo/metrics/internal/testgraph"
)

// The parallel kernels must give the same bits whatever the number of
// workers, the schedule, and whatever a worker's scratch did before.

// determinismGraphs are networks that drive every path of the kernels:
//   - gen600: the tie network of `gbo generate --partners 600 --events
//     20000 --seed 1` over 2023 (testdata/gen600_ties.txt.gz), on which
//     BetweennessWeighted once differed in the last bits between runs;
//   - hubs: a generated network of the same shape (hubGraph);
//   - gnm: the same size, uniformly random;
//   - far: a long ring with a few very strong chords (length ratio 1000),
//     so some sources' bucket searches run past maxBuckets and fall back to
//     the heap and others do not;
//   - heap: lengths spread too widely for buckets.
func determinismGraphs(t *testing.T) []struct {
	name string
	g    *network.Network
} {
	ring := func(n int, chords int, seed uint64) *network.Network {
		r := rand.New(rand.NewPCG(seed, 7))
		ids := make([]string, n)
		var edges []network.Edge
		for i := range n {
			ids[i] = fmt.Sprintf("r%04d", i)
			edges = append(edges, network.Edge{U: int32(i), V: int32((i + 1) % n), W: float64(1 + r.IntN(2))})
		}
		seen := map[[2]int32]bool{}
		for len(seen) < chords {
			u, v := int32(r.IntN(n)), int32(r.IntN(n))
			if u > v {
				u, v = v, u
			}
			if v-u < 2 || seen[[2]int32{u, v}] || (u == 0 && int(v) == n-1) {
				continue
			}
			seen[[2]int32{u, v}] = true
			edges = append(edges, network.Edge{U: u, V: v, W: 1000})
		}
		// Edges must be sorted and unique for network.New: normalise.
		for i := range edges {
			if edges[i].U > edges[i].V {
				edges[i].U, edges[i].V = edges[i].V, edges[i].U
			}
		}
		return network.New(ids, edges)
	}
	return []struct {
		name string
		g    *network.Network
	}{
		{"gen600", gen600(t)},
		{"hubs", hubGraph(600, 12338, 1)},
		{"gnm", testgraph.GNM(600, 12338, []float64{1, 2, 3, 4, 5}, 1)},
		{"far", ring(600, 8, 3)},
		{"heap", testgraph.GNM(400, 2400, []float64{0.01, 0.3, 1, 7, 60}, 5)},
	}
}

// gen600 reads testdata/gen600_ties.txt.gz: lines "u v weight" over node
// indices 0..599 after two comment lines.
func gen600(t *testing.T) *network.Network {
	f, err := os.Open("testdata/gen600_ties.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	var edges []network.Edge
	n := int32(0)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		var e network.Edge
		if _, err := fmt.Sscan(sc.Text(), &e.U, &e.V, &e.W); err != nil {
			t.Fatalf("gen600_ties.txt.gz: %q: %v", sc.Text(), err)
		}
		edges = append(edges, e)
		n = max(n, e.U+1, e.V+1)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 600 || len(edges) != 12338 {
		t.Fatalf("gen600_ties.txt.gz: %d nodes, %d ties; want 600, 12338", n, len(edges))
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%04d", i)
	}
	return network.New(ids, edges)
}

// hubGraph is a seeded network shaped like `gbo generate --partners 600
// --events 20000`: m ties among n partners whose expected degrees are
// heavy-tailed (a few hubs tied to most partners, degree centralisation
// near 0.75), with the depth mix of the generator as weights (1: 55%,
// 2: 20%, 3: 8%, 4: 10%, 5: 7%). Hubs make many paths of equal length and
// many shortened distances, which is what exposed scratch left over from a
// previous source.
func hubGraph(n, m int, seed uint64) *network.Network {
	r := rand.New(rand.NewPCG(seed, 0x51ed))
	ids := make([]string, n)
	cum := make([]float64, n) // cumulative expected degree, Chung–Lu style
	total := 0.0
	names := r.Perm(n) // hubs anywhere in the sorted order, as in a case
	for i := range n {
		ids[i] = fmt.Sprintf("p%04d", names[i])
		total += 1 / math.Pow(float64(i+1), 0.8)
		cum[i] = total
	}
	pick := func() int32 {
		x := r.Float64() * total
		lo, hi := 0, n-1
		for lo < hi {
			mid := (lo + hi) / 2
			if cum[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return int32(lo)
	}
	depth := func() float64 {
		switch x := r.IntN(100); {
		case x < 55:
			return 1
		case x < 75:
			return 2
		case x < 83:
			return 3
		case x < 93:
			return 4
		default:
			return 5
		}
	}
	seen := map[[2]int32]bool{}
	var edges []network.Edge
	for i := 1; i < n; i++ { // a spanning tree first: one component
		u, v := int32(r.IntN(i)), int32(i)
		seen[[2]int32{u, v}] = true
		edges = append(edges, network.Edge{U: u, V: v, W: depth()})
	}
	for len(edges) < m {
		u, v := pick(), int32(r.IntN(n))
		if u > v {
			u, v = v, u
		}
		if u == v || seen[[2]int32{u, v}] {
			continue
		}
		seen[[2]int32{u, v}] = true
		edges = append(edges, network.Edge{U: u, V: v, W: depth()})
	}
	return network.New(ids, edges)
}

// withWorkers runs f with the kernels forced onto k workers.
func withWorkers(k int, f func()) {
	old := parallelWorkers
	parallelWorkers = func() int { return k }
	defer func() { parallelWorkers = old }()
	f()
}

func sameBits(t *testing.T, what string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range want {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
			t.Fatalf("%s: node %d is %v (%#x), with one worker %v (%#x)",
				what, i, got[i], math.Float64bits(got[i]), want[i], math.Float64bits(want[i]))
		}
	}
}

// parallelKernels are the kernels that split their sources among workers
// (forChunks); the others run on one goroutine.
var parallelKernels = []struct {
	name string
	f    func(*network.Network) []float64
}{
	{"Betweenness", Betweenness},
	{"BetweennessWeighted", BetweennessWeighted},
	{"Closeness", Closeness},
}

func TestEveryKernelGivesTheSameBitsOnAnyNumberOfWorkers(t *testing.T) {
	for _, tg := range determinismGraphs(t) {
		for _, m := range parallelKernels {
			var want []float64
			withWorkers(1, func() { want = m.f(tg.g) })
			for _, k := range []int{2, 3, 4, 7, 16} {
				withWorkers(k, func() {
					sameBits(t, fmt.Sprintf("%s on %s, %d workers", m.name, tg.name, k), m.f(tg.g), want)
				})
			}
			reps := 20 // schedules vary from run to run
			if testing.Short() || tg.name != "gen600" {
				reps = 4
			}
			for _, k := range []int{2, 7} {
				for rep := range reps {
					withWorkers(k, func() {
						sameBits(t, fmt.Sprintf("%s on %s, %d workers, run %d", m.name, tg.name, k, rep), m.f(tg.g), want)
					})
				}
			}
		}
	}
}

// TestOneSourceDoesNotDependOnTheScratchHistory pins the cause: a worker's
// scratch, after any sequence of sources, must give a source exactly the
// dependencies a fresh scratch gives it.
func TestOneSourceDoesNotDependOnTheScratchHistory(t *testing.T) {
	for _, tg := range determinismGraphs(t) {
		g := tg.g
		n := g.N()
		length := make([]float64, len(g.Adj))
		for i, w := range g.Weights {
			length[i] = 1 / w
		}
		kinds := []struct {
			name string
			make func() sourcer
		}{
			{"hop", func() sourcer { return newHopBrandes(g) }},
			{"weighted", func() sourcer { return newDijkstraBrandes(g, length) }},
			{"weighted-heap", func() sourcer { b := newDijkstraBrandes(g, length); b.buckets = nil; return b }},
		}
		for _, kd := range kinds {
			used := kd.make()
			perm := rand.New(rand.NewPCG(9, 9)).Perm(n)
			far := 0
			for i, s := range perm[:min(n, 120)] {
				fresh := make([]float64, n)
				kd.make().source(int32(s), fresh)
				got := make([]float64, n)
				used.source(int32(s), got)
				sameBits(t, fmt.Sprintf("%s on %s: source %d after %d others", kd.name, tg.name, s, i), got, fresh)
				if d, ok := used.(*dijkstraBrandes); ok && d.far {
					far++
				}
			}
			// The far graph must mix bucket searches with ones that fall
			// back to the heap, or it tests nothing more than the others.
			if tg.name == "far" && kd.name == "weighted" && (far == 0 || far == min(n, 120)) {
				t.Errorf("far: %d of %d sources fell back to the heap; want some, not all", far, min(n, 120))
			}
		}
	}
}
