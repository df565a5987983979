package workbook

// The network workbook in the case's own words (case.toml [labels]): the
// column notes that name the core group or rung 3. The weak-link and
// boundary-object reasons arrive in words (NetWeak.Texts, NetObject.Reasons:
// cmd/gbo/words_analysis.go).

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
