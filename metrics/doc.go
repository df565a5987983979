// Package metrics holds what sits on the measures: ScorePeriods and Compare
// (compare.go; gbo compare's periods), pseudonyms and anonymising
// (privacy.go, anonymise.go).
//
// Depth is scored in metrics/depth (the depth model, Score, Scored and Tie,
// docs/depth-model.md); the weak-link reasons are set in metrics/flags
// (docs/flags.md#weak-links); the measures (Measure, Brokers, the survey
// and compare figures) are metrics/measures; boundary objects and fragility
// (metrics/boundary, metrics/fragility) sit on metrics/depth and
// metrics/flags beside it. The analysis the report and compare draw from
// (the pairs per rung, the sector matrix, compare's added figures) is
// metrics/analysis.
//
// # Imports
//
// May import: gbo/graph (the case), gbo/metrics/depth (the scored case),
// gbo/metrics/measures and the standard library. Must not import render,
// samples or cmd; no package below it (metrics/depth, metrics/flags,
// metrics/measures, metrics/boundary, metrics/fragility, the kernels)
// imports it.
package metrics
