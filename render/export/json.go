package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
)

// JSON writes d in the node-link form of networkx.node_link_data (networkx
// 2.x/3.x defaults), which json_graph.node_link_graph and d3 read back:
//
//	{"directed": false, "multigraph": false, "graph": {"name": .., "as_of": ..},
//	 "nodes": [{"id": .., attrs..}], "links": [{"source": .., "target": .., attrs..}]}
//
// Attributes keep their order; a value that is nil is written as null.
func JSON(w io.Writer, d Data) error {
	p, err := prepare(d)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"directed": false, "multigraph": false, "graph": {"name": `)
	bw.WriteString(jsonString(p.name))
	bw.WriteString(`, "as_of": `)
	bw.WriteString(jsonString(p.asOf))
	bw.WriteString("},\n\"nodes\": [")
	for i, n := range p.nodes {
		sep(bw, i)
		bw.WriteString(`{"id": `)
		bw.WriteString(jsonString(n.a))
		jsonAttrs(bw, p.nodeCols, n.vals)
	}
	bw.WriteString("\n],\n\"links\": [")
	for i, e := range p.edges {
		sep(bw, i)
		bw.WriteString(`{"source": `)
		bw.WriteString(jsonString(e.a))
		bw.WriteString(`, "target": `)
		bw.WriteString(jsonString(e.b))
		jsonAttrs(bw, p.edgeCols, e.vals)
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

func sep(bw *bufio.Writer, i int) {
	if i > 0 {
		bw.WriteByte(',')
	}
	bw.WriteString("\n  ")
}

// jsonAttrs writes the attributes of one row and closes its object.
func jsonAttrs(bw *bufio.Writer, cols []column, vals []value) {
	for i, v := range vals {
		bw.WriteString(", ")
		bw.WriteString(jsonString(cols[i].key))
		bw.WriteString(": ")
		switch v.k {
		case kindNone:
			bw.WriteString("null")
		case kindString:
			bw.WriteString(jsonString(v.s))
		case kindInt:
			bw.WriteString(strconv.FormatInt(v.i, 10))
		case kindFloat:
			bw.WriteString(strconv.FormatFloat(v.f, 'g', -1, 64))
		case kindBool:
			bw.WriteString(strconv.FormatBool(v.b))
		}
	}
	bw.WriteByte('}')
}

// jsonString quotes s as JSON; encoding/json also escapes < > & so the file
// is safe to inline in HTML.
func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}
