// Package graph reads a case — one partnership at one time — from a folder of
// CSV files, an .xlsx workbook or an embedded sample. The network built from
// a case lives in the sub-package graph/network.
//
// Reading follows docs/formats.md#reading-rules: the separator (`,` `;` or
// tab) is detected per file; text is UTF-8 with or without a byte-order mark,
// or Windows-1252 when the bytes are not valid UTF-8; column names are matched
// case-insensitively in English or Dutch; dates may be ISO, dd/mm/yyyy,
// dd-mm-yyyy or real Excel date cells; numbers may use a decimal comma. Every
// problem is collected with its file, line and column, so one run reports all
// of them.
//
// Event kinds and rung names are resolved through a Vocabulary the caller
// passes in (package metrics provides one); the scoring itself is not here.
//
// # What it holds
//
//   - reading and writing cases: Open, Read, ReadSurveyForms, WriteCase, the
//     hand-written xlsx reader (xlsx.go), columns.go and sheetnames.go (the
//     English and Dutch column and sheet names), casefile.go (case.toml);
//   - the case as read (Case, case.go): the case's data, casedata.Case,
//     embedded (so cs.Partners is a field of it), plus where it came from,
//     the files read and its Warnings (Problems, said through the
//     catalogue); the analysis takes &cs.Case. The case's data and rows
//     (Partner, Event, Rating, Object, Person, Target, Pos), its own words
//     (Labels, read by labels.go), a depth model's error (DepthError, a
//     code said here through the catalogue) and the schema of the depth
//     model a case.toml's [depth] table or a --depth-model file is read
//     into (DepthConfig, KindConfig, and the Vocabulary that resolves kinds
//     and rungs) are defined in graph/casedata, apart from the readers, and
//     aliased here (graph.Partner is casedata.Partner). The model itself,
//     and what its numbers mean, is package metrics/depth';
//   - the problem catalogue: Problem codes with their English and Dutch texts
//     in messages*.go (one file per part; a new code goes in a new
//     messages_<part>.go whose init adds to the messages map).
//
// Two jobs it once held have packages of their own below it: the network
// every kernel takes is graph/network, and the output utilities every writer
// uses (atomic writing, SafeText, SafeCell, FormulaSafe, the CSV writer) are
// graph/output, which this package uses to write cases and to clean the
// names its problems quote.
//
// # Imports
//
// May import: the standard library; BurntSushi/toml, golang.org/x/text and
// golang.org/x/net/html/charset (reading); gbo/graph/output,
// gbo/graph/casedata and gbo/graph/locale (the catalogue). It must never
// import metrics, render, samples or cmd, and its sub-packages must not
// import it: graph/network, graph/output and graph/casedata sit below it,
// the kernels of metrics/… import graph/network only, and the analysis
// (metrics, metrics/depth, flags, measures, boundary, fragility) takes the
// case from graph/casedata, so none of the readers is among its
// dependencies (metrics/layers_test.go and layers_case_test.go check).
package graph
