// Package fragility finds where a partnership's collaboration is thin or
// hangs on one partner or one person: weak links with their reasons
// (docs/flags.md#weak-links), external partners without a deep tie to the core, what the
// departure of each partner and each social worker would cost, the case
// without a given partner, and Borgatti's key players.
//
// Everything is computed from the scored case of package metrics; re-scoring
// a tie without some events uses metrics.Model.Weight and
// metrics.Model.DepthOf, so a simulated departure is scored by the very
// formula of docs/depth-model.md#decay and cannot drift from it.
package fragility
