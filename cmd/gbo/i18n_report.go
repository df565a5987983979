package main

import (
	"path/filepath"
	"strings"
)

// The report's notes on the data (dataNotes): what is missing is named as
// the case has it, a file of a case folder or a sheet of a case workbook.
func init() {
	for k, v := range map[string][2]string{
		"report_no_ratings": {"There are no survey ratings (%s): depth comes from the events alone, and whether both sides see a tie alike cannot be judged.",
			"Er zijn geen bevragingsgegevens (%s): de diepte komt alleen uit de gebeurtenissen, en of beide kanten een band gelijk zien kan niet beoordeeld worden."},
		"report_no_events": {"There are no events (%s): depth comes from the survey alone; fading and one-sided contact cannot be judged.",
			"Er zijn geen gebeurtenissen (%s): de diepte komt alleen uit de bevraging; wegebbend contact en contact van één kant kunnen niet beoordeeld worden."},
		"report_no_targets": {"No targets were set (%s), so no tie is measured against the depth it should reach.",
			"Er zijn geen streefwaarden (%s): geen enkele band wordt afgezet tegen de diepte die hij zou moeten halen."},
		"report_singles": {"%d {figure concerns|figures concern} a single person (pseudonymised). In a small team a pseudonym or a tie carried by one person can still point to someone: check before you publish.",
			"%d {cijfer gaat|cijfers gaan} over één persoon (met pseudoniem). In een klein team kan een pseudoniem of een band die op één persoon rust toch naar iemand wijzen: kijk dat na voordat u publiceert."},
		"report_sheet": {"the sheet ‘%s’", "het blad ‘%s’"},
	} {
		texts[k] = v
	}
}

// caseSheetNames are the names of a case workbook's sheets in English and
// Dutch, as gbo template writes them, by the base name of the case file.
var caseSheetNames = map[string][2]string{
	"partners": {"partners", "partners"}, "interactions": {"interactions", "interacties"},
	"ties": {"ties", "banden"}, "objects": {"objects", "objecten"},
	"people": {"people", "personen"}, "targets": {"targets", "doelen"},
}

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
	name := caseSheetNames[base][0]
	if l.lang == "nl" {
		name = caseSheetNames[base][1]
	}
	return tr(l.lang, "report_sheet", name)
}
