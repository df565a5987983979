package main

import (
	"gbo/metrics/depth"
)

// Ranges of the whole-number flags of the commands that read a case.
const (
	// maxRadius is the most ties away --radius draws; a network is rarely
	// more than a few ties wide, and 20 reaches all of any real one.
	maxRadius = 20
	// maxKeyPlayers bounds --key-players: each player is one pass over the
	// whole network.
	maxKeyPlayers = 100
)

// flagRanges are the ranges of the whole-number flags a command that reads a
// case may have; a flag the command does not have reads as 0, which is in
// every range.
var flagRanges = []struct {
	name   string
	lo, hi int
}{
	{"min-depth", 0, depth.MaxRung},
	{"radius", 0, maxRadius},
	{"key-players", 0, maxKeyPlayers},
}

// checkFlagRanges refuses a whole-number flag out of its range (exit 2),
// before any work, with a message that gives the range (cli.range_NAME).
func checkFlagRanges(o caseOptions, lang string) error {
	values := map[string]int{"min-depth": o.MinDepth, "radius": o.Radius, "key-players": o.KeyPlayers}
	for _, f := range flagRanges {
		if v := values[f.name]; v < f.lo || v > f.hi {
			return usageErr(tr(lang, "flag_out_of_range", f.name, v, tr(lang, "range_"+f.name, f.hi)))
		}
	}
	return nil
}
