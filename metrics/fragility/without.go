package fragility

import (
	"fmt"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// Without returns the case scored as if partner id had left, for
// `--without ID`: on a copy of the case its row, the ratings it gave or
// got, the targets naming it and its people (people.csv rows, and their
// names on its events) are dropped, and it is taken out of every event. An event that keeps two or more partners stays for
// them, as in Fragility's default: they did meet. Where the partner had
// initiated such an event, the next participant stands as its From (an
// event needs one), and the initiation is taken off again after scoring,
// so `initiated` and one_sided still count only what a remaining partner
// initiated. The same model and window (as_of, since) are used. The input
// is not modified.
func Without(s *depth.Scored, id string) (*depth.Scored, error) {
	old := s.Case
	found := false
	for _, p := range old.Partners {
		if p.ID == id {
			found = true
			break
		}
	}
	if !found {
		return nil, fmt.Errorf("no partner %q in the case", id)
	}
	c := *old
	c.Partners = nil
	for _, p := range old.Partners {
		if p.ID != id {
			c.Partners = append(c.Partners, p)
		}
	}
	c.Ratings = nil
	for _, r := range old.Ratings {
		if r.From != id && r.To != id {
			c.Ratings = append(c.Ratings, r)
		}
	}
	c.Targets = nil
	for _, t := range old.Targets {
		if t.A != id && t.B != id {
			c.Targets = append(c.Targets, t)
		}
	}
	c.People = nil
	leaving := map[string]bool{}
	for _, p := range old.People {
		if p.Partner != id {
			c.People = append(c.People, p)
		} else {
			leaving[p.ID] = true
		}
	}
	if c.Coordinator == id {
		c.Coordinator = ""
	}
	c.Events = make([]casedata.Event, 0, len(old.Events))
	var adopted []int // events whose From now stands in for the one who left
	for _, e := range old.Events {
		parts := e.Participants()
		keep := parts[:0:0]
		for _, p := range parts {
			if p != id {
				keep = append(keep, p)
			}
		}
		if len(keep) == len(parts) {
			c.Events = append(c.Events, e)
			continue
		}
		if len(keep) < 2 {
			continue
		}
		if e.From == id {
			adopted = append(adopted, len(c.Events))
		}
		e.From, e.With = keep[0], keep[1:]
		var people []string
		for _, p := range e.People {
			if !leaving[p] {
				people = append(people, p)
			}
		}
		e.People = people
		c.Events = append(c.Events, e)
	}
	out := depth.Score(&c, s.Model, depth.ScoreOptions{AsOf: s.AsOf, Since: s.Since})
	for _, i := range adopted {
		e := &c.Events[i]
		if e.Date.After(out.AsOf) || (!out.Since.IsZero() && e.Date.Before(out.Since)) {
			continue
		}
		for _, w := range e.With {
			if t, ok := out.Tie(e.From, w); ok {
				t.Initiated.Add(e.From, -e.Count)
			}
		}
	}
	return out, nil
}
