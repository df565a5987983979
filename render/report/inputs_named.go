package report

// peopleInput names the case's list of people as the case has it, in
// lang: the file of a case folder, or the sheet of a case workbook
// (Report.Workbook), for the sentence people_unknown.
func peopleInput(lang string, workbook bool) string {
	if workbook {
		return tr(lang, "people_input_sheet")
	}
	return tr(lang, "people_input_file")
}
