package measures

import (
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"gbo/graph/casedata"
	"gbo/graph/network"
	"gbo/metrics/centrality"
	"gbo/metrics/community"
	"gbo/metrics/depth"
	"gbo/metrics/structure"
)

// LouvainSeed fixes the Louvain partition: the same input always gives the
// same communities (docs/measures.md#louvain-communities).
const LouvainSeed = 20240315

// NetworkFigures are the whole-network measures of docs/measures.md#network-figures
type NetworkFigures struct {
	Partners             int         `json:"partners"`
	Ties                 int         `json:"ties"`
	Density              float64     `json:"density"`
	Components           int         `json:"components"`
	MeanDepth            float64     `json:"mean_depth"`
	DepthProfile         [5]int      `json:"depth_profile"` // ties per rung 1..5
	DegreeCentralization float64     `json:"degree_centralization"`
	Transitivity         float64     `json:"transitivity"`
	AverageClustering    float64     `json:"average_clustering"`
	Diameter             int         `json:"diameter"`
	AveragePathLength    float64     `json:"average_path_length"`
	Modularity           float64     `json:"modularity"`
	Communities          int         `json:"communities"`
	ArticulationPoints   []string    `json:"articulation_points"`
	Bridges              [][2]string `json:"bridges"`
}

// Brokerage holds the Gould–Fernandez counts of one partner by sector.
type Brokerage struct {
	Coordinator    float64 `json:"coordinator"`
	Itinerant      float64 `json:"itinerant"`
	Representative float64 `json:"representative"`
	Gatekeeper     float64 `json:"gatekeeper"`
	Liaison        float64 `json:"liaison"`
	Total          float64 `json:"total"`
}

// CrossSector is representative + gatekeeper + liaison: brokerage that
// crosses a sector line.
func (b Brokerage) CrossSector() float64 { return b.Representative + b.Gatekeeper + b.Liaison }

// PartnerFigures are the measures of one partner (docs/measures.md#partner-measures). Constraint and
// EffectiveSize are nil for an isolate.
type PartnerFigures struct {
	ID                  string    `json:"id"`
	Name                string    `json:"name"`
	Sector              string    `json:"sector"`
	Core                bool      `json:"core"`
	Degree              int       `json:"degree"`
	Strength            float64   `json:"strength"`
	Betweenness         float64   `json:"betweenness"`
	BetweennessWeighted float64   `json:"betweenness_weighted"`
	Closeness           float64   `json:"closeness"`
	Eigenvector         float64   `json:"eigenvector"`
	Pagerank            float64   `json:"pagerank"`
	Constraint          *float64  `json:"constraint"`
	EffectiveSize       *float64  `json:"effective_size"`
	CoreNumber          int       `json:"core_number"`
	Clustering          float64   `json:"clustering"`
	Community           int       `json:"community"`
	ArticulationPoint   bool      `json:"articulation_point"`
	Brokerage           Brokerage `json:"brokerage"`
}

// TieFigures are the measures of one tie of the network.
type TieFigures struct {
	A            string  `json:"a"`
	B            string  `json:"b"`
	Depth        int     `json:"depth"`
	Weight       float64 `json:"weight"`
	Bridge       bool    `json:"bridge"`
	LocalBridge  bool    `json:"local_bridge"`
	Span         *int    `json:"span"`
	Embeddedness int     `json:"embeddedness"`
}

// Measures is everything `gbo metrics` reports, on the tie graph.
type Measures struct {
	Net      *network.Network `json:"-"`
	Network  NetworkFigures   `json:"network"`
	Partners []PartnerFigures `json:"partners"`
	Ties     []TieFigures     `json:"ties"`
}

// MeasureOptions choose the graph the measures run on.
type MeasureOptions struct {
	MinDepth int
	// Directed runs brokerage on who initiated or who rated (docs/depth-model.md#the-initiative-digraph)
	// instead of each undirected tie both ways.
	Directed bool
}

// Measure computes every measure of docs/measures.md on the tie graph. The kernels
// run concurrently; each is deterministic, so the result is too.
func Measure(s *depth.Scored, opt MeasureOptions) *Measures {
	g := s.Network(opt.MinDepth)
	n := g.N()
	partner := map[string]casedata.Partner{}
	for _, p := range s.Case.Partners {
		partner[p.ID] = p
	}
	group := sectorGroups(g, partner)

	var (
		btw, btwW, clo, eig, pr, cons, eff, clus []float64
		core                                     []int32
		comm                                     []int32
		mod                                      float64
		art                                      []bool
		bridges                                  [][2]int32
		local                                    []bool
		span, emb                                []int32
		roles                                    []structure.Roles
		diam                                     int
		apl, trans, avgClus, cent, dens          float64
		comps                                    int
	)
	jobs := []func(){
		func() { btw = centrality.Betweenness(g) },
		func() { btwW = centrality.BetweennessWeighted(g) },
		func() { clo = centrality.Closeness(g) },
		func() { eig = centrality.Eigenvector(g) },
		func() { pr = centrality.PageRank(g) },
		func() { cons, eff = structure.Constraint(g), structure.EffectiveSize(g) },
		func() { core, clus = structure.CoreNumber(g), structure.Clustering(g) },
		func() { comm, mod = community.Louvain(g, LouvainSeed) },
		func() { art, bridges = structure.ArticulationPoints(g), structure.Bridges(g) },
		func() { local, span = structure.LocalBridges(g); emb = structure.Embeddedness(g) },
		func() {
			if opt.Directed {
				roles = structure.Brokerage(s.Digraph(g), group)
			} else {
				roles = structure.BrokerageUndirected(g, group)
			}
		},
		func() { diam, apl = structure.DiameterAPL(g) },
		func() {
			trans, avgClus, cent, dens = structure.Transitivity(g), structure.AverageClustering(g),
				structure.DegreeCentralization(g), structure.Density(g)
			_, comps = structure.Components(g)
		},
	}
	runJobs(jobs)

	m := &Measures{Net: g, Partners: make([]PartnerFigures, n)}
	nc := 0
	for u := 0; u < n; u++ {
		id := g.IDs[u]
		p := partner[id]
		_, ws := g.Neighbors(int32(u))
		strength := 0.0
		for _, w := range ws {
			strength += w
		}
		r := roles[u]
		m.Partners[u] = PartnerFigures{
			ID: id, Name: p.Name, Sector: p.Sector, Core: p.Core, Degree: g.Degree(int32(u)), Strength: strength,
			Betweenness: btw[u], BetweennessWeighted: btwW[u], Closeness: clo[u], Eigenvector: eig[u], Pagerank: pr[u],
			Constraint: nanToNil(cons[u]), EffectiveSize: nanToNil(eff[u]), CoreNumber: int(core[u]), Clustering: clus[u],
			Community: int(comm[u]), ArticulationPoint: art[u],
			Brokerage: Brokerage{r.Coordinator, r.Itinerant, r.Representative, r.Gatekeeper, r.Liaison, r.Total},
		}
		nc = max(nc, int(comm[u])+1)
	}
	isBridge := map[[2]int32]bool{}
	for _, b := range bridges {
		isBridge[b] = true
	}
	edges := g.Edges()
	m.Ties = make([]TieFigures, len(edges))
	var profile [5]int
	depthSum := 0
	for i, e := range edges {
		t, _ := s.Tie(g.IDs[e.U], g.IDs[e.V])
		tf := TieFigures{A: g.IDs[e.U], B: g.IDs[e.V], Depth: t.Depth, Weight: e.W,
			Bridge: isBridge[[2]int32{e.U, e.V}], LocalBridge: local[i], Embeddedness: int(emb[i])}
		if span[i] >= 0 {
			v := int(span[i])
			tf.Span = &v
		}
		m.Ties[i] = tf
		if t.Depth >= 1 && t.Depth <= depth.MaxRung {
			profile[t.Depth-1]++
		}
		depthSum += t.Depth
	}
	net := NetworkFigures{Partners: n, Ties: len(edges), Density: dens, Components: comps, DepthProfile: profile,
		DegreeCentralization: cent, Transitivity: trans, AverageClustering: avgClus, Diameter: diam,
		AveragePathLength: apl, Modularity: mod, Communities: nc, ArticulationPoints: []string{}, Bridges: [][2]string{}}
	if len(edges) > 0 {
		net.MeanDepth = float64(depthSum) / float64(len(edges))
	}
	for u, a := range art {
		if a {
			net.ArticulationPoints = append(net.ArticulationPoints, g.IDs[u])
		}
	}
	for _, b := range bridges {
		net.Bridges = append(net.Bridges, [2]string{g.IDs[b[0]], g.IDs[b[1]]})
	}
	m.Network = net
	return m
}

// sectorGroups numbers the sectors (case-insensitively, in sorted order) for
// brokerage.
func sectorGroups(g *network.Network, partner map[string]casedata.Partner) []int32 {
	names := map[string]bool{}
	key := func(id string) string { return strings.ToLower(strings.TrimSpace(partner[id].Sector)) }
	for _, id := range g.IDs {
		names[key(id)] = true
	}
	sorted := make([]string, 0, len(names))
	for k := range names {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	num := map[string]int32{}
	for i, k := range sorted {
		num[k] = int32(i)
	}
	out := make([]int32, g.N())
	for u, id := range g.IDs {
		out[u] = num[key(id)]
	}
	return out
}

func nanToNil(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

// runJobs runs independent kernels on the available cores. The parallel
// kernels split their own work too; running a few at once keeps both cores
// busy while a serial one (Louvain, say) runs.
func runJobs(jobs []func()) {
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	var wg sync.WaitGroup
	next := make(chan func())
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				j()
			}
		}()
	}
	for _, j := range jobs {
		next <- j
	}
	close(next)
	wg.Wait()
}
