package export

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Snapshot is the network during one stretch of time: Data as the static
// export has it (every node and edge present in that stretch, with its
// values then), and the stretch from Start to End, ISO dates (YYYY-MM-DD),
// both days included.
type Snapshot struct {
	Start, End string
	// Label names the stretch in the file's description ("as of
	// 2025-06-30" for a wave); empty: START..END.
	Label string
	Data  Data
}

// Timeline is a network over time: its snapshots in time order, not
// overlapping (each Start after the End before it).
type Timeline struct {
	Name      string
	Snapshots []Snapshot
	// Static names the attribute keys that describe what an element is
	// rather than how it is at a time (a partner's sector, say): written
	// once, with the value of the latest snapshot that has one. Every
	// other key is dynamic: one value per snapshot, with its start and end.
	// A node's "label" is always static (the node's label).
	Static []string
}

// DynamicGEXF writes t as a dynamic GEXF 1.2draft (https://gexf.net/1.2draft/;
// mode="dynamic", timeformat="date"), the form Gephi's timeline plays and
// networkx's read_gexf reads. Each node and edge carries one spell per
// snapshot it is in (start and end that snapshot's Start and End, not merged
// with a neighbour), so it exists exactly where it is present; each dynamic
// attribute one attvalue per snapshot the element is in and has a value,
// with the same start and end. Attribute types are unified over all
// snapshots (as in GEXF); nil and non-finite values are left out. Edges are
// undirected; their ids number the union of edges sorted by their ends.
//
// Errors: no snapshot; a Start or End that is not an ISO date; a snapshot
// ending before it starts or starting on or before the End before it; and
// every error GEXF gives for a snapshot's Data (reported with the
// snapshot's dates). Nothing is written then.
func DynamicGEXF(w io.Writer, t Timeline) error {
	tl, err := prepareTimeline(t)
	if err != nil {
		return err
	}
	x := newXMLWriter(w)
	first, last := t.Snapshots[0].Start, t.Snapshots[len(t.Snapshots)-1].End
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		` xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`, "\n")
	x.raw(`  <meta lastmodifieddate="`, last, `">`, "\n    <creator>gbo</creator>\n    <description>")
	x.esc(safeText(t.Name))
	x.raw(" (")
	for i, s := range t.Snapshots {
		if i > 0 {
			x.raw(", ")
		}
		if s.Label != "" {
			x.esc(safeText(s.Label))
		} else {
			x.raw(s.Start, "..", s.End)
		}
	}
	x.raw(")</description>\n  </meta>\n")
	x.raw(`  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" start="`, first, `" end="`, last, `">`, "\n")
	tl.nodes.declare(x, "node")
	tl.edges.declare(x, "edge")
	x.raw("    <nodes>\n")
	for _, el := range tl.nodes.elems {
		x.raw(`      <node id="`)
		x.esc(el.a)
		if l := tl.nodes.label; l >= 0 {
			if v := el.latest(l); v.k != kindNone {
				x.raw(`" label="`)
				x.esc(v.text(kindString))
			}
		}
		x.raw(`">`, "\n")
		tl.nodes.values(x, el, t.Snapshots)
		spells(x, el, t.Snapshots)
		x.raw("      </node>\n")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for i, el := range tl.edges.elems {
		x.raw(`      <edge id="`, strconv.Itoa(i), `" source="`)
		x.esc(el.a)
		x.raw(`" target="`)
		x.esc(el.b)
		x.raw(`">`, "\n")
		tl.edges.values(x, el, t.Snapshots)
		spells(x, el, t.Snapshots)
		x.raw("      </edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}

// timeline is a Timeline checked, with its nodes and edges joined over the
// snapshots.
type timeline struct {
	nodes, edges *elements
}

// elements are the nodes (or the edges) of every snapshot: their columns
// unified by key, and each element with its values per snapshot.
type elements struct {
	cols   []column
	static []bool
	label  int // the static "label" column of nodes, else -1
	elems  []*element
}

// element is one node (a) or edge (a, b) with its rows by snapshot: in[i]
// reports presence in snapshot i, vals[i] its values by column.
type element struct {
	a, b string
	in   []bool
	vals [][]value
}

// latest is the value of column c in the latest snapshot that has one.
func (el *element) latest(c int) value {
	for i := len(el.vals) - 1; i >= 0; i-- {
		if el.in[i] && c < len(el.vals[i]) && el.vals[i][c].k != kindNone {
			return el.vals[i][c]
		}
	}
	return value{}
}

func prepareTimeline(t Timeline) (*timeline, error) {
	if len(t.Snapshots) == 0 {
		return nil, fmt.Errorf("export: a timeline needs at least one snapshot")
	}
	for i, s := range t.Snapshots {
		if !isDate(s.Start) || !isDate(s.End) {
			return nil, fmt.Errorf("export: snapshot %d: %q..%q: dates must be YYYY-MM-DD", i+1, safeText(s.Start), safeText(s.End))
		}
		if s.End < s.Start {
			return nil, fmt.Errorf("export: snapshot %s..%s ends before it starts", s.Start, s.End)
		}
		if i > 0 && s.Start <= t.Snapshots[i-1].End {
			return nil, fmt.Errorf("export: snapshot %s..%s starts on or before the end of %s..%s",
				s.Start, s.End, t.Snapshots[i-1].Start, t.Snapshots[i-1].End)
		}
	}
	static := map[string]bool{"label": true}
	for _, k := range t.Static {
		static[safeText(k)] = true
	}
	tl := &timeline{nodes: newElements(), edges: newElements()}
	n := len(t.Snapshots)
	for i, s := range t.Snapshots {
		p, err := prepare(s.Data)
		if err != nil {
			return nil, fmt.Errorf("%w (snapshot %s..%s)", err, s.Start, s.End)
		}
		tl.nodes.add(p.nodes, p.nodeCols, i, n)
		tl.edges.add(p.edges, p.edgeCols, i, n)
	}
	for _, e := range []*elements{tl.nodes, tl.edges} {
		e.finish(static)
	}
	// A node's text label is the node's label; a label that is not text is
	// an attribute, as in GEXF.
	tl.nodes.label = slices.IndexFunc(tl.nodes.cols, func(c column) bool { return c.key == "label" && c.kind == kindString })
	return tl, nil
}

func newElements() *elements { return &elements{label: -1} }

// add joins the rows of snapshot i (of n) into e; rows are unique and
// sorted within a snapshot (prepare).
func (e *elements) add(rows []row, cols []column, i, n int) {
	at := make([]int, len(cols)) // snapshot column -> joined column
	for j, c := range cols {
		k := slices.IndexFunc(e.cols, func(x column) bool { return x.key == c.key })
		if k < 0 {
			k = len(e.cols)
			e.cols = append(e.cols, column{key: c.key})
		}
		at[j] = k
	}
	// e.elems is kept sorted by (a, b); merge the sorted rows into it.
	merged := make([]*element, 0, len(e.elems)+len(rows))
	x := 0
	for _, r := range rows {
		for x < len(e.elems) && less(e.elems[x].a, e.elems[x].b, r.a, r.b) {
			merged = append(merged, e.elems[x])
			x++
		}
		var el *element
		if x < len(e.elems) && e.elems[x].a == r.a && e.elems[x].b == r.b {
			el = e.elems[x]
			x++
		} else {
			el = &element{a: r.a, b: r.b, in: make([]bool, n), vals: make([][]value, n)}
		}
		el.in[i] = true
		vals := make([]value, len(e.cols))
		for j, v := range r.vals {
			vals[at[j]] = v
			if v.k != kindNone {
				e.cols[at[j]].kind = unify(e.cols[at[j]].kind, v.k)
			}
		}
		el.vals[i] = vals
		merged = append(merged, el)
	}
	e.elems = append(merged, e.elems[x:]...)
}

func less(a1, b1, a2, b2 string) bool {
	if a1 != a2 {
		return a1 < a2
	}
	return b1 < b2
}

// finish types the columns never given a value as text and marks the
// static ones.
func (e *elements) finish(static map[string]bool) {
	e.static = make([]bool, len(e.cols))
	for i := range e.cols {
		if e.cols[i].kind == kindNone {
			e.cols[i].kind = kindString
		}
		e.static[i] = static[e.cols[i].key]
	}
}

// declare writes the attribute declarations of class: the static columns,
// then the dynamic ones; ids are the joined column indexes. A node label
// that the label attribute of the node carries is not declared.
func (e *elements) declare(x *xmlWriter, class string) {
	for _, static := range []bool{true, false} {
		open := false
		for i, c := range e.cols {
			if e.static[i] != static || i == e.label {
				continue
			}
			if !open {
				mode := map[bool]string{true: "static", false: "dynamic"}[static]
				x.raw(`    <attributes class="`, class, `" mode="`, mode, `">`, "\n")
				open = true
			}
			x.raw(`      <attribute id="`, strconv.Itoa(i), `" title="`)
			x.esc(c.key)
			x.raw(`" type="`, gexfTypes[c.kind], `"/>`, "\n")
		}
		if open {
			x.raw("    </attributes>\n")
		}
	}
}

// values writes the attvalues of el: each static column once (its latest
// value), then each dynamic column once per snapshot el is in.
func (e *elements) values(x *xmlWriter, el *element, snaps []Snapshot) {
	open := false
	att := func(c int, v value) {
		if !open {
			x.raw("        <attvalues>\n")
			open = true
		}
		x.raw(`          <attvalue for="`, strconv.Itoa(c), `" value="`)
		x.esc(v.text(e.cols[c].kind))
		x.raw(`"`)
	}
	for c := range e.cols {
		if !e.static[c] || c == e.label {
			continue
		}
		if v := el.latest(c); v.k != kindNone {
			att(c, v)
			x.raw("/>\n")
		}
	}
	for c := range e.cols {
		if e.static[c] {
			continue
		}
		for i, vals := range el.vals {
			if !el.in[i] || c >= len(vals) || vals[c].k == kindNone {
				continue
			}
			att(c, vals[c])
			x.raw(` start="`, snaps[i].Start, `" end="`, snaps[i].End, `"/>`, "\n")
		}
	}
	if open {
		x.raw("        </attvalues>\n")
	}
}

// spells writes one spell per snapshot el is in.
func spells(x *xmlWriter, el *element, snaps []Snapshot) {
	var b strings.Builder
	for i, in := range el.in {
		if in {
			b.WriteString(`          <spell start="` + snaps[i].Start + `" end="` + snaps[i].End + `"/>` + "\n")
		}
	}
	x.raw("        <spells>\n", b.String(), "        </spells>\n")
}
