package export

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"gbo/graph/output"
)

// Attr is one named value of a node, an edge or the graph. Value is a string,
// an integer type, a float type, a bool, or nil for "no value".
type Attr struct {
	Key   string
	Value any
}

// Node is a partner (or an object) with its attributes.
type Node struct {
	ID    string
	Attrs []Attr
}

// Edge is an undirected tie between the nodes A and B.
type Edge struct {
	A, B  string
	Attrs []Attr
}

// Data is the network to export.
type Data struct {
	Name  string // case name
	AsOf  string // ISO date the analysis looks from
	Nodes []Node
	Edges []Edge
}

// kind is the declared type of an attribute column.
type kind int

const (
	kindNone kind = iota // only nil values seen so far
	kindInt
	kindFloat
	kindBool
	kindString
)

// value is an attribute value normalised to one of four Go types.
type value struct {
	k kind // kindNone for nil
	s string
	i int64
	f float64
	b bool
}

// column is one attribute key with the type all its values share.
type column struct {
	key  string
	kind kind
}

// prepared is Data checked, sorted and with typed attribute columns.
type prepared struct {
	name, asOf string
	nodes      []row
	edges      []row
	nodeCols   []column
	edgeCols   []column
}

// row is a node (a = id) or an edge (a, b) with its values by column index.
type row struct {
	a, b string
	vals []value
}

var reserved = map[string]bool{"id": true, "source": true, "target": true}

// safeText is every text of the data as written, in every format: invalid
// UTF-8 as U+FFFD, bidirectional controls dropped, other control characters
// but tab and newline shown as \xHH (output.SafeText). Ids are cleaned alike
// wherever they occur, so edges still meet their nodes.
func safeText(s string) string { return output.SafeText(s, true) }

// normalise types one attribute value; a float that is not finite (NaN,
// ±Inf) becomes "no value": null in JSON, an empty CSV cell, no attribute
// in GEXF and GraphML.
func normalise(v any) (value, error) {
	switch x := v.(type) {
	case nil:
		return value{}, nil
	case string:
		return value{k: kindString, s: safeText(x)}, nil
	case bool:
		return value{k: kindBool, b: x}, nil
	case int:
		return value{k: kindInt, i: int64(x)}, nil
	case int8:
		return value{k: kindInt, i: int64(x)}, nil
	case int16:
		return value{k: kindInt, i: int64(x)}, nil
	case int32:
		return value{k: kindInt, i: int64(x)}, nil
	case int64:
		return value{k: kindInt, i: x}, nil
	case uint8:
		return value{k: kindInt, i: int64(x)}, nil
	case uint16:
		return value{k: kindInt, i: int64(x)}, nil
	case uint32:
		return value{k: kindInt, i: int64(x)}, nil
	case float32:
		return normalise(float64(x))
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return value{}, nil
		}
		return value{k: kindFloat, f: x}, nil
	}
	return value{}, fmt.Errorf("unsupported attribute value %T", v)
}

// unify is the column type that holds values of types a and b.
func unify(a, b kind) kind {
	switch {
	case a == kindNone:
		return b
	case b == kindNone || a == b:
		return a
	case (a == kindInt && b == kindFloat) || (a == kindFloat && b == kindInt):
		return kindFloat
	}
	return kindString
}

// text formats v as its column type c requires.
func (v value) text(c kind) string {
	switch v.k {
	case kindInt:
		if c == kindFloat {
			return strconv.FormatFloat(float64(v.i), 'g', -1, 64)
		}
		return strconv.FormatInt(v.i, 10)
	case kindFloat:
		return strconv.FormatFloat(v.f, 'g', -1, 64)
	case kindBool:
		return strconv.FormatBool(v.b)
	}
	return v.s
}

// prepare checks d (ids present and unique, edge ends known, no edge twice,
// no reserved or duplicate key) and returns it sorted and typed.
func prepare(d Data) (*prepared, error) {
	p := &prepared{name: safeText(d.Name), asOf: safeText(d.AsOf)}
	var err error
	seen := make(map[string]bool, len(d.Nodes))
	for _, n := range d.Nodes {
		id := safeText(n.ID) // as written
		if id == "" {
			return nil, fmt.Errorf("export: a node has an empty id")
		}
		if seen[id] {
			return nil, fmt.Errorf("export: node %q appears twice", id)
		}
		seen[id] = true
	}
	if p.nodes, p.nodeCols, err = rows(d.Nodes, func(n Node) (string, string, []Attr) { return n.ID, "", n.Attrs }); err != nil {
		return nil, fmt.Errorf("export: node %w", err)
	}
	if p.edges, p.edgeCols, err = rows(d.Edges, func(e Edge) (string, string, []Attr) {
		a, b := e.A, e.B
		if b < a {
			a, b = b, a
		}
		return a, b, e.Attrs
	}); err != nil {
		return nil, fmt.Errorf("export: edge %w", err)
	}
	for i, e := range p.edges {
		if !seen[e.a] || !seen[e.b] {
			return nil, fmt.Errorf("export: edge %q–%q has an end that is not a node", e.a, e.b)
		}
		if i > 0 && p.edges[i-1].a == e.a && p.edges[i-1].b == e.b {
			return nil, fmt.Errorf("export: edge %q–%q appears twice", e.a, e.b)
		}
	}
	return p, nil
}

func rows[T any](items []T, get func(T) (a, b string, attrs []Attr)) ([]row, []column, error) {
	var cols []column
	index := map[string]int{}
	out := make([]row, 0, len(items))
	for _, it := range items {
		a, b, attrs := get(it)
		r := row{a: safeText(a), b: safeText(b)}
		set := make(map[int]bool, len(attrs))
		for _, at := range attrs {
			if reserved[at.Key] || at.Key == "" {
				return nil, nil, fmt.Errorf("%q: attribute name %q is reserved", a, at.Key)
			}
			v, err := normalise(at.Value)
			if err != nil {
				return nil, nil, fmt.Errorf("%q: attribute %q: %w", a, at.Key, err)
			}
			c, ok := index[at.Key]
			if !ok {
				c = len(cols)
				index[at.Key] = c
				cols = append(cols, column{key: safeText(at.Key)})
			}
			if set[c] {
				return nil, nil, fmt.Errorf("%q: attribute %q given twice", a, at.Key)
			}
			set[c] = true
			cols[c].kind = unify(cols[c].kind, v.k)
			for len(r.vals) <= c {
				r.vals = append(r.vals, value{})
			}
			r.vals[c] = v
		}
		out = append(out, r)
	}
	for i := range out {
		for len(out[i].vals) < len(cols) {
			out[i].vals = append(out[i].vals, value{})
		}
	}
	for i := range cols {
		if cols[i].kind == kindNone {
			cols[i].kind = kindString
		}
	}
	slices.SortStableFunc(out, func(x, y row) int {
		return cmp.Or(strings.Compare(x.a, y.a), strings.Compare(x.b, y.b))
	})
	return out, cols, nil
}
