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
// May import: excelize (the only package that imports it), gbo/graph (the
// case, the survey form's words), gbo/graph/locale (every word it writes:
// workbook.*, analysis.rung.*), gbo/graph/output (SafeText and SafeCell),
// golang.org/x/text and the standard library. Must not import render/mapview, render/report, samples or
// cmd, and must not read cases.
//
// Known exceptions (docs/layout.md#known-exceptions): it imports gbo/metrics,
// gbo/metrics/depth, gbo/metrics/flags, gbo/metrics/boundary and
// gbo/metrics/fragility for their result types (their codes are said with
// the catalogue's analysis.* words in words_analysis.go), where the other render
// packages take a view model. Issue 14 gives it a view model.
package workbook
