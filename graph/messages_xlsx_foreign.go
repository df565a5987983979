package graph

// Problem codes of the workbook reader for cells as other programs than
// Excel save them (xlsx.go: readCell).
func init() {
	for code, m := range map[string]message{
		"xlsx_formula_error": {"cell shows the formula error %[1]s; correct the formula, or type the value itself",
			"cel toont de formulefout %[1]s; verbeter de formule, of typ de waarde zelf"},
		"xlsx_formula_no_value": {"cell of sheet %[1]q holds a formula whose result was never saved (the workbook was written by a program that does not calculate); open the workbook in Excel or LibreOffice and save it again, or type the value itself",
			"cel van blad %[1]q bevat een formule waarvan het resultaat nooit bewaard werd (het werkboek werd geschreven door een programma dat niet rekent); open het werkboek in Excel of LibreOffice en bewaar het opnieuw, of typ de waarde zelf"},
	} {
		messages[code] = m
	}
}
