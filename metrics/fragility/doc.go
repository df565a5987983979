// Package fragility finds where a partnership's collaboration is thin or hangs
// on one partner or one person: weak links with their reasons
// (docs/flags.md#weak-links), external partners without a deep tie to the
// core, what the departure of each partner and each social worker would cost,
// the case without a given partner, and Borgatti's key players.
//
// Everything is computed from the scored case of package metrics/depth;
// re-scoring a tie without some events uses depth.Model.Weight and
// depth.Model.DepthOf, so a simulated departure is scored by the very formula
// of docs/depth-model.md#decay and cannot drift from it.
//
// # Imports
//
// May import: gbo/metrics/depth (the scored case and the depth model),
// gbo/metrics/flags (the weak-link reasons), gbo/metrics/structure (bridges,
// cut points, key players), gbo/graph/casedata (Event, Person; never gbo/graph, the
// readers), gbo/graph/network and
// the standard library. Must not import gbo/metrics (its parent), render,
// samples or cmd, nor any reader or writer, nor metrics/boundary. Weak links
// come back as reason codes; the words for them are the catalogue's
// analysis.reason.CODE (graph/locale), said by the caller. Related: the rules are docs/flags.md#weak-links;
// the tables are printed by cmd/gbo (cmd_weak.go) and the workbook sheet by
// render/workbook.
package fragility
