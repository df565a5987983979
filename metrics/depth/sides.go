package depth

import (
	"encoding/json"
	"strconv"
)

// Sides holds one count for each side of a tie — events each side
// initiated, or people who carry each side — keyed by the partner ids A and
// B. In JSON it is {"A": n, "B": n}, or null when not Known (docs/json.md#ties's
// shape for initiated and carriers). A struct rather than a map: a million
// events make hundreds of thousands of ties, and two small maps each cost
// more memory than the rest of the tie.
type Sides struct {
	Known bool
	A, B  string
	N     [2]int
}

func newSides(a, b string, na, nb int) Sides {
	return Sides{Known: true, A: a, B: b, N: [2]int{na, nb}}
}

// Of returns the count of partner id (0 for any other id).
func (s Sides) Of(id string) int {
	switch id {
	case s.A:
		return s.N[0]
	case s.B:
		return s.N[1]
	}
	return 0
}

// Add adds n to partner id's count; other ids are ignored.
func (s *Sides) Add(id string, n int) {
	switch id {
	case s.A:
		s.N[0] += n
	case s.B:
		s.N[1] += n
	}
}

// MarshalJSON writes {"A": n, "B": n} with the keys in sorted order, as a
// map would be written.
func (s Sides) MarshalJSON() ([]byte, error) {
	if !s.Known {
		return []byte("null"), nil
	}
	a, b, na, nb := s.A, s.B, s.N[0], s.N[1]
	if b < a {
		a, b, na, nb = b, a, nb, na
	}
	ka, _ := json.Marshal(a)
	kb, _ := json.Marshal(b)
	out := append([]byte{'{'}, ka...)
	out = append(out, ':')
	out = strconv.AppendInt(out, int64(na), 10)
	out = append(out, ',')
	out = append(out, kb...)
	out = append(out, ':')
	out = strconv.AppendInt(out, int64(nb), 10)
	return append(out, '}'), nil
}
