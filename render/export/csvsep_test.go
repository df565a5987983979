package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
)

// TestBelgianCSVReadsBackTheSameValues: a CSV with ';' and a decimal comma,
// read with encoding/csv (Comma ';') and the comma turned back into a
// point, gives every value of the default CSV; a field holding ';' or a
// tab is quoted, so the table keeps its columns.
func TestBelgianCSVReadsBackTheSameValues(t *testing.T) {
	d := sample()
	d.Nodes[0].Attrs = append(d.Nodes[0].Attrs, Attr{"note", "a;b\tc, d"}, Attr{"tiny", 1.5e-9})
	for _, w := range []struct {
		name  string
		plain func(*bytes.Buffer) error
		sep   func(*bytes.Buffer, CSVOptions) error
	}{
		{"edges", func(b *bytes.Buffer) error { return CSV(b, d) }, func(b *bytes.Buffer, o CSVOptions) error { return CSVWith(b, d, o) }},
		{"nodes", func(b *bytes.Buffer) error { return NodesCSV(b, d) }, func(b *bytes.Buffer, o CSVOptions) error { return NodesCSVWith(b, d, o) }},
	} {
		var plain bytes.Buffer
		if err := w.plain(&plain); err != nil {
			t.Fatal(err)
		}
		want, err := csv.NewReader(bytes.NewReader(plain.Bytes())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		// The zero options write the default bytes.
		var same bytes.Buffer
		if err := w.sep(&same, CSVOptions{}); err != nil || !bytes.Equal(same.Bytes(), plain.Bytes()) {
			t.Fatalf("%s: zero options differ from CSV (%v)", w.name, err)
		}
		for _, o := range []CSVOptions{{Sep: ';', DecimalComma: true}, {Sep: ';'}, {Sep: '\t'}} {
			var b bytes.Buffer
			if err := w.sep(&b, o); err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(&b)
			r.Comma = rune(o.Sep)
			got, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s %+v: %v\n%s", w.name, o, err, b.String())
			}
			if len(got) != len(want) {
				t.Fatalf("%s %+v: %d rows, want %d", w.name, o, len(got), len(want))
			}
			sawComma := false
			for i := range want {
				if len(got[i]) != len(want[i]) {
					t.Fatalf("%s %+v row %d: %q, want %q", w.name, o, i, got[i], want[i])
				}
				for j, v := range got[i] {
					if o.DecimalComma && isNumber(want[i][j]) {
						if strings.Contains(want[i][j], ".") {
							if !strings.Contains(v, ",") {
								t.Errorf("%s row %d: number %q has no decimal comma", w.name, i, v)
							}
							sawComma = true
						}
						v = strings.Replace(v, ",", ".", 1)
					}
					if v != want[i][j] {
						t.Errorf("%s %+v row %d col %d: %q, want %q", w.name, o, i, j, v, want[i][j])
					}
				}
			}
			if o.DecimalComma && !sawComma {
				t.Errorf("%s: no number with a decimal comma", w.name)
			}
		}
	}
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && s != "NaN" && !strings.ContainsAny(s, "IiNn")
}

// TestCSVOptionsRefused: a decimal comma without ';' and an unknown
// separator are refused, with nothing written.
func TestCSVOptionsRefused(t *testing.T) {
	for _, o := range []CSVOptions{{DecimalComma: true}, {Sep: ',', DecimalComma: true}, {Sep: '\t', DecimalComma: true}, {Sep: '|'}} {
		var b bytes.Buffer
		if err := CSVWith(&b, sample(), o); err == nil || b.Len() != 0 {
			t.Errorf("%+v: err %v, wrote %d bytes", o, err, b.Len())
		}
		if err := NodesCSVWith(&b, sample(), o); err == nil || b.Len() != 0 {
			t.Errorf("nodes %+v: err %v, wrote %d bytes", o, err, b.Len())
		}
	}
}
