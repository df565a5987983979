package mapview

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Data.Words put the case's core word and rung names in the legend and
// the tooltips, in place of the map's; the zero value keeps them.
func TestMapSpeaksTheWordsItIsGiven(t *testing.T) {
	d := Data{Lang: English, Partners: []Partner{{ID: "a", Sector: "Fire", Core: true}, {ID: "b", Sector: "Police", Core: true}, {ID: "c", Sector: "Health"}},
		Ties: []Tie{{A: "a", B: "b", Depth: 4}, {A: "a", B: "c", Depth: 3}, {A: "b", B: "c", Depth: 1}}}
	draw := func(d Data) string {
		var b strings.Builder
		if _, err := Draw(context.Background(), d, SVG, &b); err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(b.String(), " ")
	}
	def := draw(d)
	for _, w := range []string{"core partner", "acquaintance", "referral", "alignment"} {
		if !strings.Contains(def, w) {
			t.Errorf("default map lacks %q", w)
		}
	}
	d.Words = Words{Core: "responding agency", Rungs: [6]string{"", "aware", "informed", "handing over", "commanding jointly", ""}}
	own := draw(d)
	for _, w := range []string{"responding agency", "1 aware", "3 handing over", "4 commanding jointly"} {
		if !strings.Contains(own, w) {
			t.Errorf("map lacks the case's %q", w)
		}
	}
	for _, w := range []string{"core partner", "acquaintance", "referral", "alignment"} {
		if strings.Contains(own, w) {
			t.Errorf("map still says %q", w)
		}
	}
}

// One map colours up to nine non-core sectors each their own (the
// palette of a comparison), not five and grey for the rest; beyond that
// the sectors with most partners, then most ties, keep a colour.
func TestOneMapColoursNineSectorsThenTheBusiest(t *testing.T) {
	d := Data{}
	for i := range 9 {
		d.Partners = append(d.Partners, Partner{ID: "p" + strconv.Itoa(i), Sector: "s" + strconv.Itoa(i)})
	}
	fill, _, legend := palette(&d, English.words())
	seen := map[string]bool{}
	for i := range d.Partners {
		if fill[i] == otherColour || seen[fill[i]] {
			t.Errorf("sector %d: colour %s (grey or shared)", i, fill[i])
		}
		seen[fill[i]] = true
	}
	if len(legend) != 9 {
		t.Errorf("legend %v, want nine sectors and no 'other'", legend)
	}
	// Ten sectors of one partner each, eight colours left: the one without
	// ties goes grey whatever its name sorts as, and of the others (as
	// busy) the last in sorted order.
	d.Partners = append(d.Partners, Partner{ID: "p9", Sector: "a-lonely"})
	for i := range 9 {
		d.Ties = append(d.Ties, Tie{A: "p" + strconv.Itoa(i), B: "p" + strconv.Itoa((i+1)%9), Depth: 2})
	}
	fill, _, _ = palette(&d, English.words())
	greys := 0
	for i, p := range d.Partners {
		if fill[i] == otherColour {
			greys++
			if p.Sector != "a-lonely" && p.Sector != "s8" {
				t.Errorf("%s went grey", p.Sector)
			}
		}
	}
	if fill[9] != otherColour || greys != 2 {
		t.Errorf("a sector without ties keeps a colour (%s) or %d greys, want 2", fill[9], greys)
	}
}
