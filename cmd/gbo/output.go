package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"gbo/graph"
)

// Col is one column of a printed table: Key is its stable name (CSV header,
// JSON key), Label what a person reads in the table and Markdown views.
type Col struct{ Key, Label string }

// Table is what a command prints in the table, csv and md formats.
type Table struct {
	Cols []Col
	Rows [][]string
}

// Output is everything one command prints: the JSON document and the table
// for the other formats. Every command goes through printOutput, so
// --format means the same everywhere.
type Output struct {
	JSON  any
	Table Table
	// Before and Notes are lines printed above and under the table (table
	// format only).
	Before []string
	Notes  []string
}

func printOutput(w io.Writer, format string, o Output) error {
	switch format {
	case "json":
		if st, ok := o.JSON.(jsonStreamer); ok {
			bw := bufio.NewWriterSize(w, 1<<16)
			if err := st.streamJSON(bw); err != nil {
				return err
			}
			return bw.Flush()
		}
		b, err := json.MarshalIndent(o.JSON, "", "  ")
		if err != nil {
			return err
		}
		b = append(b, '\n')
		_, err = w.Write(b)
		return err
	case "csv":
		cw := csv.NewWriter(w)
		head := make([]string, len(o.Table.Cols))
		for i, c := range o.Table.Cols {
			head[i] = c.Key
		}
		cw.Write(head)
		for _, r := range o.Table.Rows {
			safe := make([]string, len(r))
			for i, cell := range r {
				safe[i] = CSVSafe(cell)
			}
			cw.Write(safe)
		}
		cw.Flush()
		return cw.Error()
	case "md":
		var b strings.Builder
		b.WriteString("|")
		for _, c := range o.Table.Cols {
			b.WriteString(" " + mdCell(c.Label) + " |")
		}
		b.WriteString("\n|")
		for range o.Table.Cols {
			b.WriteString("---|")
		}
		b.WriteString("\n")
		for _, r := range o.Table.Rows {
			b.WriteString("|")
			for _, cell := range r {
				b.WriteString(" " + mdCell(cell) + " |")
			}
			b.WriteString("\n")
		}
		_, err := io.WriteString(w, b.String())
		return err
	case "table", "":
		for _, n := range o.Before {
			fmt.Fprintln(w, plainCell(n))
		}
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		labels := make([]string, len(o.Table.Cols))
		for i, c := range o.Table.Cols {
			labels[i] = plainCell(c.Label)
		}
		fmt.Fprintln(tw, strings.Join(labels, "\t"))
		for _, r := range o.Table.Rows {
			cells := make([]string, len(r))
			for i, c := range r {
				cells[i] = plainCell(c)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		for _, n := range o.Notes {
			fmt.Fprintln(w, plainCell(n))
		}
		return nil
	}
	return usageErr(fmt.Sprintf("unknown format %q (table, csv, json or md)", format))
}

// CSVSafe neutralises a cell that a spreadsheet would run as a formula.
func CSVSafe(s string) string { return graph.FormulaSafe(s) }

// mdCell escapes a cell for a Markdown table: pipes, newlines and HTML.
func mdCell(s string) string {
	r := strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;", "&", "&amp;")
	return r.Replace(s)
}

// plainCell keeps a table on its lines: control characters (a newline in a
// partner name, an escape sequence) become spaces.
func plainCell(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// jsonStreamer is a document too large to build in memory at once (the
// ties of a million events); it writes the same bytes MarshalIndent would.
type jsonStreamer interface {
	streamJSON(w io.Writer) error
}
