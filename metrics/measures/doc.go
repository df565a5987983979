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
// May import: gbo/graph/casedata (Partner; never gbo/graph, the readers),
// gbo/graph/network (the network),
// gbo/metrics/depth (the scored case), gbo/metrics/flags, the kernels
// gbo/metrics/centrality, gbo/metrics/community and gbo/metrics/structure,
// and the standard library. Must not import gbo/metrics (its parent),
// render, samples or cmd; no package below it (metrics/depth, metrics/flags,
// metrics/boundary, metrics/fragility, the kernels) imports it.
//
// It returns codes and numbers, never sentences: a bridging partner's
// BrokerReason is a code with its parts, figures and LinksCore; its words
// are the catalogue's analysis.broker.* (graph/locale), said by the caller.
package measures
