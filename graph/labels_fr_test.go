package graph

import "testing"

// [labels] takes a table per language of the catalogue, French among
// them; a language the case leaves out takes the case's English words,
// then its French, then its Dutch; a language gbo does not speak is a
// warning naming the closest one.
func TestLabelsInFrench(t *testing.T) {
	files := with(minimal(), "case.toml", `[labels]
core = {fr = "partenaire clé|partenaires clés", nl = "kernpartner|kernpartners"}
person = {nl = "medewerker|medewerkers", fr = "travailleur|travailleurs"}
rungs = {fr = "aucun|connaître|partager|orienter|concerter|intégrer", de = "a|b|c|d|e|f"}
`)
	c, ps := readMap(files, fakeOptions)
	mustNoErrors(t, ps)
	if one, many, ok := c.Labels.CoreName("fr"); !ok || one != "partenaire clé" || many != "partenaires clés" {
		t.Errorf("fr core: %q %q %v", one, many, ok)
	}
	if one, _, _ := c.Labels.CoreName("en"); one != "partenaire clé" {
		t.Errorf("en core (no English: French first) %q", one)
	}
	if one, _, _ := c.Labels.PersonName("FR-be"); one != "travailleur" {
		t.Errorf("fr-BE person %q", one)
	}
	if n, ok := c.Labels.RungName(4, "nl"); !ok || n != "concerter" {
		t.Errorf("nl rung 4 (French, the only one) %q %v", n, ok)
	}
	w := only(ps, "unknown_key")
	if len(w) != 1 || w[0].Args[0] != "labels.rungs.de" || w[0].Pos.Line != 4 {
		t.Fatalf("want one unknown_key labels.rungs.de at line 4, got %v", ps)
	}
}
