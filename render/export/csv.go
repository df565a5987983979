package export

import (
	"errors"
	"io"
	"strings"

	"gbo/graph/output"
)

// CSVOptions shape a CSV table for a spreadsheet's locale. The zero value
// is the default: comma-separated, numbers with a decimal point.
type CSVOptions struct {
	// Sep is the separator: 0 or ',' (default), ';' or '\t'. A field
	// holding it is quoted.
	Sep byte
	// DecimalComma writes numbers with a decimal comma (0,25); only with
	// Sep ';', as a comma-separated file would split such a number.
	DecimalComma bool
}

// check refuses a separator other than ',', ';' or tab, and a decimal
// comma without ';'.
func (o CSVOptions) check() error {
	switch o.Sep {
	case 0, ',', ';', '\t':
	default:
		return errors.New("export: csv separator must be ',', ';' or tab")
	}
	if o.DecimalComma && o.Sep != ';' {
		return errors.New("export: a decimal comma needs the separator ';'")
	}
	return nil
}

// CSV writes the edges of d as one comma-separated table with a header row:
// source, target, then one column per edge attribute in the order the keys
// first appear. Each edge is one row with source < target. Gephi's
// spreadsheet import reads it as an edge table (columns Source and Target are
// matched case-insensitively). Node attributes are not in this table: write
// them with NodesCSV. The graph name and date are not written.
func CSV(w io.Writer, d Data) error { return CSVWith(w, d, CSVOptions{}) }

// CSVWith is CSV with the separator and decimal mark of o; with the zero
// CSVOptions it writes exactly what CSV writes. An o that check refuses
// (a separator other than ',', ';' or tab; a decimal comma without ';')
// is an error and nothing is written.
func CSVWith(w io.Writer, d Data, o CSVOptions) error {
	if err := o.check(); err != nil {
		return err
	}
	p, err := prepare(d)
	if err != nil {
		return err
	}
	return writeCSV(w, []string{"source", "target"}, p.edgeCols, p.edges, 2, o)
}

// NodesCSVWith is NodesCSV with the separator and decimal mark of o, as
// CSVWith.
func NodesCSVWith(w io.Writer, d Data, o CSVOptions) error {
	if err := o.check(); err != nil {
		return err
	}
	p, err := prepare(d)
	if err != nil {
		return err
	}
	return writeCSV(w, []string{"id"}, p.nodeCols, p.nodes, 1, o)
}

// NodesCSV writes the nodes of d as one comma-separated table with a header
// row: id, then one column per node attribute. Gephi reads it as a node table.
func NodesCSV(w io.Writer, d Data) error { return NodesCSVWith(w, d, CSVOptions{}) }

func writeCSV(w io.Writer, head []string, cols []column, rows []row, ends int, o CSVOptions) error {
	sep := o.Sep
	if sep == 0 {
		sep = ','
	}
	cw, err := output.NewCSVWriterSep(w, sep)
	if err != nil {
		return err
	}
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
				t := v.text(cols[i].kind)
				if o.DecimalComma && (v.k == kindInt || v.k == kindFloat) {
					t = strings.Replace(t, ".", ",", 1)
				}
				rec = append(rec, t)
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// cellText neutralises text that a spreadsheet would run as a formula
// (OWASP "CSV injection"), by the project's one rule for CSV cells,
// output.SafeCell. Numbers are written by the package itself and are not
// changed.
func cellText(s string) string { return output.SafeCell(s) }
