package structure

import (
	"math/rand"

	"gbo/graph/network"
)

// randomNetwork is a seeded G(n, m) with weights in [0.5, 5): m distinct
// edges drawn uniformly (fewer if the graph would be complete).
func randomNetwork(seed int64, n, m int) *network.Network {
	r := rand.New(rand.NewSource(seed))
	ids := make([]string, n)
	for i := range ids {
		ids[i] = string(rune('A'+i%26)) + itoa(i) // not in numeric order
	}
	if max := n * (n - 1) / 2; m > max {
		m = max
	}
	seen := make(map[[2]int32]bool, m)
	es := make([]network.Edge, 0, m)
	for len(es) < m {
		u, v := int32(r.Intn(n)), int32(r.Intn(n))
		if u == v {
			continue
		}
		if u > v {
			u, v = v, u
		}
		if seen[[2]int32{u, v}] {
			continue
		}
		seen[[2]int32{u, v}] = true
		es = append(es, network.Edge{U: u, V: v, W: 0.5 + 4.5*r.Float64()})
	}
	return network.New(ids, es)
}

// randomDigraph is a seeded random digraph with m arc draws (duplicates
// merge) and nodes in k groups.
func randomDigraph(seed int64, n, m, k int) (*network.Digraph, []int32) {
	r := rand.New(rand.NewSource(seed))
	ids := make([]string, n)
	for i := range ids {
		ids[i] = "n" + itoa(1000+i)
	}
	var es []network.Edge
	for i := 0; i < m; i++ {
		es = append(es, network.Edge{U: int32(r.Intn(n)), V: int32(r.Intn(n)), W: 1})
	}
	group := make([]int32, n)
	for i := range group {
		group[i] = int32(r.Intn(k))
	}
	return network.NewDigraph(ids, es), group
}

// pathNetwork is the path 0–1–…–(n−1).
func pathNetwork(n int) *network.Network {
	ids := make([]string, n)
	var es []network.Edge
	for i := range ids {
		ids[i] = "p" + itoa(100000+i)
		if i > 0 {
			es = append(es, network.Edge{U: int32(i - 1), V: int32(i), W: 1})
		}
	}
	return network.New(ids, es)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
