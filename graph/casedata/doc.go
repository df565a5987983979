// Package casedata holds the types of the case format that the analysis
// reads: a partner, an event, a rating, a boundary-object candidate, a
// person, a target, the position of a cell in an input file, and the schema
// of the depth model a case.toml's [depth] table or a --depth-model file is
// read into (DepthConfig, KindConfig) with the Vocabulary that resolves
// event kinds and rungs. The formats are docs/formats.md; the depth model
// is docs/depth-model.md.
//
// It holds types and their pure methods only: no reading, no writing, no
// words. Package graph reads files into these types and keeps aliases of
// them (graph.Partner is casedata.Partner, as os.FileMode is fs.FileMode),
// so a caller may name either; the metrics packages name casedata, so the
// analysis does not need the readers to compile.
//
// # Imports
//
// May import: the standard library only. It must not import gbo/graph (its
// parent, the readers), gbo/graph/locale (the catalogue of words),
// BurntSushi/toml, golang.org/x/text, excelize or any other gbo package
// (metrics/layers_test.go TestCaseDataCarriesNoReader checks).
// KindConfig decodes from TOML through its UnmarshalTOML method, which
// needs no TOML package.
package casedata
