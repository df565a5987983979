package workbook

import "regexp"

// The explanations of the network workbook's columns name the case's
// inputs in both forms ("partners.csv in a case folder, the sheet
// ‘partners’ in a case workbook"); inputNamed keeps the one form the case
// was read from (Network.Workbook).
var (
	bothInputsEN = regexp.MustCompile(`\(([a-z]+\.csv) in a case folder, (the sheet ‘[^’]+’) in a case workbook\)`)
	bothInputsNL = regexp.MustCompile(`\(([a-z]+\.csv) in een map, (het blad ‘[^’]+’) in een werkmap\)`)
)

// inputNamed is help with each "(X.csv in a case folder, the sheet ‘x’ in
// a case workbook)" (or its Dutch form) cut to the case's own input:
// "(X.csv)" for a folder, "(the sheet ‘x’)" for a workbook.
func (n Network) inputNamed(help string) string {
	keep := "($1)"
	if n.Workbook {
		keep = "($2)"
	}
	return bothInputsNL.ReplaceAllString(bothInputsEN.ReplaceAllString(help, keep), keep)
}

// objectsList names the case's list of objects for a reason that an
// object is not in it (boundary.Reason.TextIn), in Lang.
func (n Network) objectsList() string {
	switch {
	case !n.Workbook:
		return "objects.csv"
	case n.Lang == "nl":
		return "het blad ‘objecten’"
	}
	return "the sheet ‘objects’"
}
