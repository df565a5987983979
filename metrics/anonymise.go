package metrics

import (
	"fmt"
	"sort"
	"strings"

	"gbo/graph"
)

// AnonymiseOptions say how far a shareable copy goes.
type AnonymiseOptions struct {
	// PartnersBySector replaces every partner's id and name by its sector
	// and a number ("ocmw-01", "OCMW 1"), and drops municipalities.
	PartnersBySector bool
	// Key is the secret pseudonym key (KeySize bytes) people are
	// pseudonymised with: the copy's person ids are the pseudonyms every
	// command shows under the same key.
	Key []byte
}

// Anonymise makes a copy of a case that can be shared: people get their
// keyed pseudonyms (names and roles dropped), free-text columns (object
// origins and descriptions, unknown partner columns) are dropped, and
// optionally partners are known only by sector and number. Events, ratings,
// objects and targets keep their structure, so every analysis of the copy
// gives the same figures as the original. The error is ErrNoKey when
// opt.Key is not a key of KeySize bytes.
func Anonymise(c *graph.Case, opt AnonymiseOptions) (*graph.Case, error) {
	pn, err := NewPseudonyms(c, PeoplePseudonyms, opt.Key)
	if err != nil {
		return nil, err
	}
	out := &graph.Case{Name: c.Name, Region: c.Region, Language: c.Language, AsOf: c.AsOf, Depth: c.Depth, HasPeople: c.HasPeople}
	pid := map[string]string{}
	for _, p := range c.Partners {
		pid[p.ID] = p.ID
	}
	if opt.PartnersBySector {
		pid = sectorIDs(c.Partners)
	}
	mapID := func(id string) string {
		if v, ok := pid[id]; ok {
			return v
		}
		return id
	}
	for _, p := range c.Partners {
		q := graph.Partner{ID: mapID(p.ID), Name: p.Name, Sector: p.Sector, Core: p.Core, Municipality: p.Municipality}
		if opt.PartnersBySector {
			q.Name = sectorName(q.ID, p.Sector)
			q.Municipality = ""
		}
		out.Partners = append(out.Partners, q)
	}
	sort.Slice(out.Partners, func(i, j int) bool { return out.Partners[i].ID < out.Partners[j].ID })
	out.Coordinator = c.Coordinator
	if c.Coordinator != "" {
		out.Coordinator = mapID(c.Coordinator)
	}
	people := func(ids []string) []string {
		var r []string
		for _, id := range ids {
			r = append(r, pn.Person(id))
		}
		return r
	}
	for _, e := range c.Events {
		f := e
		f.From = mapID(e.From)
		f.With = nil
		for _, w := range e.With {
			f.With = append(f.With, mapID(w))
		}
		f.People = people(e.People)
		out.Events = append(out.Events, f)
	}
	for _, r := range c.Ratings {
		q := r
		q.From, q.To = mapID(r.From), mapID(r.To)
		out.Ratings = append(out.Ratings, q)
	}
	for _, o := range c.Objects {
		out.Objects = append(out.Objects, graph.Object{ID: o.ID, Name: o.Name})
	}
	for _, p := range c.People {
		out.People = append(out.People, graph.Person{ID: pn.Person(p.ID), Partner: mapID(p.Partner)})
	}
	sort.Slice(out.People, func(i, j int) bool { return out.People[i].ID < out.People[j].ID })
	for _, t := range c.Targets {
		q := t
		if !strings.HasPrefix(t.A, "sector:") {
			q.A = mapID(t.A)
		}
		if !strings.HasPrefix(t.B, "sector:") {
			q.B = mapID(t.B)
		}
		out.Targets = append(out.Targets, q)
	}
	return out, nil
}

// sectorIDs numbers the partners within each sector in id order.
func sectorIDs(ps []graph.Partner) map[string]string {
	sorted := append([]graph.Partner(nil), ps...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	n := map[string]int{}
	out := map[string]string{}
	for _, p := range sorted {
		slug := slugify(p.Sector)
		n[slug]++
		out[p.ID] = fmt.Sprintf("%s-%02d", slug, n[slug])
	}
	return out
}

func sectorName(id, sector string) string {
	num := id[strings.LastIndex(id, "-")+1:]
	return sector + " " + strings.TrimLeft(num, "0")
}

func slugify(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
		case strings.ContainsRune("àáâäãå", r):
			b.WriteByte('a')
		case strings.ContainsRune("èéêë", r):
			b.WriteByte('e')
		case strings.ContainsRune("ìíîï", r):
			b.WriteByte('i')
		case strings.ContainsRune("òóôöõ", r):
			b.WriteByte('o')
		case strings.ContainsRune("ùúûü", r):
			b.WriteByte('u')
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "partner"
	}
	return out
}
