package main

import (
	"fmt"
	"strings"

	"gbo/graph/locale"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/metrics/measures"
	"gbo/render/chart"
)

// The analysis in words. metrics returns codes and numbers (weak-link
// reason codes, measures.BrokerReason, boundary.Reason, rung numbers);
// these functions say them in lang with the catalogue's analysis.*
// messages (graph/locale/messages/analysis.LANG.toml).

// analysisRung is the model's name of rung r (0–5) in lang
// (analysis.rung.N), or r's digits outside the ladder: chart.RungName,
// the one place that looks the name up, so the command's tables and the
// report's charts say a rung alike.
func analysisRung(r int, lang string) string {
	return chart.RungName(r, lang)
}

// weakReasonWords says the weak-link reason code in plain words in lang
// (analysis.reason.CODE); an unknown code is itself.
func weakReasonWords(code, lang string) string {
	if k := "analysis.reason." + code; locale.Has(k) {
		return locale.T(lang, k)
	}
	return code
}

// weakReasonLabel is the weak-link reason code's short name for a table
// column in lang (analysis.reason_label.CODE: the code itself in English);
// an unknown code is itself. JSON always has the code.
func weakReasonLabel(code, lang string) string {
	if k := "analysis.reason_label." + code; locale.Has(k) {
		return locale.T(lang, k)
	}
	return code
}

// analysisFill is key's message in lang with args put in by fmt alone:
// for messages whose arguments are a case's own words (names of partners,
// sectors, the core group), which no plural rule may rewrite.
func analysisFill(lang, key string, args ...any) string {
	s, ok := locale.Raw(lang, key)
	if !ok {
		return locale.Missing(key)
	}
	return fmt.Sprintf(s, args...)
}

// brokerReasonText says why a partner is a bridging partner, in lang,
// naming the core group core (plural, in lang: "responding agencies"), or
// the catalogue's "the core partners" when core is "". An unknown code is
// itself.
func brokerReasonText(r measures.BrokerReason, lang, core string) string {
	switch r.Code {
	case measures.ReasonCutPoint:
		and := locale.T(lang, "analysis.broker.and")
		parts := make([]string, 0, len(r.Parts))
		for _, p := range r.Parts {
			if len(p.Partners) <= 3 {
				parts = append(parts, joinWith(p.Partners, and))
			} else {
				parts = append(parts, analysisFill(lang, "analysis.broker.part", len(p.Partners), strings.Join(p.Sectors, ", ")))
			}
		}
		rest := locale.T(lang, "analysis.broker.rest")
		if r.LinksCore() {
			rest = locale.T(lang, "analysis.broker.rest_core")
			if core != "" {
				rest = analysisFill(lang, "analysis.broker.rest_core_named", core)
			}
		}
		return analysisFill(lang, "analysis.broker.cut_point", joinWith(parts, and), rest)
	case measures.ReasonBetweenness:
		return locale.T(lang, "analysis.broker.betweenness", locale.Number(lang, fmt.Sprintf("%.2f", r.Value)))
	case measures.ReasonCrossSector:
		return locale.T(lang, "analysis.broker.cross_sector", r.Value, r.Representative, r.Gatekeeper, r.Liaison)
	}
	return r.Code
}

// joinWith joins xs as a list: "a, b and c".
func joinWith(xs []string, and string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " " + and + " " + xs[len(xs)-1]
}

// objectNames are a case's own names (case.toml [labels]) for what the
// boundary-object reasons name, already in lang; "" keeps the catalogue's.
type objectNames struct {
	// Core names the core group ("responding agencies"), CoreOne one
	// member of it ("responding agency").
	Core, CoreOne string
	// Rung3 is the case's name of rung 3, the depth a boundary object
	// must reach.
	Rung3 string
}

// objectReasonText says the boundary-object reason r in lang
// (analysis.boundary.CODE): a count of one thing takes the singular by
// the language's plural rule; not_in_objects names the list as objects
// says it ("objects.csv", or the workbook's sheet, already in lang) or,
// when objects is "", in general words; core_external, no_core,
// case_no_core and below_rung name the core group and rung 3 as w does. An
// unknown code is itself.
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

// kindName is an event kind of model m as a run in lang shows it: a kind
// of GBO's default model by the catalogue's name in lang
// (analysis.kind.<kind>: concertation de cas, casusoverleg), when that name
// reads back as the kind in m; else (a kind of the case's own) the kind's
// first alias in m where lang names kinds by their alias
// (analysis.explain.kind_by_alias: Dutch), else the kind itself.
func kindName(m *depth.Model, kind, lang string) string {
	if key := "analysis.kind." + kind; locale.Has(key) {
		if n := locale.T(lang, key); n == kind {
			return n
		} else if k, _, ok := m.Kind(n); ok && k == kind {
			return n
		}
	}
	if locale.T(lang, "analysis.explain.kind_by_alias") == "yes" {
		if a := m.Alias(kind); a != "" {
			return a
		}
	}
	return kind
}

// anonymisedName is the name gbo anonymise --partners sector gives the
// copy, in the case's language (analysis.anonymise.name).
func anonymisedName(lang string) string {
	return locale.T(lang, "analysis.anonymise.name")
}
