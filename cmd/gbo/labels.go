package main

import (
	"sort"

	"gbo/graph"
	"gbo/metrics/depth"
	"gbo/metrics/fragility"
	"gbo/render/report"
)

// noteNoCore is the code gbo weak --format json gives in "notes" when no
// partner is core: missing_core_pairs and isolated_externals are then
// empty because the findings about the core are left out, not because
// the core is well connected.
const noteNoCore = "no_core"

// reportWords are the case's [labels] in lang, for the report.
func reportWords(l graph.Labels, lang string) report.Words {
	var w report.Words
	w.CoreOne, w.Core, _ = l.CoreName(lang)
	w.PersonOne, w.Person, _ = l.PersonName(lang)
	for r := range 6 {
		w.Rungs[r], _ = l.RungName(r, lang)
	}
	w.Target = l.Target
	return w
}

// rungName is the name of rung r in lang: the case's own ([labels]
// rungs), or the model's (depth.RungName).
func rungName(c *graph.Case, r int, lang string) string {
	if c != nil {
		if n, ok := c.Labels.RungName(r, lang); ok {
			return n
		}
	}
	return depth.RungName(r, lang)
}

// hasCore reports whether any partner of the case is core.
func hasCore(c *graph.Case) bool {
	for _, p := range c.Partners {
		if p.Core {
			return true
		}
	}
	return false
}

// weakLinks is fragility.WeakLinks in the case's own terms: without any
// core partner the findings about the core (missing core pairs, external
// partners without a deep tie to the core) are left out; with a
// target_rung in [labels], core pairs below it count as missing
// (missing threshold max(minDepth, target)) and an external partner is
// isolated without a tie at the target rung or deeper to a core partner.
func weakLinks(s *depth.Scored, minDepth int) fragility.WeakResult {
	res := fragility.WeakLinks(s, minDepth)
	if !hasCore(s.Case) {
		res.MissingCorePairs, res.Counts.MissingCorePairs = []fragility.MissingPair{}, 0
		res.IsolatedExternals = []string{}
		return res
	}
	if t := s.Case.Labels.Target; t != nil {
		res.MissingCorePairs, res.Counts.MissingCorePairs = fragility.MissingCorePairs(s, max(minDepth, *t, 1), fragility.MaxMissingListed)
		res.IsolatedExternals = isolatedAt(s, max(*t, 1))
	}
	return res
}

// isolatedAt lists, sorted by id, the external partners with no tie of
// depth ≥ rung to any core partner (fragility's rule, at another rung).
func isolatedAt(s *depth.Scored, rung int) []string {
	core := map[string]bool{}
	for _, p := range s.Case.Partners {
		if p.Core {
			core[p.ID] = true
		}
	}
	tied := map[string]bool{}
	for _, t := range s.Ties {
		if t.Depth < rung {
			continue
		}
		if core[t.A] && !core[t.B] {
			tied[t.B] = true
		}
		if core[t.B] && !core[t.A] {
			tied[t.A] = true
		}
	}
	out := []string{}
	for _, p := range s.Case.Partners {
		if !p.Core && !tied[p.ID] {
			out = append(out, p.ID)
		}
	}
	sort.Strings(out)
	return out
}
