package graph

// Problem codes of the workbook reader (xlsx*.go).
func init() {
	for code, m := range map[string]message{
		"xlsx_not_zip": {"cannot read workbook: not a zip archive (%[1]s); an .xls or password-protected workbook must be saved as a plain .xlsx first",
			"kan werkboek niet lezen: geen zip-archief (%[1]s); een .xls- of met wachtwoord beveiligd werkboek moet eerst als gewoon .xlsx bewaard worden"},
		"xlsx_bad_part": {"cannot read workbook part %[1]s: %[2]s",
			"kan deel %[1]s van het werkboek niet lezen: %[2]s"},
		"xlsx_too_many_parts": {"workbook has %[1]s parts; at most %[2]s are read (save the sheets as CSV files in a case folder)",
			"werkboek heeft %[1]s delen; er worden er hoogstens %[2]s gelezen (bewaar de bladen als CSV-bestanden in een map met de gegevens)"},
		"xlsx_too_many_sheets": {"workbook has %[1]s sheets; at most %[2]s are read (delete the sheets the case does not need, or save them as CSV files in a case folder)",
			"werkboek heeft %[1]s bladen; er worden er hoogstens %[2]s gelezen (verwijder de bladen die de gegevens niet nodig hebben, of bewaar ze als CSV-bestanden in een map met de gegevens)"},
		"xlsx_too_large_unzipped": {"workbook unzips to %[1]s; at most %[2]s is read (save the sheets as CSV files in a case folder)",
			"werkboek is uitgepakt %[1]s groot; hoogstens %[2]s wordt gelezen (bewaar de bladen als CSV-bestanden in een map met de gegevens)"},
		"xlsx_zip_bomb": {"workbook part %[1]s unzips to %[2]s from %[3]s, more than %[4]s times its size; refused as a zip bomb",
			"deel %[1]s van het werkboek wordt uitgepakt %[2]s uit %[3]s, meer dan %[4]s keer zo groot; geweigerd als zipbom"},
		"xlsx_sheet_broken": {"sheet %[1]q cannot be read from this row on: %[2]s; the rows from here are not read",
			"blad %[1]q kan vanaf deze rij niet gelezen worden: %[2]s; de rijen vanaf hier worden niet gelezen"},
		"xlsx_too_many_columns": {"cell in column %[1]s; at most %[2]s columns are read (delete what is beyond them, or save the sheet as CSV)",
			"cel in kolom %[1]s; hoogstens %[2]s kolommen worden gelezen (verwijder wat erachter staat, of bewaar het blad als CSV)"},
		"xlsx_text_too_long": {"more than %[1]s bytes of XML text in one piece; the rows from here are not read (cells may hold at most %[2]s bytes)",
			"meer dan %[1]s bytes XML-tekst aan één stuk; de rijen vanaf hier worden niet gelezen (een cel mag hoogstens %[2]s bytes bevatten)"},
		"xlsx_too_many_strings": {"shared strings table has more than %[1]s strings (save the sheets as CSV files in a case folder)",
			"tabel met gedeelde teksten heeft meer dan %[1]s teksten (bewaar de bladen als CSV-bestanden in een map met de gegevens)"},
		"xlsx_bad_string_index": {"cell refers to shared string %[1]s, but the table has %[2]s strings",
			"cel verwijst naar gedeelde tekst %[1]s, maar de tabel heeft %[2]s teksten"},
		"xlsx_too_much_text": {"the workbook's cells hold more than %[1]s of text (a shared string counts at every cell that uses it); the rows from here are not read (save the sheets as CSV files in a case folder)",
			"de cellen van het werkboek bevatten meer dan %[1]s tekst (een gedeelde tekst telt mee bij elke cel die hem gebruikt); de rijen vanaf hier worden niet gelezen (bewaar de bladen als CSV-bestanden in een map met de gegevens)"},
		"xlsx_sheet_too_deep": {"sheet %[1]q holds XML elements nested more than %[2]s levels deep; the rows from here are not read (save the sheet as CSV)",
			"blad %[1]q bevat XML-elementen die meer dan %[2]s niveaus diep genest zijn; de rijen vanaf hier worden niet gelezen (bewaar het blad als CSV)"},
		"xlsx_part_too_deep": {"cannot read workbook part %[1]s: XML elements nested more than %[2]s levels deep (save the sheets as CSV files in a case folder)",
			"kan deel %[1]s van het werkboek niet lezen: XML-elementen meer dan %[2]s niveaus diep genest (bewaar de bladen als CSV-bestanden in een map met de gegevens)"},
		"xlsx_hidden_sheet": {"sheet %[1]q is hidden in Excel; its rows are read and counted",
			"blad %[1]q is verborgen in Excel; de rijen ervan worden gelezen en geteld"},
		"xlsx_hidden_rows": {"row is hidden in Excel (hidden rows of this sheet in all: %[1]s); hidden rows are read and counted",
			"rij is verborgen in Excel (verborgen rijen van dit blad in totaal: %[1]s); verborgen rijen worden gelezen en geteld"},
		"xlsx_hidden_row": {"row is hidden in Excel; it is read and counted",
			"rij is verborgen in Excel; ze wordt gelezen en geteld"},
		"xlsx_hidden_column": {"column %[1]s is hidden in Excel; it is read",
			"kolom %[1]s is verborgen in Excel; ze wordt gelezen"},
		"xlsx_hidden_columns": {"column %[1]s is hidden in Excel, and %[2]s more columns of this sheet; hidden columns are read",
			"kolom %[1]s is verborgen in Excel, en nog %[2]s kolommen van dit blad; verborgen kolommen worden gelezen"},
		"missing_sheet": {"the workbook has no sheet of partners (named one of %[1]s, in any case); the sheets found are %[2]s",
			"het werkboek met de gegevens heeft geen blad met de partners (met als naam een van %[1]s, in hoofd- of kleine letters); de gevonden bladen zijn %[2]s"},
		"missing_event_sheets": {"the workbook needs a sheet of interactions (named one of %[1]s) or of ties (named one of %[2]s), or both; the sheets found are %[3]s",
			"het werkboek met de gegevens heeft een blad met de interacties (met als naam een van %[1]s) of met de banden (met als naam een van %[2]s) nodig, of beide; de gevonden bladen zijn %[3]s"},
		"xlsx_date_id": {"the id in column %[1]s is a date cell (shown as %[2]s); an id is text: format the column as Text (@) and type the id again",
			"de id in kolom %[1]s is een datumcel (getoond als %[2]s); een id is tekst: geef de kolom de celopmaak Tekst (@) en typ de id opnieuw"},
		// Replaces messages.go's shorter text: the kinds of the model, by
		// rung (kindsByRung: args 2-7), and how to add one (arg 8, the
		// kind as a TOML key).
		"unknown_kind": {"unknown kind %[1]q; the kinds of the depth model, by rung: %[2]s%[3]s%[4]s%[5]s%[6]s%[7]s; to add a kind, give it a rung in case.toml, under [depth.kinds]: %[8]s = { rung = 3 }",
			"onbekende soort %[1]q; de soorten van het dieptemodel, per trede: %[2]s%[3]s%[4]s%[5]s%[6]s%[7]s; om een soort toe te voegen, geef haar een trede in case.toml, onder [depth.kinds]: %[8]s = { rung = 3 }"},
	} {
		messages[code] = m
	}
}
