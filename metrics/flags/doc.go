// Package flags sets the weak-link reasons of scored ties
// (docs/flags.md#weak-links): TieReasons finds, for each tie of the network,
// whether it is a bridge, a shallow core tie, carried by a single person,
// fading, one-way, rated two rungs apart or below its target; FlagTies
// returns a copy of the scored case with those reasons in Tie.Flags, the
// scored case given is never changed; and Reasons, ReasonFamily and
// FamiliesOf name the reason codes and their two families (fragile, thin).
//
// # Imports
//
// May import: gbo/metrics/depth (the scored case), gbo/metrics/structure
// (bridges) and the standard library. Must not import gbo/metrics (it sits
// below it, beside the measures), metrics/boundary or metrics/fragility
// (fragility imports it for its weak links), render, samples or cmd.
//
// It returns reason codes, never words: a reason's sentence and its short
// table label are the catalogue's analysis.reason.CODE and
// analysis.reason_label.CODE (graph/locale), said by the caller.
package flags
