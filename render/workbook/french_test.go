package workbook

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/casedata"
	"gbo/graph/locale"
	"gbo/metrics/depth"
)

// readOptions read a case with the default depth model, as the CLI does.
var readOptions = graph.Options{Vocabulary: func(d graph.DepthConfig) (graph.Vocabulary, error) {
	return depth.NewModel(d)
}}

// roundTripCase holds a value in every column of the template that graph
// reads back.
func roundTripCase() *graph.Case {
	day := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	return &graph.Case{Case: casedata.Case{Name: "Partenariat Bruxelles-Sud", Region: "Bruxelles", AsOf: day, Language: "fr", HasPeople: true,
		Partners: []graph.Partner{
			{ID: "cpas-a", Name: "CPAS Anderlecht", Sector: "OCMW", Core: true, Municipality: "Anderlecht"},
			{ID: "caw-b", Name: "CAW Brussel", Sector: "CAW", Core: true},
			{ID: "ecole-c", Name: "École C", Sector: "enseignement"},
		},
		Events: []graph.Event{
			{Date: day, From: "cpas-a", With: []string{"caw-b", "ecole-c"}, Kind: "case_consultation", Rung: 4, Object: "accueil", People: []string{"p1"}, Count: 2},
			{Date: day, From: "caw-b", With: []string{"ecole-c"}, Kind: "referral", Rung: 3, Count: 1},
		},
		Ratings: []graph.Rating{{From: "cpas-a", To: "caw-b", Depth: 4, Trust: 3, Value: 4, Weight: 1.5}},
		Objects: []graph.Object{{ID: "accueil", Name: "Accueil commun", Origin: "comité de pilotage", Description: "Un trajet partagé"}},
		People:  []graph.Person{{ID: "p1", Partner: "cpas-a", Role: "accueil"}},
		Targets: []graph.Target{{A: "cpas-a", B: "sector:enseignement", Depth: 3}},
	}}
}

// A template in every language of the catalogue — French included — is
// read back by graph as the case it was made from: its sheet names,
// column names, yes/no and kinds are ones the reader accepts.
func TestTemplateReadsBackInEveryLanguage(t *testing.T) {
	want := roundTripCase()
	for _, lang := range locale.Languages() {
		t.Run(lang, func(t *testing.T) {
			var b bytes.Buffer
			if err := Template(&b, templateOf(lang, want)); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if got := f.GetSheetList(); got[0] != word(lang, "instructions") || !slices.Contains(got, word(lang, "sheet_ties")) {
				t.Errorf("sheets %q are not in %s", got, lang)
			}
			f.Close()
			c, ps := graph.Read(graph.OpenMemWorkbook("modele.xlsx", b.Bytes()), readOptions)
			if ps.HasErrors() || c == nil {
				t.Fatalf("the %s template does not read back: %v", lang, ps)
			}
			for _, p := range ps {
				t.Logf("%s: %v", lang, p)
			}
			if c.Name != want.Name || c.Region != want.Region || !c.AsOf.Equal(want.AsOf) {
				t.Errorf("case sheet: %q %q %v", c.Name, c.Region, c.AsOf)
			}
			if len(c.Partners) != 3 || !c.Partners[0].Core || !c.Partners[1].Core || c.Partners[2].Core ||
				c.Partners[0].Municipality != "Anderlecht" || c.Partners[2].Sector != "enseignement" {
				t.Errorf("partners %+v", c.Partners)
			}
			if len(c.Events) != 2 || c.Events[0].Kind != "case_consultation" || c.Events[0].Count != 2 ||
				c.Events[0].Object != "accueil" || !slices.Equal(c.Events[0].People, []string{"p1"}) ||
				!slices.Equal(c.Events[0].With, []string{"caw-b", "ecole-c"}) || c.Events[1].Rung != 3 {
				t.Errorf("events %+v", c.Events)
			}
			if len(c.Ratings) != 1 || c.Ratings[0].Depth != 4 || c.Ratings[0].Trust != 3 || c.Ratings[0].Value != 4 || c.Ratings[0].Weight != 1.5 {
				t.Errorf("ratings %+v", c.Ratings)
			}
			if len(c.Objects) != 1 || c.Objects[0].Origin != "comité de pilotage" || len(c.People) != 1 || c.People[0].Role != "accueil" ||
				len(c.Targets) != 1 || c.Targets[0].Depth != 3 {
				t.Errorf("objects %+v people %+v targets %+v", c.Objects, c.People, c.Targets)
			}
		})
	}
}

// A French survey form, filled in, is read back by graph's survey reader
// with its answers; its instructions are French.
func TestFrenchSurveyFormReadsBack(t *testing.T) {
	c := surveyCase()
	var b bytes.Buffer
	if err := SurveyForm(&b, surveyOf("fr", c, "ocmw-a", testKey)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	info, ratings := sheets[0], sheets[1]
	ins, _ := f.GetCellValue(info, "A1")
	if ins != locale.T("fr", "workbook.survey_title") {
		t.Errorf("instructions begin %q", ins)
	}
	rows, _ := f.GetRows(ratings)
	sw := graph.SurveyFormWords("fr")
	if info != sw.Instructions || ratings != sw.Ratings || rows[0][3] != sw.Columns[graph.SurveyColRung] {
		t.Errorf("sheets %q, header %q: not graph's French names", sheets, rows[0])
	}
	// Answer the first partner at rung 3, trust 4, value 2.
	if err := f.SetCellStr(ratings, "D2", sw.Rungs[3]); err != nil {
		t.Fatal(err)
	}
	_ = f.SetCellInt(ratings, "E2", 4)
	_ = f.SetCellInt(ratings, "F2", 2)
	dir := t.TempDir()
	if err := f.SaveAs(filepath.Join(dir, "ocmw-a.xlsx")); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, ps := graph.ReadSurveyForms(dir, testKey, readOptions)
	if ps.HasErrors() || res == nil {
		t.Fatalf("the French form does not read back: %v", ps)
	}
	got := res.Ratings
	if len(got) != 1 || got[0].From != "ocmw-a" || got[0].To != rows[1][0] || got[0].Depth != 3 || got[0].Trust != 4 || got[0].Value != 2 {
		t.Errorf("ratings read back %+v", got)
	}
	_ = os.RemoveAll(dir)
}

// Nothing English or Dutch of the catalogue's workbook words is in a
// French template's instructions and headers.
func TestFrenchTemplateSaysNoEnglishOrDutch(t *testing.T) {
	var b bytes.Buffer
	if err := Template(&b, templateOf("fr", roundTripCase())); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var text strings.Builder
	for _, s := range f.GetSheetList() {
		rows, _ := f.GetRows(s)
		for _, r := range rows {
			text.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	all := text.String()
	for _, k := range []string{"instr_title", "instr_fill", "instr_no_client", "instr_ladder", "col_partners_name", "col_ties_trust", "lists"} {
		if !strings.Contains(all, word("fr", k)) {
			t.Errorf("French template lacks %s %q", k, word("fr", k))
		}
		for _, other := range []string{"en", "nl"} {
			if w := word(other, k); len(w) > 4 && strings.Contains(all, w) {
				t.Errorf("French template says %s %q", other, w)
			}
		}
	}
	if !strings.Contains(all, locale.T("fr", "analysis.rung.4")) {
		t.Errorf("French template lacks the French rung name %q", locale.T("fr", "analysis.rung.4"))
	}
}
