package measures

import (
	"math"
	"sort"

	"gbo/metrics/depth"
)

// A bridging partner (docs/flags.md#bridging-partners) is an articulation point of the tie graph; or
// a partner whose betweenness is in the top 10% and above 0; or whose
// cross-sector brokerage (representative + gatekeeper + liaison, Gould &
// Fernandez 1989) is in the top 10% and above 0. Each flag carries its
// reasons, in words a steering group reads.

// Reason codes of a bridging partner.
const (
	ReasonCutPoint    = "articulation_point"
	ReasonBetweenness = "top_betweenness"
	ReasonCrossSector = "cross_sector_brokerage"
)

// BrokerReason is one reason a partner is a bridge, with what it connects.
type BrokerReason struct {
	Code string `json:"code"`
	// Cut-off parts (articulation point): each part that loses its only
	// link to the rest, by partner names, and whether the rest holds the
	// core partners.
	Parts    []CutPart `json:"parts,omitempty"`
	RestCore bool      `json:"rest_has_core,omitempty"`
	// Value is the betweenness or the cross-sector brokerage count.
	Value float64 `json:"value,omitempty"`
	// Brokerage splits the cross-sector count.
	Representative float64 `json:"representative,omitempty"`
	Gatekeeper     float64 `json:"gatekeeper,omitempty"`
	Liaison        float64 `json:"liaison,omitempty"`
}

// CutPart is a group of partners that hangs on one partner.
type CutPart struct {
	Partners []string `json:"partners"` // names
	Sectors  []string `json:"sectors"`
	HasCore  bool     `json:"has_core"`
}

// Broker is a bridging partner with its figures and reasons.
type Broker struct {
	PartnerFigures
	Reasons []BrokerReason `json:"reasons"`
	// PairsCut counts the pairs of partners that lose every path if this
	// partner leaves (0 unless it is an articulation point).
	PairsCut int64 `json:"pairs_cut"`
}

// Brokers lists the bridging partners, ranked: cut points by the pairs they
// hold together, then by number of reasons, betweenness, and id.
func Brokers(s *depth.Scored, m *Measures) []Broker {
	n := len(m.Partners)
	topB := topTenth(m.Partners, func(p PartnerFigures) float64 { return p.Betweenness })
	topX := topTenth(m.Partners, func(p PartnerFigures) float64 { return p.Brokerage.CrossSector() })
	var out []Broker
	for u := 0; u < n; u++ {
		p := m.Partners[u]
		b := Broker{PartnerFigures: p}
		if p.ArticulationPoint {
			r, cut := cutReason(m, int32(u))
			b.Reasons = append(b.Reasons, r)
			b.PairsCut = cut
		}
		if p.Betweenness > 0 && p.Betweenness >= topB {
			b.Reasons = append(b.Reasons, BrokerReason{Code: ReasonBetweenness, Value: p.Betweenness})
		}
		if x := p.Brokerage.CrossSector(); x > 0 && x >= topX {
			b.Reasons = append(b.Reasons, BrokerReason{Code: ReasonCrossSector, Value: x,
				Representative: p.Brokerage.Representative, Gatekeeper: p.Brokerage.Gatekeeper, Liaison: p.Brokerage.Liaison})
		}
		if len(b.Reasons) > 0 {
			out = append(out, b)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.PairsCut != b.PairsCut {
			return a.PairsCut > b.PairsCut
		}
		if len(a.Reasons) != len(b.Reasons) {
			return len(a.Reasons) > len(b.Reasons)
		}
		if a.Betweenness != b.Betweenness {
			return a.Betweenness > b.Betweenness
		}
		return a.ID < b.ID
	})
	return out
}

// topTenth is the value a partner must reach to be in the top 10% (at
// least one partner) by f.
func topTenth(ps []PartnerFigures, f func(PartnerFigures) float64) float64 {
	if len(ps) == 0 {
		return math.Inf(1)
	}
	vals := make([]float64, len(ps))
	for i, p := range ps {
		vals[i] = f(p)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(vals)))
	k := int(math.Ceil(float64(len(vals))*0.1)) - 1
	return vals[max(k, 0)]
}

// cutReason finds the parts of the network that hang on v: the components
// of the graph without v that v touched, apart from "the rest".
func cutReason(m *Measures, v int32) (BrokerReason, int64) {
	g := m.Net
	n := g.N()
	comp := make([]int32, n)
	for i := range comp {
		comp[i] = -1
	}
	comp[v] = -2
	var sizes []int
	queue := make([]int32, 0, n)
	for s := int32(0); int(s) < n; s++ {
		if comp[s] != -1 {
			continue
		}
		id := int32(len(sizes))
		comp[s] = id
		queue = append(queue[:0], s)
		size := 0
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			size++
			row, _ := g.Neighbors(u)
			for _, w := range row {
				if comp[w] == -1 {
					comp[w] = id
					queue = append(queue, w)
				}
			}
		}
		sizes = append(sizes, size)
	}
	// Components that touched v before (isolates elsewhere are not cut off by v).
	touches := map[int32]bool{}
	row, _ := g.Neighbors(v)
	for _, w := range row {
		touches[comp[w]] = true
	}
	// "The rest" is the part with the most core partners, else the largest:
	// a steering group reads the network from its core.
	cores := make([]int, len(sizes))
	for u := 0; u < n; u++ {
		if comp[u] >= 0 && m.Partners[u].Core {
			cores[comp[u]]++
		}
	}
	largest := int32(-1)
	for c := range touches {
		if largest < 0 || cores[c] > cores[largest] || (cores[c] == cores[largest] &&
			(sizes[c] > sizes[largest] || (sizes[c] == sizes[largest] && c < largest))) {
			largest = c
		}
	}
	r := BrokerReason{Code: ReasonCutPoint}
	var cut, total int64
	var touched []int32
	for c := range touches {
		touched = append(touched, c)
	}
	sort.Slice(touched, func(i, j int) bool { return touched[i] < touched[j] })
	for _, c := range touched {
		total += int64(sizes[c])
	}
	for _, c := range touched {
		cut += int64(sizes[c]) * (total - int64(sizes[c]))
		if c == largest {
			continue
		}
		part := CutPart{}
		sectors := map[string]bool{}
		for u := 0; u < n; u++ {
			if comp[u] == c {
				p := m.Partners[u]
				part.Partners = append(part.Partners, p.Name)
				sectors[p.Sector] = true
				part.HasCore = part.HasCore || p.Core
			}
		}
		part.Sectors = sortedKeys(sectors)
		r.Parts = append(r.Parts, part)
	}
	for u := 0; u < n; u++ {
		if comp[u] == largest && m.Partners[u].Core {
			r.RestCore = true
		}
	}
	return r, cut / 2
}

// LinksCore reports whether a cut point links its parts to the core
// group: its rest holds core partners (RestCore) that none of its parts
// does. A reason of another code does not.
func (r BrokerReason) LinksCore() bool {
	return r.Code == ReasonCutPoint && r.RestCore && !anyCore(r.Parts)
}

func anyCore(ps []CutPart) bool {
	for _, p := range ps {
		if p.HasCore {
			return true
		}
	}
	return false
}

// sortedKeys lists the keys of m in byte order; never nil.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
