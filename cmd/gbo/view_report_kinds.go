package main

import (
	"gbo/metrics/depth"
	"gbo/render/report"
)

// reportKinds are the event kinds of model m as the report's method section
// lists them (report.MethodInfo.Kinds), and the aliases of GBO's default
// depth model (report.MethodInfo.DefaultAliases), which the report leaves
// out beside the kinds of a case with words of its own: render/report takes
// these as values and imports no metrics package.
func reportKinds(m *depth.Model) (kinds []report.KindRow, defaultAliases []string) {
	for _, k := range m.Kinds() {
		kinds = append(kinds, report.KindRow{Kind: k.Kind, Rung: k.Rung, Aliases: k.Aliases})
	}
	for _, k := range depth.DefaultModel().Kinds() {
		defaultAliases = append(defaultAliases, k.Aliases...)
	}
	return kinds, defaultAliases
}
