package centrality

import (
	"fmt"
	"math"
	"runtime"
	"testing"

	"gbo/graph/network"
)

var all = []struct {
	name string
	f    func(*network.Network) []float64
}{
	{"Betweenness", Betweenness},
	{"BetweennessWeighted", BetweennessWeighted},
	{"Closeness", Closeness},
	{"Eigenvector", Eigenvector},
	{"PageRank", PageRank},
}

func TestResultsAreTheSameBitForBitOnAnyNumberOfCores(t *testing.T) {
	g := randomGnm(700, 2100, []float64{1, 2, 3, 5, 7}, 11)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, m := range all {
		runtime.GOMAXPROCS(1)
		want := m.f(g)
		for _, procs := range []int{2, 3, 8} {
			runtime.GOMAXPROCS(procs)
			got := m.f(g)
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("%s with %d cores: node %d is %v, with 1 core %v", m.name, procs, i, got[i], want[i])
				}
			}
		}
	}
}

func TestSmallAndEdgelessGraphsGiveDefinedValues(t *testing.T) {
	ids := func(k int) []string { return []string{"a", "b", "c", "d"}[:k] }
	cases := []struct {
		name  string
		g     *network.Network
		want  map[string][]float64
		nodes int
	}{
		{"an empty graph has no values", network.New(nil, nil), map[string][]float64{
			"Betweenness": {}, "BetweennessWeighted": {}, "Closeness": {}, "Eigenvector": {}, "PageRank": {},
		}, 0},
		{"a single node is central to nothing but holds all PageRank", network.New(ids(1), nil), map[string][]float64{
			"Betweenness": {0}, "BetweennessWeighted": {0}, "Closeness": {0}, "Eigenvector": {1}, "PageRank": {1},
		}, 1},
		{"one tie between two nodes", network.New(ids(2), []network.Edge{{U: 0, V: 1, W: 3}}), map[string][]float64{
			"Betweenness": {0, 0}, "BetweennessWeighted": {0, 0}, "Closeness": {1, 1},
			"Eigenvector": {math.Sqrt(0.5), math.Sqrt(0.5)}, "PageRank": {0.5, 0.5},
		}, 2},
		{"isolates only", network.New(ids(4), nil), map[string][]float64{
			"Betweenness": {0, 0, 0, 0}, "BetweennessWeighted": {0, 0, 0, 0}, "Closeness": {0, 0, 0, 0},
			"Eigenvector": {0.5, 0.5, 0.5, 0.5}, "PageRank": {0.25, 0.25, 0.25, 0.25},
		}, 4},
		{"a path a-b-c with one zero-weight tie", network.New(ids(3), []network.Edge{{U: 0, V: 1, W: 1}, {U: 1, V: 2, W: 0}}), map[string][]float64{
			"Betweenness": {0, 1, 0}, "BetweennessWeighted": {0, 0, 0}, "Closeness": {2.0 / 3, 1, 2.0 / 3},
		}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, m := range all {
				want, ok := c.want[m.name]
				if !ok {
					continue
				}
				got := m.f(c.g)
				if len(got) != c.nodes {
					t.Fatalf("%s: %d values for %d nodes", m.name, len(got), c.nodes)
				}
				for i := range want {
					if !(math.Abs(got[i]-want[i]) <= 1e-12) {
						t.Errorf("%s: got %v, want %v", m.name, got, want)
						break
					}
				}
			}
		})
	}
}

func TestWeightedBetweennessIsTheSameWithBucketsOrHeap(t *testing.T) {
	// Path of 301 nodes whose ties alternate between weights 1 and 1000
	// (lengths 1 and 0.001): the bucket width is ~0.001 and far sources
	// pass maxBuckets, so their searches are redone with the heap.
	ids := make([]string, 301)
	var path []network.Edge
	for i := range ids {
		ids[i] = fmt.Sprintf("p%03d", i)
		if i > 0 {
			path = append(path, network.Edge{U: int32(i - 1), V: int32(i), W: []float64{1, 1000}[i%2]})
		}
	}
	cases := []struct {
		name string
		g    *network.Network
	}{
		{"a random graph with weights 1..5 (buckets)", randomGnm(400, 1600, []float64{1, 2, 3, 4, 5}, 3)},
		{"a random graph with weight ratio 10⁴ (heap only)", randomGnm(300, 900, []float64{0.01, 1, 100}, 4)},
		{"a long path with weight ratio 10³ (buckets, then heap)", network.New(ids, path)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, want := betweennessWeighted(c.g, true), betweennessWeighted(c.g, false)
			for i := range want {
				if !(math.Abs(got[i]-want[i]) <= 1e-12) {
					t.Fatalf("node %d: %v with buckets, %v with the heap", i, got[i], want[i])
				}
			}
		})
	}
	// On the path every pair has one shortest path: node i lies on
	// i·(n−1−i) of them.
	got := BetweennessWeighted(network.New(ids, path))
	n := float64(len(ids))
	for i := range ids {
		want := float64(i) * (n - 1 - float64(i)) * 2 / ((n - 1) * (n - 2))
		if math.Abs(got[i]-want) > 1e-12 {
			t.Fatalf("path node %d: got %v, want %v", i, got[i], want)
		}
	}
}
