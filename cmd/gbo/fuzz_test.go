package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// FuzzOutputsStaySafe feeds arbitrary cell text through every printed
// format: CSV must read back as the neutralised cells, and table and
// Markdown rows must stay on their lines. No format lets through a control
// character other than tab and newline or a bidirectional control, no CSV
// cell starts a formula, and no Markdown cell holds a link or an image.
func FuzzOutputsStaySafe(f *testing.F) {
	for _, s := range []string{"=1+1", "a|b", "line\nbreak", "\"quoted\"", "<script>", "-5", "-x", "@", "\t=x", "é\x00",
		"\x1b]0;title\x07", "\x1b]52;c;ZXZpbA==\x07", "\u009b2J", "\u202eevil\u2069", "![x](http://e/p.png)", "[a](b)", "＝1+1", " \u00a0@x", "#h", "\r\n=x"} {
		f.Add(s, "plain")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		o := Output{JSON: map[string]string{"a": a}, Table: Table{Cols: []Col{{"a", "A"}, {"b", "B"}}, Rows: [][]string{{a, b}, {b, a}}}}
		var buf bytes.Buffer
		if err := printOutput(&buf, "csv", o); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil || len(recs) != 3 {
			t.Fatalf("CSV does not read back: %v %d", err, len(recs))
		}
		if recs[1][0] != CSVSafe(a) || recs[1][1] != CSVSafe(b) {
			// encoding/csv folds \r\n in quoted fields to \n
			if strings.ReplaceAll(CSVSafe(a), "\r", "") != strings.ReplaceAll(recs[1][0], "\r", "") {
				t.Fatalf("cell %q came back as %q", a, recs[1][0])
			}
		}
		for _, cell := range recs[1] {
			if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) || startsFormula(cell) {
				t.Fatalf("formula cell %q", cell)
			}
		}
		for _, format := range []string{"table", "md"} {
			buf.Reset()
			if err := printOutput(&buf, format, o); err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(buf.String(), "\n"); n != 3 && !(format == "md" && n == 4) {
				t.Fatalf("%s: %d lines for a header and two rows:\n%q", format, n, buf.String())
			}
			assertPrintable(t, format, buf.String())
			if format == "md" && (strings.Contains(buf.String(), "](") || strings.Contains(buf.String(), "![") || strings.Contains(buf.String(), "<")) {
				t.Fatalf("md: a link, image or tag survives:\n%s", buf.String())
			}
		}
		buf.Reset()
		if err := printOutput(&buf, "csv", o); err != nil {
			t.Fatal(err)
		}
		assertPrintable(t, "csv", buf.String())
		buf.Reset()
		if err := printOutput(&buf, "json", o); err != nil {
			t.Fatal(err)
		}
		assertPrintable(t, "json", buf.String())
	})
}
