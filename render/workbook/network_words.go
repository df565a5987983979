package workbook

import (
	"gbo/metrics/boundary"
)

// The network workbook in the case's own words (case.toml [labels]): the
// column notes that name the core group or rung 3, the weak-link reasons
// and the boundary-object reasons.

// reasonText says the weak-link reason code in lang: n.WeakText's words
// where set, else the catalogue's (weakReasonWords).
func (n Network) reasonText(code, lang string) string {
	if n.WeakText != nil {
		return n.WeakText(code)
	}
	return weakReasonWords(code, lang)
}

// objectText says the boundary-object reason r in lang, naming the case's
// core group and rung 3 where it has its own (objectReasonText).
func (n Network) objectText(r boundary.Reason, lang string) string {
	return objectReasonText(r, lang, n.objectsList(), objectNames{Core: n.Core, CoreOne: n.CoreOne, Rung3: n.ownRung3(lang)})
}

// ownRung3 is the case's name of rung 3 in lang, or "" where it is the
// catalogue's (rungWord).
func (n Network) ownRung3(lang string) string {
	if r := n.Rungs[3]; r != rungWord(3, lang) {
		return r
	}
	return ""
}

// ownHelp is the note of column c of sheet id (partner, tie, weak,
// object) in lang, in the case's words where the note names the core group
// or rung 3 and the case names them itself, with the case's input named
// (inputName) where the note names it.
func (n Network) ownHelp(id string, c netCol, lang string) string {
	switch {
	case id == "partner" && c.key == "core" && n.CoreOne != "":
		return word(lang, "core_help_own", n.CoreOne)
	case id == "object" && c.key == "verdict" && (n.Core != "" || n.ownRung3(lang) != ""):
		core := n.Core
		if core == "" {
			core = word(lang, "core_partners")
		}
		return word(lang, "verdict_help_own", core, n.rungName(3, lang))
	case c.input != "":
		return word(lang, "net_"+id+"_"+c.key+"_help", n.inputName(c.input, lang))
	}
	return word(lang, "net_"+id+"_"+c.key+"_help")
}
