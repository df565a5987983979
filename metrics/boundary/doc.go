// Package boundary finds the boundary objects of a partnership: the shared
// practice questions, target groups and tools that core and external partners
// gather around (Star & Griesemer, "Institutional ecology, 'translations' and
// boundary objects", Social Studies of Science 19(3), 1989).
//
// It reads the scored case of package metrics/depth (so the window, as_of and since,
// is the one the ties were scored in) and looks at the two-mode network
// partners × objects: a partner is tied to an object when it took part in an
// event on that object in the window. Each object gets a verdict by the rule
// of docs/flags.md#boundary-objects, the Blau diversity of its partners'
// sectors, its rungs, the cross-sector pairs that meet only on it, and its
// bipartite degree and betweenness centrality (Borgatti & Halgin, "Analyzing
// affiliation networks", in The Sage Handbook of Social Network Analysis,
// 2011), normalised as networkx.bipartite does.
//
// # Imports
//
// May import: gbo/metrics/depth (the scored case), gbo/metrics/centrality (the
// bipartite betweenness), gbo/graph/casedata (Event, Partner; never gbo/graph, the
// readers), gbo/graph/network
// and the standard library. Must not import gbo/metrics (its parent),
// render, samples or cmd, nor any reader or writer, nor metrics/fragility.
// Related: the verdict's rule is docs/flags.md#boundary-objects. It returns
// reason codes and numbers, never sentences: the reasons' words are the
// catalogue's analysis.boundary.CODE (graph/locale/messages/analysis.*.toml),
// said by cmd/gbo (words_analysis.go; the table and JSON: cmd_objects.go)
// and render/workbook (words_analysis.go; the workbook sheet).
package boundary
