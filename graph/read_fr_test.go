package graph_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/locale"
	"gbo/metrics/depth"
)

// This file reads cases kept in French (Brussels partnerships work in
// French and Dutch) with gbo's own depth model, whose French rung names
// and kind aliases resolve the French events and ratings.

// realModel reads with the default depth model of metrics/depth.
var realModel = graph.Options{Vocabulary: func(d graph.DepthConfig) (graph.Vocabulary, error) {
	return depth.NewModel(d)
}}

// readWith reads the case at path with the real model.
func readWith(t *testing.T, path string) (*graph.Case, graph.Problems) {
	t.Helper()
	src, err := graph.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return graph.Read(src, realModel)
}

// placeless is c without what differs between sources of one case (label,
// inputs, positions) and with the language set aside.
func placeless(c *graph.Case) *graph.Case {
	cc := *c
	cc.Label, cc.Inputs, cc.Language = "", nil, ""
	cc.Partners = append([]graph.Partner(nil), c.Partners...)
	for i := range cc.Partners {
		cc.Partners[i].Pos = graph.Pos{}
	}
	cc.Events = append([]graph.Event(nil), c.Events...)
	for i := range cc.Events {
		cc.Events[i].Pos = graph.Pos{}
	}
	cc.Ratings = append([]graph.Rating(nil), c.Ratings...)
	for i := range cc.Ratings {
		cc.Ratings[i].Pos = graph.Pos{}
	}
	cc.Objects = append([]graph.Object(nil), c.Objects...)
	for i := range cc.Objects {
		cc.Objects[i].Pos = graph.Pos{}
	}
	cc.People = append([]graph.Person(nil), c.People...)
	for i := range cc.People {
		cc.People[i].Pos = graph.Pos{}
	}
	cc.Targets = append([]graph.Target(nil), c.Targets...)
	for i := range cc.Targets {
		cc.Targets[i].Pos = graph.Pos{}
	}
	cc.Warnings = append([]graph.Problem(nil), c.Warnings...)
	for i := range cc.Warnings {
		cc.Warnings[i].Pos = graph.Pos{}
	}
	return &cc
}

func mustClean(t *testing.T, name string, ps graph.Problems) {
	t.Helper()
	for _, p := range ps {
		t.Errorf("%s: %s", name, p.Message("en"))
	}
}

// frenchWorkbook is the case of testdata/english kept in French in one
// workbook: French sheet names (one in upper case, one without accents),
// French headers, French kinds and rung names, date cells, and a French
// case sheet ("paramètres": clé, valeur).
func frenchWorkbook(t *testing.T) string {
	t.Helper()
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	sheets := []struct {
		name string
		rows [][]any
	}{
		{"Partenaires", [][]any{
			{"identifiant", "nom", "secteur", "partenaire cle", "commune", "regio"},
			{"CAW-Oost", "CAW Oost-Vlaanderen", "CAW", true, "Gent", "Oost"},
			{"OCMW-Gent", "OCMW Gent", "OCMW", nil, "Gent", "Oost"},
			{"DMW-CM", "Dienst Maatschappelijk Werk CM", "DMW", nil, "Gent", "Oost"},
			{"Samenlevingsopbouw", "Samenlevingsopbouw Gent", "opbouwwerk", false, "Gent", "Oost"},
			{"HvK-Gent", "Huis van het Kind Geïntegreerd", "gezin", false, "Gent", "Oost"},
			{"Café-Zoë", "Sociaal Café Zoë", "armoede", nil, "Merelbeke", "Oost"},
		}},
		{"ÉVÉNEMENTS", [][]any{
			{"Date", "De", "Avec", "Type", "Objet-frontière", "Personne", "Nombre", "Remarques"},
			{day(2024, 3, 15), "CAW-Oost", "OCMW-Gent|DMW-CM", "concertation de cas", "rechtenverkenning", "p1|p2", 2, "à ne pas lire"},
			{day(2024, 4, 5), "OCMW-Gent", "Samenlevingsopbouw", "Orientation", nil, "p2"},
			{"20/05/2024", "HvK-Gent", "Café-Zoë|CAW-Oost", "prise de contact", "gezinnen03", nil, 1.0},
		}},
		{"Liens", [][]any{
			{"de", "vers", "profondeur", "confiance", "valeur", "poids"},
			{"CAW-Oost", "OCMW-Gent", 4, 3, 4, 1.5},
			{"OCMW-Gent", "CAW-Oost", "orientation", 3, 3, 2},
		}},
		{"Objets", [][]any{
			{"identifiant", "nom", "provenance", "description"},
			{"rechtenverkenning", "Rechtenverkenning", "stuurgroep", "Samen rechten nagaan"},
			{"gezinnen03", "Gezinnen 0-3 jaar", "werkgroep", "Gezinnen met kinderen van 0-3 jaar in armoede"},
		}},
		{"Personnes", [][]any{
			{"identifiant", "partenaire", "fonction", "nom"},
			{"p1", "CAW-Oost", "maatschappelijk werker", "Anaïs"},
			{"p2", "OCMW-Gent", "sociaal assistent", "Zoë"},
		}},
		{"objectifs", [][]any{
			{"a", "b", "échelon"},
			{"sector:caw", "sector:OCMW", "Concertation"},
			{"HvK-Gent", "Café-Zoë", 2},
		}},
		{"Parametres", [][]any{
			{"clé", "valeur"},
			{"nom", "GBO Gent"},
			{"région", "Oost-Vlaanderen"},
			{"date_de_reference", day(2024, 6, 30)},
			{"langue", "fr"},
			{"coordinateur", "OCMW-Gent"},
			{"profondeur.half_life", 180},
		}},
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(s.name, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	path := filepath.Join(t.TempDir(), "cas.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// A case kept in French — a CSV folder (';', dd/mm/yyyy, decimal commas,
// headers in any case, with and without accents, one header in Unicode
// NFD, "’" in "type d’événement", French case.toml keys) and a workbook
// (French sheet and case-sheet names) — reads to the same case as the
// English sample with gbo's depth model, in French: its language is fr.
func TestFrenchCaseReadsAsTheEnglishOne(t *testing.T) {
	en, ps := readWith(t, filepath.Join("testdata", "english"))
	mustClean(t, "english", ps)
	if en.Language != "nl" || len(en.Events) != 3 || en.Events[0].Kind != "case_consultation" {
		t.Fatalf("the English sample changed: %+v", en)
	}
	fr, ps := readWith(t, filepath.Join("testdata", "french"))
	mustClean(t, "french CSV", ps)
	wb, ps := readWith(t, frenchWorkbook(t))
	mustClean(t, "french workbook", ps)
	want := placeless(en)
	for name, got := range map[string]*graph.Case{"french CSV": fr, "french workbook": wb} {
		if got.Language != "fr" {
			t.Errorf("%s: language %q, want fr", name, got.Language)
		}
		if g := placeless(got); !reflect.DeepEqual(g, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, g, want)
		}
	}
}

// case.toml's language is a language of the catalogue, fr among them; any
// other is an error at its value that names every language gbo speaks.
func TestCaseLanguageIsOneOfTheCatalogue(t *testing.T) {
	base := map[string]string{
		"partners.csv":     "id,sector\nA,CAW\nB,OCMW\n",
		"interactions.csv": "date,from,with,kind\n2024-01-10,A,B,orientation\n",
	}
	for _, tc := range []struct{ lang, want string }{{"fr", "fr"}, {"FR", "fr"}, {"fr-BE", "fr"}, {"nl", "nl"}, {"en", "en"}} {
		dir := t.TempDir()
		files := map[string]string{"case.toml": "language = \"" + tc.lang + "\"\n"}
		for k, v := range base {
			files[k] = v
		}
		writeFiles(t, dir, files)
		c, ps := readWith(t, dir)
		mustClean(t, tc.lang, ps)
		if c.Language != tc.want {
			t.Errorf("language %q read as %q, want %q", tc.lang, c.Language, tc.want)
		}
	}
	dir := t.TempDir()
	files := map[string]string{"case.toml": "name = \"x\"\nlanguage = \"de\"\n"}
	for k, v := range base {
		files[k] = v
	}
	writeFiles(t, dir, files)
	_, ps := readWith(t, dir)
	errs := ps.Errors()
	if len(errs) != 1 || errs[0].Code != "bad_language" || errs[0].Pos.Line != 2 || errs[0].Pos.Col != 12 {
		t.Fatalf("want one bad_language at 2:12, got %v", errs)
	}
	for _, lang := range []string{"en", "fr", "nl"} {
		msg := errs[0].Message(lang)
		// "en, fr or nl" in the message's language, from the catalogue.
		for _, name := range []string{`"de"`, locale.List(lang)} {
			if !strings.Contains(msg, name) {
				t.Errorf("%s message lacks %s: %s", lang, name, msg)
			}
		}
		if strings.Contains(msg, "[[") || strings.Contains(msg, "%!") {
			t.Errorf("%s message is broken: %s", lang, msg)
		}
	}
}

// writeFiles writes files (name -> text) into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
