// Package chart draws the report's charts as our own SVG: the depth profile
// (ties per rung of the depth ladder), a sector × sector heat map of mean
// depth, small multiples of depth profiles for comparing cases, the rung
// transition matrix between two periods, a sparkline, and a simple circular
// network map used when no Graphviz map is at hand.
//
// Every function returns an SVG fragment as a string. Output is deterministic:
// the same input gives the same bytes (numbers are printed with fixed
// decimals, nothing depends on map order or the clock). Every label that comes
// from the input is XML-escaped, so the fragment can be embedded in an HTML
// page as trusted markup.
//
// Colours for depth rise with the rung on one sequential scale (ColorBrewer
// YlGnBu, Brewer & Harrower 2003), readable for the common forms of colour
// blindness and in greyscale print.
//
// # Imports
//
// The standard library and gbo/graph/locale, the catalogue of words: chart
// titles and tooltips are its chart.* messages, rung names analysis.rung.*,
// and numbers take the language's decimal mark (locale.Decimal). No other gbo
// package: it takes numbers and labels, never a case or a scored network. It
// is used by render/report.
package chart
