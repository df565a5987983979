// Package mapview draws a partnership's network map for a slide or a report:
// SVG (with a tooltip per partner and per tie), PNG, or DOT text.
//
// Graphviz (go-graphviz, WebAssembly) only places the nodes: the package
// writes DOT text, parses it with graphviz.ParseBytes (about five times faster
// than building the graph through the API) and reads the positions from the
// json0 output. It then draws the map itself, once, as a list of primitives
// that an SVG writer and a PNG painter (fogleman/gg with the Go fonts) both
// render, so the two pictures agree and the PNG has its lines (go-graphviz's
// PNG renderer draws none).
//
// What the map shows:
//   - partners coloured by sector (the core sectors CAW, OCMW and DMW always
//     in the same three colours of Paul Tol's colour-blind-safe "light"
//     scheme), by community, or core versus external;
//   - core partners as boxes with a double outline, external partners as
//     ellipses, objects (two-mode maps) as hexagons;
//   - node area growing linearly with the chosen measure, clamped between a
//     minimum and a maximum, and never smaller than the label;
//   - ties darker and wider with each rung, rung 1 dotted and light grey;
//     each tie mark with a look of its own: the only link (a bridge) red
//     dashes over the tie, a deep tie resting on one person a magenta dot in
//     its middle (the line keeps its depth's look), a tie shallower than
//     aimed for a light blue band under it; bridging partners with a thick
//     black outline and a black diamond;
//   - a title, and a legend inside the picture, in the map's language (graph/locale's catalogue), that
//     explains every look the map uses and no other: each partner, object
//     and tie group carries its looks in data-marks, and each legend entry
//     <g class="key"> the look it explains in data-key.
//
// Labels are measured with the Go fonts' real metrics, because Graphviz sizes
// every non-ASCII character as a space ("Geïntegreerd" would overflow), and
// nodes are given fixed sizes. The layout engine is neato (Voronoi overlap
// removal) up to 150 nodes and sfdp above, followed by the package's own
// deterministic overlap removal; fdp and circo are refused on large maps. The
// same input gives the same bytes in every format.
//
// Any input draws in bounded time and space: each text from the input is drawn
// cleaned and cut to at most 200 runes (the title and subtitle 120, legend
// entries 60, with "…"), a tooltip lists at most 20 reasons or figures in at
// most 2000 runes, and an id longer than 200 runes is cut in the DOT node name
// and the SVG's data attributes (the DOT name then ends in the id's SHA-256,
// so it stays unique). The full texts stay in the exports. Layout positions
// that are not finite or beyond 1e7 points are refused, and no NaN or infinity
// is ever written to a picture.
//
// The PNG's Go fonts cover Latin, Greek and Cyrillic; Draw returns a
// WarnPNGGlyphs warning naming the partners (and other texts) with characters
// they cannot draw, such as Arabic or CJK script, which the SVG shows with the
// viewer's system fonts.
//
// Graphviz's compiled code is cached in the user's private cache dir, not in
// the shared temp dir (see package internal/wasmcache).
//
// # Imports
//
// May import: gbo/render/mapview/internal/wasmcache, go-graphviz, fogleman/gg,
// golang.org/x/image (fonts), golang.org/x/text/unicode/norm and the standard
// library. Must not import gbo/graph, the analysis packages, render/report,
// samples or cmd: the Model it draws is filled by cmd/gbo (cmd_map.go,
// compare_maps.go). It imports gbo/graph/locale, the catalogue of words: the
// legend's and the tooltips' words are its map.* messages (rung names
// analysis.rung.*), numbers take the language's decimal mark
// (locale.Decimal); style.go's words() gathers them for a map's Lang.
package mapview
