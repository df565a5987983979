// Package render turns an analysed case into files a person opens. It holds no
// code itself; its sub-packages do the work:
//   - mapview: network maps as SVG, PNG and DOT (Graphviz places the nodes);
//   - export: the network for Gephi, networkx and igraph (GEXF, GraphML,
//     node-link JSON, CSV);
//   - chart and report: the charts and the self-contained HTML report and
//     compare page;
//   - workbook: the Excel workbooks (the case template, the network workbook
//     and the survey forms).
//
// # Imports
//
// A render package takes plain view structs (values already computed) and
// returns bytes or writes to an io.Writer; the command line (cmd/gbo) fills
// the structs and writes the file whole through output.WriteFileAtomic or
// output.WriteFilesAtomic (docs/guarantees.md#written-whole-or-not-at-all). It
// may import the standard library, its own rendering libraries (mapview:
// go-graphviz, fogleman/gg, golang.org/x/image; report: golang.org/x/net/html;
// workbook: excelize) and gbo/graph/output's helpers (SafeText, SafeCell, the
// CSV writers) and the catalogue (gbo/graph/locale). It must not import cmd or
// samples, must not read cases (no gbo/graph or its other sub-packages), and
// must not compute analysis (depth, measures, flags) or import the analysis
// packages (gbo/metrics/...): render/layers_test.go TestRenderTakesValues
// checks every render package's imports and dependencies. The analysis'
// codes arrive in words the command made (cmd/gbo/words_analysis.go). Only
// mapview imports go-graphviz, whose WebAssembly module is
// compiled when the package initialises, so code that only exports does not
// pay for it. Where a report sentence comes from: render/report/catalogue.go
// (docs/layout.md#where-a-report-sentence-comes-from).
package render
