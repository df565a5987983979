// Command gbo analyses the collaboration network of a welfare partnership: it
// reads a case, scores how deep each collaboration goes, and prints the ties,
// measures, bridging partners, boundary objects, weak links, maps and reports.
// README.md is the user's guide; docs/ holds the definitions.
//
// One file per command (cmd_<name>.go) defines its flags on urfave/cli v2.
// Commands are thin: a command's Action only reads its flags into an
// options struct (e.g. reportOptions{Args, Common caseOptions, Output}; the
// flags every command that reads a case shares are caseOptions, built by
// caseOptionsFrom in options.go) and calls run<Name>(opts, e), where the
// env e holds standard output, standard error and the progress line. A run
// function, and every loader it calls (loadCase, readCase, readLimits,
// caseCSVOptions, checkSizes, newKeySource, noteCase, writeOutput…), never
// sees *cli.Context: thin_test.go fails when a function outside its short
// allow-list names it. Failures are typed (errors.go: exitError), and the
// exit status comes from the type, never from an error's text. load.go reads the case (graph.Open, graph.Read) and scores it
// (depth.Score); output.go and write.go print tables, CSV, JSON and Markdown
// and write files whole through output.WriteFileAtomic; errors.go and
// writeerr.go map problems to exit statuses. Every word the CLI prints
// (messages, table columns, notes, progress) comes from the catalogue
// gbo/graph/locale, area cli (graph/locale/messages/cli.LANG.toml), through
// tr(lang, key, args…) in i18n.go; a language is one the catalogue has
// (locale.Valid, locale.Or), and i18n_fr_test.go fails when a source file
// chooses words by comparing a language with "nl".
//
// # Imports
//
// May import every gbo package except samples/internal/… and
// metrics/internal/…: graph, metrics and its sub-packages, render/export,
// render/mapview, render/report, render/workbook, samples; and urfave/cli/v2,
// gocarina/gocsv (survey collect's typed rows) and the standard library. No
// gbo package may import this one. A command should parse flags, call the
// packages and print; it should not compute analysis.
//
// The analysis the report, compare and several commands draw from is
// the metrics package (analysis.go calls metrics.Of; report_analysis.go
// puts the values the commands marshal into the report's embedded JSON;
// compare_figures.go and cmd_report.go assemble the report's and compare's
// view models).
//
// Known exception (docs/layout.md#known-exceptions): tiejson.go is a
// hand-written JSON encoder.
package main
