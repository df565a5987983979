package main

import (
	"github.com/urfave/cli/v2"
)

// defaultMinTies is the least number of ties every case may have; beyond
// it, a case may have one tie per row of its events and ratings. The
// measures cost about ties × partners (Brandes' betweenness, the
// neighbourhood measures on dense parts), so a few rows that each name
// several partners could otherwise make a dense network from a small file:
// 81,784 rows of four partners (3.5 MB) made all 245,000 pairs of 700
// partners and a report of 52 s. A real partnership has far fewer ties
// than rows (the README's large case: 395,535 ties from 1,000,000 events).
const defaultMinTies = 20_000

// checkTies refuses, before any measure is computed, a case whose scored
// ties exceed --max-ties, or by default the larger of defaultMinTies and
// the number of event and rating rows.
func checkTies(c *cli.Context, l *loaded) error {
	limit := uint64(max(defaultMinTies, len(l.c.Events)+len(l.c.Ratings)))
	if c.IsSet("max-ties") {
		limit = c.Uint64("max-ties")
	}
	n := uint64(len(l.scored.Ties))
	if n <= limit {
		return nil
	}
	f := thousandsEN
	if l.lang == "nl" {
		f = dutchThousands
	}
	return inputErr(tr(l.lang, "too_many_ties", f(int(min(n, 1<<62))), f(int(min(limit, 1<<62)))))
}

func init() {
	texts["too_many_ties"] = [2]string{
		"the events and ratings make %s ties (pairs of partners with evidence); at most %s are analysed, one per event or rating row (at least 20,000), because the measures grow with ties × partners; raise it with --max-ties",
		"de gebeurtenissen en beoordelingen maken %s banden (paren van partners met bewijs); er worden er hoogstens %s geanalyseerd, één per rij van gebeurtenissen of beoordelingen (minstens 20.000), omdat de maten groeien met banden × partners; verhoog het met --max-ties"}
}
