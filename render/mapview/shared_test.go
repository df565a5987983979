package mapview

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestSectorColoursKeepCoreAndGiveEverySectorOwnColourWhenTheyFit(t *testing.T) {
	counts := map[string]int{"CAW": 3, "OCMW": 2, "DMW": 1}
	for i := range len(sharedColours) { // nine more: the sixth, seventh... no longer grey
		counts[fmt.Sprintf("Sector %c", 'A'+i)] = i + 1
	}
	colours, legend := SectorColours(counts)
	for s, c := range coreColours {
		if colours[s] != c {
			t.Errorf("core sector %s has %s, want its fixed %s", s, colours[s], c)
		}
	}
	seen := map[string]string{}
	for s := range counts {
		c := colours[s]
		if c == "" || c == otherColour {
			t.Errorf("sector %q is grey (%q) though %d sectors fit the palette", s, c, len(counts))
		}
		if o, dup := seen[c]; dup {
			t.Errorf("sectors %q and %q share %s", o, s, c)
		}
		seen[c] = s
	}
	if len(legend) != len(counts) {
		t.Errorf("legend has %d entries, want one per sector (%d)", len(legend), len(counts))
	}
	again, _ := SectorColours(counts)
	for s, c := range colours {
		if again[s] != c {
			t.Errorf("sector %q: %s then %s", s, c, again[s])
		}
	}
}

func TestSectorColoursGroupFamiliesThenShareOneGrey(t *testing.T) {
	// Twelve sectors in six families fit as families.
	counts := map[string]int{}
	for _, f := range []string{"Onderwijs", "Zorg", "Welzijn", "Wonen", "Werk", "Cultuur"} {
		counts[f+" basis"], counts[f+"-extra"] = 2, 1
	}
	colours, legend := SectorColours(counts)
	for s, c := range colours {
		if c == otherColour {
			t.Errorf("%q grey though its family fits", s)
		}
		if sib := firstWord(s) + " basis"; colours[sib] != c {
			t.Errorf("%q has %s, its family's %q %s", s, c, sib, colours[sib])
		}
	}
	if len(legend) != 6 || !strings.HasSuffix(legend[0].Name, " …") || len(legend[0].Sectors) != 2 {
		t.Errorf("legend %+v, want six families of two", legend)
	}

	// Twenty unrelated sectors: eight keep a colour, the smallest share grey.
	counts = map[string]int{}
	for i := range 20 {
		counts[fmt.Sprintf("S%02d", i)] = 100 - i
	}
	colours, legend = SectorColours(counts)
	grey := 0
	for i := range 20 {
		s := fmt.Sprintf("S%02d", i)
		if colours[s] == otherColour {
			grey++
			if i < len(sharedColours)-1 {
				t.Errorf("%q (one of the largest) is grey", s)
			}
		}
	}
	if grey != 20-(len(sharedColours)-1) {
		t.Errorf("%d sectors grey, want %d", grey, 20-(len(sharedColours)-1))
	}
	if last := legend[len(legend)-1]; !last.Other || len(last.Sectors) != grey {
		t.Errorf("last legend entry %+v, want 'other' with the %d grey sectors", last, grey)
	}
}

// nodeCentres reads each partner's centre and fill from a map SVG, by
// data-id, with its data-marks.
func nodeCentres(t *testing.T, svg string) map[string][3]string {
	t.Helper()
	re := regexp.MustCompile(`<g class="node" id="node-\d+" data-id="([^"]*)" data-marks="([^"]*)">(?:<title>[^<]*</title>)?\n<(ellipse|rect) ([^>]*)/>`)
	attr := func(s, name string) float64 {
		m := regexp.MustCompile(` ` + name + `="([-0-9.]+)"`).FindStringSubmatch(" " + s)
		if m == nil {
			t.Fatalf("no %s in %q", name, s)
		}
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}
	out := map[string][3]string{}
	for _, m := range re.FindAllStringSubmatch(svg, -1) {
		var x, y float64
		if m[3] == "ellipse" {
			x, y = attr(m[4], "cx"), attr(m[4], "cy")
		} else {
			x, y = attr(m[4], "x")+attr(m[4], "width")/2, attr(m[4], "y")+attr(m[4], "height")/2
		}
		out[m[1]] = [3]string{strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(y, 'f', 2, 64), m[2]}
	}
	return out
}

func TestPinWavesDrawsEveryPartnerAtOnePlace(t *testing.T) {
	wave1 := Data{Lang: English, Partners: []Partner{
		{ID: "caw", Label: "CAW Oost", Sector: "CAW", Core: true}, {ID: "ocmw", Label: "OCMW Gent", Sector: "OCMW", Core: true},
		{ID: "school", Label: "Basisschool De Linde", Sector: "Onderwijs"}, {ID: "gone", Label: "Buurtwerk Noord", Sector: "Buurtwerk"},
		{ID: "alone", Label: "Bibliotheek", Sector: "Cultuur"},
	}, Ties: []Tie{{A: "caw", B: "ocmw", Depth: 4}, {A: "caw", B: "school", Depth: 2}, {A: "gone", B: "school", Depth: 1}}}
	wave2 := Data{Lang: English, Partners: []Partner{
		{ID: "caw", Label: "CAW Oost", Sector: "CAW", Core: true}, {ID: "ocmw", Label: "OCMW Gent", Sector: "OCMW", Core: true},
		{ID: "school", Label: "Basisschool De Linde", Sector: "Onderwijs"}, {ID: "new", Label: "Huis van het Kind", Sector: "Gezin"},
		{ID: "alone", Label: "Bibliotheek", Sector: "Cultuur"},
	}, Ties: []Tie{{A: "caw", B: "ocmw", Depth: 5}, {A: "ocmw", B: "school", Depth: 3}, {A: "new", B: "caw", Depth: 2}}}
	ds := []Data{wave1, wave2}
	colours, legend := SectorColours(map[string]int{"CAW": 2, "OCMW": 2, "Onderwijs": 2, "Buurtwerk": 1, "Gezin": 1, "Cultuur": 2})
	for i := range ds {
		ds[i].Shared = &Shared{Colours: colours, Legend: legend}
	}
	if err := PinWaves(context.Background(), ds); err != nil {
		t.Fatal(err)
	}
	var got [2]map[string][3]string
	var svgs [2]string
	for i, d := range ds {
		var b strings.Builder
		if err := Render(context.Background(), d, SVG, &b); err != nil {
			t.Fatal(err)
		}
		svgs[i] = b.String()
		got[i] = nodeCentres(t, svgs[i])
	}
	for _, id := range []string{"caw", "ocmw", "school", "alone", "gone", "new"} {
		a, b := got[0][id], got[1][id]
		if a[0] == "" || a[0] != b[0] || a[1] != b[1] {
			t.Errorf("%s at (%s, %s) in wave 1, (%s, %s) in wave 2", id, a[0], a[1], b[0], b[1])
		}
	}
	ghost := "fill-" + ghostFill
	if !strings.Contains(got[1]["gone"][2], ghost) || !strings.Contains(got[0]["new"][2], ghost) {
		t.Errorf("a partner of the other wave is not a ghost: gone %q in wave 2, new %q in wave 1", got[1]["gone"][2], got[0]["new"][2])
	}
	if strings.Contains(got[0]["gone"][2], ghost) || !strings.Contains(got[0]["school"][2], "fill-"+colours["Onderwijs"]) ||
		got[0]["school"][2] != got[1]["school"][2] {
		t.Errorf("present partners: gone %q, school %q / %q, want their sector's colour in both", got[0]["gone"][2], got[0]["school"][2], got[1]["school"][2])
	}
	if !strings.Contains(svgs[1], ">+ Huis van het Kind<") || strings.Contains(svgs[0], ">+ ") {
		t.Error("the new partner of wave 2 is not marked +, or wave 1 marks one")
	}
	if !strings.Contains(svgs[1], ">(Buurtwerk Noord)<") {
		t.Error("the partner who left is not drawn in brackets in wave 2")
	}
	// A bad union is refused, not drawn.
	bad := []Data{{Partners: []Partner{{ID: ""}}}}
	if err := PinWaves(context.Background(), bad); err == nil || !strings.Contains(err.Error(), "empty id") {
		t.Errorf("an empty partner id: %v", err)
	}
}

func TestPinWavesLeavesAMapWithObjectsToItsOwnLayout(t *testing.T) {
	d := Data{Partners: []Partner{{ID: "a"}, {ID: "b"}}, Ties: []Tie{{A: "a", B: "b", Depth: 3}}}
	ds := []Data{d, d}
	if err := PinWaves(context.Background(), ds); err != nil {
		t.Fatal(err)
	}
	two := ds[1]
	two.Objects = []Object{{ID: "o", Label: "Object"}}
	two.ObjectLinks = []ObjectLink{{Partner: "a", Object: "o", Rung: 2}}
	var b strings.Builder
	if err := Render(context.Background(), two, SVG, &b); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `class="object"`); n != 1 {
		t.Errorf("%d objects drawn, want 1", n)
	}
	for _, c := range nodeCentres(t, b.String()) {
		x, _ := strconv.ParseFloat(c[0], 64)
		if math.IsNaN(x) {
			t.Error("a node without a place")
		}
	}
}
