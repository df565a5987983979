package main

import (
	"path/filepath"
	"strings"

	"gbo/graph/locale"
)

// caseIsWorkbook reports whether l was read from a workbook (.xlsx or
// .xlsm) rather than a folder or a sample.
func caseIsWorkbook(l *loaded) bool {
	if strings.HasPrefix(l.label, "sample:") {
		return false
	}
	for _, in := range l.c.Inputs {
		switch strings.ToLower(filepath.Ext(in)) {
		case ".xlsx", ".xlsm":
			return true
		}
	}
	return false
}

// caseTableName names the case table base ("ties") as the case has it,
// in l's language: the file of a case folder ("ties.csv"), or the sheet of
// a case workbook ("the sheet ‘ties’", "het blad ‘banden’").
func caseTableName(l *loaded, base string) string {
	if !caseIsWorkbook(l) {
		return base + ".csv"
	}
	// the sheet's name in l's language, as gbo template writes it
	return tr(l.lang, "report_sheet", locale.T(l.lang, "workbook.sheet_"+base))
}
