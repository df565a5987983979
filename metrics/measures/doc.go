// Package measures computes the measures of docs/measures.md on the network
// of a scored case: Measure (measures.go; the network, partner and tie
// figures), Brokers (brokers.go; bridging partners), the figures gbo compare
// draws on (comparefigures.go: LargestComponent, InitiativeReciprocity,
// DepthShares, CorePairsAt) and the survey figures (SurveyOf, survey.go).
//
// Depth is scored below it, in metrics/depth (the depth model, Score, Scored
// and Tie, docs/depth-model.md); the kernels it assembles are
// metrics/centrality, metrics/community and metrics/structure. Above it sits
// metrics itself: the report's and compare's analysis, the periods of gbo
// compare, pseudonyms and anonymising.
//
// # Imports
//
// May import: gbo/graph (the case), gbo/graph/network (the network),
// gbo/metrics/depth (the scored case), gbo/metrics/flags, the kernels
// gbo/metrics/centrality, gbo/metrics/community and gbo/metrics/structure,
// and the standard library. Must not import gbo/metrics (its parent),
// render, samples or cmd; no package below it (metrics/depth, metrics/flags,
// metrics/boundary, metrics/fragility, the kernels) imports it.
//
// # Known exceptions
//
// Some functions return sentences rather than codes: BrokerReason.Text and
// TextIn (brokers.go) hold English and Dutch words, as do flags.ReasonText,
// flags.ReasonLabel and depth.RungName. Issue 14 makes metrics return
// reason codes and numbers, and moves the words to the message catalogue
// (docs/layout.md#where-to-add-a-language).
package measures
