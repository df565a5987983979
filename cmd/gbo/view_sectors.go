package main

import "gbo/graph/casedata"

// sectorFamily is the core family of a partner's sector ("OCMW", "CAW",
// "DMW"; "" for another sector) for the views that take it as a value
// (mapview.Partner.Family): the one rule, casedata.CoreFamily, so that a
// CPAS is drawn as an OCMW and a mutualité as a DMW.
func sectorFamily(sector string) string {
	f, _ := casedata.CoreFamily(sector)
	return f
}
