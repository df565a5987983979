package metrics

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"

	"gbo/graph/casedata"
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

// KeySize is the length of a pseudonym key in bytes (256 bits).
const KeySize = 32

// ErrNoKey is returned by NewPseudonyms when pseudonyms are asked for
// without a key of KeySize bytes.
var ErrNoKey = errors.New("pseudonyms need a secret key of 32 bytes")

// Pseudonyms turns person ids into what an output may show.
type Pseudonyms struct {
	mode  PeopleMode
	key   []byte
	names map[string]string
	// long holds the ids whose short pseudonym collides with another
	// person's of the same case; they get a longer one.
	long map[string]bool
}

// pseudonym lengths in hex digits: short (24 bits) for everyone, long
// (48 bits) for the few ids of a case whose short ones collide.
const (
	shortHex = 6
	longHex  = 12
)

// NewPseudonyms makes the pseudonyms of the people of case c under a secret
// key (KeySize random bytes, see the CLI's pseudonym key file). A pseudonym
// is "P-" and 6 hex digits of HMAC-SHA256(key, "gbo-person" NUL id): the
// same id gets the same pseudonym under the same key, in every case and
// every command; without the key nobody can compute, test or reverse one,
// however many outputs they hold. Where two ids of c would share a
// pseudonym, both get 12 hex digits instead, so no two people are merged.
//
// With PeopleNames or PeopleNone the key is not used and may be nil. With
// PeoplePseudonyms a key of another length is ErrNoKey.
func NewPseudonyms(c *casedata.Case, mode PeopleMode, key []byte) (*Pseudonyms, error) {
	if !mode.Valid() {
		return nil, fmt.Errorf("unknown people mode %q", mode)
	}
	p := &Pseudonyms{mode: mode, names: map[string]string{}}
	if mode == PeopleNames {
		for _, person := range c.People {
			if person.Name != "" {
				p.names[person.ID] = person.Name
			}
		}
	}
	if mode != PeoplePseudonyms {
		return p, nil
	}
	if len(key) != KeySize {
		return nil, ErrNoKey
	}
	p.key = append([]byte(nil), key...)
	p.long = collisions(p, personIDs(c))
	return p, nil
}

// personIDs lists every person id a case mentions: people.csv and the
// people column of the events (unknown ones included), sorted.
func personIDs(c *casedata.Case) []string {
	seen := map[string]bool{}
	for _, person := range c.People {
		seen[person.ID] = true
	}
	for i := range c.Events {
		for _, id := range c.Events[i].People {
			seen[id] = true
		}
	}
	ids := make([]string, 0, len(seen))
	for id := range seen {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// collisions returns the ids whose short pseudonyms are shared.
func collisions(p *Pseudonyms, ids []string) map[string]bool {
	first := make(map[string]string, len(ids))
	var long map[string]bool
	for _, id := range ids {
		s := p.digest(id)[:shortHex]
		if other, ok := first[s]; ok {
			if long == nil {
				long = map[string]bool{}
			}
			long[other], long[id] = true, true
			continue
		}
		first[s] = id
	}
	return long
}

func (p *Pseudonyms) digest(id string) string {
	m := hmac.New(sha256.New, p.key)
	m.Write([]byte("gbo-person\x00"))
	m.Write([]byte(id))
	return hex.EncodeToString(m.Sum(nil))
}

// Mode is how p shows people.
func (p *Pseudonyms) Mode() PeopleMode { return p.mode }

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
	n := shortHex
	if p.long[id] {
		n = longHex
	}
	return "P-" + p.digest(id)[:n]
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

// Why a key cannot have come from a random source (KeyWeakness).
const (
	KeyFewValues = "few-values" // fewer than MinKeyValues distinct bytes
	KeyPattern   = "pattern"    // a block of at most 16 bytes, repeated
	KeySteps     = "steps"      // counts up or down in a few fixed steps
	KeyText      = "text"       // every byte printable ASCII: typed, not drawn
)

// MinKeyValues is the least number of distinct byte values a key of
// KeySize random bytes must hold.
const MinKeyValues = 8

// KeyWeakness returns "" for a key that may be random, else why it cannot
// be (KeyFewValues, KeyPattern, KeySteps or KeyText): a key anybody could
// guess (all zeros, one byte repeated, "abcd" repeated, 00 01 02 …, a
// password) makes every pseudonym computable. key must be KeySize bytes;
// any other length is KeyFewValues.
//
// How often a key of 32 bytes from a true random source is refused (each
// byte uniform and independent):
//   - fewer than 8 distinct values: at most C(256,7)·(7/256)^32 ≈ 1.3e-37;
//   - a period p of 8..16 bytes (key[i] = key[i-p] for every i ≥ p; shorter
//     periods have fewer than 8 values): Σ 256^-(32-p) < 2·256^-16 ≈ 6e-39;
//   - the differences key[i+1]-key[i] (mod 256, 31 of them, themselves
//     uniform and independent) with fewer than 8 distinct values or a
//     period of at most 16: at most C(256,7)·(7/256)^31 + 2·256^-15 ≈ 6e-36;
//   - all 32 bytes printable ASCII (0x20..0x7e): (95/256)^32 ≈ 1.7e-14.
//
// Together less than 2e-14: about one in 50 million million random keys.
func KeyWeakness(key []byte) string {
	if len(key) != KeySize || distinct(key) < MinKeyValues {
		return KeyFewValues
	}
	if periodic(key) {
		return KeyPattern
	}
	diff := make([]byte, len(key)-1)
	for i := range diff {
		diff[i] = key[i+1] - key[i]
	}
	if distinct(diff) < MinKeyValues || periodic(diff) {
		return KeySteps
	}
	text := true
	for _, b := range key {
		if b < 0x20 || b > 0x7e {
			text = false
			break
		}
	}
	if text {
		return KeyText
	}
	return ""
}

func distinct(b []byte) int {
	var seen [256]bool
	n := 0
	for _, c := range b {
		if !seen[c] {
			seen[c] = true
			n++
		}
	}
	return n
}

// periodic reports whether b repeats a block of at most 16 bytes (the
// last repeat may be cut short).
func periodic(b []byte) bool {
	for p := 1; p <= 16 && p < len(b); p++ {
		same := true
		for i := p; i < len(b); i++ {
			if b[i] != b[i-p] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
