package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzFormatsStayWellFormed writes a two-node network whose ids, labels and
// keys are the fuzzer's in every format and reads each back as XML, JSON or
// CSV.
func FuzzFormatsStayWellFormed(f *testing.F) {
	for _, s := range []string{hostile, "=1+1", "Geïntegreerd", "\x00\xff", "]]>", "a\r\nb"} {
		f.Add(s, s+"2", s)
	}
	f.Fuzz(func(t *testing.T, a, b, key string) {
		if a == "" || b == "" || key == "" || reserved[key] ||
			strings.ToValidUTF8(a, "\uFFFD") == strings.ToValidUTF8(b, "\uFFFD") { // refused: see TestBadDataIsRefused
			return
		}
		d := Data{Name: a, AsOf: b,
			Nodes: []Node{{ID: a, Attrs: []Attr{{"label", b}, {key, a}}}, {ID: b, Attrs: []Attr{{"label", a}, {key, 1.5}}}},
			Edges: []Edge{{A: a, B: b, Attrs: []Attr{{key, b}, {"weight", 2}}}},
		}
		for _, format := range []Format{FormatGEXF, FormatGraphML, FormatJSON, FormatCSV} {
			var out bytes.Buffer
			if err := Write(&out, format, d); err != nil {
				if key == "label" || key == "weight" { // given twice
					return
				}
				t.Fatalf("%s: %v", format, err)
			}
			switch format {
			case FormatGEXF, FormatGraphML:
				wellFormed(t, out.Bytes())
			case FormatJSON:
				if !json.Valid(out.Bytes()) {
					t.Fatalf("invalid JSON:\n%s", out.Bytes())
				}
			case FormatCSV:
				recs, err := csv.NewReader(&out).ReadAll()
				if err != nil || len(recs) != 2 {
					t.Fatalf("CSV read back as %q, %v", recs, err)
				}
			}
		}
	})
}
