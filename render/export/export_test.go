package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"
)

const hostile = "\"><script>alert(1)</script>&\n\\"

// sample is a small partnership with Dutch names, mixed and missing values
// and one hostile name.
func sample() Data {
	return Data{
		Name: "GBO Regio Zuid — Geïntegreerd Breed Onthaal",
		AsOf: "2025-12-31",
		Nodes: []Node{
			{ID: "ocmw-a", Attrs: []Attr{{"label", "OCMW Aalbeke"}, {"sector", "OCMW"}, {"core", true}, {"degree", 3}, {"betweenness", 0.5}, {"constraint", nil}}},
			{ID: "caw", Attrs: []Attr{{"label", "CAW Zuid-West-Vlaanderen"}, {"sector", "CAW"}, {"core", true}, {"degree", 2}, {"betweenness", 0}, {"constraint", 0.61}}},
			{ID: "bib", Attrs: []Attr{{"label", "Bibliotheek Ieper – Café Één"}, {"sector", "cultuur"}, {"core", false}, {"degree", 1}, {"betweenness", math.NaN()}, {"constraint", 1.0}}},
			{ID: "=cmd", Attrs: []Attr{{"label", hostile}, {"sector", "+plus"}, {"core", false}, {"degree", 0}, {"betweenness", 0.0}}},
		},
		Edges: []Edge{
			{A: "ocmw-a", B: "caw", Attrs: []Attr{{"depth", 4}, {"weight", 4.25}, {"weak", false}, {"reasons", ""}}},
			{A: "caw", B: "bib", Attrs: []Attr{{"depth", 1}, {"weight", 1.5}, {"weak", true}, {"reasons", "bridge|fading"}}},
			{A: "bib", B: "ocmw-a", Attrs: []Attr{{"depth", 2}, {"weight", nil}, {"weak", true}, {"reasons", "-shallow"}}},
		},
	}
}

func TestEveryFormatIsDeterministicAndValid(t *testing.T) {
	for _, f := range []Format{FormatGEXF, FormatGraphML, FormatJSON, FormatCSV} {
		t.Run(string(f), func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Write(&a, f, sample()); err != nil {
				t.Fatal(err)
			}
			d := sample()
			// The same network given in another order writes the same bytes.
			d.Nodes[0], d.Nodes[3] = d.Nodes[3], d.Nodes[0]
			d.Edges[0], d.Edges[2] = d.Edges[2], d.Edges[0]
			d.Edges[1].A, d.Edges[1].B = d.Edges[1].B, d.Edges[1].A
			if err := Write(&b, f, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("output depends on input order:\n%s\n---\n%s", a.String(), b.String())
			}
			switch f {
			case FormatGEXF, FormatGraphML:
				wellFormed(t, a.Bytes())
			case FormatJSON:
				var v map[string]any
				if err := json.Unmarshal(a.Bytes(), &v); err != nil {
					t.Fatalf("invalid JSON: %v", err)
				}
			}
			if strings.Contains(a.String(), "<script>") {
				t.Error("a hostile name went through unescaped")
			}
		})
	}
}

// wellFormed parses data as XML and fails on any error or script element.
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, data)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "script" {
			t.Fatal("a script element came through")
		}
	}
}

func TestGEXFDeclaresTypedAttributesAndOmitsNulls(t *testing.T) {
	var b bytes.Buffer
	if err := GEXF(&b, sample()); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		`<attribute id="2" title="core" type="boolean"/>`,
		`<attribute id="3" title="degree" type="integer"/>`,
		`<attribute id="4" title="betweenness" type="double"/>`,
		`<node id="caw" label="CAW Zuid-West-Vlaanderen">`,
		`weight="4.25"`,
		`<description>GBO Regio Zuid — Geïntegreerd Breed Onthaal (as of 2025-12-31)</description>`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in\n%s", want, s)
		}
	}
	if strings.Contains(s, "NaN") {
		t.Error("NaN written; it should be omitted")
	}
}

func TestCSVNeutralisesFormulasButNotNumbers(t *testing.T) {
	d := sample()
	d.Edges[0].Attrs = append(d.Edges[0].Attrs, Attr{"delta", -1.5})
	var edges, nodes bytes.Buffer
	if err := CSV(&edges, d); err != nil {
		t.Fatal(err)
	}
	if err := NodesCSV(&nodes, d); err != nil {
		t.Fatal(err)
	}
	er, _ := csv.NewReader(&edges).ReadAll()
	nr, _ := csv.NewReader(&nodes).ReadAll()
	if got := strings.Join(er[0], ","); got != "source,target,depth,weight,weak,reasons,delta" {
		t.Errorf("edge header %q", got)
	}
	if got := strings.Join(nr[0], ","); got != "id,label,sector,core,degree,betweenness,constraint" {
		t.Errorf("node header %q", got)
	}
	if nr[1][0] != "'=cmd" || nr[1][2] != "'+plus" {
		t.Errorf("formula cells not neutralised: %q", nr[1])
	}
	if nr[1][1] != hostile {
		t.Errorf("label changed: %q", nr[1][1])
	}
	var sawDelta, sawShallow bool
	for _, r := range er[1:] {
		sawDelta = sawDelta || r[6] == "-1.5"
		sawShallow = sawShallow || r[5] == "'-shallow"
	}
	if !sawDelta || !sawShallow {
		t.Errorf("want a number -1.5 kept and text -shallow neutralised: %q", er)
	}
}

func TestBadDataIsRefused(t *testing.T) {
	// Each refusal names what is wrong, and nothing is written.
	for name, tc := range map[string]struct {
		mutate func(*Data)
		want   string
	}{
		"an edge to an unknown node": {func(d *Data) { d.Edges[0].B = "nobody" }, "nobody"},
		"a node twice":               {func(d *Data) { d.Nodes[1].ID = "ocmw-a" }, "ocmw-a"},
		"an edge twice":              {func(d *Data) { d.Edges[1] = Edge{A: "caw", B: "ocmw-a"} }, "caw"},
		"a reserved key":             {func(d *Data) { d.Nodes[0].Attrs[0].Key = "id" }, `"id"`},
		"an unsupported value":       {func(d *Data) { d.Nodes[0].Attrs[0].Value = []int{1} }, "[]int"},
		"an empty id":                {func(d *Data) { d.Nodes[0].ID = "" }, "empty"},
	} {
		t.Run(name, func(t *testing.T) {
			d := sample()
			tc.mutate(&d)
			for _, format := range []Format{"gexf", "graphml", "json", "csv"} {
				var b bytes.Buffer
				err := Write(&b, format, d)
				if err == nil || !strings.Contains(err.Error(), tc.want) || b.Len() > 0 {
					t.Errorf("%s: %v (want it to name %s), %d bytes written", format, err, tc.want, b.Len())
				}
			}
		})
	}
	if err := Write(io.Discard, "xlsx", sample()); err == nil || !strings.Contains(err.Error(), "xlsx") {
		t.Errorf("an unknown format: %v", err)
	}
}
