package measures

import (
	"gbo/graph/network"
	"gbo/metrics/depth"
	"gbo/metrics/structure"
)

// The figures of this file are those `gbo compare` sets side by side that
// no other command computed before: the largest component, reciprocity of
// initiative, the depth profile as shares and the share of core pairs at a
// target rung. Each reads the network a Measures was made on, so every
// figure is of the same ties (depth ≥ --min-depth) as density or
// components. Time is linear in the partners and ties; memory linear in
// the partners.

// LargestComponent is the number of partners in the largest connected
// component of net (isolates are components of one), 0 for a network
// without partners. Its share of the partners is LargestComponent(net) /
// net.N().
func LargestComponent(net *network.Network) int {
	if net == nil || net.N() == 0 {
		return 0
	}
	comp, count := structure.Components(net)
	size := make([]int, count)
	best := 0
	for _, c := range comp {
		size[c]++
		best = max(best, size[c])
	}
	return best
}

// Reciprocity is the reciprocity of initiative of a network, with the
// counts it is made from.
type Reciprocity struct {
	// Arcs is the number of arcs of the initiative digraph: a→b for every
	// tie a–b of the network on which a initiated at least one event (was
	// the `from` of an event, in the window, that has b among its
	// partners); Mutual the arcs whose reverse is an arc too (twice the
	// pairs where both sides initiated); OneWay the pairs where only one
	// side did.
	Arcs, Mutual, OneWay int
}

// Value is networkx.reciprocity of the initiative digraph: Mutual / Arcs
// (0..1), the share of initiative arcs that are returned; ok is false
// when there is no arc (no tie with a known initiator), where networkx
// raises an error. The share of pairs where both sides initiated, among
// the pairs with any initiative, is r / (2 − r).
func (r Reciprocity) Value() (v float64, ok bool) {
	if r.Arcs == 0 {
		return 0, false
	}
	return float64(r.Mutual) / float64(r.Arcs), true
}

// InitiativeReciprocity counts the initiative digraph over the ties of m
// (the network of s at the --min-depth m was measured at): for each tie,
// its Initiated counts from s.
func InitiativeReciprocity(s *depth.Scored, m *Measures) Reciprocity {
	var r Reciprocity
	for _, tf := range m.Ties {
		t, ok := s.Tie(tf.A, tf.B)
		if !ok || !t.Initiated.Known {
			continue
		}
		a, b := t.Initiated.Of(t.A) > 0, t.Initiated.Of(t.B) > 0
		switch {
		case a && b:
			r.Arcs += 2
			r.Mutual += 2
		case a || b:
			r.Arcs++
			r.OneWay++
		}
	}
	return r
}

// DepthShares is the depth profile of a network as shares of its ties:
// shares[r-1] = ties at rung r / ties (r = 1..5), as NetworkFigures has
// the counts (DepthProfile, Ties). ok is false for a network without
// ties.
func DepthShares(n NetworkFigures) (shares [depth.MaxRung]float64, ok bool) {
	if n.Ties == 0 {
		return shares, false
	}
	for i, c := range n.DepthProfile {
		shares[i] = float64(c) / float64(n.Ties)
	}
	return shares, true
}

// CorePairs counts the pairs of core partners of m (k core partners make
// k(k−1)/2 pairs) and those with a tie of the network at rung ≥ target.
// Share is AtTarget / Pairs; ok is false with fewer than two core
// partners (no pair to measure).
type CorePairs struct {
	Core, Pairs, AtTarget int
}

// Share is AtTarget / Pairs (0..1); ok is false when there is no pair.
func (c CorePairs) Share() (v float64, ok bool) {
	if c.Pairs == 0 {
		return 0, false
	}
	return float64(c.AtTarget) / float64(c.Pairs), true
}

// CorePairsAt counts the core partners of m, their pairs, and the pairs
// with a tie of m's network at rung target or deeper.
func CorePairsAt(m *Measures, target int) CorePairs {
	core := make(map[string]bool, len(m.Partners))
	for _, p := range m.Partners {
		if p.Core {
			core[p.ID] = true
		}
	}
	c := CorePairs{Core: len(core)}
	c.Pairs = c.Core * (c.Core - 1) / 2
	for _, t := range m.Ties {
		if t.Depth >= target && core[t.A] && core[t.B] && t.A != t.B {
			c.AtTarget++
		}
	}
	return c
}
