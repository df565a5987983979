// Package metrics scores how deep each collaboration goes and computes the
// measures and flags of docs/depth-model.md, docs/measures.md and
// docs/flags.md on the network of a case. This is where depth is scored.
//
// Depth scoring follows the ladder of docs/depth-model.md (after Frey et al.
// 2006, the PARTNER tool and Leutz 1999): each event between two partners is
// evidence at the rung of its kind, decaying with age; a tie stands at the
// highest rung with enough evidence. The default model is depthmodel.toml
// (embedded); Model and NewModel are in model.go; Score, Model.Weight and
// Model.DepthOf, the formula of docs/depth-model.md#decay, are in score.go.
//
// Above the scoring: Measure (measures.go; the network, partner and tie
// figures), Brokers (brokers.go; bridging partners), FlagTies and the
// weak-link reasons (flags.go), Explain (explain.go), ScorePeriods and Compare
// (compare.go, comparefigures.go), pseudonyms and anonymising (privacy.go,
// anonymise.go) and the survey figures (survey.go).
//
// # Imports
//
// May import: gbo/graph (the case and the depth model's schema),
// gbo/graph/network (the network), the kernels
// gbo/metrics/centrality, gbo/metrics/community and gbo/metrics/structure,
// BurntSushi/toml (the default model) and the standard library. Must not
// import render, samples or cmd, nor metrics/boundary or metrics/fragility
// (they import metrics).
//
// # Known exceptions
//
// Today this package is both the bottom (Scored, Tie, Model) and the top
// (Measure, Brokers) of its sub-packages, so metrics/boundary and
// metrics/fragility import their parent; and some functions return sentences
// rather than codes: BrokerReason.Text and TextIn (brokers.go), ReasonText and
// ReasonLabel (flags.go) and RungName (model.go) hold English and Dutch words.
// Issue 14 moves the depth model and tie scoring into a package at the bottom
// of metrics, the measures and flags above it, boundary, fragility and the
// report's analysis (now in cmd/gbo) above those, none importing its parent;
// metrics then returns reason codes and numbers, and the words move to the
// message catalogue (docs/layout.md#where-to-add-a-language).
package metrics
