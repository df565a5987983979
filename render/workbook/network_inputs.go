package workbook

import "gbo/graph/locale"

// inputName names the case's table base (partners, ties, objects) as the
// case was read (Network.Workbook), for the column notes: "partners.csv"
// for a case folder, "the sheet ‘partners’" (workbook.the_sheet, the sheet
// named as the template names it in lang) for a case workbook.
func (n Network) inputName(base, lang string) string {
	if !n.Workbook {
		return base + ".csv"
	}
	return word(lang, "the_sheet", word(lang, "sheet_"+base))
}

// ObjectsList names the case's list of objects in n.Lang as the column
// notes name it ("objects.csv", or "the sheet ‘objects’" of a workbook
// case): the caller's words for a reason that an object is not in it
// (NetObject.Reasons).
func (n Network) ObjectsList() string {
	return n.inputName("objects", locale.Or(n.Lang))
}
