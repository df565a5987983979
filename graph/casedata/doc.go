// Package casedata holds the case as the analysis reads it: the case's
// data (Case: name, region, date, language, coordinator, the case's own
// words in Labels, its [depth] table, and its rows), the rows (a partner,
// an event, a rating, a boundary-object candidate, a person, a target), the
// position of a cell in an input file, the schema of the depth model a
// case.toml's [depth] table or a --depth-model file is read into
// (DepthConfig, KindConfig) with the Vocabulary that resolves event kinds
// and rungs, and a depth model's error (DepthError: a key, a code and its
// arguments). The formats are docs/formats.md; the depth model is
// docs/depth-model.md.
//
// It holds types and their pure methods only: no reading, no writing, no
// words (a DepthError is a code; Labels holds the case's own words and
// looks a language up in the catalogue's order without the catalogue).
// Package graph reads files into these types: graph.Case embeds Case and
// adds where the case came from and the problems found; the rows are
// aliased (graph.Partner is casedata.Partner, as os.FileMode is
// fs.FileMode), so a caller may name either. The metrics packages take
// *casedata.Case (a caller passes &cs.Case), so the analysis does not need
// the readers to compile.
//
// # Imports
//
// May import: the standard library only. It must not import gbo/graph (its
// parent, the readers), gbo/graph/locale (the catalogue of words),
// BurntSushi/toml, golang.org/x/text, excelize or any other gbo package
// (metrics/layers_test.go TestKernelsCarryNoReader checks; its tests may
// import the catalogue, to check that Labels' order is the catalogue's).
// KindConfig decodes from TOML through its UnmarshalTOML method, which
// needs no TOML package.
package casedata
