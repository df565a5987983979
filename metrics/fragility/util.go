package fragility

import (
	"strings"

	"gbo/metrics"
)

// sectorKey folds case and surrounding space, as metrics.Scored.Target does.
func sectorKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func cutSector(sel string) (string, bool) { return strings.CutPrefix(sel, "sector:") }

// targets answers metrics.Scored.Target for many pairs without rebuilding
// the partners' sectors on every call: the same rule (a target naming both
// partners beats one naming a partner and a sector, which beats two
// sectors; among equals the highest), checked against Scored.Target in the
// tests.
type targets struct {
	s      *metrics.Scored
	sector map[string]string
}

func newTargets(s *metrics.Scored) *targets {
	t := &targets{s: s, sector: make(map[string]string, len(s.Case.Partners))}
	for _, p := range s.Case.Partners {
		t.sector[p.ID] = sectorKey(p.Sector)
	}
	return t
}

func (t *targets) of(a, b string) (int, bool) {
	matches := func(sel, id string) (bool, int) {
		if name, ok := cutSector(sel); ok {
			return sectorKey(name) == t.sector[id], 0
		}
		return sel == id, 1
	}
	best, bestSpec, found := 0, -1, false
	for _, tg := range t.s.Case.Targets {
		for _, order := range [2][2]string{{a, b}, {b, a}} {
			m1, s1 := matches(tg.A, order[0])
			m2, s2 := matches(tg.B, order[1])
			if !m1 || !m2 {
				continue
			}
			if spec := s1 + s2; spec > bestSpec || (spec == bestSpec && tg.Depth > best) {
				best, bestSpec, found = tg.Depth, spec, true
			}
		}
	}
	return best, found
}
