// Package export writes a scored partnership network in the file formats that
// network tools read: GEXF 1.2draft (Gephi), GraphML (Gephi, yEd, networkx,
// igraph), node-link JSON (networkx.node_link_data, d3) and CSV (an edge table
// and a node table, which Gephi's spreadsheet import and Excel read).
//
// The input is a plain Data value that the command line fills: nodes and
// undirected edges, each with an ordered list of attributes whose values are
// string, int, float64, bool or nil. The package does not import go-graphviz
// or the analysis packages.
//
// Rules shared by every format:
//   - Output is deterministic: nodes are sorted by id, each edge is written with
//     its ends in byte order (a < b) and edges are sorted by (a, b). Attribute
//     columns keep the order in which keys first appear.
//   - Each attribute key has one type, declared where the format allows it:
//     integer when every value is an integer, double when every value is a
//     number, boolean when every value is a bool, and string otherwise (mixed
//     values are then written as text).
//   - nil, NaN and ±Inf are "no value": omitted in GEXF and GraphML, null in
//     JSON, an empty cell in CSV.
//   - The keys id, source and target are reserved (the formats use them).
//   - Every text (ids, keys, values, the name) is written as output.SafeText
//     makes it: invalid UTF-8 as U+FFFD, bidirectional override and isolate
//     characters (U+202A–U+202E, U+2066–U+2069) dropped, and control
//     characters other than tab and newline shown as \xHH. Ids change alike
//     wherever they occur, so edges still meet their nodes.
//   - In CSV, every cell is made safe by output.SafeCell: a text cell that
//     starts with = + - @ (or a full-width or small-form look-alike, also
//     after leading white space), a tab or a carriage return is prefixed
//     with ' so that a spreadsheet does not run it as a formula.
//
// # Imports
//
// May import gbo/graph/output for the output helpers (SafeText, SafeCell and
// the CSV writer) and the standard library. Must not import gbo/graph (the
// readers), the analysis packages, render/mapview or go-graphviz, samples or
// cmd. The Data value is filled by cmd/gbo (cmd_export.go).
package export
