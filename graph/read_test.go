package graph

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gbo/graph/casedata"
)

// stripPlaces clears what legitimately differs between the same case read
// from different sources: the label, the input paths and the positions.
func stripPlaces(c *Case) *Case {
	cc := *c
	cc.Label, cc.Inputs = "", nil
	cc.Partners = append([]Partner(nil), c.Partners...)
	for i := range cc.Partners {
		cc.Partners[i].Pos = Pos{}
	}
	cc.Events = append([]Event(nil), c.Events...)
	for i := range cc.Events {
		cc.Events[i].Pos = Pos{}
	}
	cc.Ratings = append([]Rating(nil), c.Ratings...)
	for i := range cc.Ratings {
		cc.Ratings[i].Pos = Pos{}
	}
	cc.Objects = append([]Object(nil), c.Objects...)
	for i := range cc.Objects {
		cc.Objects[i].Pos = Pos{}
	}
	cc.People = append([]Person(nil), c.People...)
	for i := range cc.People {
		cc.People[i].Pos = Pos{}
	}
	cc.Targets = append([]Target(nil), c.Targets...)
	for i := range cc.Targets {
		cc.Targets[i].Pos = Pos{}
	}
	cc.Warnings = append([]Problem(nil), c.Warnings...)
	for i := range cc.Warnings {
		cc.Warnings[i].Pos = Pos{}
	}
	return &cc
}

// TestSamePartnershipFromEverySource reads one partnership written three
// ways — a Belgian Excel CSV export (Windows-1252, ';', Dutch headers,
// dd/mm/yyyy, decimal commas), an English UTF-8 CSV and a workbook with real
// date cells — and expects the same case.
func TestSamePartnershipFromEverySource(t *testing.T) {
	be, ps := readTestdata(t, "belgian")
	mustNoErrors(t, ps)
	en, ps := readTestdata(t, "english")
	mustNoErrors(t, ps)
	wb, ps := readBook(t, gentWorkbook(t))
	mustNoErrors(t, ps)

	// The expected case, written out independently of any reader.
	half := 180.0
	want := &Case{Case: casedata.Case{
		Name: "GBO Gent", Region: "Oost-Vlaanderen", Language: "nl", Coordinator: "OCMW-Gent",
		AsOf: day(2024, 6, 30), Depth: DepthConfig{HalfLife: &half},
		Partners: []Partner{
			{ID: "CAW-Oost", Name: "CAW Oost-Vlaanderen", Sector: "CAW", Core: true, Municipality: "Gent", Attrs: map[string]string{"regio": "Oost"}},
			{ID: "OCMW-Gent", Name: "OCMW Gent", Sector: "OCMW", Core: true, Municipality: "Gent", Attrs: map[string]string{"regio": "Oost"}},
			{ID: "DMW-CM", Name: "Dienst Maatschappelijk Werk CM", Sector: "DMW", Core: true, Municipality: "Gent", Attrs: map[string]string{"regio": "Oost"}},
			{ID: "Samenlevingsopbouw", Name: "Samenlevingsopbouw Gent", Sector: "opbouwwerk", Municipality: "Gent", Attrs: map[string]string{"regio": "Oost"}},
			{ID: "HvK-Gent", Name: "Huis van het Kind Geïntegreerd", Sector: "gezin", Municipality: "Gent", Attrs: map[string]string{"regio": "Oost"}},
			{ID: "Café-Zoë", Name: "Sociaal Café Zoë", Sector: "armoede", Municipality: "Merelbeke", Attrs: map[string]string{"regio": "Oost"}},
		},
		Events: []Event{
			{Date: day(2024, 3, 15), From: "CAW-Oost", With: []string{"OCMW-Gent", "DMW-CM"}, Kind: "case_consultation", Rung: 4, Object: "rechtenverkenning", People: []string{"p1", "p2"}, Count: 2},
			{Date: day(2024, 4, 5), From: "OCMW-Gent", With: []string{"Samenlevingsopbouw"}, Kind: "referral", Rung: 3, People: []string{"p2"}, Count: 1},
			{Date: day(2024, 5, 20), From: "HvK-Gent", With: []string{"Café-Zoë", "CAW-Oost"}, Kind: "introduction", Rung: 1, Object: "gezinnen03", Count: 1},
		},
		Ratings: []Rating{
			{From: "CAW-Oost", To: "OCMW-Gent", Depth: 4, Trust: 3, Value: 4, Weight: 1.5},
			{From: "OCMW-Gent", To: "CAW-Oost", Depth: 3, Trust: 3, Value: 3, Weight: 2},
		},
		Objects: []Object{
			{ID: "rechtenverkenning", Name: "Rechtenverkenning", Origin: "stuurgroep", Description: "Samen rechten nagaan"},
			{ID: "gezinnen03", Name: "Gezinnen 0-3 jaar", Origin: "werkgroep", Description: "Gezinnen met kinderen van 0-3 jaar in armoede"},
		},
		People: []Person{
			{ID: "p1", Partner: "CAW-Oost", Role: "maatschappelijk werker", Name: "Anaïs"},
			{ID: "p2", Partner: "OCMW-Gent", Role: "sociaal assistent", Name: "Zoë"},
		},
		Targets: []Target{
			{A: "sector:CAW", B: "sector:OCMW", Depth: 4},
			{A: "HvK-Gent", B: "Café-Zoë", Depth: 2},
		},
		HasPeople: true,
	}}
	for name, got := range map[string]*Case{"belgian CSV": be, "english CSV": en, "workbook": wb} {
		if g := stripPlaces(got); !reflect.DeepEqual(g, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, g, want)
		}
	}
}

func TestPositionsAndInputs(t *testing.T) {
	c, _ := readTestdata(t, "belgian")
	abs, _ := filepath.Abs(filepath.Join("testdata", "belgian"))
	if len(c.Inputs) != 7 {
		t.Errorf("inputs = %v", c.Inputs)
	}
	for _, in := range c.Inputs {
		if !filepath.IsAbs(in) || filepath.Dir(in) != abs {
			t.Errorf("input %q is not an absolute path in %s", in, abs)
		}
	}
	want := Pos{File: filepath.Join("testdata", "belgian", "interactions.csv"), Line: 4, Col: 2}
	if got := c.Events[2].Pos; got != want {
		t.Errorf("third event at %+v, want %+v", got, want)
	}
	if got := c.Partners[4].Pos; got.Line != 6 || got.Col != 1 {
		t.Errorf("fifth partner at %+v", got)
	}
	if c.Label != filepath.Join("testdata", "belgian") {
		t.Errorf("label %q", c.Label)
	}
	wb := gentWorkbook(t)
	c, _ = readBook(t, wb)
	if len(c.Inputs) != 1 || c.Inputs[0] != wb {
		t.Errorf("workbook inputs = %v", c.Inputs)
	}
	// The empty row 6 of the partners sheet is skipped; row numbers stay.
	if got := c.Partners[4].Pos; got != (Pos{File: wb + ":Partners", Line: 7, Col: 1}) {
		t.Errorf("workbook partner at %+v", got)
	}
}

func TestBOMAndTabs(t *testing.T) {
	c, ps := readTestdata(t, "bom")
	mustNoErrors(t, ps)
	if c.Partners[0].ID != "CAW-Oost" || c.Partners[2].ID != "Café-Zoë" {
		t.Errorf("partners %+v", c.Partners)
	}
	if len(c.Events) != 2 || c.Events[1].From != "Café-Zoë" || c.Events[1].Rung != 2 || c.Events[0].Kind != "introduction" {
		t.Errorf("events %+v", c.Events)
	}
}

// TestLinesAfterMultiLineField: a quoted note spans lines 2-4, so the bad
// date is on physical line 5 (record 3), and later events keep their lines.
func TestLinesAfterMultiLineField(t *testing.T) {
	c, ps := readTestdata(t, "multiline")
	errs := ps.Errors()
	if len(errs) != 1 || errs[0].Code != "impossible_date" || errs[0].Pos.Line != 5 || errs[0].Pos.Col != 1 ||
		baseFile(errs[0].Pos) != "interactions.csv" {
		t.Fatalf("problems %v", ps)
	}
	if len(c.Events) != 2 || c.Events[0].Pos.Line != 2 || c.Events[1].Pos.Line != 6 {
		t.Errorf("event lines %+v", c.Events)
	}
}

func TestNoteColumnsAreNeverRead(t *testing.T) {
	files := with(minimal(), "interactions.csv", "date,from,with,kind,note,Opmerking\n2024-01-10,A,B,1,secret one,secret two\n2024-01-11,C,A,1,,\n")
	files = with(files, "partners.csv", "id,sector,notes,colour\nA,CAW,secret three,red\nB,OCMW,,blue\nC,x,,green\n")
	c, ps := readMap(files, fakeOptions)
	mustNoErrors(t, ps)
	if len(ps) != 0 {
		t.Errorf("note columns drew problems: %v", ps)
	}
	dump := strings.ToLower(strings.Join([]string{fmtCase(c)}, ""))
	if strings.Contains(dump, "secret") {
		t.Errorf("a note travelled into the case: %s", dump)
	}
	if c.Partners[0].Attrs["colour"] != "red" || len(c.Partners[0].Attrs) != 1 {
		t.Errorf("attrs %v", c.Partners[0].Attrs)
	}
}

func fmtCase(c *Case) string { return strings.ReplaceAll(strings.TrimSpace(sprint(c)), "\n", " ") }

func TestDefaults(t *testing.T) {
	_, ps := readMap(minimal(), Options{})
	// Without a vocabulary only rung numbers are kinds.
	if got := only(ps, "unknown_kind"); len(got) != 2 {
		t.Errorf("fallback vocabulary: %v", ps)
	}
	c, ps := readMap(with(minimal(), "interactions.csv", "date,from,with,kind\n2024-01-10,A,B,3\n2024-02-01,B,C|A,5\n"), Options{})
	mustNoErrors(t, ps)
	e := c.Events[1]
	if e.Kind != "integration" || e.Rung != 5 || e.Count != 1 || e.Object != "" || e.People != nil {
		t.Errorf("event defaults %+v", e)
	}
	p := c.Partners[0]
	if p.Name != "Alpha" || !p.Core || c.Partners[2].Core || p.Attrs != nil {
		t.Errorf("partner defaults %+v", c.Partners)
	}
	if !c.AsOf.IsZero() || c.HasPeople || c.Language != "" {
		t.Errorf("case defaults %+v", c)
	}
	c, _ = readMap(minimal(), Options{Vocabulary: newFakeVocabulary, AsOf: time.Date(2024, 1, 20, 15, 4, 0, 0, time.UTC)})
	if !c.AsOf.Equal(day(2024, 1, 20)) {
		t.Errorf("as_of override %v", c.AsOf)
	}
	if w := only(c.Warnings, "event_after_asof"); len(w) != 1 || w[0].Pos.Line != 3 || w[0].Pos.Col != 1 || w[0].Args[0] != "2024-02-01" {
		t.Errorf("as_of warning %v", c.Warnings)
	}
}

func TestLongListsStayDistinct(t *testing.T) {
	var p, w strings.Builder
	p.WriteString("id,sector\n")
	for i := 0; i < 150; i++ {
		fmt.Fprintf(&p, "P%d,x\n", i)
		fmt.Fprintf(&w, "P%d|P%d|", i, i%70)
	}
	files := map[string]string{"partners.csv": p.String(),
		"interactions.csv": "date,from,with,kind,people\n2024-01-01,P0,\"" + w.String() + "\",1,\"" + w.String() + "\"\n"}
	// 301 names in the list (the limit counts names as written, before
	// they are told apart).
	c, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, MaxEventPartners: 400})
	if len(c.Events) != 1 || len(c.Events[0].With) != 149 || len(c.Events[0].People) != 150 {
		t.Fatalf("events %d, problems %v", len(c.Events), ps)
	}
	if len(only(ps, "self_tie")) != 1 {
		t.Errorf("self tie: %v", ps)
	}
}

func TestVocabularyPanicIsAProblem(t *testing.T) {
	_, ps := readMap(with(minimal(), "case.toml", "[depth]\nhalf_life = 1.0\n"), Options{Vocabulary: func(d DepthConfig) (Vocabulary, error) {
		if d.HalfLife != nil {
			panic("boom")
		}
		return newFakeVocabulary(d)
	}})
	if p := only(ps, "bad_depth_model"); len(p) != 1 || p[0].Pos.Line != 1 || len(ps) != 1 {
		t.Errorf("%v", ps)
	}
}

// TestCaseDepthTableReachesTheVocabulary: kinds added in case.toml's
// [depth] table (short and long form) or in a workbook's case sheet are
// handed to Options.Vocabulary, so events may use them.
func TestCaseDepthTableReachesTheVocabulary(t *testing.T) {
	events := "date,from,with,kind\n2024-01-10,A,B,huisbezoek\n2024-01-11,B,C,Warm Contact\n2024-01-12,C,A,warm_contact\n"
	toml := "[depth]\nthreshold = 0.75\nkinds.huisbezoek = 3\n[depth.kinds.warm_contact]\nrung = 2\naliases = [\"warm contact\"]\n"
	c, ps := readMap(with(with(minimal(), "interactions.csv", events), "case.toml", toml), fakeOptions)
	mustNoErrors(t, ps)
	check := func(name string, c *Case) {
		if c.Depth.Threshold == nil || *c.Depth.Threshold != 0.75 || c.Depth.Kinds["huisbezoek"].Rung != 3 {
			t.Errorf("%s: depth %+v", name, c.Depth)
		}
		var got []string
		for _, e := range c.Events {
			got = append(got, fmt.Sprintf("%s/%d", e.Kind, e.Rung))
		}
		if strings.Join(got, " ") != "huisbezoek/3 warm_contact/2 warm_contact/2" {
			t.Errorf("%s: kinds %v", name, got)
		}
	}
	check("case.toml", c)
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "d.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", "OCMW"}, {"C", "x"}}},
		{"interactions", [][]any{{"date", "from", "with", "kind"}, {day(2024, 1, 10), "A", "B", "huisbezoek"},
			{day(2024, 1, 11), "B", "C", "Warm Contact"}, {day(2024, 1, 12), "C", "A", "warm_contact"}}},
		{"case", [][]any{{"depth.threshold", 0.75}, {"depth.kinds.huisbezoek", 3}, {"depth.kinds.warm_contact.rung", 2},
			{"depth.kinds.warm_contact.aliases", `["warm contact"]`}, {"depth.combine", "mean"}, {"Depth.Kleur", `rood "x"`}}},
	})
	c, ps = readBook(t, path)
	mustNoErrors(t, ps)
	check("case sheet", c)
	if c.Depth.Combine != "mean" {
		t.Errorf("combine %q", c.Depth.Combine)
	}
	// At the key's cell, as typed (reader_findings_test.go).
	if w := only(ps, "unknown_key"); len(w) != 1 || w[0].Args[0] != "Depth.Kleur" || w[0].Pos.Line != 6 || w[0].Pos.Col != 1 {
		t.Errorf("unknown depth key: %v", ps)
	}
}
