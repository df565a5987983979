package workbook

import (
	"fmt"

	"gbo/graph/locale"
	"gbo/metrics/boundary"
)

// The analysis in words. metrics returns codes and numbers (weak-link
// reason codes, boundary.Reason); these functions say them in lang with
// the catalogue's analysis.* messages (graph/locale/messages/analysis.LANG.toml),
// as cmd/gbo's words_analysis.go does for the commands.

// weakReasonWords says the weak-link reason code in plain words in lang
// (analysis.reason.CODE); an unknown code is itself.
func weakReasonWords(code, lang string) string {
	if k := "analysis.reason." + code; locale.Has(k) {
		return locale.T(lang, k)
	}
	return code
}

// weakReasonLabel is the weak-link reason code's short name for a column
// in lang (analysis.reason_label.CODE: the code itself in English); an
// unknown code is itself.
func weakReasonLabel(code, lang string) string {
	if k := "analysis.reason_label." + code; locale.Has(k) {
		return locale.T(lang, k)
	}
	return code
}

// analysisFill is key's message in lang with args put in by fmt alone:
// for messages whose arguments are a case's own words, which no plural
// rule may rewrite.
func analysisFill(lang, key string, args ...any) string {
	s, ok := locale.Raw(lang, key)
	if !ok {
		return locale.Missing(key)
	}
	return fmt.Sprintf(s, args...)
}

// objectNames are a case's own names (case.toml [labels]) for what the
// boundary-object reasons name, already in lang; "" keeps the catalogue's:
// Core the core group, CoreOne one member of it, Rung3 rung 3.
type objectNames struct {
	Core, CoreOne, Rung3 string
}

// objectReasonText says the boundary-object reason r in lang
// (analysis.boundary.CODE): a count takes the form the language's plural
// rule gives it; not_in_objects names the list as objects says it, or in
// general words when objects is ""; core_external, no_core, case_no_core
// and below_rung name the core group and rung 3 as w does. An unknown code
// is itself.
func objectReasonText(r boundary.Reason, lang, objects string, w objectNames) string {
	const k = "analysis.boundary."
	switch {
	case r.Code == boundary.CodeCoreExternal && w.Core != "":
		return analysisFill(lang, k+"core_external_named", w.Core)
	case (r.Code == boundary.CodeNoCore || r.Code == boundary.CodeCaseNoCore) && w.CoreOne != "":
		return analysisFill(lang, k+r.Code+"_named", w.CoreOne)
	case r.Code == boundary.CodeBelowRung && w.Rung3 != "":
		return analysisFill(lang, k+"below_rung_named", r.N, w.Rung3)
	case r.Code == boundary.CodeFewPartners && r.N == 0:
		return locale.T(lang, k+"few_partners_none")
	case r.Code == boundary.CodeNotInObjects:
		if objects == "" {
			objects = locale.T(lang, k+"objects_list")
		}
		return analysisFill(lang, k+r.Code, objects)
	case r.Code == boundary.CodeSpansSectors || r.Code == boundary.CodeManyPartners ||
		r.Code == boundary.CodeUniquePairs || r.Code == boundary.CodeFewPartners:
		return locale.N(lang, k+r.Code, int64(r.N), r.N)
	case r.Code == boundary.CodeReachesRung || r.Code == boundary.CodeBelowRung:
		return locale.T(lang, k+r.Code, r.N)
	case locale.Has(k + r.Code):
		return locale.T(lang, k+r.Code)
	}
	return r.Code
}
