package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gbo/metrics"
)

// readGEXF is run by Debian's python: networkx reads each GEXF named on
// the command line and prints, per file, its nodes and edges with their
// spells and attributes (a dynamic one as [value, start, end] triples).
const readGEXF = `
import json, sys
import networkx as nx
out = []
for path in sys.argv[1:]:
    g = nx.read_gexf(path)
    nodes = {n: d for n, d in g.nodes(data=True)}
    edges = {}
    for a, b, d in g.edges(data=True):
        d.pop("id", None)
        edges["|".join(sorted([a, b]))] = d
    out.append({"mode": g.graph.get("mode"), "nodes": nodes, "edges": edges})
print(json.dumps(out))
`

// gexfRead is one file as readGEXF prints it.
type gexfRead struct {
	Mode  string                    `json:"mode"`
	Nodes map[string]map[string]any `json:"nodes"`
	Edges map[string]map[string]any `json:"edges"`
}

func readWithNetworkx(t *testing.T, paths ...string) []gexfRead {
	t.Helper()
	if err := exec.Command("/usr/bin/python3", "-c", "import networkx").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("/usr/bin/python3 cannot import networkx: %v", err)
		}
		t.Skipf("/usr/bin/python3 cannot import networkx: %v", err)
	}
	out, err := exec.Command("/usr/bin/python3", append([]string{"-c", readGEXF}, paths...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	var g []gexfRead
	if err := json.Unmarshal(out, &g); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return g
}

// spells are an element's spells as networkx reads them.
func spells(t *testing.T, d map[string]any) [][2]string {
	t.Helper()
	var out [][2]string
	for _, s := range d["spells"].([]any) {
		p := s.([]any)
		out = append(out, [2]string{p[0].(string), p[1].(string)})
	}
	return out
}

// at is the value of dynamic attribute key in the spell start..end, and
// whether there is exactly one.
func at(d map[string]any, key, start, end string) (any, bool) {
	var found []any
	vs, _ := d[key].([]any)
	for _, v := range vs {
		p := v.([]any)
		if p[1] == start && p[2] == end {
			found = append(found, p[0])
		}
	}
	if len(found) != 1 {
		return nil, false
	}
	return found[0], true
}

func exportOK(t *testing.T, args ...string) {
	t.Helper()
	if _, stderr, code := runGBO(t, append([]string{"export"}, args...)...); code != 0 {
		t.Fatalf("gbo export %v: exit %d\n%s", args, code, stderr)
	}
}

func jsonOf(t *testing.T, v any, args ...string) {
	t.Helper()
	stdout, stderr, code := runGBO(t, args...)
	if code != 0 {
		t.Fatalf("gbo %v: exit %d\n%s", args, code, stderr)
	}
	if err := json.Unmarshal([]byte(stdout), v); err != nil {
		t.Fatalf("gbo %v: %v", args, err)
	}
}

// TestDynamicGEXFPlaysTheComparedPeriods reads the dynamic GEXF of
// sample:grensobject over two and three periods (one set with gaps between
// the periods) back with networkx and checks it against the commands that
// define a period: a tie is in a period, with its depth, score and rung,
// exactly when `gbo ties --since START --as-of END` lists it at rung 1 or
// deeper (compare's --min-depth); the ties and depth profile per period,
// the partners per period and the new, lost, deepened and weakened ties
// between periods are those of `gbo compare --periods`; and every value of
// a period is the value the static `gbo export --since START --as-of END`
// writes.
func TestDynamicGEXFPlaysTheComparedPeriods(t *testing.T) {
	for _, periods := range []string{
		"2023-01-01..2023-12-31,2024-01-01..2024-12-31",
		"2023-01-01..2023-04-30,2023-09-01..2023-12-31,2024-03-01..2024-12-31",
	} {
		t.Run(periods, func(t *testing.T) {
			dir := t.TempDir()
			dyn := filepath.Join(dir, "netwerk.gexf")
			exportOK(t, "sample:grensobject", "--periods", periods, "-o", dyn)
			var cmp struct {
				Periods []struct {
					Start, End string
					Network    struct {
						Partners     int   `json:"partners"`
						Ties         int   `json:"ties"`
						DepthProfile []int `json:"depth_profile"`
					} `json:"network"`
				} `json:"periods"`
				Changes []struct {
					New, Lost, Deepened, Weakened []metrics.TieChange
				} `json:"changes"`
			}
			jsonOf(t, &cmp, "compare", "sample:grensobject", "--periods", periods, "--format", "json")
			paths := []string{dyn}
			for i, p := range cmp.Periods {
				static := filepath.Join(dir, fmt.Sprintf("p%d.gexf", i))
				exportOK(t, "sample:grensobject", "--since", p.Start, "--as-of", p.End, "-o", static)
				paths = append(paths, static)
			}
			read := readWithNetworkx(t, paths...)
			g := read[0]
			if g.Mode != "dynamic" {
				t.Fatalf("networkx reads mode %q", g.Mode)
			}
			depthIn := make([]map[string]int, len(cmp.Periods)) // per period: pair -> depth
			for i, p := range cmp.Periods {
				depthIn[i] = map[string]int{}
				var ties struct {
					Ties []struct {
						A, B       string
						Depth      int     `json:"depth"`
						DepthScore float64 `json:"depth_score"`
					} `json:"ties"`
				}
				jsonOf(t, &ties, "ties", "sample:grensobject", "--since", p.Start, "--as-of", p.End, "--format", "json")
				want := map[string]bool{}
				for _, tie := range ties.Ties {
					if tie.Depth < 1 {
						continue
					}
					key := tie.A + "|" + tie.B
					want[key] = true
					e, ok := g.Edges[key]
					if !ok {
						t.Errorf("%s..%s: tie %s is not in the GEXF", p.Start, p.End, key)
						continue
					}
					if d, ok := at(e, "depth", p.Start, p.End); !ok || d != float64(tie.Depth) {
						t.Errorf("%s..%s: %s depth %v, gbo ties says %d", p.Start, p.End, key, d, tie.Depth)
					}
					if s, ok := at(e, "depth_score", p.Start, p.End); !ok || s != tie.DepthScore {
						t.Errorf("%s..%s: %s depth_score %v, gbo ties says %v", p.Start, p.End, key, s, tie.DepthScore)
					}
					if r, ok := at(e, "rung", p.Start, p.End); !ok || r != analysisRung(tie.Depth, "en") {
						t.Errorf("%s..%s: %s rung %v, want %q", p.Start, p.End, key, r, analysisRung(tie.Depth, "en"))
					}
					depthIn[i][key] = tie.Depth
				}
				// Every edge with a spell in this period is one of these ties, and
				// every partner has one: compare counts all of the case's partners.
				profile := make([]int, len(p.Network.DepthProfile))
				for key, e := range g.Edges {
					if slices.Contains(spells(t, e), [2]string{p.Start, p.End}) {
						if !want[key] {
							t.Errorf("%s..%s: edge %s has a spell but gbo ties has no tie at rung 1+", p.Start, p.End, key)
						} else {
							profile[depthIn[i][key]-1]++
						}
					}
				}
				if len(want) != p.Network.Ties || !slices.Equal(profile, p.Network.DepthProfile) {
					t.Errorf("%s..%s: %d ties, profile %v; compare: %d, %v", p.Start, p.End, len(want), profile, p.Network.Ties, p.Network.DepthProfile)
				}
				nodes := 0
				for _, n := range g.Nodes {
					if slices.Contains(spells(t, n), [2]string{p.Start, p.End}) {
						nodes++
					}
				}
				if nodes != p.Network.Partners {
					t.Errorf("%s..%s: %d partners with a spell, compare counts %d", p.Start, p.End, nodes, p.Network.Partners)
				}
				staticMatches(t, g, read[1+i], p.Start, p.End)
			}
			// Spells hold nothing else: one per period the element is in.
			for key, e := range g.Edges {
				var want [][2]string
				for i, p := range cmp.Periods {
					if _, ok := depthIn[i][key]; ok {
						want = append(want, [2]string{p.Start, p.End})
					}
				}
				if got := spells(t, e); !slices.Equal(got, want) {
					t.Errorf("edge %s: spells %v, want %v", key, got, want)
				}
			}
			for i := 1; i < len(cmp.Periods); i++ {
				checkChanges(t, depthIn[i-1], depthIn[i], cmp.Changes[i-1].New, cmp.Changes[i-1].Lost,
					cmp.Changes[i-1].Deepened, cmp.Changes[i-1].Weakened)
			}
		})
	}
}

// checkChanges compares the ties compare says are new, lost, deepened and
// weakened with those the GEXF's depths per period give.
func checkChanges(t *testing.T, before, after map[string]int, lists ...[]metrics.TieChange) {
	t.Helper()
	var got [4][]string
	for key, d := range after {
		b, ok := before[key]
		switch {
		case !ok:
			got[0] = append(got[0], fmt.Sprintf("%s 0>%d", key, d))
		case d > b:
			got[2] = append(got[2], fmt.Sprintf("%s %d>%d", key, b, d))
		case d < b:
			got[3] = append(got[3], fmt.Sprintf("%s %d>%d", key, b, d))
		}
	}
	for key, b := range before {
		if _, ok := after[key]; !ok {
			got[1] = append(got[1], fmt.Sprintf("%s %d>0", key, b))
		}
	}
	for i, l := range lists {
		var want []string
		for _, c := range l {
			want = append(want, fmt.Sprintf("%s|%s %d>%d", c.A, c.B, c.From, c.To))
		}
		slices.Sort(want)
		slices.Sort(got[i])
		if !slices.Equal(got[i], want) {
			t.Errorf("%s: from the GEXF %v, compare %v", []string{"new", "lost", "deepened", "weakened"}[i], got[i], want)
		}
	}
}

// staticMatches checks that every value of the dynamic GEXF g in the
// period start..end is the static export's value for that period.
func staticMatches(t *testing.T, g, static gexfRead, start, end string) {
	t.Helper()
	compare := func(what string, dyn, st map[string]map[string]any) {
		for id, sd := range st {
			dd, ok := dyn[id]
			if !ok || !slices.Contains(spells(t, dd), [2]string{start, end}) {
				t.Errorf("%s..%s: %s %s of the static export is not in the period", start, end, what, id)
				continue
			}
			for k, v := range sd {
				got, ok := dd[k]
				if _, dynamic := got.([]any); dynamic {
					got, ok = at(dd, k, start, end)
				}
				if !ok || fmt.Sprint(got) != fmt.Sprint(v) {
					t.Errorf("%s..%s: %s %s %s = %v, the static export has %v", start, end, what, id, k, got, v)
				}
			}
		}
	}
	compare("partner", g.Nodes, static.Nodes)
	compare("tie", g.Edges, static.Edges)
}

// TestDynamicGEXFOverWaves exports two waves of one partnership: a partner
// is in the waves whose case lists it (the partners compare says joined
// and left), each wave's ties and depths are `gbo ties` of that case at
// rung 1 or deeper, and a wave spans the days after the wave before it up
// to its as-of date.
func TestDynamicGEXFOverWaves(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "golven.gexf")
	waves := []string{"sample:golf-2024", "sample:golf-2025"}
	exportOK(t, append(waves, "--waves", "-o", out)...)
	var cmp struct {
		Cases []struct {
			AsOf string `json:"as_of"`
		} `json:"cases"`
		Changes []struct {
			Joined []string `json:"partners_joined"`
			Left   []string `json:"partners_left"`
		} `json:"changes"`
	}
	jsonOf(t, &cmp, append([]string{"compare", "--format", "json"}, waves...)...)
	g := readWithNetworkx(t, out)[0]
	span := [][2]string{{"", cmp.Cases[0].AsOf}, {"2025-01-01", cmp.Cases[1].AsOf}}
	if cmp.Cases[0].AsOf != "2024-12-31" {
		t.Fatalf("golf-2024 is as of %s; the test assumes 2024-12-31", cmp.Cases[0].AsOf)
	}
	var joined, left []string
	for id, n := range g.Nodes {
		s := spells(t, n)
		if len(s) == 0 || len(s) > 2 {
			t.Fatalf("partner %s: spells %v", id, s)
		}
		if span[0][0] == "" && s[0][1] == span[0][1] {
			span[0][0] = s[0][0]
		}
		switch {
		case len(s) == 1 && s[0][1] == span[1][1]:
			joined = append(joined, id)
		case len(s) == 1:
			left = append(left, id)
		}
	}
	slices.Sort(joined)
	slices.Sort(left)
	if !slices.Equal(joined, cmp.Changes[0].Joined) || !slices.Equal(left, cmp.Changes[0].Left) {
		t.Errorf("joined %v, left %v; compare: %v, %v", joined, left, cmp.Changes[0].Joined, cmp.Changes[0].Left)
	}
	for i, w := range waves {
		var ties struct {
			Ties []struct {
				A, B  string
				Depth int `json:"depth"`
			} `json:"ties"`
		}
		jsonOf(t, &ties, "ties", w, "--format", "json")
		n := 0
		for _, tie := range ties.Ties {
			if tie.Depth < 1 {
				continue
			}
			n++
			e := g.Edges[tie.A+"|"+tie.B]
			if d, ok := at(e, "depth", span[i][0], span[i][1]); e == nil || !ok || d != float64(tie.Depth) {
				t.Errorf("%s: tie %s|%s depth %v, gbo ties says %d", w, tie.A, tie.B, d, tie.Depth)
			}
		}
		m := 0
		for _, e := range g.Edges {
			if slices.Contains(spells(t, e), span[i]) {
				m++
			}
		}
		if m != n {
			t.Errorf("%s: %d edges with spell %v, gbo ties has %d at rung 1+", w, m, span[i], n)
		}
	}
}

// TestStaticGEXFUnchanged: without --periods or --waves the export is the
// file gbo wrote before dynamic GEXF existed (testdata, written by the
// command before this change), byte for byte.
func TestStaticGEXFUnchanged(t *testing.T) {
	out := filepath.Join(t.TempDir(), "netwerk.gexf")
	exportOK(t, "sample:grensobject", "-o", out)
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "export-grensobject.gexf", string(got))
}

// TestDynamicGEXFSameBytesTwice writes every kind of dynamic export twice.
func TestDynamicGEXFSameBytesTwice(t *testing.T) {
	dir := t.TempDir()
	for i, args := range [][]string{
		{"sample:grensobject", "--periods", "2023-01-01..2023-06-30,2023-07-01..2023-12-31,2024-01-01..2024-12-31"},
		{"sample:golf-2024", "sample:golf-2025", "--waves", "--min-depth", "2"},
	} {
		var files [2][]byte
		for j := range files {
			out := filepath.Join(dir, fmt.Sprintf("%d-%d.gexf", i, j))
			exportOK(t, append(args, "-o", out)...)
			var err error
			if files[j], err = os.ReadFile(out); err != nil {
				t.Fatal(err)
			}
		}
		if string(files[0]) != string(files[1]) {
			t.Errorf("%v: two runs differ:\n%s", args, firstDiff(string(files[0]), string(files[1])))
		}
	}
}

// TestDynamicExportRefusals: every misuse of --periods and --waves exits
// with status 2, a message that says what to do, and no file.
func TestDynamicExportRefusals(t *testing.T) {
	dir := t.TempDir()
	two := "2023-01-01..2023-12-31,2024-01-01..2024-12-31"
	var many []string
	for y := 2000; y < 2025; y++ {
		many = append(many, fmt.Sprintf("%d-01-01..%d-12-31", y, y))
	}
	for _, c := range []struct {
		name, out, want string
		args            []string
	}{
		{"periods to graphml", "n.graphml", "-o NAME.gexf", []string{"sample:grensobject", "--periods", two}},
		{"waves to csv", "n.csv", "leave out --waves and export each case on its own", []string{"sample:golf-2024", "sample:golf-2025", "--waves"}},
		{"periods to xlsx", "n.xlsx", "--periods writes a dynamic GEXF", []string{"sample:grensobject", "--periods", two}},
		{"one period", "n.gexf", "2 to 24 periods", []string{"sample:grensobject", "--periods", "2023-01-01..2023-12-31"}},
		{"25 periods", "n.gexf", "at most 24", []string{"sample:grensobject", "--periods", strings.Join(many, ",")}},
		{"overlapping", "n.gexf", "not overlapping", []string{"sample:grensobject", "--periods", "2023-01-01..2023-12-31,2023-12-31..2024-12-31"}},
		{"out of order", "n.gexf", "not overlapping", []string{"sample:grensobject", "--periods", "2024-01-01..2024-12-31,2023-01-01..2023-12-31"}},
		{"backwards", "n.gexf", "ends before it starts", []string{"sample:grensobject", "--periods", "2023-12-31..2023-01-01,2024-01-01..2024-12-31"}},
		{"not a period", "n.gexf", "is not START..END", []string{"sample:grensobject", "--periods", "2023,2024"}},
		{"periods of two cases", "n.gexf", "give one case", []string{"sample:grensobject", "sample:kennismaking", "--periods", two}},
		{"periods and as-of", "n.gexf", "leave out --as-of", []string{"sample:grensobject", "--periods", two, "--as-of", "2024-12-31"}},
		{"periods and waves", "n.gexf", "exclude each other", []string{"sample:golf-2024", "--periods", two, "--waves"}},
		{"one wave", "n.gexf", "2 to 50 cases", []string{"sample:golf-2024", "--waves"}},
		{"waves out of order", "n.gexf", "in the order of their as-of dates", []string{"sample:golf-2025", "sample:golf-2024", "--waves"}},
		{"waves on one date", "n.gexf", "in the order of their as-of dates", []string{"sample:golf-2024", "sample:golf-2024", "--waves"}},
		{"waves and as-of", "n.gexf", "leave out --as-of", []string{"sample:golf-2024", "sample:golf-2025", "--waves", "--as-of", "2025-01-01"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, c.out)
			_, stderr, code := runGBO(t, append(append([]string{"export"}, c.args...), "-o", out, "--lang", "en")...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, want 2 and %q in:\n%s", code, c.want, stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written", out)
			}
		})
	}
}

// TestDynamicExportLimit: more partners and ties over all periods than
// maxDynamicElements is refused before anything is written, naming the
// limit and what to do.
func TestDynamicExportLimit(t *testing.T) {
	old := maxDynamicElements
	maxDynamicElements = 100 // grensobject has 23 partners and 100+ ties a year
	defer func() { maxDynamicElements = old }()
	out := filepath.Join(t.TempDir(), "n.gexf")
	_, stderr, code := runGBO(t, "export", "sample:grensobject", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "-o", out, "--lang", "en")
	if code != 2 || !strings.Contains(stderr, "more than the 100 a dynamic GEXF holds") || !strings.Contains(stderr, "--min-depth") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("%s was written", out)
	}
}
