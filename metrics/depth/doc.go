// Package depth is the bottom of metrics: the depth model and tie scoring
// of docs/depth-model.md. This is where depth is scored.
//
// Depth scoring follows the ladder of docs/depth-model.md (after Frey et al.
// 2006, the PARTNER tool and Leutz 1999): each event between two partners is
// evidence at the rung of its kind, decaying with age; a tie stands at the
// highest rung with enough evidence. The default model is depthmodel.toml
// (embedded); Model, NewModel and DefaultModel are in model.go.
// Score (score.go) runs named steps, one job to a file: ScoreOptions and
// the window (options.go); the pass over the events with their decay,
// Model.Weight and Model.DepthOf (decay.go,
// docs/depth-model.md#decay); the per-pair accumulation (accumulate.go);
// the rule combining two ratings (combine.go,
// docs/depth-model.md#combine-rule); and the parallel driver that splits
// the accumulation and finishing among the cores (parallel.go). A Scored
// case holds every scored Tie; Scored.Network and Scored.Digraph
// (network.go) build the graphs the kernels take, Scored.Target
// (targets.go) the depth targets.csv sets for a pair, and Scored.Explain
// (explain.go) the evidence behind one tie.
//
// # Imports
//
// May import: gbo/graph/casedata (the case Score takes, its rows, the
// depth model's schema and DepthError, a depth model's error),
// gbo/graph/network (the network), BurntSushi/toml (to decode the embedded
// default model, depthmodel.toml) and the standard library. Must not import
// gbo/graph (the readers), the catalogue or any other package of gbo
// (metrics/layers_case_test.go TestAnalysisCarriesNoReader checks):
// metrics, its kernels and sub-packages (metrics/flags, metrics/boundary,
// metrics/fragility) are above it and import it.
//
// It holds no words: a rung is its number (the names of rungs 0–5 are the
// catalogue's analysis.rung.N, graph/locale), a kind its name and aliases
// as the model has them (Model.Alias); depthmodel.toml holds the names the
// readers accept on input.
package depth
