package mapview

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/goccy/go-graphviz"
)

// svgNode is what the tests read back from an SVG: each group with its
// class, tooltip, shapes and texts.
type svgGroup struct {
	class, id, tooltip string
	dataID, dataA      string
	shapes             []xml.StartElement
	texts              []svgText
}

type svgText struct {
	text   string
	length float64
}

// readSVG parses an SVG with encoding/xml, fails on anything that is not
// well-formed or on a script element, and returns the groups and all text.
func readSVG(t *testing.T, data []byte) (groups []*svgGroup, all string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []*svgGroup
	var inTitle, inText bool
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "script", "foreignObject":
				t.Fatalf("SVG carries a %s element", x.Name.Local)
			case "g":
				g := &svgGroup{class: attr(x, "class"), id: attr(x, "id"), dataID: attr(x, "data-id"), dataA: attr(x, "data-a")}
				groups = append(groups, g)
				stack = append(stack, g)
			case "title":
				inTitle = true
			case "text":
				inText = true
				l, _ := strconv.ParseFloat(attr(x, "textLength"), 64)
				if len(stack) > 0 {
					top := stack[len(stack)-1]
					top.texts = append(top.texts, svgText{length: l})
				}
			default:
				if len(stack) > 0 {
					top := stack[len(stack)-1]
					top.shapes = append(top.shapes, x)
				}
			}
			for _, a := range x.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					t.Fatalf("SVG carries an event handler %s", a.Name.Local)
				}
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "g":
				stack = stack[:len(stack)-1]
			case "title":
				inTitle = false
			case "text":
				inText = false
			}
		case xml.CharData:
			b.Write(x)
			if len(stack) == 0 {
				continue
			}
			top := stack[len(stack)-1]
			if inTitle {
				top.tooltip += string(x)
			}
			if inText {
				top.texts[len(top.texts)-1].text += string(x)
			}
		}
	}
	return groups, b.String()
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func render(t testing.TB, d Data, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Render(context.Background(), d, f, &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSVGHasANodePerPartnerTheLegendAndTheTitle(t *testing.T) {
	d := sampleMap()
	groups, all := readSVG(t, render(t, d, SVG))
	count := map[string]int{}
	var legend *svgGroup
	for _, g := range groups {
		count[g.class]++
		if g.class == "legend" {
			legend = g
		}
	}
	if count["node"] != len(d.Partners) {
		t.Errorf("%d node groups, want one per partner (%d)", count["node"], len(d.Partners))
	}
	if count["object"] != 2 {
		t.Errorf("%d object groups, want the 2 objects that have links", count["object"])
	}
	if count["tie"] != len(d.Ties) {
		t.Errorf("%d tie groups, want %d", count["tie"], len(d.Ties))
	}
	if legend == nil {
		t.Fatal("no legend")
	}
	var legendText []string
	for _, g := range groups {
		if g == legend || g.class == "key" {
			for _, tx := range g.texts {
				legendText = append(legendText, tx.text)
			}
		}
	}
	lt := strings.Join(legendText, "|")
	for _, want := range []string{"1 kennismaking", "2 kennisdeling", "3 doorverwijzing", "4 afstemming", "5 integratie",
		"CAW", "OCMW", "DMW", "kernpartner", "externe partner", "verbindende partner", "diepe band die op één persoon rust",
		"grensobject", "kandidaat-grensobject", "grootte: tussenpositie (op paden tussen anderen) (0,05 – 1,2)"} {
		if !strings.Contains(lt, want) {
			t.Errorf("legend lacks %q: %s", want, lt)
		}
	}
	for _, want := range []string{"GBO Regio Zuid — Geïntegreerd Breed Onthaal", "toestand op 2025-12-31"} {
		if !strings.Contains(all, want) {
			t.Errorf("title %q missing", want)
		}
	}
	// Each partner's tooltip carries its figures.
	for _, g := range groups {
		if g.class == "node" && !strings.Contains(g.tooltip, "tussenheid: ") {
			t.Errorf("tooltip without figures: %q", g.tooltip)
		}
	}
}

func TestEnglishLegend(t *testing.T) {
	d := sampleMap()
	d.Lang = English
	_, all := readSVG(t, render(t, d, SVG))
	for _, want := range []string{"acquaintance", "knowledge sharing", "referral", "alignment", "integration", "bridging partner", "deep tie resting on one person", "size: betweenness (on paths between others) (0.05 – 1.2)"} {
		if !strings.Contains(all, want) {
			t.Errorf("English legend lacks %q", want)
		}
	}
}

const hostile = "\"><script>alert(1)</script>&amp;\n\\\" onload=\"x"

func hostileMap() Data {
	d := sampleMap()
	d.Title = hostile
	d.Subtitle = hostile
	d.SizeBy = hostile
	d.Partners[0].Label = hostile
	d.Partners[1].ID = hostile + "\\"
	d.Partners = append(d.Partners, Partner{ID: "a\nb"}, Partner{ID: "a b"}, Partner{ID: "a\\nb"}, Partner{ID: "a\xffb"}, Partner{ID: "a\xfeb"})
	d.Partners[2].Sector = hostile
	d.Partners[3].Figures = [][2]string{{hostile, hostile}}
	d.Partners[4].BridgingReasons, d.Partners[4].Bridging = []string{hostile}, true
	for i := range d.Ties {
		if d.Ties[i].A == "caw-jac" {
			d.Ties[i].A = hostile + "\\"
		}
		if d.Ties[i].B == "caw-jac" {
			d.Ties[i].B = hostile + "\\"
		}
		d.Ties[i].WeakReasons = []string{hostile}
	}
	d.Objects[0].Label = hostile
	return d
}

func TestHostileNamesAreEscapedInSVG(t *testing.T) {
	d := hostileMap()
	data := render(t, d, SVG)
	groups, all := readSVG(t, data) // fails on a script element or an event handler
	nodes := 0
	for _, g := range groups {
		if g.class == "node" {
			nodes++
		}
	}
	ids := map[string]bool{}
	for _, g := range groups {
		if g.class == "node" {
			ids[g.dataID] = true
		}
	}
	for _, p := range d.Partners {
		if !ids[p.ID] && utf8.ValidString(p.ID) {
			t.Errorf("no node with data-id %q", p.ID)
		}
	}
	if nodes != len(d.Partners) {
		t.Errorf("%d nodes drawn, want %d: ids that look alike must stay apart", nodes, len(d.Partners))
	}
	if !strings.Contains(all, `"><script>alert(1)</script>&amp;`) {
		t.Error("the hostile name should appear as text")
	}
	if bytes.Contains(data, []byte("<script")) {
		t.Error("raw <script in the SVG")
	}
}

func TestHostileNamesAreEscapedInDOT(t *testing.T) {
	d := hostileMap()
	dot := render(t, d, DOTFormat)
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		t.Fatalf("Graphviz cannot read our DOT: %v\n%s", err, dot)
	}
	defer g.Close()
	n, _ := g.NodeNum()
	e, _ := g.EdgeNum()
	if n != len(d.Partners)+2 || e != len(d.Ties)+len(d.ObjectLinks) {
		t.Errorf("Graphviz read %d nodes and %d edges, want %d and %d", n, e, len(d.Partners)+2, len(d.Ties)+len(d.ObjectLinks))
	}
	// The label comes back as written: quotes escaped, the backslash doubled.
	node, err := g.NodeByName("p:caw-zwvl")
	if err != nil || node == nil {
		t.Fatalf("node p:caw-zwvl: %v", err)
	}
	if got := node.GetStr("label"); !strings.Contains(got, `"><script>alert(1)<`) || !strings.Contains(got, `&amp;`) || strings.Contains(got, "\n") {
		t.Errorf("label read back as %q", got)
	}
}

func TestDutchLabelsFitTheirNodes(t *testing.T) {
	d := Data{Lang: Dutch, Partners: []Partner{
		{ID: "a", Label: "Geïntegreerd Breed Onthaal Coördinatie", Sector: "GBO", Core: true},
		{ID: "b", Label: "Café Één – Ëlé ïïï ééé ëëë", Sector: "cultuur"},
		{ID: "c", Label: "Sociale Huisvestingsmaatschappij", Sector: "wonen", Size: 1},
	}, Ties: []Tie{{A: "a", B: "b", Depth: 2}}, SizeBy: "degree"}
	groups, _ := readSVG(t, render(t, d, SVG))
	checked := 0
	for _, g := range groups {
		if g.class != "node" {
			continue
		}
		sh := g.shapes[0]
		var width float64
		switch sh.Name.Local {
		case "rect":
			width, _ = strconv.ParseFloat(attr(sh, "width"), 64)
			width -= 12 // the inner outline and a margin
		case "ellipse":
			rx, _ := strconv.ParseFloat(attr(sh, "rx"), 64)
			width = 2 * rx * 0.85 // the ellipse is wider than the text block by 15%
		}
		for _, tx := range g.texts {
			if tx.length <= 0 || tx.length > width {
				t.Errorf("label %q is %.1f pt wide in a node %.1f pt wide", tx.text, tx.length, width)
			}
			checked++
		}
	}
	if checked < 4 {
		t.Errorf("only %d label lines checked", checked)
	}
}

func TestRenderingIsDeterministic(t *testing.T) {
	cases := map[string]Data{"neato": sampleMap(), "sfdp": randomMap(200)}
	for _, name := range []string{"neato", "sfdp", "neato"} { // each after another engine
		d := cases[name]
		for _, f := range []Format{SVG, PNG, DOTFormat} {
			if name == "sfdp" && f == PNG {
				continue // the SVG covers the layout; the PNG painter is checked on the small map
			}
			a, b := render(t, d, f), render(t, d, f)
			if !bytes.Equal(a, b) {
				t.Errorf("%s %s: two renders differ", name, f)
			}
		}
	}
	// Partners and ties in another order give the same map.
	d := sampleMap()
	for i, j := 0, len(d.Partners)-1; i < j; i, j = i+1, j-1 {
		d.Partners[i], d.Partners[j] = d.Partners[j], d.Partners[i]
	}
	for i := range d.Ties {
		d.Ties[i].A, d.Ties[i].B = d.Ties[i].B, d.Ties[i].A
	}
	if !bytes.Equal(render(t, d, SVG), render(t, sampleMap(), SVG)) {
		t.Error("the map depends on the order of partners or tie ends")
	}
}

func TestBadInputIsRefused(t *testing.T) {
	big := randomMap(200)
	// Each refusal names what is wrong, and nothing is written.
	for name, tc := range map[string]struct {
		d    Data
		want string
	}{
		"fdp on a large map": {func() Data { d := big; d.Engine = "fdp"; return d }(), "fdp"},
		"an unknown engine":  {func() Data { d := sampleMap(); d.Engine = "osage"; return d }(), "osage"},
		"a tie to nobody":    {func() Data { d := sampleMap(); d.Ties[0].B = "nobody"; return d }(), "nobody"},
		"a partner twice":    {func() Data { d := sampleMap(); d.Partners[1].ID = d.Partners[0].ID; return d }(), sampleMap().Partners[0].ID},
		"a link to nothing":  {func() Data { d := sampleMap(); d.ObjectLinks[0].Object = "nothing"; return d }(), "nothing"},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Render(context.Background(), tc.d, SVG, &b); err == nil || !strings.Contains(err.Error(), tc.want) || b.Len() > 0 {
				t.Errorf("%v (want it to name %q), %d bytes written", err, tc.want, b.Len())
			}
		})
	}
	var b bytes.Buffer
	if err := Render(context.Background(), sampleMap(), "pdf", &b); err == nil || !strings.Contains(err.Error(), "pdf") || b.Len() > 0 {
		t.Errorf("pdf: %v, %d bytes written", err, b.Len())
	}
}

func TestEmptyMapStillHasLegendAndTitle(t *testing.T) {
	_, all := readSVG(t, render(t, Data{Title: "Leeg", Lang: Dutch}, SVG))
	// Only what the map shows is explained: no ties, no rungs.
	if !strings.Contains(all, "Leeg") || !strings.Contains(all, "Tekens") || strings.Contains(all, "kennismaking") {
		t.Errorf("empty map: %q", all)
	}
	if len(render(t, Data{Title: "Leeg"}, PNG)) == 0 {
		t.Error("empty PNG")
	}
}

func TestEveryEngineLaysOutASmallMap(t *testing.T) {
	for _, engine := range []string{"neato", "sfdp", "dot", "twopi", "circo", "fdp"} {
		d := sampleMap()
		d.Engine = engine
		groups, _ := readSVG(t, render(t, d, SVG))
		n := 0
		for _, g := range groups {
			if g.class == "node" {
				n++
			}
		}
		if n != len(d.Partners) {
			t.Errorf("%s: %d nodes drawn", engine, n)
		}
	}
	one := Data{Partners: []Partner{{ID: "alleen"}}}
	if groups, _ := readSVG(t, render(t, one, SVG)); len(groups) < 3 {
		t.Error("a map of one partner")
	}
}

func TestNodesDoNotOverlap(t *testing.T) {
	for name, d := range map[string]Data{"neato": sampleMap(), "sfdp": randomMap(200)} {
		p, err := newPlan(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.layout(context.Background()); err != nil {
			t.Fatal(err)
		}
		overlaps := 0
		for i, a := range p.nodes {
			for _, b := range p.nodes[i+1:] {
				if math.Abs(a.x-b.x) < (a.w+b.w)/2-1 && math.Abs(a.y-b.y) < (a.h+b.h)/2-1 {
					overlaps++
				}
			}
		}
		if overlaps > 0 {
			t.Errorf("%s: %d pairs of nodes overlap", name, overlaps)
		}
	}
}

func TestConcurrentRendersWaitForEachOther(t *testing.T) {
	want := render(t, sampleMap(), SVG)
	errs := make(chan error, 3)
	outs := make([][]byte, 3)
	for i := range outs {
		go func() {
			var b bytes.Buffer
			err := Render(context.Background(), sampleMap(), SVG, &b)
			outs[i] = b.Bytes()
			errs <- err
		}()
	}
	for range outs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i, o := range outs {
		if !bytes.Equal(o, want) {
			t.Errorf("concurrent render %d differs", i)
		}
	}
}
