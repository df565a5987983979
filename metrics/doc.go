// Package metrics is the top of the metrics packages: what the report, the
// compare page and several commands draw from one scored case, computed
// once: the measures, weak links and bridging partners at a --min-depth
// (Of), the pairs per rung (PairsPerRung, the one depth profile of a scored
// case), the sector × sector matrix of mean depth (Sectors), the counts of
// pairs the report's notes rest on (CountPairs), the network without the
// coordinator (WithoutPartner) and the figures gbo compare adds to the
// network figures (CompareFigures). It also holds ScorePeriods and Compare
// (compare.go; gbo compare's periods), pseudonyms and anonymising
// (privacy.go, anonymise.go). Definitions: docs/measures.md.
//
// It returns codes and numbers, never sentences: a figure that does not
// apply carries a reason code (FigureWhy), which cmd/gbo and render/report
// put into words.
//
// The layers below it: depth is scored at the bottom, in metrics/depth (the
// depth model, Score, Scored and Tie, docs/depth-model.md), and the
// weak-link reasons are set in metrics/flags (docs/flags.md#weak-links);
// the measures (Measure, Brokers, the survey and compare figures) are
// metrics/measures, on the kernels metrics/centrality, metrics/community
// and metrics/structure; boundary objects and fragility are
// metrics/boundary and metrics/fragility.
//
// # Imports
//
// May import: gbo/graph/casedata (the case and its types; a caller with a
// *graph.Case passes &cs.Case), gbo/metrics/depth,
// gbo/metrics/flags, gbo/metrics/measures, gbo/metrics/boundary,
// gbo/metrics/fragility, gbo/metrics/structure and the standard library.
// Must not import gbo/graph (the readers), render, cmd, samples or
// urfave/cli (metrics/layers_case_test.go TestAnalysisCarriesNoReader,
// layers_test.go TestAnalysisBelowCommands); no package below it
// (its sub-packages: metrics/depth, metrics/flags, metrics/measures,
// metrics/boundary, metrics/fragility, the kernels) imports it.
package metrics
