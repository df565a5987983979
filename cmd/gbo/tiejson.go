package main

import (
	"encoding/json"
	"io"
	"math"
	"sort"
	"strconv"

	"gbo/metrics/depth"
)

// The ties of a million events are hundreds of thousands of objects;
// encoding/json's reflection and re-indenting took most of `gbo ties`'s
// time. appendTie writes exactly the bytes json.MarshalIndent(&tie, "    ",
// "  ") would (a test holds it to that, on hostile strings too), by hand.

func (d tiesDoc) streamJSON(w io.Writer) error {
	h, err := json.MarshalIndent(d.Case, "  ", "  ")
	if err != nil {
		return err
	}
	h = safeJSON(h)
	b := make([]byte, 0, 1<<16)
	b = append(b, "{\n  \"case\": "...)
	b = append(b, h...)
	b = append(b, ",\n  \"ties\": ["...)
	if len(d.Ties) == 0 {
		b = append(b, "]\n}\n"...)
		_, err := w.Write(b)
		return err
	}
	for i := range d.Ties {
		b = append(b, "\n    "...)
		b = appendTie(b, &d.Ties[i])
		if i < len(d.Ties)-1 {
			b = append(b, ',')
		}
		if len(b) > 1<<15 {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	b = append(b, "\n  ]\n}\n"...)
	_, err = w.Write(b)
	return err
}

const (
	fieldIndent = "\n      "   // a field of a tie
	itemIndent  = "\n        " // an item of a list or map in a tie
	closeIndent = "\n      "   // the bracket closing such a list or map
)

func appendTie(b []byte, t *depth.Tie) []byte {
	b = append(b, '{')
	b = appendKey(b, "a", true)
	b = appendJSONString(b, t.A)
	b = appendKey(b, "b", false)
	b = appendJSONString(b, t.B)
	b = appendKey(b, "depth", false)
	b = strconv.AppendInt(b, int64(t.Depth), 10)
	b = appendKey(b, "depth_score", false)
	b = appendJSONFloat(b, t.DepthScore)
	b = appendKey(b, "depth_events", false)
	b = appendIntPtr(b, t.DepthEvents)
	b = appendKey(b, "depth_survey", false)
	b = appendIntPtr(b, t.DepthSurvey)
	b = appendKey(b, "gap", false)
	b = appendIntPtr(b, t.Gap)
	b = appendKey(b, "one_sided", false)
	if t.OneSided == nil {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendBool(b, *t.OneSided)
	}
	b = appendKey(b, "events", false)
	b = strconv.AppendInt(b, int64(t.Events), 10)
	b = appendKey(b, "first", false)
	b = appendStringPtr(b, t.First)
	b = appendKey(b, "last", false)
	b = appendStringPtr(b, t.Last)
	b = appendKey(b, "initiated", false)
	b = appendCounts(b, t.Initiated)
	b = appendKey(b, "objects", false)
	b = appendStrings(b, t.Objects)
	b = appendKey(b, "carriers", false)
	b = appendCounts(b, t.Carriers)
	b = appendKey(b, "flags", false)
	b = appendStrings(b, t.Flags)
	b = appendKey(b, "ratings", false)
	b = appendRatings(b, t.Ratings)
	return append(b, "\n    }"...)
}

// appendRatings writes a tie's ratings as encoding/json indents the map:
// the raters' ids in sorted order, each rating's fields in struct order.
func appendRatings(b []byte, rs map[string]depth.TieRating) []byte {
	if rs == nil {
		return append(b, "null"...)
	}
	if len(rs) == 0 {
		return append(b, "{}"...)
	}
	ids := make([]string, 0, len(rs))
	for id := range rs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	const inner = "\n          "
	b = append(b, '{')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		r := rs[id]
		b = append(b, itemIndent...)
		b = appendJSONString(b, id)
		b = append(b, ": {"...)
		b = append(b, inner+`"depth": `...)
		b = strconv.AppendInt(b, int64(r.Depth), 10)
		b = append(b, ","+inner+`"trust": `...)
		b = appendIntPtr(b, r.Trust)
		b = append(b, ","+inner+`"value": `...)
		b = appendIntPtr(b, r.Value)
		b = append(b, ","+inner+`"weight": `...)
		if r.Weight == nil {
			b = append(b, "null"...)
		} else {
			b = appendJSONFloat(b, *r.Weight)
		}
		b = append(b, itemIndent...)
		b = append(b, '}')
	}
	b = append(b, closeIndent...)
	return append(b, '}')
}

func appendKey(b []byte, k string, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	b = append(b, fieldIndent...)
	b = appendJSONString(b, k)
	return append(b, ": "...)
}

func appendIntPtr(b []byte, v *int) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, int64(*v), 10)
}

func appendStringPtr(b []byte, v *string) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *v)
}

func appendStrings(b []byte, xs []string) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	if len(xs) == 0 {
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, itemIndent...)
		b = appendJSONString(b, x)
	}
	b = append(b, closeIndent...)
	return append(b, ']')
}

// appendCounts writes the counts of a tie's sides as encoding/json
// indents depth.Sides' own JSON: an object with the keys in sorted order.
func appendCounts(b []byte, s depth.Sides) []byte {
	if !s.Known {
		return append(b, "null"...)
	}
	a, c, na, nc := s.A, s.B, s.N[0], s.N[1]
	if c < a {
		a, c, na, nc = c, a, nc, na
	}
	b = append(b, '{')
	b = append(b, itemIndent...)
	b = appendJSONString(b, a)
	b = append(b, ": "...)
	b = strconv.AppendInt(b, int64(na), 10)
	b = append(b, ',')
	b = append(b, itemIndent...)
	b = appendJSONString(b, c)
	b = append(b, ": "...)
	b = strconv.AppendInt(b, int64(nc), 10)
	b = append(b, closeIndent...)
	return append(b, '}')
}

// appendJSONFloat formats as encoding/json's float encoder does.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	abs := math.Abs(f)
	fmt := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		fmt = 'e'
	}
	b = strconv.AppendFloat(b, f, fmt, -1, 64)
	if fmt == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString writes plain ASCII directly and leaves anything else to
// encoding/json, so escaping (HTML characters, control characters, invalid
// UTF-8) is exactly the library's, then safeJSON's, as for every other
// JSON document.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s)
			return append(b, safeJSON(q)...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
