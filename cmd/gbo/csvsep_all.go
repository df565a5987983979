package main

import (
	"gbo/graph"
	"gbo/render/export"
)

// Every command that prints --format csv (metrics, brokers, objects, weak,
// ties and its --explain, compare, the sample list) and export -o x.csv
// takes --csv-sep and --decimal-comma. Their errors follow the language
// rule of langOf, like the other messages about the case: --lang, else
// the case's language, else English. Without --lang the case's language
// is known only once the case is read, so the flags are checked then
// (caseCSVOptions, from readCase), before the case's problems are printed
// and before any scoring; with --lang they are checked before the case is
// opened.

// textColumns are the keys of table columns that hold ids, names, dates or
// words: a cell there is never given a decimal comma, even where it looks
// like a number (a partner id "1.5").
var textColumns = map[string]bool{
	"a": true, "b": true, "id": true, "name": true, "sector": true, "sectors": true, "rung": true,
	"first": true, "last": true, "flags": true, "families": true, "reasons": true, "verdict": true,
	"measure": true, "label": true, "date": true, "kind": true, "from": true, "to": true,
	"object": true, "people": true, "description": true,
}

// earlyCSVOptions reads --csv-sep and --decimal-comma before the case is
// read. With --lang a bad flag is refused at once, in that language;
// without it the error waits for the case's language (caseCSVOptions
// refuses it then) and the options returned are the default.
func earlyCSVOptions(o caseOptions, csv bool) (export.CSVOptions, error) {
	opt, err := csvOptions(o.CSV, langOf(o.Lang, nil), csv)
	if err != nil && o.Lang == "" {
		return export.CSVOptions{}, nil
	}
	return opt, err
}

// caseCSVOptions reads --csv-sep and --decimal-comma for the case cs just
// read, with their errors in the language langOf gives for it. A command
// without the flags gets the default options.
func caseCSVOptions(o caseOptions, cs *graph.Case) (export.CSVOptions, error) {
	return csvOptions(o.CSV, langOf(o.Lang, cs), o.WritesCSV)
}

// measureColumn is the TextCell of compare's table: the measure's name in
// the first column is text, every other column a case's or a period's
// numbers (whatever the case is called).
func measureColumn(_, col int) bool { return col == 0 }
