// Package metrics computes the measures of docs/measures.md on the network
// of a scored case: Measure (measures.go; the network, partner and tie
// figures), Brokers (brokers.go; bridging partners), ScorePeriods and Compare
// (compare.go, comparefigures.go), pseudonyms and anonymising (privacy.go,
// anonymise.go) and the survey figures (survey.go).
//
// Depth is scored below it, in metrics/depth (the depth model, Score, Scored
// and Tie, docs/depth-model.md); the weak-link reasons are set in
// metrics/flags (docs/flags.md#weak-links); boundary objects and fragility
// (metrics/boundary, metrics/fragility) sit on metrics/depth and
// metrics/flags beside this package. The analysis the report and compare
// draw from (the pairs per rung, the sector matrix, compare's added figures)
// is metrics/analysis, above this package.
//
// # Imports
//
// May import: gbo/graph (the case), gbo/graph/network (the network),
// gbo/metrics/depth (the scored case), the kernels gbo/metrics/centrality,
// gbo/metrics/community and gbo/metrics/structure, and the standard
// library. Must not import render, samples or cmd; no package below it
// (metrics/depth, metrics/flags, metrics/boundary, metrics/fragility, the
// kernels) imports it.
//
// # Known exceptions
//
// Some functions return sentences rather than codes: BrokerReason.Text and
// TextIn (brokers.go) hold English and Dutch words, as do flags.ReasonText,
// flags.ReasonLabel and depth.RungName. Issue 14 makes metrics return
// reason codes and numbers, and moves the words to the message catalogue
// (docs/layout.md#where-to-add-a-language).
package metrics
