package graph

import (
	"strings"
	"testing"
)

// TestYesNoInEveryLanguage: yes/no cells read in French (oui/non, o/n,
// vrai/faux as French Excel writes them) as in English and Dutch, in any
// case, with spaces around and composed or decomposed; no word means yes
// in one language and no in another; anything else is not yes/no.
func TestYesNoInEveryLanguage(t *testing.T) {
	for s, want := range map[string]bool{
		"oui": true, "Oui": true, "OUI": true, " o ": true, "vrai": true, "VRAI": true, "\u00a0Vrai\u00a0": true,
		"non": false, "NON": false, "Non ": false, "faux": false, "FAUX": false, "n": false,
		"yes": true, "ja": true, "WAAR": true, "x": true, "nee": false, "onwaar": false, "false": false,
	} {
		if b, ok := parseBool(s); !ok || b != want {
			t.Errorf("parseBool(%q) = %v %v, want %v", s, b, ok, want)
		}
	}
	for _, s := range []string{"peut-être", "peut-e\u0301tre", "ouais", "nope", "si", "o/n", ""} {
		if _, ok := parseBool(s); ok {
			t.Errorf("parseBool(%q) accepted", s)
		}
	}
	// A partners table in French: the core column takes French words and
	// refuses one that is none, at its row and column.
	files := cascadeCase("id,nom,secteur,partenaire clé\n"+
		"a,Alpha,buurtwerk,Oui\nb,Beta,CPAS,NON\nc,Gamma,école,vrai\nd,Delta,CAW,faux\ne,Epsilon,x,peut-être\n",
		goodObjects, goodPeople)
	c, ps := readMap(files, fakeOptions)
	var bad []string
	for _, p := range ps.Errors() {
		if p.Code != "unknown_partner" {
			bad = append(bad, p.Code+" "+strings.Join(p.Args, ","))
			if p.Code != "bad_bool" || p.Pos.Line != 6 || p.Pos.Col != 4 {
				t.Errorf("problem %v at %d:%d, want bad_bool at 6:4", p, p.Pos.Line, p.Pos.Col)
			}
		}
	}
	if len(bad) != 1 {
		t.Errorf("errors %v, want one bad_bool", bad)
	}
	core := map[string]bool{}
	for _, p := range c.Partners {
		core[p.ID] = p.Core
	}
	for id, want := range map[string]bool{"a": true, "b": false, "c": true, "d": false} {
		if core[id] != want {
			t.Errorf("partner %s: core %v, want %v", id, core[id], want)
		}
	}
}
