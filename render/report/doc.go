// Package report writes the steering-group report: one self-contained HTML
// file, in Dutch or English, that a member who is not an analyst reads in ten
// minutes and can print on A4. It also writes the compare page, which sets
// several cases, or one case in two periods, side by side.
//
// The report takes its own view model (Report, Compare): plain structs of
// values the analysis has already computed. The command line fills them; this
// package imports no analysis package. It turns codes and numbers into
// sentences in the reader's language from one catalogue (catalogue.go) in
// which every message exists in both languages.
//
// The map is interactive (map.js, plain JavaScript, works offline): hover a
// partner for its figures, click it to highlight its ties and dim the rest,
// click the background to reset, drag to pan, wheel or buttons to zoom. It
// reads the SVG it is given: partners are <g class="node">, ties <g
// class="edge"> (Graphviz) or <g class="tie"> (package mapview). A partner is
// known by a data-id attribute, or a <title> holding its id or its name; a
// tie's ends by data-a/data-b, a <title> "a--b", or else by the partners
// nearest to the two ends of its line.
//
// Safety (docs/guarantees.md#text-stays-text): every text from the model goes
// through html/template, which escapes it for the context it lands in. Only
// MapSVG is inserted as markup: it comes from package render, which escapes
// names itself. The page loads nothing: its Content-Security-Policy forbids
// every remote load, and its CSS, SVG and script are inline.
//
// # Imports
//
// May import: gbo/render/chart (the report's charts), gbo/graph/locale (the
// catalogue of words), golang.org/x/net/html (checking the page's own
// markup), html/template and the standard library. Must not import the
// analysis packages (metrics and its sub-packages: even the default depth
// model's kind aliases arrive as values, MethodInfo.DefaultAliases), the
// readers (graph; graph/locale is the catalogue), render/mapview (the map
// arrives as SVG text in the view model), samples or cmd
// (render/layers_test.go). The view model is filled by cmd/gbo
// (cmd_report.go, report_analysis.go, cmd_compare.go, view_report_kinds.go).
//
// # Words
//
// Every word on the page, of the report and of the compare page, is a
// message of the catalogue's "report" area:
// graph/locale/messages/report.LANG.toml (en, nl, fr), keys report.<key>.
// catalogue.go reads them (tr, trw, trn, count) and names the condition of
// each statement about the data (needs); view.go, depth_notes.go,
// labels.go, inputs_named.go and compare.go choose which message to say and
// fill in a case's own words ({core}, {rung3} … in Words.fill). Numbers
// take the language's decimal mark (numbers.go, locale.Decimal). No Go
// file here holds words of a language or compares a language code
// (TestNoWordsChosenByLanguageInGo); to add a language, add
// report.LANG.toml (docs/layout.md#where-a-report-sentence-comes-from).
package report
