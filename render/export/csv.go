package export

import (
	"gbo/graph"
	"io"
)

// CSV writes the edges of d as one comma-separated table with a header row:
// source, target, then one column per edge attribute in the order the keys
// first appear. Each edge is one row with source < target. Gephi's
// spreadsheet import reads it as an edge table (columns Source and Target are
// matched case-insensitively). Node attributes are not in this table: write
// them with NodesCSV. The graph name and date are not written.
func CSV(w io.Writer, d Data) error {
	p, err := prepare(d)
	if err != nil {
		return err
	}
	return writeCSV(w, []string{"source", "target"}, p.edgeCols, p.edges, 2)
}

// NodesCSV writes the nodes of d as one comma-separated table with a header
// row: id, then one column per node attribute. Gephi reads it as a node table.
func NodesCSV(w io.Writer, d Data) error {
	p, err := prepare(d)
	if err != nil {
		return err
	}
	return writeCSV(w, []string{"id"}, p.nodeCols, p.nodes, 1)
}

func writeCSV(w io.Writer, head []string, cols []column, rows []row, ends int) error {
	cw := graph.NewCSVWriter(w)
	rec := make([]string, 0, len(head)+len(cols))
	rec = append(rec, head...)
	for _, c := range cols {
		rec = append(rec, cellText(c.key))
	}
	cw.Write(rec)
	for _, r := range rows {
		rec = rec[:0]
		rec = append(rec, cellText(r.a))
		if ends == 2 {
			rec = append(rec, cellText(r.b))
		}
		for i, v := range r.vals {
			if v.k == kindString {
				rec = append(rec, cellText(v.s))
			} else if v.k == kindNone {
				rec = append(rec, "")
			} else {
				rec = append(rec, v.text(cols[i].kind))
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// cellText neutralises text that a spreadsheet would run as a formula
// (OWASP "CSV injection"), by the project's one rule for CSV cells,
// graph.SafeCell. Numbers are written by the package itself and are not
// changed.
func cellText(s string) string { return graph.SafeCell(s) }
