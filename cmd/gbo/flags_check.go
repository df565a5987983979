package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

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
	text   [2]string // the range, in English and Dutch
}{
	{"min-depth", 0, depth.MaxRung, [2]string{"a rung from 0 to 5", "een trede van 0 tot 5"}},
	{"radius", 0, maxRadius, [2]string{fmt.Sprintf("from 0 to %d ties away from --focus", maxRadius),
		fmt.Sprintf("van 0 tot %d banden ver van --focus", maxRadius)}},
	{"key-players", 0, maxKeyPlayers, [2]string{fmt.Sprintf("from 0 (none) to %d partners", maxKeyPlayers),
		fmt.Sprintf("van 0 (geen) tot %d partners", maxKeyPlayers)}},
}

// checkFlagRanges refuses a whole-number flag out of its range (exit 2),
// before any work, with a message that gives the range.
func checkFlagRanges(c *cli.Context, lang string) error {
	for _, f := range flagRanges {
		if v := c.Int(f.name); v < f.lo || v > f.hi {
			text := f.text[0]
			if lang == "nl" {
				text = f.text[1]
			}
			return usageErr(tr(lang, "flag_out_of_range", f.name, v, text))
		}
	}
	return nil
}
