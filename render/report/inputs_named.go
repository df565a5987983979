package report

// peopleInput names the case's list of people as the case has it, in
// lang: the file of a case folder, or the sheet of a case workbook
// (Report.Workbook), for the sentence people_unknown.
func peopleInput(lang string, workbook bool) string {
	switch {
	case workbook && lang == "nl":
		return "het blad ‘personen’ van de werkmap met gegevens"
	case workbook:
		return "the sheet ‘people’ of the case workbook"
	case lang == "nl":
		return "people.csv in de map met gegevens"
	}
	return "people.csv in the case folder"
}
