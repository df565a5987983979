package mapview

import (
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"github.com/goccy/go-graphviz"
)

// FuzzNamesStaySafe draws a map whose every text is the fuzzer's, without a
// layout (positions on a grid), and checks that the SVG is well-formed with
// no element or attribute the input chose, and that Graphviz reads the DOT
// with the right number of nodes.
func FuzzNamesStaySafe(f *testing.F) {
	for _, s := range []string{hostile, "Geïntegreerd", "a\\", `\N\G"`, "]]><!--", "\x00\x01\ufffe", "\xff\xfe", "}; node [shape=box]; {"} {
		f.Add(s, s+"x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		d := Data{Title: a, Subtitle: b, SizeBy: a, Lang: Lang(b),
			Partners: []Partner{{ID: a, Label: b, Sector: a, Figures: [][2]string{{a, b}}, Bridging: true, BridgingReasons: []string{b}},
				{ID: a + "\n", Label: a, Sector: b, Core: true}},
			Ties:        []Tie{{A: a, B: a + "\n", Depth: 3, Marks: []Mark{MarkOnePerson, Mark(b)}, WeakReasons: []string{a}}},
			Objects:     []Object{{ID: b, Label: a, Verdict: b}},
			ObjectLinks: []ObjectLink{{Partner: a, Object: b, Rung: 2}},
		}
		p, err := newPlan(d)
		if a == "" { // an empty id is refused
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for i := range p.nodes {
			p.nodes[i].x, p.nodes[i].y = float64(i)*100, 0
		}
		var svg bytes.Buffer
		if err := p.draw().writeSVG(&svg); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&svg)
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("SVG not well-formed: %v", err)
			}
			if se, ok := tok.(xml.StartElement); ok {
				switch se.Name.Local {
				case "svg", "title", "rect", "g", "line", "ellipse", "polygon", "text":
				default:
					t.Fatalf("unexpected element %s", se.Name.Local)
				}
				for _, at := range se.Attr {
					switch at.Name.Local {
					case "on", "href", "style", "onload", "onclick":
						t.Fatalf("unexpected attribute %s", at.Name.Local)
					}
				}
			}
		}
		g, err := graphviz.ParseBytes(p.dot())
		if err != nil {
			t.Fatalf("Graphviz cannot read the DOT: %v", err)
		}
		defer g.Close()
		if n, _ := g.NodeNum(); n != 3 {
			t.Fatalf("Graphviz read %d nodes, want 3\n%s", n, p.dot())
		}
	})
}
