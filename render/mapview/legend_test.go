package mapview

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"
)

// svgMarks reads an SVG and returns the looks its partners, objects and
// ties use (the tokens of every data-marks attribute) and the legend's keys
// (the data-key of every legend entry), with the texts of each key.
func svgMarks(t *testing.T, svg []byte) (used map[string]bool, keys map[string]string) {
	t.Helper()
	used, keys = map[string]bool{}, map[string]string{}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string // data-key of each open group ("" if none)
	inText := false
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
			if x.Name.Local == "text" {
				inText = true
			}
			if x.Name.Local != "g" {
				continue
			}
			for _, m := range strings.Fields(attr(x, "data-marks")) {
				used[m] = true
			}
			k := attr(x, "data-key")
			if k != "" {
				if _, twice := keys[k]; twice {
					t.Errorf("legend explains %q twice", k)
				}
				keys[k] = ""
			}
			stack = append(stack, k)
		case xml.EndElement:
			if x.Name.Local == "text" {
				inText = false
			}
			if x.Name.Local == "g" {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			for i := len(stack) - 1; i >= 0 && inText; i-- {
				if stack[i] != "" {
					keys[stack[i]] += string(x)
					break
				}
			}
		}
	}
	return used, keys
}

// markedMap is a small map with every kind of tie mark, each tie carrying a
// different set.
func markedMap(lang Lang) Data {
	return Data{Title: "t", Lang: lang, SizeBy: "degree",
		Partners: []Partner{
			{ID: "a", Sector: "CAW", Core: true, Size: 1},
			{ID: "b", Sector: "OCMW", Core: true, Size: 2, Bridging: true},
			{ID: "c", Sector: "wonen", Size: 3},
			{ID: "d", Sector: "wonen"},
		},
		Ties: []Tie{
			{A: "a", B: "b", Depth: 2, Score: 2.25, Marks: []Mark{MarkThin}},
			{A: "b", B: "c", Depth: 5, Score: 5, Marks: []Mark{MarkOnePerson}},
			{A: "c", B: "d", Depth: 3, Score: 3.5, Marks: []Mark{MarkBridge, MarkOnePerson}},
			{A: "a", B: "c", Depth: 1, Score: 1.1},
		},
	}
}

// TestLegendExplainsEveryMarkAndNoOther: for maps with and without marks,
// objects, colourings and languages, every look a partner, object or tie
// has on the map has exactly one legend entry with words, and the legend
// has no entry for a look the map does not use.
func TestLegendExplainsEveryMarkAndNoOther(t *testing.T) {
	twoMode := sampleMap()
	noMarks := sampleMap()
	for i := range noMarks.Ties {
		noMarks.Ties[i].Marks = nil
	}
	noMarks.Objects, noMarks.ObjectLinks = nil, nil
	onlyDeep := markedMap(English)
	onlyDeep.Ties = onlyDeep.Ties[1:2] // one deep tie that rests on one person
	community := sampleMap()
	community.ColorBy = "community"
	core := markedMap(Dutch)
	core.ColorBy = "core"
	for name, d := range map[string]Data{
		"sample": twoMode, "no marks": noMarks, "marked nl": markedMap(Dutch), "marked en": markedMap(English),
		"one deep tie": onlyDeep, "community": community, "core": core, "empty": {Lang: Dutch},
		"partners only": {Partners: []Partner{{ID: "x", Sector: "CAW", Core: true}}},
	} {
		t.Run(name, func(t *testing.T) {
			used, keys := svgMarks(t, render(t, d, SVG))
			for m := range used {
				text, ok := keys[m]
				if !ok {
					t.Errorf("the map uses %q but the legend does not explain it", m)
				} else if strings.TrimSpace(text) == "" {
					t.Errorf("the legend entry %q has no words", m)
				}
			}
			for k := range keys {
				if !used[k] {
					t.Errorf("the legend explains %q, which the map does not use", k)
				}
			}
			if len(d.Ties) > 0 && !used["rung-1"] && !used["rung-5"] && name != "one deep tie" {
				t.Errorf("no rung marks read: %v", used)
			}
		})
	}
	used, keys := svgMarks(t, render(t, onlyDeep, SVG))
	if want := []string{"external", "fill-#EE8866", "fill-#FFAABB", "fill-#77AADD", "core", "bridging", "one-person", "rung-5"}; len(keys) != len(want) {
		got := make([]string, 0, len(keys))
		for k := range keys {
			got = append(got, k)
		}
		slices.Sort(got)
		t.Errorf("legend of one deep tie resting on one person: %v, want %v (uses %v)", got, want, used)
	}
	if !strings.Contains(keys["one-person"], "deep tie resting on one person") {
		t.Errorf("one-person key says %q", keys["one-person"])
	}
}

// TestADeepTieOnOnePersonIsNotDrawnAsWeak: a tie marked only for resting on
// one person keeps its depth's colour and solid line and carries a dot of
// its own colour; it has none of the red dashes of a bridge nor the band of
// a thin tie. A bridge and a thin tie each have their own look.
func TestADeepTieOnOnePersonIsNotDrawnAsWeak(t *testing.T) {
	s := string(render(t, markedMap(English), SVG))
	tie := func(a, b string) string {
		i := strings.Index(s, `data-a="`+a+`" data-b="`+b+`"`)
		if i < 0 {
			t.Fatalf("no tie %s–%s", a, b)
		}
		j := strings.Index(s[i:], "\n</g>\n<g class=\"tie\"")
		if j < 0 {
			j = strings.Index(s[i:], "</g>\n</g>")
		}
		return s[i : i+j]
	}
	deep := tie("b", "c")
	if strings.Contains(deep, weakColour) || strings.Contains(deep, thinColour) || strings.Contains(deep, "stroke-dasharray") {
		t.Errorf("a deep tie on one person is drawn like a weak one:\n%s", deep)
	}
	if !strings.Contains(deep, `stroke="`+rungColour[5]+`"`) || !strings.Contains(deep, `<g class="mark-one-person">`) ||
		!strings.Contains(deep, `fill="`+oneColour+`"`) {
		t.Errorf("a deep tie on one person lacks its line or its dot:\n%s", deep)
	}
	if thin := tie("a", "b"); !strings.Contains(thin, `stroke="`+thinColour+`"`) || strings.Contains(thin, weakColour) || strings.Contains(thin, oneColour) {
		t.Errorf("thin tie:\n%s", thin)
	}
	if br := tie("c", "d"); !strings.Contains(br, `stroke="`+weakColour+`"`) || !strings.Contains(br, `fill="`+oneColour+`"`) {
		t.Errorf("a bridge resting on one person shows both marks:\n%s", br)
	}
	if plain := tie("a", "c"); strings.Contains(plain, "mark-") {
		t.Errorf("an unmarked tie has a mark:\n%s", plain)
	}
}

// TestDutchMapWords: a Dutch map has Dutch words for the size measure and
// decimal commas in the legend and tooltips; an English one has points.
func TestDutchMapWords(t *testing.T) {
	for _, c := range []struct {
		lang      Lang
		size      string
		want, bad []string
	}{
		{Dutch, "degree", []string{"grootte: aantal banden (0,25 – 3)", "(2,25)", "diepe band die op één persoon rust", "minder diep dan beoogd", "enige verbinding tussen twee delen"}, []string{"degree", "(2.25)"}},
		{Dutch, "strength", []string{"grootte: sterkte van de banden"}, []string{"strength"}},
		{Dutch, "betweenness", []string{"grootte: tussenpositie"}, []string{"betweenness"}},
		{English, "degree", []string{"size: number of ties (0.25 – 3)", "(2.25)", "the only link between two parts"}, []string{"(2,25)"}},
	} {
		d := markedMap(c.lang)
		d.SizeBy = c.size
		d.Partners[0].Size, d.Partners[3].Size = 1.5, 0.25
		if c.size != "degree" {
			d.Partners[0].Size = 1
		}
		all := string(render(t, d, SVG))
		_, text := readSVG(t, []byte(all))
		for _, w := range c.want {
			if !strings.Contains(text, w) && !strings.Contains(all, w) {
				t.Errorf("%s %s: map lacks %q", c.lang, c.size, w)
			}
		}
		for _, w := range c.bad {
			if strings.Contains(text, w) {
				t.Errorf("%s %s: map says %q", c.lang, c.size, w)
			}
		}
	}
}
