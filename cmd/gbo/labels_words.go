package main

import (
	"strconv"

	"gbo/graph"
	"gbo/metrics/flags"
	"gbo/render/mapview"
)

// coreGroup is the case's name of the core group (plural) in lang, or ""
// when the case keeps GBO's "core partners".
func coreGroup(c *graph.Case, lang string) string {
	if c == nil {
		return ""
	}
	_, many, ok := c.Labels.CoreName(lang)
	if !ok {
		return ""
	}
	return many
}

// rungNames are the names of rungs 0-5 in lang: the case's, or the model's.
func rungNames(c *graph.Case, lang string) [6]string {
	var out [6]string
	for r := range out {
		out[r] = rungName(c, r, lang)
	}
	return out
}

// rungOf is names[r] (names from rungNames, said once before a loop over
// ties), or r's digits for a rung outside 0-5, as rungName says it.
func rungOf(names [6]string, r int) string {
	if r < 0 || r >= len(names) {
		return strconv.Itoa(r)
	}
	return names[r]
}

// mapWords are the case's [labels] in lang for the map: its core word and
// rung names ("" where the case keeps GBO's).
func mapWords(c *graph.Case, lang string) mapview.Words {
	var w mapview.Words
	if c == nil {
		return w
	}
	w.Core, _, _ = c.Labels.CoreName(lang)
	for r := range w.Rungs {
		w.Rungs[r], _ = c.Labels.RungName(r, lang)
	}
	return w
}

// weakReasonText says a weak-link reason in plain words in lang, in the case's
// words: "two core partners who have not got beyond knowledge sharing"
// names the case's core group and rung 2 when [labels] sets them; every
// other reason is the catalogue's (weakReasonWords).
func weakReasonText(c *graph.Case, code, lang string) string {
	if code != flags.ReasonShallowCore || c == nil || c.Labels.IsDefault() {
		return weakReasonWords(code, lang)
	}
	core := coreGroup(c, lang)
	if core == "" {
		core = tr(lang, "core_partners")
	}
	return tr(lang, "weak_shallow_core_own", core, rungName(c, 2, lang))
}
