package export

import (
	"bytes"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dynamicFile is a dynamic GEXF as encoding/xml reads it back.
type dynamicFile struct {
	Graph struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Attributes []struct {
			Class string `xml:"class,attr"`
			Mode  string `xml:"mode,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []dynamicElement `xml:"nodes>node"`
		Edges []dynamicElement `xml:"edges>edge"`
	} `xml:"graph"`
}

type dynamicElement struct {
	ID     string `xml:"id,attr"`
	Label  string `xml:"label,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Values []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
		Start string `xml:"start,attr"`
		End   string `xml:"end,attr"`
	} `xml:"attvalues>attvalue"`
	Spells []struct {
		Start string `xml:"start,attr"`
		End   string `xml:"end,attr"`
	} `xml:"spells>spell"`
}

func readDynamic(t *testing.T, b []byte) dynamicFile {
	t.Helper()
	wellFormed(t, b)
	var f dynamicFile
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	return f
}

// timelineSample has what a timeline can hold: a partner in one snapshot
// only, a name and sector that change (the latest is written), a figure
// that is an integer in one snapshot and a fraction in the next (declared
// double), a value missing in one snapshot, and a tie that comes, goes and
// comes back.
func timelineSample() Timeline {
	snap := func(start, end string, d Data) Snapshot { return Snapshot{Start: start, End: end, Data: d} }
	return Timeline{Name: "Golf", Static: []string{"sector"}, Snapshots: []Snapshot{
		snap("2023-01-01", "2023-12-31", Data{Name: "Golf", Nodes: []Node{
			{ID: "caw", Attrs: []Attr{{"label", "CAW Oost"}, {"sector", "CAW"}, {"degree", 1}}},
			{ID: "ocmw", Attrs: []Attr{{"label", "OCMW"}, {"sector", "OCMW"}, {"degree", 1}}},
		}, Edges: []Edge{{A: "ocmw", B: "caw", Attrs: []Attr{{"depth", 2}, {"rung", "knowledge sharing"}, {"score", nil}}}}}),
		snap("2024-01-01", "2024-06-30", Data{Name: "Golf", Nodes: []Node{
			{ID: "caw", Attrs: []Attr{{"label", "CAW Oost-Vlaanderen"}, {"sector", "CAW"}, {"degree", 0.5}}},
			{ID: "ocmw", Attrs: []Attr{{"label", "OCMW"}, {"sector", "Lokaal bestuur"}, {"degree", 0}}},
			{ID: "vdab", Attrs: []Attr{{"label", "VDAB"}, {"sector", "Werk"}}},
		}}),
		snap("2024-09-01", "2024-12-31", Data{Name: "Golf", Nodes: []Node{
			{ID: "caw", Attrs: []Attr{{"label", "CAW Oost-Vlaanderen"}, {"sector", "CAW"}, {"degree", 1}}},
			{ID: "ocmw", Attrs: []Attr{{"label", "OCMW"}, {"degree", 1}}},
		}, Edges: []Edge{{A: "caw", B: "ocmw", Attrs: []Attr{{"depth", 4}, {"rung", "joint work"}, {"score", 3.5}}}}}),
	}}
}

// TestDynamicGEXFSpellsAndValues pins the layout in a golden file
// (testdata/timeline.gexf.golden; -update rewrites it) and checks what a
// reader needs: spells where an element is present and nowhere else, one
// dynamic value per present snapshot with that snapshot's dates, static
// values written once from the latest snapshot, and types unified.
func TestDynamicGEXFSpellsAndValues(t *testing.T) {
	var b bytes.Buffer
	if err := DynamicGEXF(&b, timelineSample()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "timeline.gexf.golden")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("differs from %s:\n%s", path, b.String())
	}
	f := readDynamic(t, b.Bytes())
	if f.Graph.Mode != "dynamic" || f.Graph.TimeFormat != "date" {
		t.Errorf("graph mode %q timeformat %q", f.Graph.Mode, f.Graph.TimeFormat)
	}
	types := map[string]string{}
	for _, a := range f.Graph.Attributes {
		for _, at := range a.Attrs {
			types[a.Class+" "+a.Mode+" "+at.Title] = at.Type
		}
	}
	for k, want := range map[string]string{"node static sector": "string", "node dynamic degree": "double",
		"edge dynamic depth": "integer", "edge dynamic rung": "string", "edge dynamic score": "double"} {
		if types[k] != want {
			t.Errorf("%s declared %q, want %q (all: %v)", k, types[k], want, types)
		}
	}
	spells := func(e dynamicElement) string {
		var s []string
		for _, sp := range e.Spells {
			s = append(s, sp.Start+".."+sp.End)
		}
		return strings.Join(s, " ")
	}
	nodes := map[string]dynamicElement{}
	for _, n := range f.Graph.Nodes {
		nodes[n.ID] = n
	}
	for id, want := range map[string]string{
		"caw":  "2023-01-01..2023-12-31 2024-01-01..2024-06-30 2024-09-01..2024-12-31",
		"ocmw": "2023-01-01..2023-12-31 2024-01-01..2024-06-30 2024-09-01..2024-12-31",
		"vdab": "2024-01-01..2024-06-30",
	} {
		if got := spells(nodes[id]); got != want {
			t.Errorf("node %s spells %q, want %q", id, got, want)
		}
	}
	if nodes["caw"].Label != "CAW Oost-Vlaanderen" {
		t.Errorf("caw is labelled %q, not by its latest name", nodes["caw"].Label)
	}
	var sectors []string
	for _, v := range nodes["ocmw"].Values {
		if v.Start == "" {
			sectors = append(sectors, v.Value)
		}
	}
	if strings.Join(sectors, ",") != "Lokaal bestuur" {
		t.Errorf("ocmw's static values %v, want its latest sector only", sectors)
	}
	if len(f.Graph.Edges) != 1 {
		t.Fatalf("%d edges, want the one tie", len(f.Graph.Edges))
	}
	e := f.Graph.Edges[0]
	if e.Source != "caw" || e.Target != "ocmw" || spells(e) != "2023-01-01..2023-12-31 2024-09-01..2024-12-31" {
		t.Errorf("edge %s-%s spells %q", e.Source, e.Target, spells(e))
	}
	var vals []string
	for _, v := range e.Values {
		vals = append(vals, v.Value+"@"+v.Start+".."+v.End)
	}
	if got := strings.Join(vals, " "); got != "2@2023-01-01..2023-12-31 4@2024-09-01..2024-12-31 "+
		"knowledge sharing@2023-01-01..2023-12-31 joint work@2024-09-01..2024-12-31 3.5@2024-09-01..2024-12-31" {
		t.Errorf("edge values %s", got)
	}
}

// TestDynamicGEXFHostileText: hostile names, ids, keys and non-finite
// numbers in every snapshot are escaped or left out as in the static
// export, and the file stays well-formed XML.
func TestDynamicGEXFHostileText(t *testing.T) {
	later := hostileData()
	later.Nodes = append([]Node(nil), later.Nodes...)
	later.Nodes[0] = Node{ID: later.Nodes[0].ID, Attrs: []Attr{{"label", hostile}, {"sector", "\u202e" + hostile}, {"x", math.NaN()}}}
	tl := Timeline{Name: hostileData().Name, Static: []string{"sector", hostile}, Snapshots: []Snapshot{
		{Start: "2024-01-01", End: "2024-06-30", Label: "\x1b[31mwave\u202e" + hostile, Data: hostileData()},
		{Start: "2024-07-01", End: "2024-12-31", Data: later},
	}}
	var b bytes.Buffer
	if err := DynamicGEXF(&b, tl); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	assertSafeBytes(t, "dynamic gexf", s)
	f := readDynamic(t, b.Bytes())
	if strings.Contains(s, "<script>") || !strings.Contains(s, `\x1b]0;pwned\x07`) || !strings.Contains(s, `\x1b[31mwave`) {
		t.Errorf("a hostile text is not escaped and shown visibly:\n%s", s)
	}
	if strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
		t.Errorf("a non-finite number is written:\n%s", s)
	}
	labels := map[string]string{}
	for _, n := range f.Graph.Nodes {
		labels[n.ID] = n.Label
	}
	if labels[safeText("＝HYPERLINK(1)")] != hostile {
		t.Errorf("the latest label does not read back as given: %q", labels)
	}
}

// TestDynamicGEXFRefusesBadTimelines: a timeline whose dates are not
// dates, run backwards or overlap, or whose snapshot data the static
// export refuses, is an error that names the snapshot, and nothing is
// written.
func TestDynamicGEXFRefusesBadTimelines(t *testing.T) {
	ok := sample()
	dup := sample()
	dup.Nodes = append(dup.Nodes, dup.Nodes[0])
	for _, c := range []struct {
		name, want string
		snaps      []Snapshot
	}{
		{"no snapshot", "at least one snapshot", nil},
		{"not a date", "dates must be YYYY-MM-DD", []Snapshot{{Start: `2024-01-01"><script>`, End: "2024-12-31", Data: ok}}},
		{"date with time", "dates must be YYYY-MM-DD", []Snapshot{{Start: "2024-01-01T00:00", End: "2024-12-31", Data: ok}}},
		{"backwards", "ends before it starts", []Snapshot{{Start: "2024-12-31", End: "2024-01-01", Data: ok}}},
		{"overlap", "starts on or before the end of 2024-01-01..2024-06-30",
			[]Snapshot{{Start: "2024-01-01", End: "2024-06-30", Data: ok}, {Start: "2024-06-30", End: "2024-12-31", Data: ok}}},
		{"bad data", "appears twice (snapshot 2024-07-01..2024-12-31)",
			[]Snapshot{{Start: "2024-01-01", End: "2024-06-30", Data: ok}, {Start: "2024-07-01", End: "2024-12-31", Data: dup}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			err := DynamicGEXF(&b, Timeline{Name: "x", Snapshots: c.snaps})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written", b.Len())
			}
		})
	}
}

// FuzzDynamicGEXF writes a two-snapshot timeline whose ids, label, key and
// dates are the fuzzer's. Either DynamicGEXF refuses it, or the file is
// safe, well-formed XML in which every node reads back with its id and one
// spell per snapshot it is in.
func FuzzDynamicGEXF(f *testing.F) {
	for _, s := range []string{hostile, "=1+1", "Geïntegreerd", "\x00\xff", "]]>", "\u202eevil", "\u009b2J", "label", "weight"} {
		f.Add(s, s+"2", s, "2024-01-01", "2024-07-01")
	}
	f.Add("a", "b", "k", "2024-13-45", "2024-01-01")
	f.Fuzz(func(t *testing.T, a, b, key, start1, start2 string) {
		d1 := Data{Nodes: []Node{{ID: a, Attrs: []Attr{{"label", b}, {key, 1}}}, {ID: b, Attrs: []Attr{{key, math.Inf(1)}}}},
			Edges: []Edge{{A: a, B: b, Attrs: []Attr{{key, b}}}}}
		d2 := Data{Nodes: []Node{{ID: b, Attrs: []Attr{{"label", a}, {key, 0.5}}}}}
		tl := Timeline{Name: a, Static: []string{key}, Snapshots: []Snapshot{
			{Start: start1, End: start1, Data: d1}, {Start: start2, End: start2, Label: key, Data: d2}}}
		var out bytes.Buffer
		if err := DynamicGEXF(&out, tl); err != nil {
			if out.Len() != 0 {
				t.Fatalf("refused (%v) but %d bytes written", err, out.Len())
			}
			return
		}
		assertSafeBytes(t, "dynamic gexf", out.String())
		file := readDynamic(t, out.Bytes())
		want := map[string]int{safeText(a): 1, safeText(b): 2}
		if len(file.Graph.Nodes) != len(want) {
			t.Fatalf("%d nodes, want %v", len(file.Graph.Nodes), want)
		}
		for _, n := range file.Graph.Nodes {
			if len(n.Spells) != want[n.ID] {
				t.Fatalf("node %q: %d spells, want %d", n.ID, len(n.Spells), want[n.ID])
			}
		}
		if len(file.Graph.Edges) != 1 || len(file.Graph.Edges[0].Spells) != 1 {
			t.Fatalf("edges %+v", file.Graph.Edges)
		}
	})
}
