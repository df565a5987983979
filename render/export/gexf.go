package export

import (
	"io"
	"strconv"
)

// GEXF writes d as GEXF 1.2draft (https://gexf.net/1.2draft/): a static,
// undirected graph with typed attribute declarations (string, integer,
// double, boolean). A string node attribute "label" becomes the node's label
// and a numeric edge attribute "weight" the edge's weight, as Gephi expects;
// every other attribute is an attvalue. Values that are nil are left out.
func GEXF(w io.Writer, d Data) error {
	p, err := prepare(d)
	if err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		` xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`, "\n")
	x.raw("  <meta")
	if isDate(p.asOf) {
		x.raw(` lastmodifieddate="`, p.asOf, `"`)
	}
	x.raw(">\n    <creator>gbo</creator>\n    <description>")
	x.esc(p.name)
	if p.asOf != "" {
		x.raw(" (as of ")
		x.esc(p.asOf)
		x.raw(")")
	}
	x.raw("</description>\n  </meta>\n")
	x.raw(`  <graph mode="static" defaultedgetype="undirected">`, "\n")
	label := special(p.nodeCols, "label", kindString)
	weight := special(p.edgeCols, "weight", kindFloat, kindInt)
	gexfDeclare(x, "node", p.nodeCols, label)
	gexfDeclare(x, "edge", p.edgeCols, weight)
	x.raw("    <nodes>\n")
	for _, n := range p.nodes {
		x.raw(`      <node id="`)
		x.esc(n.a)
		if label >= 0 && n.vals[label].k != kindNone {
			x.raw(`" label="`)
			x.esc(n.vals[label].s)
		}
		x.raw(`"`)
		gexfValues(x, p.nodeCols, n.vals, label, "      ")
		x.raw("</node>\n")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for i, e := range p.edges {
		x.raw(`      <edge id="`, strconv.Itoa(i), `" source="`)
		x.esc(e.a)
		x.raw(`" target="`)
		x.esc(e.b)
		if weight >= 0 && e.vals[weight].k != kindNone {
			x.raw(`" weight="`, e.vals[weight].text(kindFloat))
		}
		x.raw(`"`)
		gexfValues(x, p.edgeCols, e.vals, weight, "      ")
		x.raw("</edge>\n")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	return x.flush()
}

// special is the index of column key when its type is one of kinds, else -1.
func special(cols []column, key string, kinds ...kind) int {
	for i, c := range cols {
		if c.key == key {
			for _, k := range kinds {
				if c.kind == k {
					return i
				}
			}
		}
	}
	return -1
}

var gexfTypes = map[kind]string{kindInt: "integer", kindFloat: "double", kindBool: "boolean", kindString: "string"}

func gexfDeclare(x *xmlWriter, class string, cols []column, skip int) {
	if len(cols) == 0 || (len(cols) == 1 && skip == 0) {
		return
	}
	x.raw(`    <attributes class="`, class, `" mode="static">`, "\n")
	for i, c := range cols {
		if i == skip {
			continue
		}
		x.raw(`      <attribute id="`, strconv.Itoa(i), `" title="`)
		x.esc(c.key)
		x.raw(`" type="`, gexfTypes[c.kind], `"/>`, "\n")
	}
	x.raw("    </attributes>\n")
}

// gexfValues closes the open start tag and writes the attvalues of one row.
func gexfValues(x *xmlWriter, cols []column, vals []value, skip int, indent string) {
	x.raw(">")
	open := false
	for i, v := range vals {
		if i == skip || v.k == kindNone {
			continue
		}
		if !open {
			x.raw("\n", indent, "  <attvalues>\n")
			open = true
		}
		x.raw(indent, `    <attvalue for="`, strconv.Itoa(i), `" value="`)
		x.esc(v.text(cols[i].kind))
		x.raw(`"/>`, "\n")
	}
	if open {
		x.raw(indent, "  </attvalues>\n", indent)
	}
}

// isDate reports whether s looks like an ISO date (YYYY-MM-DD), the only form
// GEXF's lastmodifieddate accepts.
func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
