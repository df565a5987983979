package structure

import (
	"encoding/json"
	"os"
	"sort"
	"testing"

	"gbo/graph/network"
)

// brokerage_golden.json is R's sna::brokerage()$raw.nli (sna 2.7-1, Debian
// r-cran-sna) on the graphs and groupings of brokerage_input.json, written by
// testdata/make_brokerage.R. Florentine families (made-up groups bank, wool,
// church), Krackhardt's kite (groups A, B, C) and the karate club (its two
// clubs) go both ways — each tie as two arcs, the default of the
// specification; random_directed is a seeded random digraph with real arcs.
type brokerageInput struct {
	Nodes  []string          `json:"nodes"`
	Arcs   [][2]string       `json:"arcs"`
	Groups map[string]string `json:"groups"`
}

func TestBrokerageMatchesSna(t *testing.T) {
	var inputs map[string]brokerageInput
	var want map[string]json.RawMessage
	readJSON(t, "testdata/brokerage_input.json", &inputs)
	readJSON(t, "testdata/brokerage_golden.json", &want)
	var names []string
	for name := range inputs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		in := inputs[name]
		t.Run(name, func(t *testing.T) {
			var ref map[string]struct {
				Coordinator, Itinerant, Representative, Gatekeeper, Liaison, Total float64
			}
			if err := json.Unmarshal(want[name], &ref); err != nil {
				t.Fatal(err)
			}
			d, group := buildDigraph(in)
			got := Brokerage(d, group)
			for u, id := range d.Out.IDs {
				r := ref[id]
				if got[u] != (Roles{r.Coordinator, r.Itinerant, r.Representative, r.Gatekeeper, r.Liaison, r.Total}) {
					t.Errorf("%s: got %+v, sna %+v", id, got[u], r)
				}
			}
			if name != "random_directed" {
				// Both-way digraphs are undirected networks: the convenience
				// form must agree.
				und := undirectedOf(in)
				if u2 := BrokerageUndirected(und, group); !equalRoles(u2, got) {
					t.Errorf("BrokerageUndirected differs from Brokerage on both-way arcs")
				}
			}
		})
	}
}

// A small directed example, counted by hand. Groups: a1, a2, a3 in A;
// b1, b2 in B; c in C. A two-path x→v→y counts for broker v when x ≠ y and
// the arc x→y is absent; the arc y→x does not matter (sna's rule). The
// enumeration per broker is written out below; the paths that do NOT count
// are a1→a2→b1 (a1→b1 exists) and a2→b1→a3 (a2→a3 exists).
func TestBrokerageHandExample(t *testing.T) {
	ids := []string{"a1", "a2", "a3", "b1", "b2", "c"}
	idx := map[string]int32{}
	for i, id := range ids {
		idx[id] = int32(i)
	}
	arcs := [][2]string{
		{"a1", "a2"}, {"a2", "b1"}, {"b1", "b2"}, {"b2", "c"}, {"a1", "b1"}, {"c", "a1"},
		{"a2", "a3"}, {"a3", "a1"}, {"b1", "a3"},
	}
	var es []network.Edge
	for _, a := range arcs {
		es = append(es, network.Edge{U: idx[a[0]], V: idx[a[1]], W: 1})
	}
	d := network.NewDigraph(ids, es)
	group := []int32{0, 0, 0, 1, 1, 2}
	got := Brokerage(d, group)
	// Full enumeration with a3 added:
	//  a1 (in: c, a3; out: a2, b1):
	//     c→a1→a2 gatekeeper (C→A→A), c→a1→b1 liaison,
	//     a3→a1→a2 coordinator (no a3→a2), a3→a1→b1 representative (no a3→b1)
	//  a2 (in: a1; out: b1, a3): a1→a2→b1 has a1→b1, a1→a2→a3 coordinator
	//  a3 (in: a2, b1; out: a1): a2→a3→a1 coordinator (no a2→a1),
	//     b1→a3→a1 gatekeeper (B→A→A, no b1→a1)
	//  b1 (in: a2, a1; out: b2, a3): a2→b1→b2 gatekeeper, a2→b1→a3 not (a2→a3),
	//     a1→b1→b2 gatekeeper, a1→b1→a3 itinerant (A→B→A, no a1→a3)
	//  b2 (in: b1; out: c): b1→b2→c representative
	//  c  (in: b2; out: a1): b2→c→a1 liaison
	want := map[string]Roles{
		"a1": {Coordinator: 1, Representative: 1, Gatekeeper: 1, Liaison: 1, Total: 4},
		"a2": {Coordinator: 1, Total: 1},
		"a3": {Coordinator: 1, Gatekeeper: 1, Total: 2},
		"b1": {Itinerant: 1, Gatekeeper: 2, Total: 3},
		"b2": {Representative: 1, Total: 1},
		"c":  {Liaison: 1, Total: 1},
	}
	for u, id := range ids {
		if got[u] != want[id] {
			t.Errorf("%s: got %+v, want %+v", id, got[u], want[id])
		}
	}
}

// naiveBrokerage enumerates every ordered triple, the textbook definition.
func naiveBrokerage(d *network.Digraph, group []int32) []Roles {
	n := d.Out.N()
	out := make([]Roles, n)
	for v := int32(0); int(v) < n; v++ {
		for a := int32(0); int(a) < n; a++ {
			for b := int32(0); int(b) < n; b++ {
				if a == b || a == v || b == v || !d.HasArc(a, v) || !d.HasArc(v, b) || d.HasArc(a, b) {
					continue
				}
				r := &out[v]
				switch ga, gv, gb := group[a], group[v], group[b]; {
				case ga == gv && gv == gb:
					r.Coordinator++
				case ga == gv:
					r.Representative++
				case gv == gb:
					r.Gatekeeper++
				case ga == gb:
					r.Itinerant++
				default:
					r.Liaison++
				}
				r.Total++
			}
		}
	}
	return out
}

func TestBrokerageMatchesTripleEnumeration(t *testing.T) {
	for seed := int64(1); seed <= 40; seed++ {
		n := 5 + int(seed)%20
		d, group := randomDigraph(seed, n, int(seed)%4*n+n, int(seed)%4+1)
		if got, want := Brokerage(d, group), naiveBrokerage(d, group); !equalRoles(got, want) {
			t.Fatalf("seed %d: got %+v, want %+v", seed, got, want)
		}
	}
}

func TestBrokerageNilGroupIsAllCoordination(t *testing.T) {
	g := pathNetwork(4)
	for u, r := range BrokerageUndirected(g, nil) {
		if r.Total != r.Coordinator {
			t.Errorf("node %d: %+v", u, r)
		}
	}
}

func equalRoles(a, b []Roles) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// buildDigraph gives the digraph of a brokerage input and the group index
// of each node (in the digraph's node order).
func buildDigraph(in brokerageInput) (*network.Digraph, []int32) {
	ids := append([]string(nil), in.Nodes...)
	sort.Strings(ids)
	idx := map[string]int32{}
	for i, id := range ids {
		idx[id] = int32(i)
	}
	var es []network.Edge
	for _, a := range in.Arcs {
		es = append(es, network.Edge{U: idx[a[0]], V: idx[a[1]], W: 1})
	}
	return network.NewDigraph(ids, es), groupIndex(ids, in.Groups)
}

func undirectedOf(in brokerageInput) *network.Network {
	ids := append([]string(nil), in.Nodes...)
	sort.Strings(ids)
	idx := map[string]int32{}
	for i, id := range ids {
		idx[id] = int32(i)
	}
	var es []network.Edge
	for _, a := range in.Arcs {
		es = append(es, network.Edge{U: idx[a[0]], V: idx[a[1]], W: 1})
	}
	return network.New(ids, es)
}

func groupIndex(ids []string, groups map[string]string) []int32 {
	label := map[string]int32{}
	out := make([]int32, len(ids))
	for i, id := range ids {
		g := groups[id]
		if _, ok := label[g]; !ok {
			label[g] = int32(len(label)) * 7 // sparse labels on purpose
		}
		out[i] = label[g]
	}
	return out
}
