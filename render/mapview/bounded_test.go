package mapview

import (
	"bytes"
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/goccy/go-graphviz"
)

// scriptsMap has partners named in Arabic script, in Chinese, and in Latin
// with accents (one typed decomposed, as macOS does, one with a
// bidirectional mark); one sector is in Chinese.
func scriptsMap() Data {
	return Data{Title: "Samenwerking Gent", Lang: Dutch, Partners: []Partner{
		{ID: "a-arab", Label: "جمعية الرعاية الاجتماعية", Sector: "armoede"},
		{ID: "b-cjk", Label: "社会福利中心", Sector: "社会"},
		{ID: "c-latin", Label: "Geïntegreerd Breed Onthaal Coördinatie", Sector: "CAW", Core: true},
		{ID: "d-nfd", Label: "Cafe\u0301 E\u0300lan", Sector: "armoede"},
		{ID: "e-mark", Label: "\u200eŒuvre Saint-Étienne", Sector: "CAW", Core: true},
	}, Ties: []Tie{{A: "a-arab", B: "c-latin", Depth: 3}, {A: "b-cjk", B: "c-latin", Depth: 2},
		{A: "d-nfd", B: "e-mark", Depth: 4}, {A: "c-latin", B: "e-mark", Depth: 5}}}
}

func draw(t *testing.T, d Data, f Format) (Result, []byte) {
	t.Helper()
	var buf bytes.Buffer
	res, err := Draw(context.Background(), d, f, &buf)
	if err != nil {
		t.Fatal(err)
	}
	return res, buf.Bytes()
}

// TestPNGSaysWhichNamesItCannotDraw: the PNG's fonts have no Arabic or CJK
// glyphs, so the PNG must name those partners (and the CJK sector in the
// legend) in a warning; Latin with accents, composed or not, draws whole.
// The SVG, drawn by the browser with the system's fonts, warns of nothing
// and carries the names.
func TestPNGSaysWhichNamesItCannotDraw(t *testing.T) {
	res, _ := draw(t, scriptsMap(), PNG)
	want := []Warning{{Code: WarnPNGGlyphs, Names: []string{"جمعية الرعاية الاجتماعية", "社会福利中心", "社会"}}}
	if len(res.Warnings) != 1 || res.Warnings[0].Code != want[0].Code || !slices.Equal(res.Warnings[0].Names, want[0].Names) {
		t.Errorf("PNG warnings %q, want %q", res.Warnings, want)
	}
	res, svg := draw(t, scriptsMap(), SVG)
	if len(res.Warnings) != 0 {
		t.Errorf("SVG warnings %q, want none", res.Warnings)
	}
	for _, name := range []string{"社会福利中心", "Café", "Èlan"} {
		if !bytes.Contains(svg, []byte(name)) {
			t.Errorf("the SVG lacks %q", name)
		}
	}
	latin := scriptsMap()
	latin.Partners = latin.Partners[2:]
	latin.Ties = latin.Ties[2:]
	if res, _ := draw(t, latin, PNG); len(res.Warnings) != 0 {
		t.Errorf("Latin names with accents: warnings %q, want none", res.Warnings)
	}
	if res, _ := draw(t, sampleMap(), PNG); len(res.Warnings) != 0 {
		t.Errorf("sample map: warnings %q, want none", res.Warnings)
	}
}

// hugeMap has a 1 MB title and subtitle, and ten partners whose ids (which
// share their first megabyte), names, sectors, figures and reasons are 1 MB
// each, with ties and an object to match.
func hugeMap() Data {
	mb := strings.Repeat("Geïntegreerd ", 1<<20/len("Geïntegreerd "))
	word := strings.Repeat("x", 1<<20) // one word: the worst case for wrapping
	d := Data{Title: mb, Subtitle: word, Lang: English, SizeBy: mb}
	for i := 0; i < 10; i++ {
		id := word + strconv.Itoa(i)
		d.Partners = append(d.Partners, Partner{ID: id, Label: []string{mb, word}[i%2], Sector: mb + strconv.Itoa(i%3),
			Core: i%3 == 0, Size: float64(i), Bridging: i == 4, BridgingReasons: slices.Repeat([]string{mb}, 100),
			Figures: slices.Repeat([][2]string{{mb, word}}, 100)})
		if i > 0 {
			d.Ties = append(d.Ties, Tie{A: d.Partners[i-1].ID, B: id, Depth: 1 + i%5, Marks: []Mark{MarkBridge, MarkOnePerson, MarkThin},
				WeakReasons: slices.Repeat([]string{word}, 100)})
		}
	}
	d.Objects = []Object{{ID: word, Label: mb, Verdict: word}}
	d.ObjectLinks = []ObjectLink{{Partner: d.Partners[0].ID, Object: word, Rung: 2}}
	return d
}

// TestHugeNamesDrawSmall: every text a map draws is cut to a bounded
// length, so megabyte names give pictures of a few tens of kilobytes (and
// finish at once) in every format; ids that differ only after their first
// megabyte stay ten different nodes.
func TestHugeNamesDrawSmall(t *testing.T) {
	d := hugeMap()
	for _, f := range []Format{SVG, PNG, DOTFormat} {
		_, out := draw(t, d, f)
		if len(out) > 1<<20 {
			t.Errorf("%s: %d bytes for a map of ten partners", f, len(out))
		}
		if f == DOTFormat {
			g, err := graphviz.ParseBytes(out)
			if err != nil {
				t.Fatal(err)
			}
			if n, _ := g.NodeNum(); n != 11 {
				t.Errorf("DOT has %d nodes, want 11", n)
			}
			g.Close()
		}
		if f == SVG {
			groups, _ := readSVG(t, out)
			nodes := 0
			for _, g := range groups {
				if g.class == "node" {
					nodes++
					if n := utf8.RuneCountInString(g.tooltip); n > maxTip+1 {
						t.Errorf("a node's tooltip has %d runes", n)
					}
				}
			}
			if nodes != 10 {
				t.Errorf("SVG has %d partner nodes, want 10", nodes)
			}
			if !bytes.Contains(out, []byte("Geïntegreerd Geïntegreerd")) || !bytes.Contains(out, []byte("…")) {
				t.Error("the SVG lacks the cut title")
			}
		}
	}
}

// TestNoNaNOrInfinityReachesAPicture: a layout that gives NaN, an infinity
// or an absurd position is refused, and a scene holding a non-finite number
// is never written.
func TestNoNaNOrInfinityReachesAPicture(t *testing.T) {
	p, err := newPlan(sampleMap())
	if err != nil {
		t.Fatal(err)
	}
	good := func(i int) string { return `{"_gvid":` + strconv.Itoa(i) + `,"pos":"10,20"}` }
	for _, pos := range []string{"NaN,0", "0,NaN", "+Inf,0", "0,-Inf", "1e308,0", "1e400,0", "0,2e7", "nan,nan"} {
		objs := []string{`{"_gvid":0,"pos":"` + pos + `"}`}
		for i := 1; i < len(p.nodes); i++ {
			objs = append(objs, good(i))
		}
		if err := p.readPositions([]byte(`{"objects":[` + strings.Join(objs, ",") + `]}`)); err == nil {
			t.Errorf("position %q accepted", pos)
		}
	}
	if err := p.layout(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := p.draw().finite(); err != nil {
		t.Fatalf("a normal scene: %v", err)
	}
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		q := *p
		q.nodes = slices.Clone(p.nodes)
		q.nodes[3].x = bad
		if err := q.draw().finite(); err == nil {
			t.Errorf("a node at x=%v drew a scene that passes", bad)
		}
	}
}
