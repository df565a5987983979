// Package analysis is what the report, the compare page and several
// commands draw from one scored case, computed once: the measures, weak
// links and bridging partners at a --min-depth (Of), the pairs per rung
// (PairsPerRung, the one depth profile of a scored case), the sector ×
// sector matrix of mean depth (Sectors), the counts of pairs the report's
// notes rest on (CountPairs), the network without the coordinator
// (WithoutPartner) and the figures gbo compare adds to the network figures
// (CompareFigures). Definitions: docs/measures.md.
//
// It returns codes and numbers, never sentences: a figure that does not
// apply carries a reason code (FigureWhy), which cmd/gbo and render/report
// put into words.
//
// # Imports
//
// May import: gbo/graph (the case's types), gbo/metrics/measures, gbo/metrics/depth,
// gbo/metrics/flags, gbo/metrics/boundary, gbo/metrics/fragility,
// gbo/metrics/structure and the standard library. Must not import render,
// cmd, samples or urfave/cli; no package of metrics imports it.
package analysis
