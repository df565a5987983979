package depth

import "strings"

// Target is the depth targets.csv sets for the pair a-b. A target naming
// both partners beats one naming a partner and a sector, which beats one
// naming two sectors; among equals the highest counts.
func (s *Scored) Target(a, b string) (int, bool) {
	if len(s.Case.Targets) == 0 {
		return 0, false
	}
	if s.sectorOf == nil {
		s.sectorOf = make(map[string]string, len(s.Case.Partners))
		for _, p := range s.Case.Partners {
			s.sectorOf[p.ID] = strings.ToLower(strings.TrimSpace(p.Sector))
		}
	}
	sector := s.sectorOf
	matches := func(sel, id string) (bool, int) {
		if name, ok := strings.CutPrefix(sel, "sector:"); ok {
			return strings.ToLower(strings.TrimSpace(name)) == sector[id], 0
		}
		return sel == id, 1
	}
	best, bestSpec, found := 0, -1, false
	for _, tg := range s.Case.Targets {
		for _, order := range [2][2]string{{a, b}, {b, a}} {
			m1, s1 := matches(tg.A, order[0])
			m2, s2 := matches(tg.B, order[1])
			if !m1 || !m2 {
				continue
			}
			spec := s1 + s2
			if spec > bestSpec || (spec == bestSpec && tg.Depth > best) {
				best, bestSpec, found = tg.Depth, spec, true
			}
		}
	}
	return best, found
}
