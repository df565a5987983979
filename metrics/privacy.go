package metrics

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"gbo/graph"
)

// PeopleMode says how people (social workers) appear in outputs. Their
// names are personal data (GDPR): by default every output shows a stable
// pseudonym, never the name or the id from the files.
type PeopleMode string

const (
	PeoplePseudonyms PeopleMode = "pseudonyms"
	PeopleNames      PeopleMode = "names"
	PeopleNone       PeopleMode = "none"
)

// Valid reports whether m is one of the three modes.
func (m PeopleMode) Valid() bool {
	return m == PeoplePseudonyms || m == PeopleNames || m == PeopleNone
}

// Pseudonyms turns person ids into what an output may show.
type Pseudonyms struct {
	mode  PeopleMode
	key   []byte
	names map[string]string
}

// NewPseudonyms keys the pseudonyms on the case: the same person in the same
// case always gets the same pseudonym, and pseudonyms of one case cannot be
// matched to another's. The key is derived from the case's name and partner
// ids, so it needs no secret file, yet is not the bare id.
func NewPseudonyms(c *graph.Case, mode PeopleMode) *Pseudonyms {
	h := sha256.New()
	h.Write([]byte("gbo-people\x00" + c.Name + "\x00"))
	ids := make([]string, 0, len(c.Partners))
	for _, p := range c.Partners {
		ids = append(ids, p.ID)
	}
	sort.Strings(ids)
	for _, id := range ids {
		h.Write([]byte(id + "\x00"))
	}
	p := &Pseudonyms{mode: mode, key: h.Sum(nil), names: map[string]string{}}
	for _, person := range c.People {
		if person.Name != "" {
			p.names[person.ID] = person.Name
		}
	}
	return p
}

// Person returns how person id is shown: "P-1a2b3c" by default, the name
// (else the id) with names, "" with none.
func (p *Pseudonyms) Person(id string) string {
	switch p.mode {
	case PeopleNone:
		return ""
	case PeopleNames:
		if n, ok := p.names[id]; ok {
			return n
		}
		return id
	}
	m := hmac.New(sha256.New, p.key)
	m.Write([]byte(id))
	return "P-" + hex.EncodeToString(m.Sum(nil))[:6]
}

// People maps a list of ids, dropping empties (mode none gives nil).
func (p *Pseudonyms) People(ids []string) []string {
	if p.mode == PeopleNone {
		return nil
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, p.Person(id))
	}
	return out
}
