package export

import (
	"io"
	"strconv"
)

var graphmlTypes = map[kind]string{kindInt: "long", kindFloat: "double", kindBool: "boolean", kindString: "string"}

// GraphML writes d as GraphML (http://graphml.graphdrawing.org/) with every
// key declared and typed (string, long, double, boolean). The graph carries
// the keys name and as_of. Values that are nil are left out.
func GraphML(w io.Writer, d Data) error {
	p, err := prepare(d)
	if err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`, "\n")
	x.raw(`  <key id="g0" for="graph" attr.name="name" attr.type="string"/>`, "\n",
		`  <key id="g1" for="graph" attr.name="as_of" attr.type="string"/>`, "\n")
	graphmlKeys(x, "n", "node", p.nodeCols)
	graphmlKeys(x, "e", "edge", p.edgeCols)
	x.raw(`  <graph id="G" edgedefault="undirected">`, "\n")
	x.raw(`    <data key="g0">`)
	x.esc(p.name)
	x.raw("</data>\n", `    <data key="g1">`)
	x.esc(p.asOf)
	x.raw("</data>\n")
	for _, n := range p.nodes {
		x.raw(`    <node id="`)
		x.esc(n.a)
		x.raw(`"`)
		graphmlData(x, "n", p.nodeCols, n.vals, "node")
	}
	for _, e := range p.edges {
		x.raw(`    <edge source="`)
		x.esc(e.a)
		x.raw(`" target="`)
		x.esc(e.b)
		x.raw(`"`)
		graphmlData(x, "e", p.edgeCols, e.vals, "edge")
	}
	x.raw("  </graph>\n</graphml>\n")
	return x.flush()
}

func graphmlKeys(x *xmlWriter, prefix, class string, cols []column) {
	for i, c := range cols {
		x.raw(`  <key id="`, prefix, strconv.Itoa(i), `" for="`, class, `" attr.name="`)
		x.esc(c.key)
		x.raw(`" attr.type="`, graphmlTypes[c.kind], `"/>`, "\n")
	}
}

// graphmlData closes the open start tag of element and writes its data.
func graphmlData(x *xmlWriter, prefix string, cols []column, vals []value, element string) {
	any := false
	for i, v := range vals {
		if v.k == kindNone {
			continue
		}
		if !any {
			x.raw(">\n")
			any = true
		}
		x.raw(`      <data key="`, prefix, strconv.Itoa(i), `">`)
		x.esc(v.text(cols[i].kind))
		x.raw("</data>\n")
	}
	if any {
		x.raw("    </", element, ">\n")
	} else {
		x.raw("/>\n")
	}
}
