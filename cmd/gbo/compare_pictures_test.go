package main

import (
	"cmp"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// sectorWeights counts, over the given map SVGs, the partners of each
// sector (ghosts of other waves left out) and the ties at its partners
// (an end of a drawn tie at a partner of the sector counts one), as the
// README's colour rule counts them.
func sectorWeights(t *testing.T, svgs ...string) map[string][2]int {
	t.Helper()
	w := map[string][2]int{}
	tie := regexp.MustCompile(`<g class="tie" data-a="([^"]*)" data-b="([^"]*)"`)
	for _, svg := range svgs {
		nodes := mapNodes(t, svg)
		for _, n := range nodes {
			if !n.ghost {
				x := w[n.sector]
				x[0]++
				w[n.sector] = x
			}
		}
		for _, m := range tie.FindAllStringSubmatch(svg, -1) {
			for _, end := range m[1:] {
				if n, ok := nodes[end]; ok && !n.ghost {
					x := w[n.sector]
					x[1]++
					w[n.sector] = x
				}
			}
		}
	}
	return w
}

// ruleColoured is the set of non-core sectors the README's rule colours
// when the sectors are too many for the nine colours and no two share a
// first word: the eight with the most partners, then the most ties, then
// by name.
func ruleColoured(t *testing.T, w map[string][2]int) map[string]bool {
	t.Helper()
	var rest []string
	first := map[string]bool{}
	for s := range w {
		if s == "CAW" || s == "OCMW" || s == "DMW" {
			continue
		}
		rest = append(rest, s)
		f := strings.ToLower(firstWordOf(s))
		if first[f] {
			t.Fatalf("two sectors share the first word %q: this test ranks single sectors", f)
		}
		first[f] = true
	}
	if len(rest) <= 9 {
		t.Fatalf("%d non-core sectors: the rule would colour them all; the test needs more than nine", len(rest))
	}
	slices.SortFunc(rest, func(a, b string) int {
		return cmp.Or(cmp.Compare(w[b][0], w[a][0]), cmp.Compare(w[b][1], w[a][1]), strings.Compare(a, b))
	})
	out := map[string]bool{}
	for _, s := range rest[:8] {
		out[s] = true
	}
	return out
}

func firstWordOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t-/_."); i > 0 {
		return s[:i]
	}
	return s
}

// colouredSectors is the sectors drawn in a colour other than grey on
// the maps, core sectors left out, and the fill of every sector.
func colouredSectors(t *testing.T, svgs ...string) (map[string]bool, map[string]string) {
	t.Helper()
	on, fill := map[string]bool{}, map[string]string{}
	for _, svg := range svgs {
		for id, n := range mapNodes(t, svg) {
			if n.ghost {
				continue
			}
			if f, ok := fill[n.sector]; ok && f != n.fill {
				t.Errorf("sector %q is %s and %s (partner %s)", n.sector, f, n.fill, id)
			}
			fill[n.sector] = n.fill
			if n.fill != "#DDDDDD" && n.sector != "CAW" && n.sector != "OCMW" && n.sector != "DMW" {
				on[n.sector] = true
			}
		}
	}
	return on, fill
}

// The one colour rule (README "Map colours"): the single map, a periods
// page and a page of several cases colour exactly the sectors the rule
// names, and a sector has the same colour on a case's map and on the page
// of its periods. Was: the single map ranked by partners then ties, the
// pages by partners then the alphabet, so they greyed opposite sets.
func TestMapColoursFollowTheOneRuleOnEveryPicture(t *testing.T) {
	out := filepath.Join(t.TempDir(), "kaart.svg")
	if _, stderr, code := runGBO(t, "map", "sample:grensobject", "-o", out); code != 0 {
		t.Fatalf("map: %d %s", code, stderr)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	single := string(raw)
	want := ruleColoured(t, sectorWeights(t, single))
	got, singleFill := colouredSectors(t, single)
	if !sameSet(got, want) {
		t.Errorf("single map colours %v, the rule names %v", keys(got), keys(want))
	}
	// The researcher's case: sectors of one partner with many ties keep a
	// colour, those of one partner with few ties are grey.
	for _, s := range []string{"Samenlevingsopbouw", "Sociale huisvesting", "Werk", "Ouderenzorg"} {
		if !got[s] {
			t.Errorf("%s (one partner, many ties) is grey on the single map", s)
		}
	}
	for _, s := range []string{"Bibliotheek", "Huis van het Kind", "Onderwijs"} {
		if got[s] {
			t.Errorf("%s (one partner, few ties) keeps a colour on the single map", s)
		}
	}

	page := writePage(t, "sample:grensobject", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "--lang", "nl")
	_, svgs := pageMaps(t, page)
	pgot, pageFill := colouredSectors(t, svgs...)
	for s := range pgot {
		if !want[s] {
			t.Errorf("periods page colours %q, which the rule (the case's own ranking) leaves grey", s)
		}
	}
	for s, f := range pageFill {
		if sf, ok := singleFill[s]; ok && sf != f {
			t.Errorf("sector %q is %s on the single map and %s on the page of its periods", s, sf, f)
		}
	}

	// A page of several cases: the rule over the sums of all its panels.
	page = writePage(t, "sample:kennismaking", "sample:grensobject", "sample:sleutelfiguren", "sample:intersectoraal")
	_, svgs = pageMaps(t, page)
	want = ruleColoured(t, sectorWeights(t, svgs...))
	if got, _ := colouredSectors(t, svgs...); !sameSet(got, want) {
		t.Errorf("four-case page colours %v, the rule names %v", keys(got), keys(want))
	}
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// svgTexts is the text a reader sees in an SVG: text elements and
// tooltips, tags removed.
func svgTexts(svg string) string {
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(svg, " "))
}

// Every map of a page is drawn in the page's language, whatever each
// case's own (grensobject and intersectoraal are English cases,
// kennismaking and sleutelfiguren Dutch). Was: each map in its case's.
func TestCompareMapsSpeakThePagesLanguage(t *testing.T) {
	langs := map[string]bool{}
	for _, s := range []string{"kennismaking", "grensobject", "sleutelfiguren", "intersectoraal"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "samples", "data", s, "case.toml"))
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`(?m)^language = "(\w+)"`).FindStringSubmatch(string(raw))
		if m == nil {
			t.Fatalf("%s: no language", s)
		}
		langs[m[1]] = true
	}
	if !langs["en"] || !langs["nl"] {
		t.Fatalf("the samples' languages %v: the test needs both", langs)
	}
	for _, c := range []struct {
		lang    string
		foreign []string
	}{
		{"nl", []string{"Depth of the tie", "as of", "other", "Marks", "core partner", "external partner", "bridging partner",
			"acquaintance", "knowledge sharing", "referral", "weak link", "number of ties", "the only link"}},
		{"en", []string{"Diepte van de band", "peildatum", "overige", "Tekens", "kernpartner", "externe partner",
			"verbindende partner", "kennismaking", "doorverwijzing", "zwakke schakel", "aantal banden"}},
	} {
		page := writePage(t, "sample:kennismaking", "sample:grensobject", "sample:sleutelfiguren", "sample:intersectoraal", "--lang", c.lang)
		names, svgs := pageMaps(t, page)
		for i, svg := range svgs {
			text := svgTexts(svg)
			for _, w := range c.foreign {
				if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w) + `\b`).MatchString(text) {
					t.Errorf("%s page: the map of %s says %q", c.lang, names[i], w)
				}
			}
		}
	}
}

// The maps of periods carry gbo map's marks computed on each period: a
// cut point of the period is outlined as a bridging partner and a bridge
// of the period is dashed, in that period's map only. Was: no marks at
// all on period maps.
func TestPeriodMapsMarkEachPeriodsCutPointsAndBridges(t *testing.T) {
	periods := "2023-01-01..2023-12-31,2024-01-01..2024-12-31"
	stdout, stderr, code := runGBO(t, "compare", "sample:grensobject", "--periods", periods, "--format", "json")
	if code != 0 {
		t.Fatalf("%d %s", code, stderr)
	}
	var doc struct {
		Periods []struct {
			Network struct {
				Cuts    []string    `json:"articulation_points"`
				Bridges [][2]string `json:"bridges"`
			} `json:"network"`
		} `json:"periods"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	page := writePage(t, "sample:grensobject", "--periods", periods)
	_, svgs := pageMaps(t, page)
	if len(svgs) != len(doc.Periods) {
		t.Fatalf("%d maps for %d periods", len(svgs), len(doc.Periods))
	}
	cuts := 0
	for i, p := range doc.Periods {
		marked := map[string]bool{}
		for _, m := range regexp.MustCompile(`data-id="([^"]*)" data-marks="[^"]*\bbridging\b`).FindAllStringSubmatch(svgs[i], -1) {
			marked[m[1]] = true
		}
		for _, c := range p.Network.Cuts {
			cuts++
			if !marked[c] {
				t.Errorf("period %d: cut point %s is not marked bridging on its map", i+1, c)
			}
		}
		for _, b := range p.Network.Bridges {
			re := regexp.MustCompile(`<g class="tie" data-a="` + regexp.QuoteMeta(b[0]) + `" data-b="` + regexp.QuoteMeta(b[1]) + `" data-marks="[^"]*\bbridge\b`)
			if !re.MatchString(svgs[i]) {
				t.Errorf("period %d: bridge %s–%s is not dashed on its map", i+1, b[0], b[1])
			}
		}
	}
	if cuts == 0 {
		t.Fatal("no period has a cut point: the test checks nothing")
	}
}

// --cross-section: cases that share most partner ids (golf-2024 and
// golf-2025, read as waves by default) are separate partnerships when the
// user says so: relation cross_section from the flag, no changes, no
// trend, and the page says why. With --waves or --periods it is a usage
// error and nothing is written.
func TestCompareCrossSectionCanBeForced(t *testing.T) {
	type rel struct {
		Relation string          `json:"relation"`
		Source   string          `json:"relation_source"`
		Shared   float64         `json:"shared_partners"`
		Changes  json.RawMessage `json:"changes"`
	}
	read := func(args ...string) rel {
		t.Helper()
		stdout, stderr, code := runGBO(t, append([]string{"compare", "sample:golf-2024", "sample:golf-2025", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
		var r rel
		if err := json.Unmarshal([]byte(stdout), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := read(); r.Relation != "waves" || r.Source != "shared_partners" || r.Shared < 0.8 || r.Changes == nil {
		t.Fatalf("without the flag: %+v, want waves from shared partners", r)
	}
	if r := read("--cross-section"); r.Relation != "cross_section" || r.Source != "flag" || r.Changes != nil {
		t.Fatalf("--cross-section: %+v, want cross_section from the flag, no changes", r)
	}
	for _, lang := range []string{"en", "nl"} {
		page := writePage(t, "sample:golf-2024", "sample:golf-2025", "--cross-section", "--lang", lang)
		rel := between(page, `id="cmp-relation">`, "</p>")
		if !strings.Contains(rel, "--cross-section") || !strings.Contains(rel, "95%") {
			t.Errorf("%s page says %q, want the flag and the 95%% shared", lang, rel)
		}
		if strings.Contains(page, `class="trend"`) || strings.Contains(page, `id="sec-changes"`) {
			t.Errorf("%s page of a forced cross-section draws a trend or changes", lang)
		}
	}
	for _, c := range []struct {
		args []string
		flag string
	}{
		{[]string{"sample:golf-2024", "sample:golf-2025", "--waves"}, "--waves"},
		{[]string{"sample:golf-2024", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31"}, "--periods"},
	} {
		out := filepath.Join(t.TempDir(), "v.html")
		_, stderr, code := runGBO(t, append(append([]string{"compare"}, c.args...), "--cross-section", "-o", out)...)
		if code != 2 || !strings.Contains(stderr, "--cross-section") || !strings.Contains(stderr, c.flag) {
			t.Errorf("--cross-section with %s: exit %d, %q; want 2 naming both", c.flag, code, stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("--cross-section with %s wrote %s", c.flag, out)
		}
	}
}

// A compare page holds every id once, however many maps it inlines: each
// panel's SVG ids carry the panel's prefix. Was: id="legend" and the
// partner ids once per map.
func TestComparePageHasNoDuplicateID(t *testing.T) {
	for _, args := range [][]string{
		{"sample:kennismaking", "sample:grensobject", "sample:sleutelfiguren", "sample:intersectoraal"},
		{"sample:golf-2024", "sample:golf-2025"},
		{"sample:grensobject", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31"},
	} {
		page := writePage(t, args...)
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			for _, a := range n.Attr {
				if a.Key == "id" {
					seen[a.Val]++
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if len(seen) < 50 {
			t.Fatalf("%v: %d ids: the maps are missing", args, len(seen))
		}
		for id, n := range seen {
			if n > 1 {
				t.Errorf("%v: id %q %d times", args, id, n)
			}
		}
	}
}
