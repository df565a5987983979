package main

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// cmpRun runs gbo and reads its JSON standard output into v.
func cmpRun(t *testing.T, v any, args ...string) string {
	t.Helper()
	stdout, stderr, code := runGBO(t, args...)
	if code != 0 {
		t.Fatalf("gbo %v: exit %d\n%s", args, code, stderr)
	}
	if v != nil {
		if err := json.Unmarshal([]byte(stdout), v); err != nil {
			t.Fatalf("gbo %v: %v", args, err)
		}
	}
	return stdout
}

// cmpAlone is what `gbo metrics|weak|objects --format json` print for one
// case run alone: the truth the compare figures are checked against.
type cmpAlone struct {
	Metrics struct {
		Case struct {
			Name string `json:"name"`
			AsOf string `json:"as_of"`
		} `json:"case"`
		Network map[string]any `json:"network"`
		Part    []struct {
			ID   string `json:"id"`
			Core bool   `json:"core"`
		} `json:"partners"`
		Ties []struct {
			A, B  string
			Depth int
		} `json:"ties"`
		Survey *struct {
			ResponseRate float64  `json:"response_rate"`
			PairsBoth    int      `json:"pairs_both"`
			PairsOneSide int      `json:"pairs_one_side"`
			MeanGap      *float64 `json:"mean_gap"`
		} `json:"survey"`
	}
	Weak struct {
		Counts            struct{ Weak, Fragile, Thin int } `json:"counts"`
		IsolatedExternals []string                          `json:"isolated_externals"`
	}
	Objects struct {
		Objects []struct{ Verdict string } `json:"objects"`
	}
	// Target is the case's [labels] target_rung, read from its case.toml
	// here; 3 (referral) when it sets none.
	Target int
}

func cmpAloneOf(t *testing.T, c string) cmpAlone {
	var a cmpAlone
	cmpRun(t, &a.Metrics, "metrics", c, "--format", "json", "--lang", "en")
	cmpRun(t, &a.Weak, "weak", c, "--format", "json", "--lang", "en")
	cmpRun(t, &a.Objects, "objects", c, "--format", "json", "--lang", "en")
	a.Target = 3
	if b, err := os.ReadFile(filepath.Join(c, "case.toml")); err == nil {
		if m := regexp.MustCompile(`(?m)^target_rung\s*=\s*(\d)`).FindSubmatch(b); m != nil {
			a.Target = int(m[1][0] - '0')
		}
	}
	return a
}

// want is the figure key's value by its definition (README), worked out
// from the commands' own output; nil where it does not apply.
func (a cmpAlone) want(t *testing.T, key string) *float64 {
	t.Helper()
	f := func(v float64) *float64 { return &v }
	num := func(k string) float64 { return a.Metrics.Network[k].(float64) }
	partners, ties := num("partners"), num("ties")
	core := map[string]bool{}
	for _, p := range a.Metrics.Part {
		if p.Core {
			core[p.ID] = true
		}
	}
	sv := a.Metrics.Survey
	switch key {
	case "largest_component", "largest_component_share":
		if partners == 0 {
			return nil
		}
		// union-find over the printed ties
		up := map[string]string{}
		var find func(string) string
		find = func(x string) string {
			if p, ok := up[x]; ok && p != x {
				r := find(p)
				up[x] = r
				return r
			}
			return x
		}
		for _, p := range a.Metrics.Part {
			up[p.ID] = p.ID
		}
		for _, e := range a.Metrics.Ties {
			up[find(e.A)] = find(e.B)
		}
		size := map[string]int{}
		best := 0
		for _, p := range a.Metrics.Part {
			size[find(p.ID)]++
			best = max(best, size[find(p.ID)])
		}
		if key == "largest_component" {
			return f(float64(best))
		}
		return f(float64(best) / partners)
	case "depth_share_1", "depth_share_2", "depth_share_3", "depth_share_4", "depth_share_5":
		if ties == 0 {
			return nil
		}
		r := int(key[len(key)-1] - '1')
		return f(a.Metrics.Network["depth_profile"].([]any)[r].(float64) / ties)
	case "target_rung":
		return f(float64(a.Target))
	case "core_pairs_at_target":
		k := len(core)
		if k < 2 {
			return nil
		}
		n := 0
		for _, e := range a.Metrics.Ties {
			if core[e.A] && core[e.B] && e.Depth >= a.Target {
				n++
			}
		}
		return f(float64(n) / float64(k*(k-1)/2))
	case "weak_links":
		return f(float64(a.Weak.Counts.Weak))
	case "weak_fragile":
		return f(float64(a.Weak.Counts.Fragile))
	case "weak_thin":
		return f(float64(a.Weak.Counts.Thin))
	case "boundary_objects":
		if len(a.Objects.Objects) == 0 {
			return nil
		}
		n := 0
		for _, o := range a.Objects.Objects {
			if o.Verdict == "boundary_object" {
				n++
			}
		}
		return f(float64(n))
	case "isolated_externals_count":
		if len(core) == 0 {
			return nil
		}
		return f(float64(len(a.Weak.IsolatedExternals)))
	case "reciprocity_ratings":
		if sv == nil {
			return nil
		}
		return f(float64(sv.PairsBoth) / float64(sv.PairsBoth+sv.PairsOneSide))
	case "response_rate":
		if sv == nil {
			return nil
		}
		return f(sv.ResponseRate)
	case "mean_rating_gap":
		if sv == nil {
			return nil
		}
		return sv.MeanGap
	}
	t.Fatalf("no definition of %s", key)
	return nil
}

type cmpDoc struct {
	Relation       string           `json:"relation"`
	RelationSource string           `json:"relation_source"`
	Cases          []map[string]any `json:"cases"`
	Changes        []struct {
		Joined []string `json:"partners_joined"`
	} `json:"changes"`
}

// TestCompareFiguresAreTheCommands checks every figure compare adds, for
// three samples side by side and for two waves of one partnership given
// with --waves, against `gbo metrics|weak|objects --format json` of each
// case run alone: by its definition, from their output, not from the
// code that computes it (reciprocity of initiative is checked against
// networkx in TestCompareReciprocityIsNetworkx). A figure that does not
// apply must be null and named under not_applicable.
func TestCompareFiguresAreTheCommands(t *testing.T) {
	for _, tc := range []struct {
		cases    []string
		flags    []string
		relation string
		source   string
	}{
		{[]string{"sample:kennismaking", "sample:grensobject", "sample:golf-2024"}, nil, "cross_section", "shared_partners"},
		{[]string{"sample:golf-2024", "sample:golf-2025"}, []string{"--waves"}, "waves", "flag"},
		// a case with its own words and [labels] target_rung = 2
		{[]string{filepath.Join("testdata", "labels-response"), "sample:golf-2024"}, nil, "cross_section", "shared_partners"},
	} {
		var doc cmpDoc
		cmpRun(t, &doc, append(append(append([]string{"compare"}, tc.cases...), tc.flags...), "--format", "json", "--lang", "en")...)
		if doc.Relation != tc.relation || doc.RelationSource != tc.source {
			t.Errorf("%v: relation %q from %q, want %q from %q", tc.cases, doc.Relation, doc.RelationSource, tc.relation, tc.source)
		}
		if len(doc.Cases) != len(tc.cases) {
			t.Fatalf("%v: %d cases", tc.cases, len(doc.Cases))
		}
		for i, c := range tc.cases {
			alone := cmpAloneOf(t, c)
			got := doc.Cases[i]
			if got["name"] != alone.Metrics.Case.Name {
				t.Errorf("case %d is %v, want %s", i, got["name"], alone.Metrics.Case.Name)
			}
			// the network figures are gbo metrics' own
			nb, _ := json.Marshal(got["network"])
			ab, _ := json.Marshal(alone.Metrics.Network)
			if string(nb) != string(ab) {
				t.Errorf("%s: network %s, gbo metrics %s", c, nb, ab)
			}
			na, _ := got["not_applicable"].(map[string]any)
			for _, key := range compareFigureKeys {
				if key == "reciprocity_initiative" {
					continue // against networkx: TestCompareReciprocityIsNetworkx
				}
				v, present := got[key]
				if !present {
					t.Errorf("%s: no field %s", c, key)
					continue
				}
				want := alone.want(t, key)
				switch {
				case want == nil && v != nil:
					t.Errorf("%s: %s = %v; it does not apply, so null", c, key, v)
				case want == nil && na[key] == nil:
					t.Errorf("%s: %s is null without a reason under not_applicable", c, key)
				case want != nil && v == nil:
					t.Errorf("%s: %s is null, want %v", c, key, *want)
				case want != nil && math.Abs(v.(float64)-*want) > 1e-12:
					t.Errorf("%s: %s = %v, want %v", c, key, v, *want)
				case want != nil && na[key] != nil:
					t.Errorf("%s: %s applies but not_applicable says %v", c, key, na[key])
				}
			}
		}
	}
	// Each kind of case is among those checked: no ratings
	// (kennismaking), objects (grensobject), ratings and no objects (golf),
	// a target rung of its own (labels-response).
}

// TestCompareWavesFlag: --waves makes waves of any cases, in the order
// given (changes from each to the next); without it two unrelated
// partnerships are a cross-section and two waves sharing partners are
// found to be waves.
func TestCompareWavesFlag(t *testing.T) {
	for _, tc := range []struct {
		args             []string
		relation, source string
		changes          int
	}{
		{[]string{"sample:kennismaking", "sample:grensobject", "--waves"}, "waves", "flag", 1},
		{[]string{"sample:grensobject", "sample:kennismaking", "sample:golf-2024", "--waves"}, "waves", "flag", 2},
		{[]string{"sample:kennismaking", "sample:grensobject"}, "cross_section", "shared_partners", 0},
		{[]string{"sample:golf-2024", "sample:golf-2025"}, "waves", "shared_partners", 1},
	} {
		var doc cmpDoc
		cmpRun(t, &doc, append(append([]string{"compare"}, tc.args...), "--format", "json")...)
		if doc.Relation != tc.relation || doc.RelationSource != tc.source || len(doc.Changes) != tc.changes {
			t.Errorf("%v: relation %q from %q, %d changes; want %q from %q, %d", tc.args, doc.Relation, doc.RelationSource,
				len(doc.Changes), tc.relation, tc.source, tc.changes)
		}
		if tc.relation == "waves" && tc.source == "flag" && len(doc.Changes[0].Joined) == 0 {
			t.Errorf("%v: unrelated partnerships as waves, yet nobody joined", tc.args)
		}
	}
}

// pyReciprocity builds the initiative digraph of a case from its
// interactions.csv in python (an arc from → each partner in `with`, for
// every event up to as_of, on the pairs that are ties of the network as
// `gbo metrics` prints them) and gives networkx.reciprocity of it.
const pyReciprocity = `
import csv, json, sys, datetime
import networkx as nx
path, as_of, ties = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
tied = {frozenset(p) for p in ties}
with open(path, newline='', encoding='utf-8-sig') as f:
    text = f.read()
sep = ';' if text.splitlines()[0].count(';') > text.splitlines()[0].count(',') else ','
rows = list(csv.reader(text.splitlines(), delimiter=sep))
head = [h.strip().lower() for h in rows[0]]
col = lambda *names: next(head.index(n) for n in names if n in head)
di, fi, wi = col('date', 'datum'), col('from', 'van'), col('with', 'met')
ci = next((head.index(n) for n in ('count', 'aantal') if n in head), None)
def day(s):
    s = s.strip()
    if '/' in s:
        d, m, y = s.split('/')
        return datetime.date(int(y), int(m), int(d))
    return datetime.date.fromisoformat(s)
end = datetime.date.fromisoformat(as_of)
G = nx.DiGraph()
for r in rows[1:]:
    if not r or day(r[di]) > end:
        continue
    if ci is not None and r[ci].strip() not in ('', ) and int(r[ci]) < 1:
        continue
    a = r[fi].strip()
    for b in r[wi].split('|'):
        b = b.strip()
        if b and b != a and frozenset((a, b)) in tied:
            G.add_edge(a, b)
print(repr(nx.reciprocity(G)))
`

// TestCompareReciprocityIsNetworkx checks reciprocity_initiative of
// four samples (commas and English headers; semicolons, Dutch headers
// and dd/mm/yyyy dates) against networkx.reciprocity of the initiative
// digraph python builds from the case's own interactions.csv.
func TestCompareReciprocityIsNetworkx(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := exec.Command(py, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Skip("python3 with networkx is not installed")
	}
	samples := []string{"kennismaking", "grensobject", "golf-2024", "golf-2025"}
	var doc cmpDoc
	args := []string{"compare"}
	for _, s := range samples {
		args = append(args, "sample:"+s)
	}
	cmpRun(t, &doc, append(args, "--format", "json")...)
	for i, s := range samples {
		alone := cmpAloneOf(t, "sample:"+s)
		var pairs [][2]string
		for _, e := range alone.Metrics.Ties {
			pairs = append(pairs, [2]string{e.A, e.B})
		}
		pj, _ := json.Marshal(pairs)
		csvPath := filepath.Join("..", "..", "samples", "data", s, "interactions.csv")
		if _, err := os.Stat(csvPath); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(py, "-c", pyReciprocity, csvPath, alone.Metrics.Case.AsOf, string(pj)).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: python: %v\n%s", s, err, out)
		}
		var want float64
		if err := json.Unmarshal([]byte(strings.TrimSpace(string(out))), &want); err != nil {
			t.Fatalf("%s: python printed %q", s, out)
		}
		got, _ := doc.Cases[i]["reciprocity_initiative"].(float64)
		if math.Abs(got-want) > 1e-12 {
			t.Errorf("%s: reciprocity_initiative %v, networkx %v", s, got, want)
		}
	}
}

// pyTidy reads compare's tidy CSV with python's csv module and checks it
// against compare's JSON: header case,measure,value; exactly one row per
// case per measure, cases in the order given and measures in the order
// given; every value the JSON's to the last bit (empty where the JSON is
// null). It prints "ok" and the number of rows.
const pyTidy = `
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f, delimiter=sys.argv[4]))
with open(sys.argv[2], encoding='utf-8') as f:
    doc = json.load(f)
order, comma = json.loads(sys.argv[3]), sys.argv[5] == '1'
assert rows[0] == ['case', 'measure', 'value'], rows[0]
body = rows[1:]
cases = doc['cases']
assert len(body) == len(cases) * len(order), (len(body), len(cases), len(order))
def truth(i, m):
    c = cases[i]
    if m in c['network'] and m not in ('articulation_points', 'bridges'):
        return c['network'][m]
    if m in ('articulation_points', 'bridges'):
        return len(c['network'][m])
    if m in c:
        return c[m]
    if i == 0:
        return None
    ch = doc['changes'][i - 1]
    return {'partners_joined': len(ch['partners_joined']), 'partners_left': len(ch['partners_left']),
            'weak_links_appeared': ch['weak_links_appeared'], 'weak_links_disappeared': ch['weak_links_disappeared']}[m]
k = 0
for i, c in enumerate(cases):
    for m in order:
        name, measure, value = body[k]
        k += 1
        assert name == c['name'] and measure == m, (name, measure, c['name'], m)
        want = truth(i, m)
        if want is None:
            assert value == '', (name, m, value)
            continue
        if comma:
            assert '.' not in value, value
            value = value.replace(',', '.')
        assert float(value) == float(want), (name, m, value, want)
print('ok', len(body))
`

// TestCompareTidyCSV reads `gbo compare --format csv` with python's csv
// module, for three samples and for two waves, with the default
// separator and with --csv-sep ';' --decimal-comma: one row per figure
// per case, full-precision values equal to the JSON, empty where the JSON
// is null.
func TestCompareTidyCSV(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := exec.LookPath(py); err != nil {
		t.Skip("no python3")
	}
	three := []string{"sample:kennismaking", "sample:grensobject", "sample:golf-2024"}
	waves := []string{"sample:golf-2024", "sample:golf-2025", "--waves"}
	base := append(append([]string{}, compareMeasures...), compareFigureKeys...)
	for _, tc := range []struct {
		args  []string
		order []string
	}{
		{three, base},
		{waves, append(append([]string{}, base...), waveChangeKeys...)},
	} {
		dir := t.TempDir()
		docPath, csvPath := filepath.Join(dir, "compare.json"), filepath.Join(dir, "compare.csv")
		doc := cmpRun(t, nil, append(append([]string{"compare"}, tc.args...), "--format", "json")...)
		if err := os.WriteFile(docPath, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		order, _ := json.Marshal(tc.order)
		for _, sep := range [][]string{{",", "0"}, {";", "1"}} {
			args := append(append([]string{"compare"}, tc.args...), "--format", "csv")
			if sep[1] == "1" {
				args = append(args, "--csv-sep", ";", "--decimal-comma")
			}
			if err := os.WriteFile(csvPath, []byte(cmpRun(t, nil, args...)), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(py, "-c", pyTidy, csvPath, docPath, string(order), sep[0], sep[1]).CombinedOutput()
			cases := len(tc.args)
			if tc.args[len(tc.args)-1] == "--waves" {
				cases--
			}
			if want := "ok " + strconv.Itoa(cases*len(tc.order)); err != nil || strings.TrimSpace(string(out)) != want {
				t.Errorf("%v sep %q: python: %v\n%s", tc.args, sep[0], err, out)
			}
		}
	}
}

// cmpSmallCases writes two small hostile cases: "solo", one partner and
// no event (no tie at all), and "nocore", three partners of whom none is
// core, no ratings and no objects.
func cmpSmallCases(t *testing.T) (solo, nocore string) {
	dir := t.TempDir()
	write := func(c, name, text string) {
		if err := os.MkdirAll(filepath.Join(dir, c), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("solo", "case.toml", "name = \"Solo\"\nas_of = \"2024-12-31\"\n")
	write("solo", "partners.csv", "id,name,sector,core\nx1,Partner X,school,no\n")
	write("solo", "interactions.csv", "date,from,with,kind\n")
	write("nocore", "case.toml", "name = \"Zonder kern\"\nas_of = \"2024-12-31\"\n")
	write("nocore", "partners.csv", "id,name,sector,core\na,A,school,no\nb,B,sport,no\nc,C,school,no\n")
	write("nocore", "interactions.csv", "date,from,with,kind\n2024-06-01,a,b,referral\n2024-06-02,b,a,introduction\n2024-06-03,c,b,info_exchange\n")
	return filepath.Join(dir, "solo"), filepath.Join(dir, "nocore")
}

// TestCompareFigureDoesNotApply: a figure with nothing to measure (no
// tie, no core partner, no ratings, no objects) is null in the JSON with
// its reason, empty in the CSV and "—" with a footnote in the table and
// md views, in English and Dutch; never 0.
func TestCompareFigureDoesNotApply(t *testing.T) {
	solo, nocore := cmpSmallCases(t)
	never := map[string][]string{ // figure → the cases where it does not apply
		"depth_share_1": {"Solo"}, "depth_share_2": {"Solo"}, "depth_share_3": {"Solo"}, "depth_share_4": {"Solo"}, "depth_share_5": {"Solo"}, "reciprocity_initiative": {"Solo"},
		"core_pairs_at_target": {"Solo", "Zonder kern"}, "isolated_externals_count": {"Solo", "Zonder kern"},
		"boundary_objects": {"Solo", "Zonder kern"}, "reciprocity_ratings": {"Solo", "Zonder kern"},
		"response_rate": {"Solo", "Zonder kern"}, "mean_rating_gap": {"Solo", "Zonder kern"},
	}
	var doc cmpDoc
	cmpRun(t, &doc, "compare", solo, nocore, "--format", "json")
	for i, c := range doc.Cases {
		na, _ := c["not_applicable"].(map[string]any)
		for _, key := range compareFigureKeys {
			should := slices.Contains(never[key], c["name"].(string))
			if v := c[key]; should != (v == nil) || should != (na[key] != nil) {
				t.Errorf("case %d %s: %s = %v, reason %v; want does-not-apply %v", i, c["name"], key, v, na[key], should)
			}
		}
	}
	// the values that do apply where little is left
	if c := doc.Cases[0]; c["largest_component"] != 1.0 || c["largest_component_share"] != 1.0 || c["weak_links"] != 0.0 {
		t.Errorf("solo: %v %v %v", c["largest_component"], c["largest_component_share"], c["weak_links"])
	}
	// a–b both initiated, b–c only c: 3 arcs, 2 returned
	if v := doc.Cases[1]["reciprocity_initiative"]; v != 2.0/3 {
		t.Errorf("nocore reciprocity %v", v)
	}
	csvText := cmpRun(t, nil, "compare", solo, nocore, "--format", "csv")
	for _, line := range strings.Split(strings.TrimSpace(csvText), "\n")[1:] {
		f := strings.Split(line, ",")
		should := slices.Contains(never[f[1]], f[0])
		if should != (f[2] == "") {
			t.Errorf("csv %q: want empty %v", line, should)
		}
	}
	for _, tc := range []struct{ lang, format, note string }{
		{"en", "table", "no core partner"}, {"nl", "table", "geen kernpartner"},
		{"en", "md", "no ratings in this case"}, {"nl", "md", "geen beoordelingen in dit samenwerkingsverband"},
	} {
		out := cmpRun(t, nil, "compare", solo, nocore, "--format", tc.format, "--lang", tc.lang)
		var row, notes []string
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "core_pairs_at_target") || strings.Contains(line, `core\_pairs\_at\_target`) || strings.Contains(line, "Paren kernpartners op de doeltrede") || strings.Contains(line, "op de doeltrede of dieper") {
				row = append(row, line)
			}
			if strings.Contains(line, tc.note) {
				notes = append(notes, line)
			}
		}
		if len(row) != 1 || strings.Count(row[0], "—") != 2 || strings.Contains(row[0], " 0 ") {
			t.Errorf("%s %s: core pairs row %q", tc.lang, tc.format, row)
		}
		if len(notes) != 1 || !strings.ContainsAny(notes[0], "¹²³⁴") {
			t.Errorf("%s %s: footnote %q missing in\n%s", tc.lang, tc.format, tc.note, out)
		}
	}
}

// TestCompareTidyPeriodsCSV: compare --periods prints the same tidy shape,
// the period in the case column: per period the network figures, then the
// ties new, lost, deepened and weakened since the period before (empty for
// the first), equal to the JSON.
func TestCompareTidyPeriodsCSV(t *testing.T) {
	args := []string{"compare", "sample:grensobject", "--periods", "2023-01-01..2023-06-30,2023-07-01..2023-12-31,2024-01-01..2024-12-31"}
	var doc struct {
		Periods []struct {
			Start, End string
			Network    map[string]any
		}
		Changes []struct{ New, Lost, Deepened, Weakened []any }
	}
	cmpRun(t, &doc, append(args, "--format", "json")...)
	rows, err := csv.NewReader(strings.NewReader(cmpRun(t, nil, append(args, "--format", "csv")...))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	order := append(append([]string{}, compareMeasures...), periodChangeKeys...)
	if len(rows) != 1+len(doc.Periods)*len(order) || strings.Join(rows[0], ",") != "case,measure,value" {
		t.Fatalf("%d rows, header %v; want 1+%d×%d", len(rows), rows[0], len(doc.Periods), len(order))
	}
	k := 1
	for i, p := range doc.Periods {
		for _, m := range order {
			r := rows[k]
			k++
			if r[0] != p.Start+".."+p.End || r[1] != m {
				t.Fatalf("row %d %v: want %s..%s %s", k, r, p.Start, p.End, m)
			}
			var want *float64
			switch v := p.Network[m].(type) {
			case float64:
				want = &v
			case []any:
				n := float64(len(v))
				want = &n
			}
			if i > 0 {
				ch := doc.Changes[i-1]
				if j := slices.Index(periodChangeKeys, m); j >= 0 {
					n := float64(len([][]any{ch.New, ch.Lost, ch.Deepened, ch.Weakened}[j]))
					want = &n
				}
			}
			if want == nil {
				if r[2] != "" {
					t.Errorf("%v: want empty", r)
				}
				continue
			}
			if got, err := strconv.ParseFloat(r[2], 64); err != nil || got != *want {
				t.Errorf("%v: want %v", r, *want)
			}
		}
	}
}
