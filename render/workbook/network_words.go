package workbook

import (
	"fmt"

	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
)

// The network workbook in the case's own words (case.toml [labels]): the
// column notes that name the core group or rung 3, the weak-link reasons
// and the boundary-object reasons.

// reasonText says the weak-link reason code in lang: n.WeakText's words
// where set, else flags.ReasonText's.
func (n Network) reasonText(code, lang string) string {
	if n.WeakText != nil {
		return n.WeakText(code)
	}
	return flags.ReasonText(code, lang)
}

// objectText says the boundary-object reason r in lang, naming the case's
// core group and rung 3 where it has its own (boundary.Reason.TextWords).
func (n Network) objectText(r boundary.Reason, lang string) string {
	return r.TextWords(lang, n.objectsList(), boundary.Words{Core: n.Core, CoreOne: n.CoreOne, Rung3: n.ownRung3(lang)})
}

// ownRung3 is the case's name of rung 3 in lang, or "" where it is the
// model's (depth.RungName).
func (n Network) ownRung3(lang string) string {
	if r := n.Rungs[3]; r != depth.RungName(3, lang) {
		return r
	}
	return ""
}

// ownHelp is the note of column c of sheet (the sheet's English name) in
// the case's words where the note names the core group or rung 3 and the
// case names them itself; else c's own note, in the language nl says.
func (n Network) ownHelp(sheet string, c netCol, nl bool) string {
	help := pickLang(nl, c.helpEN, c.helpNL)
	switch {
	case sheet == "Partners" && c.key == "core" && n.CoreOne != "":
		return pickLang(nl, fmt.Sprintf("TRUE for a %s of the partnership.", n.CoreOne),
			fmt.Sprintf("WAAR voor een %s van het samenwerkingsverband.", n.CoreOne))
	case sheet == "Boundary objects" && c.key == "verdict" && (n.Core != "" || n.ownRung3(pickLang(nl, "en", "nl")) != ""):
		core := n.Core
		if core == "" {
			core = pickLang(nl, "core partners", "kernpartners")
		}
		rung3 := n.rungName(3, pickLang(nl, "en", "nl"))
		return pickLang(nl,
			fmt.Sprintf("boundary object (brings at least 3 partners from 2 sectors, %s and external partners among them, to %s or deeper), candidate, local or unused.", core, rung3),
			fmt.Sprintf("grensobject (brengt minstens 3 partners uit 2 sectoren, %s en externe partners onder hen, tot %s of dieper samen), kandidaat, lokaal of ongebruikt.", core, rung3))
	}
	return help
}
