package boundary

import "fmt"

// Words are a case's own names (case.toml [labels]) for what the reasons
// name, already in the language of the text: an empty field keeps GBO's
// word.
type Words struct {
	// Core names the core group ("responding agencies"), CoreOne one
	// member of it ("responding agency"); GBO's: core partners.
	Core, CoreOne string
	// Rung3 is the name of rung 3, the depth a boundary object must reach
	// (GBO's: referral).
	Rung3 string
}

// wordTexts are the reasons that name the core group or rung 3, with the
// case's word in place of GBO's (%s; below_rung: %d the rung, %s the name).
var wordTexts = map[string][2]string{
	CodeCoreExternal: {"%s and external partners meet on it", "%s en externe partners vinden elkaar erin"},
	CodeNoCore:       {"no %s takes part", "geen %s neemt deel"},
	CodeCaseNoCore:   {"cannot be judged: the case has no %s", "niet te beoordelen: de gegevens hebben geen %s"},
	CodeBelowRung:    {"stays at rung %d, below %s (3)", "blijft op trede %d, onder %s (3)"},
}

// TextWords is TextIn in the case's own words: core_external, no_core,
// case_no_core and below_rung name the core group and rung 3 as w does; every other reason,
// and a word w leaves empty, reads as TextIn.
func (r Reason) TextWords(lang, objects string, w Words) string {
	t, ok := wordTexts[r.Code]
	if !ok {
		return r.TextIn(lang, objects)
	}
	i := 0
	if lang == "nl" {
		i = 1
	}
	switch r.Code {
	case CodeCoreExternal:
		if w.Core != "" {
			return fmt.Sprintf(t[i], w.Core)
		}
	case CodeNoCore, CodeCaseNoCore:
		if w.CoreOne != "" {
			return fmt.Sprintf(t[i], w.CoreOne)
		}
	case CodeBelowRung:
		if w.Rung3 != "" {
			return fmt.Sprintf(t[i], r.N, w.Rung3)
		}
	}
	return r.TextIn(lang, objects)
}
