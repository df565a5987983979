package graph

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// caseSheetReader is a reader of one case sheet's rows, as Read makes it.
func caseSheetReader() *reader {
	return &reader{lim: newLimits(Options{}), counts: map[capKey]int{}, caseKeys: map[string]Pos{}, c: &Case{}}
}

// TestCaseSheetKeysFollowTheCatalogue: the keys the case sheet lists (for
// suggestions and the README) hold labels.core, .person and .rungs in
// every language of the catalogue and target_rung in none; every key of
// a language is read, and a mistyped one is told the key of the language
// it is closest to; a plain key typed with a decomposed accent
// ("re"+U+0301+"gion") is région.
func TestCaseSheetKeysFollowTheCatalogue(t *testing.T) {
	for _, k := range []string{"core", "person", "rungs"} {
		for _, lang := range locale.Languages() {
			if !slices.Contains(caseSheetKeyList(), "labels."+k+"."+lang) {
				t.Errorf("caseSheetKeyList lacks labels.%s.%s: %v", k, lang, caseSheetKeyList())
			}
		}
	}
	for _, k := range caseSheetKeyList() {
		if strings.HasPrefix(k, "labels.target_rung.") {
			t.Errorf("caseSheetKeyList has %s", k)
		}
	}
	for _, lang := range locale.Languages() {
		r := caseSheetReader()
		var cs caseSheetRows
		r.caseSheetRow(&cs, "labels.core."+lang, "Noyau|Noyaux", Pos{File: "b.xlsx:case", Line: 2, Col: 2}, true)
		r.finishCaseSheet(&cs)
		if one, many, ok := r.c.Labels.CoreName(lang); len(r.probs) > 0 || !ok || one+many != "NoyauNoyaux" {
			t.Errorf("labels.core.%s: %q %q %v, problems %v", lang, one, many, ok, r.probs)
		}
	}
	for typed, want := range map[string]string{
		"labels.core.fe":   "labels.core.fr",
		"labels.person.fx": "labels.person.fr",
		"labels.rungs.nk":  "labels.rungs.nl",
	} {
		r := caseSheetReader()
		var cs caseSheetRows
		r.caseSheetRow(&cs, typed, "a|b", Pos{File: "b.xlsx:case", Line: 3, Col: 2}, true)
		if len(r.probs) != 1 || r.probs[0].Code != "case_key_unknown" || r.probs[0].Suggest != want {
			t.Errorf("%s: problems %+v, want case_key_unknown suggesting %s", typed, r.probs, want)
		}
	}
	r := caseSheetReader()
	var cs caseSheetRows
	r.caseSheetRow(&cs, " Re\u0301gion ", "Bruxelles-Capitale", Pos{File: "b.xlsx:case", Line: 4, Col: 2}, true)
	if len(r.probs) > 0 || r.c.Region != "Bruxelles-Capitale" {
		t.Errorf("région in NFD: region %q, problems %v", r.c.Region, r.probs)
	}
}

// TestTargetsNameSectorsInFrench: a target names a sector as
// "secteur:NAME" as well as "sector:NAME" (any case, spaces after the
// colon), read as the same "sector:NAME" the partners spell; a partner
// id is still a partner.
func TestTargetsNameSectorsInFrench(t *testing.T) {
	files := cascadeCase("id,nom,secteur\na,Alpha,CAW\nb,Beta,CPAS\nc,Gamma,mutualités\n", goodObjects, goodPeople)
	files["targets.csv"] = "a,b,profondeur\nsecteur:caw,SECTEUR: cpas,3\nSector:CPAS,secteur:Mutualités,2\nsecteur:CAW,c,4\na,b,5\n"
	c, ps := readMap(files, fakeOptions)
	for _, p := range ps {
		if p.Code != "unknown_partner" || p.Args[0] != "zz" { // cascadeCase's own
			t.Errorf("problem %v", p)
		}
	}
	var got []string
	for _, tg := range c.Targets {
		got = append(got, fmt.Sprintf("%s-%s:%d", tg.A, tg.B, tg.Depth))
	}
	want := "[sector:CAW-sector:CPAS:3 sector:CPAS-sector:mutualités:2 sector:CAW-c:4 a-b:5]"
	if fmt.Sprint(got) != want {
		t.Errorf("targets %v, want %s", got, want)
	}
}
