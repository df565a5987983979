package main

import (
	"gbo/graph"
	"gbo/render/report"
)

// noteNoCore is the code gbo weak --format json gives in "notes" when no
// partner is core: missing_core_pairs and isolated_externals are then
// empty because the findings about the core are left out, not because
// the core is well connected.
const noteNoCore = "no_core"

// reportWords are the case's [labels] in lang, for the report.
func reportWords(l graph.Labels, lang string) report.Words {
	var w report.Words
	w.CoreOne, w.Core, _ = l.CoreName(lang)
	w.PersonOne, w.Person, _ = l.PersonName(lang)
	for r := range 6 {
		w.Rungs[r], _ = l.RungName(r, lang)
	}
	w.Target = l.Target
	return w
}

// rungName is the name of rung r in lang: the case's own ([labels]
// rungs), or the catalogue's (analysisRung).
func rungName(c *graph.Case, r int, lang string) string {
	if c != nil {
		if n, ok := c.Labels.RungName(r, lang); ok {
			return n
		}
	}
	return analysisRung(r, lang)
}
