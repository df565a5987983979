package metrics

import (
	"sort"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
	"gbo/metrics/fragility"
	"gbo/metrics/measures"
)

// Analysis is what several outputs draw from one network: its measures,
// weak links and bridging partners at MinDepth (≥ 1), computed once.
type Analysis struct {
	MinDepth int
	Measures *measures.Measures
	Weak     fragility.WeakResult
	Brokers  []measures.Broker
}

// Of analyses s at minDepth (values below 1 count as 1): measures.Measure,
// WeakLinks and measures.Brokers. s is not changed.
func Of(s *depth.Scored, minDepth int) *Analysis {
	minDepth = max(minDepth, 1)
	m := measures.Measure(s, measures.MeasureOptions{MinDepth: minDepth})
	return &Analysis{MinDepth: minDepth, Measures: m, Weak: WeakLinks(s, minDepth), Brokers: measures.Brokers(s, m)}
}

// HasCore reports whether any partner of the case is core.
func HasCore(c *casedata.Case) bool {
	for _, p := range c.Partners {
		if p.Core {
			return true
		}
	}
	return false
}

// WeakLinks is fragility.WeakLinks in the case's own terms: without any
// core partner the findings about the core (missing core pairs, external
// partners without a deep tie to the core) are left out (empty, not nil);
// with a target_rung in [labels], core pairs below it count as missing
// (missing threshold max(minDepth, target)) and an external partner is
// isolated without a tie at the target rung or deeper to a core partner.
func WeakLinks(s *depth.Scored, minDepth int) fragility.WeakResult {
	res := fragility.WeakLinks(s, minDepth)
	if !HasCore(s.Case) {
		res.MissingCorePairs, res.Counts.MissingCorePairs = []fragility.MissingPair{}, 0
		res.IsolatedExternals = []string{}
		return res
	}
	if t := s.Case.Labels.Target; t != nil {
		res.MissingCorePairs, res.Counts.MissingCorePairs = fragility.MissingCorePairs(s, max(minDepth, *t, 1), fragility.MaxMissingListed)
		res.IsolatedExternals = IsolatedAt(s, max(*t, 1))
	}
	return res
}

// IsolatedAt lists, sorted by id, the external partners with no tie of
// depth ≥ rung to any core partner (fragility's rule, at another rung).
func IsolatedAt(s *depth.Scored, rung int) []string {
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

// WithoutPartner is the network figures of s without partner id, measured
// at a.MinDepth (fragility.Without, then measures.Measure). The error is
// fragility.Without's: id is not a partner of the case.
func (a *Analysis) WithoutPartner(s *depth.Scored, id string) (measures.NetworkFigures, error) {
	w, err := fragility.Without(s, id)
	if err != nil {
		return measures.NetworkFigures{}, err
	}
	return measures.Measure(w, measures.MeasureOptions{MinDepth: a.MinDepth}).Network, nil
}

// ObjectsKnown reports whether the case has objects: objects listed, or
// an event that names one.
func ObjectsKnown(c *casedata.Case) bool {
	if len(c.Objects) > 0 {
		return true
	}
	for _, e := range c.Events {
		if e.Object != "" {
			return true
		}
	}
	return false
}
