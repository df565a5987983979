package boundary

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"testing"
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// event builds an event on object obj at rung r (kind named by the rung)
// between from and the others.
func event(date, obj string, r, count int, from string, with ...string) casedata.Event {
	return casedata.Event{Date: day(date), From: from, With: with, Kind: rungKind[r], Rung: r, Object: obj, Count: count}
}

// A small partnership: three core partners of two core sectors and three
// external ones.
func sampleCase() *casedata.Case {
	return &casedata.Case{
		AsOf: day("2024-12-31"),
		Partners: []casedata.Partner{
			{ID: "caw", Sector: "CAW", Core: true},
			{ID: "ocmw1", Sector: "OCMW", Core: true},
			{ID: "ocmw2", Sector: "ocmw ", Core: true}, // same sector, other spelling
			{ID: "huis", Sector: "Huis van het Kind"},
			{ID: "school", Sector: "Onderwijs"},
			{ID: "bib", Sector: "Onderwijs"},
		},
		Objects: []casedata.Object{
			{ID: "rights", Name: "Rights check"},
			{ID: "tenants", Name: "Vulnerable tenants"},
			{ID: "books", Name: "Reading club"},
			{ID: "idle", Name: "Never used"},
			{ID: "core", Name: "Core only"},
		},
		Events: []casedata.Event{
			// rights: caw, ocmw1, huis, school; reaches rung 3 -> boundary object.
			event("2024-06-01", "rights", 1, 2, "caw", "ocmw1", "huis"),
			event("2024-07-01", "rights", 3, 1, "huis", "school"),
			// tenants: caw, ocmw2, bib at rung 2 -> candidate.
			event("2024-06-01", "tenants", 2, 3, "ocmw2", "bib", "caw"),
			// books: school and bib (one sector, no core) -> local.
			event("2024-06-01", "books", 4, 1, "school", "bib"),
			// core: three core partners, two sectors, no external -> local.
			event("2024-06-01", "core", 5, 1, "caw", "ocmw1", "ocmw2"),
			// a free-named object absent from objects.csv -> local, named by id.
			event("2024-06-01", "koffie", 1, 1, "caw", "huis"),
			// caw and school also meet outside any object.
			event("2024-05-01", "", 2, 1, "caw", "school"),
			// after as_of: never counts.
			event("2025-02-01", "idle", 5, 9, "caw", "ocmw1", "huis"),
			event("2025-02-01", "later", 5, 9, "caw", "ocmw1", "huis"),
		},
	}
}

func find(t *testing.T, r Result, id string) BoundaryObject {
	t.Helper()
	for _, o := range r.Objects {
		if o.ID == id {
			return o
		}
	}
	t.Fatalf("object %s missing", id)
	return BoundaryObject{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestVerdictsFollowTheRule(t *testing.T) {
	r := Objects(depth.Score(sampleCase(), depth.DefaultModel(), depth.ScoreOptions{}))
	for _, tc := range []struct {
		id      string
		verdict Verdict
	}{
		{"rights", VerdictBoundaryObject}, {"tenants", VerdictCandidate}, {"books", VerdictLocal},
		{"core", VerdictLocal}, {"koffie", VerdictLocal}, {"idle", VerdictUnused}, {"later", VerdictUnused},
	} {
		if got := find(t, r, tc.id).Verdict; got != tc.verdict {
			t.Errorf("%s: verdict %s, want %s", tc.id, got, tc.verdict)
		}
	}
	var order []string
	for _, o := range r.Objects {
		order = append(order, o.ID)
	}
	// boundary, candidate, then local by events desc (core 1, books 1,
	// koffie 1 -> by id), then unused.
	want := []string{"rights", "tenants", "books", "core", "koffie", "idle", "later"}
	if !reflect.DeepEqual(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
}

func TestObjectFiguresByHand(t *testing.T) {
	r := Objects(depth.Score(sampleCase(), depth.DefaultModel(), depth.ScoreOptions{}))
	rights := find(t, r, "rights")
	// Partners caw (CAW), ocmw1 (OCMW), huis (Huis), school (Onderwijs):
	// four sectors of one each: Blau = 1 − 4·(1/4)² = 0.75.
	if rights.Partners != 4 || !reflect.DeepEqual(rights.PartnerIDs, []string{"caw", "huis", "ocmw1", "school"}) {
		t.Errorf("rights partners %d %v", rights.Partners, rights.PartnerIDs)
	}
	if !near(rights.Blau, 0.75) || rights.MaxRung != 3 || rights.Events != 3 {
		t.Errorf("rights blau %v max %d events %d", rights.Blau, rights.MaxRung, rights.Events)
	}
	// Mean rung weighted by count: (2·1 + 1·3) / 3 = 5/3.
	if rights.MeanRung == nil || !near(*rights.MeanRung, 5.0/3) {
		t.Errorf("rights mean rung %v", rights.MeanRung)
	}
	// Pairs of rights: caw-ocmw1, caw-huis, ocmw1-huis (event 1), huis-school
	// (event 2), all cross-sector. caw-huis also meet on koffie and
	// caw-ocmw1 on core: not unique. So unique: ocmw1-huis, huis-school = 2.
	// (caw and school never share a rights event; they meet outside any
	// object.)
	if rights.UniquePairs != 2 {
		t.Errorf("rights unique pairs %d, want 2", rights.UniquePairs)
	}
	// tenants: caw (CAW), ocmw2 (OCMW, spelled "ocmw "), bib (Onderwijs).
	tenants := find(t, r, "tenants")
	if !reflect.DeepEqual(tenants.Sectors, []string{"CAW", "OCMW", "Onderwijs"}) || !near(tenants.Blau, 1-3.0/9) {
		t.Errorf("tenants sectors %v blau %v", tenants.Sectors, tenants.Blau)
	}
	// caw-ocmw2 also meet on core: tenants keeps caw-bib and ocmw2-bib.
	if tenants.UniquePairs != 2 || tenants.MaxRung != 2 || tenants.Events != 3 {
		t.Errorf("tenants unique %d max %d events %d", tenants.UniquePairs, tenants.MaxRung, tenants.Events)
	}
	// core: OCMW, OCMW, CAW: Blau = 1 − (4/9 + 1/9) = 4/9; pairs caw-ocmw1
	// and caw-ocmw2 meet elsewhere, ocmw1-ocmw2 share a sector: 0 unique.
	core := find(t, r, "core")
	if !near(core.Blau, 4.0/9) || core.UniquePairs != 0 {
		t.Errorf("core blau %v unique %d", core.Blau, core.UniquePairs)
	}
	books := find(t, r, "books")
	if books.Blau != 0 || books.UniquePairs != 0 || !reflect.DeepEqual(books.Sectors, []string{"Onderwijs"}) {
		t.Errorf("books %+v", books)
	}
	koffie := find(t, r, "koffie")
	if koffie.Name != "koffie" || koffie.Listed {
		t.Errorf("koffie name %q listed %v", koffie.Name, koffie.Listed)
	}
	idle := find(t, r, "idle")
	if idle.Events != 0 || idle.MeanRung != nil || idle.Partners != 0 || idle.DegreeCentrality != 0 {
		t.Errorf("idle %+v", idle)
	}
}

func TestReasonsSayWhy(t *testing.T) {
	r := Objects(depth.Score(sampleCase(), depth.DefaultModel(), depth.ScoreOptions{}))
	for _, tc := range []struct {
		id   string
		want []Reason
	}{
		{"rights", []Reason{{CodeSpansSectors, 4}, {CodeManyPartners, 4}, {CodeCoreExternal, 0}, {CodeReachesRung, 3}, {CodeUniquePairs, 2}}},
		{"tenants", []Reason{{CodeSpansSectors, 3}, {CodeManyPartners, 3}, {CodeCoreExternal, 0}, {CodeBelowRung, 2}, {CodeUniquePairs, 2}}},
		{"books", []Reason{{CodeFewPartners, 2}, {CodeOneSector, 0}, {CodeNoCore, 0}}},
		{"core", []Reason{{CodeNoExternal, 0}}},
		{"koffie", []Reason{{CodeFewPartners, 2}, {CodeNotInObjects, 0}}},
		{"idle", []Reason{{CodeNoEvents, 0}}},
		{"later", []Reason{{CodeNoEvents, 0}, {CodeNotInObjects, 0}}},
	} {
		if got := find(t, r, tc.id).Reasons; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: reasons %v, want %v", tc.id, got, tc.want)
		}
	}
}

func TestReasonJSON(t *testing.T) {
	r := Reason{Code: CodeSpansSectors, N: 3}
	b, _ := json.Marshal([]Reason{r, {Code: CodeNoCore}})
	if string(b) != `[{"code":"spans_sectors","n":3},{"code":"no_core"}]` {
		t.Errorf("json %s", b)
	}
	var back []Reason
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, []Reason{r, {Code: CodeNoCore}}) {
		t.Errorf("round trip %v %v", back, err)
	}
}

func TestSinceNarrowsTheWindow(t *testing.T) {
	s := depth.Score(sampleCase(), depth.DefaultModel(), depth.ScoreOptions{Since: day("2024-06-15")})
	r := Objects(s)
	// Only the rung-3 rights event (huis, school) is left on rights.
	rights := find(t, r, "rights")
	if rights.Verdict != VerdictLocal || rights.Partners != 2 || rights.Events != 1 {
		t.Errorf("rights since 2024-06-15: %+v", rights)
	}
	if find(t, r, "tenants").Verdict != VerdictUnused {
		t.Error("tenants should be unused in the narrowed window")
	}
}

type davisGolden struct {
	Women       []string           `json:"women"`
	Events      []string           `json:"events"`
	Edges       [][2]string        `json:"edges"`
	Degree      map[string]float64 `json:"degree_centrality"`
	Betweenness map[string]float64 `json:"betweenness"`
}

// The bipartite measures match networkx.bipartite on Davis's Southern
// Women (testdata/make_golden.py), built as a case: women are partners, the
// club events are objects, and each club event is one event of all the
// women who attended it.
func TestBipartiteMatchesNetworkxOnDavis(t *testing.T) {
	raw, err := os.ReadFile("testdata/davis.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var g davisGolden
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	c := &casedata.Case{AsOf: day("2024-12-31")}
	for i, w := range g.Women {
		c.Partners = append(c.Partners, casedata.Partner{ID: w, Sector: []string{"a", "b"}[i%2], Core: i%3 == 0})
	}
	attend := map[string][]string{}
	for _, e := range g.Edges {
		attend[e[1]] = append(attend[e[1]], e[0])
	}
	for _, ev := range g.Events {
		c.Objects = append(c.Objects, casedata.Object{ID: ev, Name: ev})
		ws := attend[ev]
		c.Events = append(c.Events, event("2024-12-01", ev, 2, 1, ws[0], ws[1:]...))
	}
	r := Objects(depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{}))
	check := func(id string, deg, bet float64) {
		if math.Abs(deg-g.Degree[id]) > 1e-9 || math.Abs(bet-g.Betweenness[id]) > 1e-9 {
			t.Errorf("%s: degree %v betweenness %v, networkx %v %v", id, deg, bet, g.Degree[id], g.Betweenness[id])
		}
	}
	if len(r.Objects) != len(g.Events) || len(r.Partners) != len(g.Women) {
		t.Fatalf("%d objects, %d partners", len(r.Objects), len(r.Partners))
	}
	for _, o := range r.Objects {
		check(o.ID, o.DegreeCentrality, o.Betweenness)
	}
	for _, p := range r.Partners {
		check(p.ID, p.DegreeCentrality, p.Betweenness)
	}
}

func TestBipartiteDegenerateSizes(t *testing.T) {
	// One partner, one object: networkx divides by zero; we give 0.
	d, b := Bipartite(1, 1, [][2]int{{0, 0}})
	if d[0] != 1 || d[1] != 1 || b[0] != 0 || b[1] != 0 {
		t.Errorf("1x1: %v %v", d, b)
	}
	d, b = Bipartite(3, 0, nil)
	if len(d) != 3 || d[0] != 0 || b[0] != 0 {
		t.Errorf("no objects: %v %v", d, b)
	}
}

// rungKind is an event kind of each rung of the default model.
var rungKind = [depth.MaxRung + 1]string{"none", "introduction", "info_exchange", "referral", "case_consultation", "joint_action"}
