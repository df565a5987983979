package mapview

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestCoreSectorsKeepTheirColoursWhateverElseIsOnTheMap(t *testing.T) {
	colourOf := func(sectors ...string) map[string]string {
		d := Data{}
		for i, s := range sectors {
			d.Partners = append(d.Partners, Partner{ID: strconv.Itoa(i), Sector: s})
		}
		fill, _, _ := palette(&d, English.words())
		out := map[string]string{}
		for i, s := range sectors {
			out[s] = fill[i]
		}
		return out
	}
	small := colourOf("CAW", "OCMW", "DMW")
	many := colourOf("zorg", "DMW", "wonen", "a", "b", "c", "d", "e", "f", "g", "h", "OCMW", "CAW")
	for _, s := range []string{"CAW", "OCMW", "DMW"} {
		if small[s] != many[s] || small[s] != coreColours[s] {
			t.Errorf("%s: %s alone, %s among many", s, small[s], many[s])
		}
	}
	// Ten families for nine colours: the eight largest (here: first in
	// sorted order) keep one, the rest share the grey.
	if many["h"] != sharedColours[7] || many["wonen"] != otherColour || many["zorg"] != otherColour {
		t.Errorf("with 13 sectors of 13 families: h %s, wonen %s, zorg %s; want %s and the 'other' grey", many["h"], many["wonen"], many["zorg"], sharedColours[7])
	}
	if few := colourOf("zorg", "wonen"); few["wonen"] != sharedColours[0] || few["zorg"] != sharedColours[1] {
		t.Errorf("other sectors should take colours in sorted order: %v", few)
	}
}

func TestCommunityAndCoreColouring(t *testing.T) {
	d := Data{ColorBy: "community", Partners: []Partner{{ID: "a", Community: 2}, {ID: "b", Community: 0}, {ID: "c", Community: 2, Core: true}}}
	fill, title, legend := palette(&d, Dutch.words())
	if fill[0] != fill[2] || fill[0] == fill[1] || title != "Groep" || len(legend) != 2 || legend[0].name != "groep 0" {
		t.Errorf("community colours %v, %q, %v", fill, title, legend)
	}
	d.ColorBy = "core"
	fill, _, legend = palette(&d, English.words())
	if fill[2] == fill[0] || fill[0] != fill[1] || len(legend) != 2 {
		t.Errorf("core colours %v %v", fill, legend)
	}
}

func TestWrapKeepsLinesNarrowAndMarksCutText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"OCMW Kortrijk", []string{"OCMW Kortrijk"}},
		{"CAW Zuid-West-Vlaanderen", []string{"CAW Zuid-West-", "Vlaanderen"}},
		{"Geïntegreerd Breed Onthaal Coördinatie", []string{"Geïntegreerd Breed", "Onthaal Coördinatie"}},
		{"een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien", nil},
	} {
		got := wrap(c.in, 10, 110, 3)
		if c.want != nil && !slices.Equal(got, c.want) {
			t.Errorf("wrap(%q) = %q, want %q", c.in, got, c.want)
		}
		for _, l := range got {
			if textWidth(l, 10, false) > 110*longWord {
				t.Errorf("line %q too wide", l)
			}
		}
		if c.want == nil && (len(got) != 3 || !strings.HasSuffix(got[2], "…")) {
			t.Errorf("long label not cut with an ellipsis: %q", got)
		}
	}
}

func TestNodeAreaGrowsWithSizeAndIsClamped(t *testing.T) {
	d := Data{SizeBy: "degree", Partners: []Partner{
		{ID: "a", Label: "A", Size: 0}, {ID: "b", Label: "B", Size: 5}, {ID: "c", Label: "C", Size: 10}, {ID: "d", Label: "D", Size: 1e9},
	}}
	p, err := newPlan(d)
	if err != nil {
		t.Fatal(err)
	}
	area := func(i int) float64 { return p.nodes[i].w * p.nodes[i].h }
	if !(area(0) < area(1) && area(1) < area(3)) {
		t.Errorf("areas %.0f %.0f %.0f do not grow with size", area(0), area(1), area(3))
	}
	if area(3) > 80*80 {
		t.Errorf("largest node %.0f × %.0f is not clamped", p.nodes[3].w, p.nodes[3].h)
	}
	d.SizeBy = ""
	p, _ = newPlan(d)
	if p.nodes[0].w != p.nodes[3].w {
		t.Error("without SizeBy all nodes with the same label length should be alike")
	}
}
