package metrics

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"slices"
	"sort"
	"strings"

	"gbo/graph/casedata"
)

// AnonymiseOptions say how far a shareable copy goes.
type AnonymiseOptions struct {
	// PartnersBySector replaces every partner's id and name by its sector
	// and a number ("ocmw-01", "OCMW 1") in an order only Key gives, and
	// drops what names the partnership: municipalities, the case's name
	// and its region.
	PartnersBySector bool
	// Name is the case name the copy gets with PartnersBySector (the
	// case's own name names the partnership), in the case's language: the
	// caller's words (gbo: the catalogue's analysis.anonymise.name). ""
	// leaves the copy without a name.
	Name string
	// Key is the secret pseudonym key (KeySize bytes) people are
	// pseudonymised with: the copy's person ids are the pseudonyms every
	// command shows under the same key. With PartnersBySector it also
	// orders the partners of a sector.
	Key []byte
}

// Anonymise makes a copy of a case that can be shared: people get their
// keyed pseudonyms (names and roles dropped), free-text columns (object
// origins and descriptions, unknown partner columns) are dropped, and
// optionally partners are known only by sector and number. Events, ratings,
// objects and targets keep their structure, so every analysis of the copy
// gives the same figures as the original. The error is ErrNoKey when
// opt.Key is not a key of KeySize bytes.
//
// No order of the copy follows the original ids or the rows of the files:
// partners and people are listed by their new ids, the people of an event
// by pseudonym, and with PartnersBySector the partners of an event, and
// the rows of events, ratings and targets, are sorted by what the copy
// shows. The same case and key give the same copy.
func Anonymise(c *casedata.Case, opt AnonymiseOptions) (*casedata.Case, error) {
	pn, err := NewPseudonyms(c, PeoplePseudonyms, opt.Key)
	if err != nil {
		return nil, err
	}
	out := &casedata.Case{Name: c.Name, Region: c.Region, Language: c.Language, AsOf: c.AsOf, Depth: c.Depth, HasPeople: c.HasPeople}
	pid := map[string]string{}
	for _, p := range c.Partners {
		pid[p.ID] = p.ID
	}
	if opt.PartnersBySector {
		pid = sectorIDs(c.Partners, opt.Key)
		out.Name, out.Region = opt.Name, ""
	}
	mapID := func(id string) string {
		if v, ok := pid[id]; ok {
			return v
		}
		return id
	}
	for _, p := range c.Partners {
		q := casedata.Partner{ID: mapID(p.ID), Name: p.Name, Sector: p.Sector, Core: p.Core, Municipality: p.Municipality}
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
		sort.Strings(r)
		return r
	}
	for _, e := range c.Events {
		f := e
		f.Pos = casedata.Pos{}
		f.From = mapID(e.From)
		f.With = nil
		for _, w := range e.With {
			f.With = append(f.With, mapID(w))
		}
		if opt.PartnersBySector {
			sort.Strings(f.With)
		}
		f.People = people(e.People)
		out.Events = append(out.Events, f)
	}
	for _, r := range c.Ratings {
		q := r
		q.Pos = casedata.Pos{}
		q.From, q.To = mapID(r.From), mapID(r.To)
		out.Ratings = append(out.Ratings, q)
	}
	for _, o := range c.Objects {
		out.Objects = append(out.Objects, casedata.Object{ID: o.ID, Name: o.Name})
	}
	for _, p := range c.People {
		out.People = append(out.People, casedata.Person{ID: pn.Person(p.ID), Partner: mapID(p.Partner)})
	}
	sort.Slice(out.People, func(i, j int) bool { return out.People[i].ID < out.People[j].ID })
	for _, t := range c.Targets {
		q := t
		q.Pos = casedata.Pos{}
		if !strings.HasPrefix(t.A, "sector:") {
			q.A = mapID(t.A)
		}
		if !strings.HasPrefix(t.B, "sector:") {
			q.B = mapID(t.B)
		}
		out.Targets = append(out.Targets, q)
	}
	if opt.PartnersBySector {
		// The rows' order in the files may follow the original ids.
		sortRows(out)
	}
	return out, nil
}

// sortRows puts events, ratings and targets in the order of what the copy
// shows (stable, so equal rows keep their order, which tells nothing).
func sortRows(c *casedata.Case) {
	sort.SliceStable(c.Events, func(i, j int) bool {
		a, b := &c.Events[i], &c.Events[j]
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		ka := []string{a.From, strings.Join(a.With, "\x00"), a.Kind, a.Object, strings.Join(a.People, "\x00")}
		kb := []string{b.From, strings.Join(b.With, "\x00"), b.Kind, b.Object, strings.Join(b.People, "\x00")}
		if d := slices.Compare(ka, kb); d != 0 {
			return d < 0
		}
		if a.Rung != b.Rung {
			return a.Rung < b.Rung
		}
		return a.Count < b.Count
	})
	sort.SliceStable(c.Ratings, func(i, j int) bool {
		a, b := c.Ratings[i], c.Ratings[j]
		if a.From != b.From || a.To != b.To {
			return a.From < b.From || a.From == b.From && a.To < b.To
		}
		ka := []float64{float64(a.Depth), float64(a.Trust), float64(a.Value), a.Weight}
		kb := []float64{float64(b.Depth), float64(b.Trust), float64(b.Value), b.Weight}
		return slices.Compare(ka, kb) < 0
	})
	sort.SliceStable(c.Targets, func(i, j int) bool {
		a, b := c.Targets[i], c.Targets[j]
		if a.A != b.A || a.B != b.B {
			return a.A < b.A || a.A == b.A && a.B < b.B
		}
		return a.Depth < b.Depth
	})
}

// partnerOrder is what orders the partners of one sector in a copy:
// HMAC-SHA256(key, "gbo-partner" NUL id), which only the key's holder can
// compute, so the numbers say nothing of the ids, names or places.
func partnerOrder(key []byte, id string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("gbo-partner\x00"))
	m.Write([]byte(id))
	return string(m.Sum(nil))
}

// sectorIDs numbers the partners within each sector in the order
// partnerOrder gives under key.
func sectorIDs(ps []casedata.Partner, key []byte) map[string]string {
	sorted := append([]casedata.Partner(nil), ps...)
	order := make(map[string]string, len(ps))
	for _, p := range ps {
		order[p.ID] = partnerOrder(key, p.ID)
	}
	sort.Slice(sorted, func(i, j int) bool {
		a, b := order[sorted[i].ID], order[sorted[j].ID]
		if a != b {
			return a < b
		}
		return sorted[i].ID < sorted[j].ID // 2^-256: never
	})
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
