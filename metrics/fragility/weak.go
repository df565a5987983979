package fragility

import (
	"sort"

	"gbo/graph/network"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
	"gbo/metrics/structure"
)

// WeakLink is a tie of the tie graph with at least one weak-link reason, or
// a pair that a target says should be at some rung and that is not in the
// tie graph at all (depth 0 when it has nothing).
type WeakLink struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Depth int    `json:"depth"`
	// Reasons are codes (flags.Reason*), worst first in the order of
	// flags.Reasons.
	Reasons []string `json:"reasons"`
	// Families are the reasons' families (flags.FamiliesOf): "fragile",
	// "thin", or both, fragile first.
	Families []string `json:"families"`
	// Target is the depth targets.csv sets for the pair, if any.
	Target *int `json:"-"`
}

// WeakCounts counts every weak link (not only the rows a table shows).
// A link with reasons of both families counts in both, so Fragile + Thin
// may exceed Weak; ByReason has every reason of flags.Reasons, zeros
// included.
type WeakCounts struct {
	Weak             int            `json:"weak"`
	Fragile          int            `json:"fragile"`
	Thin             int            `json:"thin"`
	ByReason         map[string]int `json:"by_reason"`
	MissingCorePairs int64          `json:"missing_core_pairs"`
}

// MissingPair is a pair of core partners with no tie at the minimum depth.
type MissingPair struct {
	A string `json:"a"`
	B string `json:"b"`
	// Depth is 0 where the pair has no evidence (or none left after decay),
	// else its rung, below the minimum depth.
	Depth int `json:"depth"`
	// LastContact is the date (2024-03-15) of the pair's latest event in
	// the window; nil (JSON null) when it has none.
	LastContact *string `json:"last_contact"`
}

// MaxMissingListed bounds the list of missing core pairs (the count is
// always exact): k core partners have k(k−1)/2 pairs.
const MaxMissingListed = 1000

// WeakResult is what the `weak` command prints besides fragility.
type WeakResult struct {
	// Weak lists every weak link, worst first (CompareWeak).
	Weak   []WeakLink `json:"weak"`
	Counts WeakCounts `json:"counts"`
	// MissingCorePairs lists pairs of core partners without a tie at the
	// minimum depth, worst first (CompareMissing), at most
	// MaxMissingListed of Counts.MissingCorePairs.
	MissingCorePairs []MissingPair `json:"missing_core_pairs"`
	// IsolatedExternals lists, by id, the external partners with no tie of
	// rung ≥ 3 (referral) to any core partner.
	IsolatedExternals []string `json:"isolated_externals"`
}

// severity weighs the reasons: a bridge and a single carrier count double,
// as either can cut the tie or the network at once (a partner gone, a
// social worker gone); the others weigh one each. Its order is
// flags.Reasons, worst first.
var severity = func() []struct {
	reason string
	weight int
} {
	var out []struct {
		reason string
		weight int
	}
	for _, r := range flags.Reasons() {
		w := 1
		if r == flags.ReasonBridge || r == flags.ReasonSingleCarrier {
			w = 2
		}
		out = append(out, struct {
			reason string
			weight int
		}{r, w})
	}
	return out
}()

// DeepRung is the rung from which a tie counts as deep: referral.
const DeepRung = 3

// CompareWeak is the one order of weak links, worst first, that every
// output uses (negative when a comes before b):
//
//  1. the sum of the reasons' weights, higher first (bridge and
//     single_carrier 2, the others 1);
//  2. the worst reason present, in the order of flags.Reasons (bridge,
//     single_carrier, below_target, shallow_core, fading, one_way,
//     rating_gap), compared reason by reason;
//  3. depth, shallower first;
//  4. the pair (A, then B), in byte order.
//
// Restricted to the links of one reason or one family it gives the worst of
// that reason or family first.
func CompareWeak(a, b *WeakLink) int {
	if wa, wb := weight(a.Reasons), weight(b.Reasons); wa != wb {
		return cmpInt(wb, wa)
	}
	if ma, mb := mask(a.Reasons), mask(b.Reasons); ma != mb {
		return cmpInt(mb, ma)
	}
	if a.Depth != b.Depth {
		return cmpInt(a.Depth, b.Depth)
	}
	return cmpPair(a.A, a.B, b.A, b.B)
}

// CompareMissing orders missing core pairs, worst first: no contact at all
// (depth 0) before a shallow one, then the oldest last contact first (none
// before any date), then the pair.
func CompareMissing(a, b *MissingPair) int {
	if a.Depth != b.Depth {
		return cmpInt(a.Depth, b.Depth)
	}
	la, lb := "", ""
	if a.LastContact != nil {
		la = *a.LastContact
	}
	if b.LastContact != nil {
		lb = *b.LastContact
	}
	if la != lb {
		if la < lb {
			return -1
		}
		return 1
	}
	return cmpPair(a.A, a.B, b.A, b.B)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpPair(a1, b1, a2, b2 string) int {
	switch {
	case a1 != a2 && a1 < a2:
		return -1
	case a1 != a2:
		return 1
	case b1 < b2:
		return -1
	case b1 > b2:
		return 1
	}
	return 0
}

// WeakLinks flags the ties of the tie graph (depth ≥ minDepth, at least 1)
// with flags.TieReasons (bridges of s.Network included), and returns those with
// a reason, worst first (CompareWeak), each with its reasons in the order
// of flags.Reasons and their families; the counts per family and reason
// over all of them; and the missing core pairs (MissingCorePairs).
//
// Pairs with a target that are not in the tie graph (no tie, or one below
// minDepth) and fall short of their target are added with the single
// reason below_target and their depth (0 when they have no evidence).
//
// s and its ties are not changed (Tie.Flags is left as it is; a caller that
// prints flags takes flags.FlagTies' copy).
func WeakLinks(s *depth.Scored, minDepth int) WeakResult {
	minDepth = max(minDepth, 1)
	reasons := flags.TieReasons(s, minDepth)

	res := WeakResult{Weak: []WeakLink{}, IsolatedExternals: isolatedExternals(s)}
	for i := range s.Ties {
		t := &s.Ties[i]
		if len(reasons[i]) == 0 {
			continue
		}
		w := WeakLink{A: t.A, B: t.B, Depth: t.Depth, Reasons: bySeverity(reasons[i])}
		if tg, ok := s.Target(t.A, t.B); ok {
			w.Target = &tg
		}
		res.Weak = append(res.Weak, w)
	}
	res.Weak = append(res.Weak, unmetTargets(s, minDepth)...)
	for i := range res.Weak {
		res.Weak[i].Families = flags.FamiliesOf(res.Weak[i].Reasons)
	}
	sort.Slice(res.Weak, func(i, j int) bool { return CompareWeak(&res.Weak[i], &res.Weak[j]) < 0 })
	res.MissingCorePairs, res.Counts.MissingCorePairs = MissingCorePairs(s, minDepth, MaxMissingListed)
	res.Counts.Weak = len(res.Weak)
	res.Counts.ByReason = map[string]int{}
	for _, r := range flags.Reasons() {
		res.Counts.ByReason[r] = 0
	}
	for _, w := range res.Weak {
		for _, r := range w.Reasons {
			res.Counts.ByReason[r]++
		}
		for _, f := range w.Families {
			switch f {
			case flags.FamilyFragile:
				res.Counts.Fragile++
			case flags.FamilyThin:
				res.Counts.Thin++
			}
		}
	}
	return res
}

// MissingCorePairs lists the pairs of core partners (partners.csv core)
// without a tie at depth ≥ minDepth (at least 1), worst first
// (CompareMissing), at most limit of them (limit < 0: all), and counts them
// all: k core partners less the core pairs with such a tie. Each pair's
// ids are ordered A < B.
//
// Cost: O(k log k + ties + listed · log ties), never the k² pairs when
// limit is small.
func MissingCorePairs(s *depth.Scored, minDepth, limit int) ([]MissingPair, int64) {
	minDepth = max(minDepth, 1)
	seen := map[string]bool{}
	var core []string
	for _, p := range s.Case.Partners {
		if p.Core && !seen[p.ID] {
			seen[p.ID] = true
			core = append(core, p.ID)
		}
	}
	sort.Strings(core)
	k := int64(len(core))
	count := k * (k - 1) / 2
	// Ties with evidence: those at minDepth leave the count, the others
	// are listed with their depth and last contact.
	var shallow, zero []MissingPair
	for i := range s.Ties {
		t := &s.Ties[i]
		if !seen[t.A] || !seen[t.B] || t.A == t.B {
			continue
		}
		if t.Depth >= minDepth {
			count--
			continue
		}
		m := MissingPair{A: t.A, B: t.B, Depth: t.Depth, LastContact: t.Last}
		if t.Depth == 0 {
			zero = append(zero, m)
		} else {
			shallow = append(shallow, m)
		}
	}
	out := []MissingPair{}
	if limit == 0 {
		return out, count
	}
	// Depth 0 comes first: the pairs without any tie (no last contact)
	// and the depth-0 ties, by CompareMissing.
	var none []MissingPair
	for i := 0; i < len(core) && (limit < 0 || len(none) < limit); i++ {
		for j := i + 1; j < len(core) && (limit < 0 || len(none) < limit); j++ {
			if _, ok := s.Tie(core[i], core[j]); !ok {
				none = append(none, MissingPair{A: core[i], B: core[j]})
			}
		}
	}
	// The first limit pairs without a tie, in pair order, hold every one
	// that can come before the depth-0 ties with no date.
	zero = append(none, zero...)
	sort.Slice(zero, func(i, j int) bool { return CompareMissing(&zero[i], &zero[j]) < 0 })
	sort.Slice(shallow, func(i, j int) bool { return CompareMissing(&shallow[i], &shallow[j]) < 0 })
	for _, part := range [][]MissingPair{zero, shallow} {
		for _, m := range part {
			if limit >= 0 && len(out) >= limit {
				return out, count
			}
			out = append(out, m)
		}
	}
	return out, count
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
func unmetTargets(s *depth.Scored, minDepth int) []WeakLink {
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
						continue // in the tie graph: TieReasons judged it
					}
					depth = t.Depth
				}
				want, ok := s.Target(a, b)
				if !ok || depth >= want {
					continue
				}
				out = append(out, WeakLink{A: k[0], B: k[1], Depth: depth,
					Reasons: []string{flags.ReasonBelowTarget}, Target: &want})
			}
		}
	}
	return out
}

// isolatedExternals lists the external partners with no tie at rung ≥ 3 to
// a core partner.
func isolatedExternals(s *depth.Scored) []string {
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
func KeyPlayers(g *network.Network, k int) []KeyPlayer {
	nodes, frag := structure.KeyPlayers(g, k)
	out := make([]KeyPlayer, len(nodes))
	for i, u := range nodes {
		out[i] = KeyPlayer{ID: g.IDs[u], Fragmentation: frag[i]}
	}
	return out
}
