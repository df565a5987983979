package main

import (
	"encoding/csv"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// pageMaps cuts the small maps out of a compare page: each map's SVG by
// the panel's name.
func pageMaps(t *testing.T, page string) (names []string, svgs []string) {
	t.Helper()
	re := regexp.MustCompile(`(?s)<figure class="compare-map" id="map-\d+"><figcaption><span class="map-name">([^<]*)</span>.*?(<svg.*?</svg>)`)
	for _, m := range re.FindAllStringSubmatch(page, -1) {
		names = append(names, m[1])
		svgs = append(svgs, m[2])
	}
	if len(svgs) == 0 {
		t.Fatal("no maps on the page")
	}
	return names, svgs
}

// mapNode is one partner drawn on a map: its centre, fill and sector.
type mapNode struct {
	x, y         float64
	fill, sector string
	ghost        bool
}

// mapNodes reads the partners of one map SVG: the sector from the
// tooltip's second line ("Sector · kind"), the fill from data-marks and
// the centre from the shape.
func mapNodes(t *testing.T, svg string) map[string]mapNode {
	t.Helper()
	re := regexp.MustCompile(`<g class="node" id="(?:map-\d+-)?node-\d+" data-id="([^"]*)" data-marks="fill-(#[0-9A-F]{6})[^"]*">(?:<title>([^<]*)</title>)?\n<(ellipse|rect) ([^>]*)/>`)
	attr := func(s, name string) float64 {
		m := regexp.MustCompile(` ` + name + `="([-0-9.]+)"`).FindStringSubmatch(" " + s)
		if m == nil {
			t.Fatalf("no %s in %q", name, s)
		}
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}
	out := map[string]mapNode{}
	for _, m := range re.FindAllStringSubmatch(svg, -1) {
		n := mapNode{fill: m[2], ghost: m[2] == "#FDFDFD"}
		if lines := strings.Split(html.UnescapeString(m[3]), "\n"); len(lines) > 1 {
			n.sector, _, _ = strings.Cut(lines[1], " · ")
		}
		if m[4] == "ellipse" {
			n.x, n.y = attr(m[5], "cx"), attr(m[5], "cy")
		} else {
			n.x, n.y = attr(m[5], "x")+attr(m[5], "width")/2, attr(m[5], "y")+attr(m[5], "height")/2
		}
		out[m[1]] = n
	}
	return out
}

func writePage(t *testing.T, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "vergelijking.html")
	if _, stderr, code := runGBO(t, append(append([]string{"compare"}, args...), "-o", out)...); code != 0 {
		t.Fatalf("compare %v: %d %s", args, code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestCompareMapsGiveEachSectorOneColourInEveryPanel(t *testing.T) {
	page := writePage(t, "sample:kennismaking", "sample:grensobject", "sample:sleutelfiguren", "sample:intersectoraal")
	_, svgs := pageMaps(t, page)
	if len(svgs) != 4 {
		t.Fatalf("%d maps, want 4", len(svgs))
	}
	fill := map[string]string{}
	nodes := 0
	for i, svg := range svgs {
		for id, n := range mapNodes(t, svg) {
			nodes++
			if n.sector == "" {
				t.Fatalf("map %d: partner %s without a sector in its tooltip", i+1, id)
			}
			if f, ok := fill[n.sector]; ok && f != n.fill {
				t.Errorf("sector %q is %s in one map and %s in map %d (partner %s)", n.sector, f, n.fill, i+1, id)
			}
			fill[n.sector] = n.fill
		}
	}
	if nodes < 80 {
		t.Fatalf("read %d partners from the maps, want the four cases' (> 80)", nodes)
	}
	// The page's one legend gives each sector the colour the maps use.
	for s, f := range fill {
		if f == "#DDDDDD" {
			if !regexp.MustCompile(`fill="#DDDDDD"[^<]*/></svg> [^<]+ <span class="members">\([^)]*\b` + regexp.QuoteMeta(s) + `\b`).MatchString(page) {
				t.Errorf("grey sector %q is not listed under 'other' in the page's legend", s)
			}
			continue
		}
		if !strings.Contains(page, `fill="`+f+`" stroke="#777777"/></svg> `+s+`</li>`) &&
			!regexp.MustCompile(`fill="`+f+`" stroke="#777777"/></svg> [^<]*<span class="members">\([^)]*\b`+regexp.QuoteMeta(s)+`\b`).MatchString(page) {
			t.Errorf("the page's legend does not give sector %q the colour %s of the maps", s, f)
		}
	}
	for _, core := range [][2]string{{"CAW", "#77AADD"}, {"OCMW", "#EE8866"}, {"DMW", "#EEDD88"}} {
		if f, ok := fill[core[0]]; ok && f != core[1] {
			t.Errorf("core sector %s is %s, want its fixed %s", core[0], f, core[1])
		}
	}
}

// renameSectors rewrites a written sample's partners.csv so that its
// non-core sectors are the names given, in turn.
func renameSectors(t *testing.T, dir string, names []string) {
	t.Helper()
	path := filepath.Join(dir, "partners.csv")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sep := ','
	if head, _, _ := strings.Cut(string(raw), "\n"); strings.Contains(head, ";") {
		sep = ';'
	}
	r := csv.NewReader(strings.NewReader(string(raw)))
	r.Comma, r.LazyQuotes = sep, true
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "sector" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("no sector column in %v", rows[0])
	}
	k := 0
	for _, row := range rows[1:] {
		switch row[col] {
		case "CAW", "OCMW", "DMW":
		default:
			row[col] = names[k%len(names)]
			k++
		}
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(out)
	w.Comma = sep
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	out.Close()
}

func TestCompareMapsLeaveNoSectorGreyWhenTheyFitThePalette(t *testing.T) {
	dir := t.TempDir()
	var cases []string
	// Nine sectors besides CAW, OCMW and DMW over two cases: the sixth,
	// seventh, ... get their own colour too.
	for i, name := range []string{"kennismaking", "sleutelfiguren"} {
		d := filepath.Join(dir, name)
		if _, stderr, code := runGBO(t, "sample", name, d); code != 0 {
			t.Fatal(stderr)
		}
		names := []string{"Armoede", "Bibliotheek", "Buurtwerk", "Gezin", "Jeugd"}
		if i == 1 {
			names = []string{"Onderwijs", "Sport", "Wonen", "Zorg", "Armoede"}
		}
		renameSectors(t, d, names)
		cases = append(cases, d)
	}
	page := writePage(t, cases...)
	_, svgs := pageMaps(t, page)
	fills := map[string]string{}
	for _, svg := range svgs {
		for id, n := range mapNodes(t, svg) {
			if n.fill == "#DDDDDD" {
				t.Errorf("partner %s (%s) is grey 'other' though 12 sectors fit the palette", id, n.sector)
			}
			if o, ok := fills[n.fill]; ok && o != n.sector {
				t.Errorf("sectors %q and %q share %s", o, n.sector, n.fill)
			}
			fills[n.fill] = n.sector
		}
	}
	if len(fills) < 10 {
		t.Errorf("%d colours on the maps, want the 12 sectors' (%v)", len(fills), fills)
	}
}

func TestCompareWavesKeepEveryCommonPartnerInPlace(t *testing.T) {
	page := writePage(t, "sample:golf-2024", "sample:golf-2025")
	_, svgs := pageMaps(t, page)
	if len(svgs) != 2 {
		t.Fatalf("%d maps, want 2", len(svgs))
	}
	a, b := mapNodes(t, svgs[0]), mapNodes(t, svgs[1])
	common := 0
	for id, na := range a {
		nb, ok := b[id]
		if !ok {
			t.Errorf("%s is on the first map and not (even as a ghost) on the second", id)
			continue
		}
		if na.ghost || nb.ghost {
			continue
		}
		common++
		if na.x != nb.x || na.y != nb.y {
			t.Errorf("%s at (%g, %g) in 2024 and (%g, %g) in 2025", id, na.x, na.y, nb.x, nb.y)
		}
	}
	if common < 15 {
		t.Errorf("%d partners common to both waves read, want the sample's (≥ 15)", common)
	}
	// What changed stands out: the partner who joined is marked, the one
	// who left is a ghost on the later map.
	var doc struct {
		Changes []struct {
			Joined []string `json:"partners_joined"`
			Left   []string `json:"partners_left"`
		} `json:"changes"`
	}
	out, stderr, code := runGBO(t, "compare", "sample:golf-2024", "sample:golf-2025", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Changes) != 1 {
		t.Fatalf("%v %+v", err, doc)
	}
	for _, id := range doc.Changes[0].Left {
		if !b[id].ghost || a[id].ghost {
			t.Errorf("%s left: ghost %v before, %v after; want a partner, then a ghost", id, a[id].ghost, b[id].ghost)
		}
	}
	for _, id := range doc.Changes[0].Joined {
		if !a[id].ghost || b[id].ghost {
			t.Errorf("%s joined: ghost %v before, %v after", id, a[id].ghost, b[id].ghost)
		}
		if !regexp.MustCompile(`data-id="` + regexp.QuoteMeta(id) + `"[^>]*>(?:<title>[^<]*</title>)?\n<[^>]*/>\n(?:<[^>]*/>\n)?<text[^>]*>\+ `).MatchString(svgs[1]) {
			t.Errorf("%s joined but is not marked + on the later map", id)
		}
	}
	if !strings.Contains(page, `id="map-pinned"`) {
		t.Error("the page does not say the maps share one layout")
	}
}

// flowCounts reads the rung transitions a flow picture draws.
func flowCounts(t *testing.T, svg string) [6][6]int {
	t.Helper()
	var m [6][6]int
	re := regexp.MustCompile(`<path class="flow" data-from="(\d)" data-to="(\d)" data-count="(\d+)"`)
	for _, f := range re.FindAllStringSubmatch(svg, -1) {
		i, _ := strconv.Atoi(f[1])
		j, _ := strconv.Atoi(f[2])
		n, _ := strconv.Atoi(f[3])
		if m[i][j] != 0 {
			t.Errorf("two bands %d → %d", i, j)
		}
		m[i][j] = n
	}
	return m
}

func TestCompareTransitionPictureDrawsTheTransitionMatrix(t *testing.T) {
	periods := "2023-01-01..2023-12-31,2024-01-01..2024-12-31"
	out, stderr, code := runGBO(t, "compare", "sample:grensobject", "--periods", periods, "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var pd struct {
		Changes []struct {
			Transitions [6][6]int `json:"transitions"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &pd); err != nil || len(pd.Changes) != 1 {
		t.Fatalf("%v %s", err, out)
	}
	page := writePage(t, "sample:grensobject", "--periods", periods)
	flow := regexp.MustCompile(`(?s)<figure class="chart flow">(.*?)</figure>`).FindStringSubmatch(page)
	if flow == nil {
		t.Fatal("no transition picture on the periods page")
	}
	if got, want := flowCounts(t, flow[1]), pd.Changes[0].Transitions; got != want {
		t.Errorf("periods: the picture draws %v, the JSON says %v", got, want)
	}
	if _, svgs := pageMaps(t, page); len(svgs) != 2 {
		t.Errorf("%d period maps, want 2", len(svgs))
	}

	out, stderr, code = runGBO(t, "compare", "sample:golf-2024", "sample:golf-2025", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var wd struct {
		Changes []struct {
			Transitions [6][6]int `json:"rung_transitions"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &wd); err != nil || len(wd.Changes) != 1 {
		t.Fatalf("%v", err)
	}
	total := 0
	for _, row := range wd.Changes[0].Transitions {
		for _, n := range row {
			total += n
		}
	}
	if total == 0 {
		t.Fatal("waves: no transitions in the JSON")
	}
	page = writePage(t, "sample:golf-2024", "sample:golf-2025")
	flow = regexp.MustCompile(`(?s)<figure class="chart flow"><figcaption>[^<]*</figcaption>(.*?)</figure>`).FindStringSubmatch(page)
	if flow == nil {
		t.Fatal("no transition picture on the waves page")
	}
	if got, want := flowCounts(t, flow[1]), wd.Changes[0].Transitions; got != want {
		t.Errorf("waves: the picture draws %v, the JSON says %v", got, want)
	}
	// A cross-section has no transitions to draw.
	page = writePage(t, "sample:kennismaking", "sample:grensobject")
	if strings.Contains(page, `class="chart flow"`) || strings.Contains(page, `id="map-pinned"`) {
		t.Error("a cross-section draws wave transitions or pinned maps")
	}
}
