// Package workbook writes the Excel workbooks: the case template of `gbo
// template` and `gbo sample NAME FILE.xlsx` (template.go, template_model.go),
// the network workbook of a scored case (network.go, network_inputs.go,
// network_words.go), and the survey forms of `gbo survey make` (survey.go).
//
// The template has a first sheet of instructions, then one sheet per case file
// (partners, interactions, ties, objects, people, targets, case) under its
// name in the chosen language (the catalogue's workbook.sheet_*: names graph
// reads back, in English, Dutch or French), with the header row frozen, each header explained in
// a cell comment, and dropdown lists (data validation) for kinds, rungs,
// partner ids, sectors and yes/no. gbo's reader reads it back as it reads any
// workbook (graph.Open).
//
// # Imports
//
// May import: excelize (the only package that imports it), gbo/graph/locale
// (every word it writes: workbook.*, analysis.rung.*), gbo/graph/output
// (SafeText and SafeCell), golang.org/x/text and the standard library. Must
// not import the readers (gbo/graph), the analysis (gbo/metrics/...),
// render/mapview, render/report, samples or cmd, and must not read cases
// (render/layers_test.go). It takes values: its view model (view.go: Case,
// Kind and DepthFigures for the template, NetPartner, NetTie, NetWeak and
// NetObject for the network workbook, SurveyPartner and SurveyWords for the
// survey forms) is filled by cmd/gbo/view_workbook.go, which says the
// analysis' codes (weak-link reasons, verdicts, boundary-object reasons) in
// words with cmd/gbo/words_analysis.go, and gives the survey form graph's
// layout (sheet and column names, the signed check rows).
package workbook
