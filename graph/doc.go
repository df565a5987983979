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
// # What it holds today
//
// The package does three jobs (docs/layout.md#known-exceptions):
//   - reading and writing cases: Open, Read, ReadSurveyForms, WriteCase, the
//     hand-written xlsx reader (xlsx.go), columns.go and sheetnames.go (the
//     English and Dutch column and sheet names), casefile.go (case.toml);
//   - output utilities every writer uses: WriteFileAtomic (atomic.go),
//     SafeText, SafeCell and FormulaSafe (text.go, write.go), the CSV writers
//     (csvwrite.go, csvsep.go, csvcells.go);
//   - the depth model's schema (DepthConfig, KindConfig in case.go and
//     kindconfig.go), and Labels (a case's own words, labels.go).
//
// It also holds the problem catalogue: Problem codes with their English and
// Dutch texts in messages*.go (one file per part; a new code goes in a new
// messages_<part>.go whose init adds to the messages map).
//
// # Imports
//
// May import: the standard library; BurntSushi/toml, golang.org/x/text and
// golang.org/x/net/html/charset (reading); gonum.org/v1/gonum/graph (the
// network's interfaces). It imports no other gbo package and must never import
// metrics, render, samples or cmd: it is the bottom of the tree.
//
// Known exception: because the network lives here, every kernel of metrics/…
// pulls in the readers (go list -deps ./metrics/centrality lists 139 packages,
// with archive/zip, encoding/csv, encoding/xml, TOML and the charset decoders
// among them). Issue 14 splits this package: the network into a package that
// needs only the standard library and gonum's graph interfaces, reading and
// writing cases into another, output writing into a third, and the depth
// model's schema down to the bottom of metrics.
package graph
