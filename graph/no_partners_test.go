package graph

import "testing"

// A partners table with a header and no rows (an empty template) is an
// error at its first data line, not an analysis of nobody.
func TestNoPartnersIsAnError(t *testing.T) {
	_, ps := readMap(map[string]string{
		"partners.csv":     "id,sector,name\n",
		"interactions.csv": "date,from,with,kind\n",
	}, fakeOptions)
	p := one(t, ps, "no_partners")
	if p.Severity != Error || p.Pos.Line != 2 {
		t.Errorf("%v", p)
	}
}
