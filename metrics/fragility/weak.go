package fragility

import (
	"sort"

	"gbo/graph"
	"gbo/metrics"
	"gbo/metrics/structure"
)

// WeakLink is a tie of the tie graph with at least one weak-link reason, or
// a pair that a target says should be at some rung and that is not in the
// tie graph at all (depth 0 when it has nothing).
type WeakLink struct {
	A       string   `json:"a"`
	B       string   `json:"b"`
	Depth   int      `json:"depth"`
	Reasons []string `json:"reasons"`
	// Target is the depth targets.csv sets for the pair, if any.
	Target *int `json:"-"`
}

// WeakResult is what the `weak` command prints besides fragility.
type WeakResult struct {
	Weak []WeakLink `json:"weak"`
	// IsolatedExternals lists, by id, the external partners with no tie of
	// rung ≥ 3 (referral) to any core partner.
	IsolatedExternals []string `json:"isolated_externals"`
}

// severity orders the reasons, worst first, and weighs them. A bridge and a
// single carrier count double: either can cut the tie or the network at
// once (a partner gone, a social worker gone). The others weigh one each.
var severity = []struct {
	reason string
	weight int
}{
	{metrics.ReasonBridge, 2},
	{metrics.ReasonSingleCarrier, 2},
	{metrics.ReasonBelowTarget, 1},
	{metrics.ReasonShallowCore, 1},
	{metrics.ReasonFading, 1},
	{metrics.ReasonOneSided, 1},
}

// DeepRung is the rung from which a tie counts as deep: referral.
const DeepRung = 3

// WeakLinks flags the ties of the tie graph (depth ≥ minDepth, at least 1)
// with s.FlagTies (bridges of s.Network included), and
// returns those with a reason, worst first: by the sum of the reasons'
// weights (bridge and single_carrier 2, the others 1), then by the worst
// reason present in the order bridge, single_carrier, below_target,
// shallow_core, fading, one_sided, then by pair. Each link lists its
// reasons in that order.
//
// Pairs with a target that are not in the tie graph (no tie, or one below
// minDepth) and fall short of their target are added with the single
// reason below_target and their depth (0 when they have no evidence).
//
// FlagTies sets the Flags of s.Ties as a side effect.
func WeakLinks(s *metrics.Scored, minDepth int) WeakResult {
	minDepth = max(minDepth, 1)
	s.FlagTies(minDepth)

	res := WeakResult{Weak: []WeakLink{}, IsolatedExternals: isolatedExternals(s)}
	for i := range s.Ties {
		t := &s.Ties[i]
		if len(t.Flags) == 0 {
			continue
		}
		w := WeakLink{A: t.A, B: t.B, Depth: t.Depth, Reasons: bySeverity(t.Flags)}
		if tg, ok := s.Target(t.A, t.B); ok {
			w.Target = &tg
		}
		res.Weak = append(res.Weak, w)
	}
	res.Weak = append(res.Weak, unmetTargets(s, minDepth)...)
	sort.Slice(res.Weak, func(i, j int) bool {
		a, b := &res.Weak[i], &res.Weak[j]
		if wa, wb := weight(a.Reasons), weight(b.Reasons); wa != wb {
			return wa > wb
		}
		if ma, mb := mask(a.Reasons), mask(b.Reasons); ma != mb {
			return ma > mb
		}
		if a.A != b.A {
			return a.A < b.A
		}
		return a.B < b.B
	})
	return res
}

func pair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func bySeverity(flags []string) []string {
	out := make([]string, 0, len(flags))
	for _, sv := range severity {
		for _, f := range flags {
			if f == sv.reason {
				out = append(out, f)
			}
		}
	}
	// Any reason metrics may add later keeps its place at the end.
	for _, f := range flags {
		if rank(f) < 0 {
			out = append(out, f)
		}
	}
	return out
}

func rank(reason string) int {
	for i, sv := range severity {
		if sv.reason == reason {
			return i
		}
	}
	return -1
}

func weight(reasons []string) int {
	w := 0
	for _, r := range reasons {
		if k := rank(r); k >= 0 {
			w += severity[k].weight
		} else {
			w++
		}
	}
	return w
}

// mask has one bit per reason, the worst highest, so comparing masks
// compares the worst reasons first.
func mask(reasons []string) int {
	m := 0
	for _, r := range reasons {
		if k := rank(r); k >= 0 {
			m |= 1 << (len(severity) - 1 - k)
		}
	}
	return m
}

// unmetTargets lists the pairs a target names (directly or through a
// sector) that are not in the tie graph and sit under their target
// (the rule of s.Target decides which target applies).
func unmetTargets(s *metrics.Scored, minDepth int) []WeakLink {
	if len(s.Case.Targets) == 0 {
		return nil
	}
	bySector := map[string][]string{}
	for _, p := range s.Case.Partners {
		k := sectorKey(p.Sector)
		bySector[k] = append(bySector[k], p.ID)
	}
	known := map[string]bool{}
	for _, p := range s.Case.Partners {
		known[p.ID] = true
	}
	members := func(sel string) []string {
		if name, ok := cutSector(sel); ok {
			return bySector[sectorKey(name)]
		}
		if known[sel] {
			return []string{sel}
		}
		return nil
	}
	seen := map[[2]string]bool{}
	var out []WeakLink
	for _, tg := range s.Case.Targets {
		for _, a := range members(tg.A) {
			for _, b := range members(tg.B) {
				k := pair(a, b)
				if a == b || seen[k] {
					continue
				}
				seen[k] = true
				depth := 0
				if t, ok := s.Tie(a, b); ok {
					if t.Depth >= minDepth {
						continue // in the tie graph: FlagTies judged it
					}
					depth = t.Depth
				}
				want, ok := s.Target(a, b)
				if !ok || depth >= want {
					continue
				}
				out = append(out, WeakLink{A: k[0], B: k[1], Depth: depth,
					Reasons: []string{metrics.ReasonBelowTarget}, Target: &want})
			}
		}
	}
	return out
}

// isolatedExternals lists the external partners with no tie at rung ≥ 3 to
// a core partner.
func isolatedExternals(s *metrics.Scored) []string {
	core := map[string]bool{}
	for _, p := range s.Case.Partners {
		core[p.ID] = p.Core
	}
	anchored := map[string]bool{}
	for i := range s.Ties {
		t := &s.Ties[i]
		if t.Depth < DeepRung {
			continue
		}
		if core[t.A] && !core[t.B] {
			anchored[t.B] = true
		}
		if core[t.B] && !core[t.A] {
			anchored[t.A] = true
		}
	}
	out := []string{}
	for _, p := range s.Case.Partners {
		if !p.Core && !anchored[p.ID] {
			out = append(out, p.ID)
		}
	}
	sort.Strings(out)
	return out
}

// KeyPlayer is one member of a key-player set, in the order chosen, with
// the fragmentation of the network once it and those before it are gone.
type KeyPlayer struct {
	ID            string  `json:"id"`
	Fragmentation float64 `json:"fragmentation"`
}

// KeyPlayers is Borgatti's greedy key-player set of k partners (KPP-Neg,
// "Identifying sets of key players in a social network", 2006), by
// structure.KeyPlayers: each step removes the partner that fragments the
// remaining network most.
func KeyPlayers(g *graph.Network, k int) []KeyPlayer {
	nodes, frag := structure.KeyPlayers(g, k)
	out := make([]KeyPlayer, len(nodes))
	for i, u := range nodes {
		out[i] = KeyPlayer{ID: g.IDs[u], Fragmentation: frag[i]}
	}
	return out
}
