package export

import (
	"bytes"
	"encoding/csv"
	"math"
	"strings"
	"testing"
)

// hostileData carries terminal escapes, a bidirectional override, C1
// controls, formula starts (also full width and behind white space) and
// non-finite numbers in every place text and numbers go.
func hostileData() Data {
	return Data{
		Name: "\x1b]0;pwned\x07case\u202e",
		AsOf: "2025-01-01",
		Nodes: []Node{
			{ID: "＝HYPERLINK(1)", Attrs: []Attr{{"label", "\x1b[2J\u202eevil\u2066"}, {"sector", " =1+1"}, {"x", math.NaN()}}},
			{ID: "\u009b31mb", Attrs: []Attr{{"label", "@SUM(A1)"}, {"sector", "\t+1"}, {"x", math.Inf(1)}}},
		},
		Edges: []Edge{{A: "＝HYPERLINK(1)", B: "\u009b31mb", Attrs: []Attr{{"weight", math.Inf(-1)}, {"note", "－1"}}}},
	}
}

func TestHostileTextAndNonFiniteNumbers(t *testing.T) {
	for _, f := range []Format{FormatGEXF, FormatGraphML, FormatJSON, FormatCSV} {
		var out bytes.Buffer
		if err := Write(&out, f, hostileData()); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		s := out.String()
		assertSafeBytes(t, string(f), s)
		if f != FormatCSV && !strings.Contains(s, `\x1b]0;pwned\x07`) && !strings.Contains(s, `\\x1b]0;pwned\\x07`) {
			t.Errorf("%s: the escape sequence is not shown visibly:\n%s", f, s)
		}
		if strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
			t.Errorf("%s: a non-finite number is written:\n%s", f, s)
		}
		if f == FormatCSV {
			for _, write := range []func(*bytes.Buffer) error{
				func(b *bytes.Buffer) error { return CSV(b, hostileData()) },
				func(b *bytes.Buffer) error { return NodesCSV(b, hostileData()) },
			} {
				var b bytes.Buffer
				if err := write(&b); err != nil {
					t.Fatal(err)
				}
				recs, err := csv.NewReader(&b).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				for _, rec := range recs {
					for _, cell := range rec {
						if startsFormula(cell) {
							t.Errorf("CSV cell %q starts a formula", cell)
						}
					}
				}
			}
		}
	}
	var j bytes.Buffer
	JSON(&j, hostileData())
	if !strings.Contains(j.String(), `"x": null`) || !strings.Contains(j.String(), `"weight": null`) {
		t.Errorf("NaN and Inf are not null in JSON:\n%s", j.String())
	}
}
