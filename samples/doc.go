// Package samples bundles example cases of welfare partnerships and writes
// synthetic cases of any size.
//
// The bundled samples are fictional but shaped like the four critical cases of
// the GBO evaluation (a partnership stuck at acquaintance, one pulled together
// by a boundary object, one that hangs on a few people, one that joined an
// existing intersectoral initiative) and one partnership in two yearly waves.
// Each is a folder in the format of docs/formats.md#files. They are generated
// by `go run ./samples/internal/build` (or `go generate ./samples`) from the
// rules in samples/internal/stories; edit the rules, never the data.
//
// Generate writes synthetic cases of any size for scale tests; it is fast (two
// thousand partners and a million events in about a second) and deterministic
// for a given seed.
//
// # Imports
//
// Standard library only; no gbo package. It hands out bytes and files (an
// fs.FS per sample, Generate's CSV files) that gbo reads as it reads any case,
// through graph; it must not import graph, metrics, render or cmd, so a sample
// is never shaped by the code that analyses it. Only cmd/gbo imports it. Each
// sample's description is in the catalogue of words (gbo/graph/locale,
// samples.LANG.toml), under Info.DescriptionKey; whoever prints it looks it
// up there.
package samples
