package graph

// Problem codes of the case readers' limits and safety checks (limits*.go,
// source.go, table.go). The flags named are the command line's (cmd/gbo).
func init() {
	for code, m := range map[string]message{
		// Files skipped in a case folder: never opened, never read.
		"skip_link_outside": {"is a link to outside the case folder; skipped (copy the file into the folder instead)",
			"is een koppeling naar buiten de map met de gegevens; overgeslagen (kopieer het bestand in de map)"},
		"skip_broken_link": {"is a link to a file that does not exist; skipped",
			"is een koppeling naar een bestand dat niet bestaat; overgeslagen"},
		"skip_folder": {"is a folder, not a regular file; skipped",
			"is een map, geen gewoon bestand; overgeslagen"},
		"skip_pipe": {"is a named pipe, not a regular file; skipped",
			"is een named pipe, geen gewoon bestand; overgeslagen"},
		"skip_device": {"is a device, not a regular file; skipped",
			"is een apparaat, geen gewoon bestand; overgeslagen"},
		"skip_special": {"is not a regular file; skipped",
			"is geen gewoon bestand; overgeslagen"},
		"depth_model_not_regular": {"the depth model is not a regular file (a folder, a named pipe or a device); refused",
			"het dieptemodel is geen gewoon bestand (een map, een named pipe of een apparaat); geweigerd"},

		// Limits.
		"no_partners": {"no partners: the table has a header but no rows; enter one row per partner organisation (id, sector, name)",
			"geen partners: de tabel heeft een kopregel maar geen rijen; vul één rij per partnerorganisatie in (id, sector, naam)"},
		"file_too_large": {"file is larger than %[1]s, the most a case file may be (raise it with --max-file-mb)",
			"bestand is groter dan %[1]s, het maximum voor een gegevensbestand (verhoog het met --max-file-mb)"},
		"toml_too_large": {"file is larger than %[1]s, the most case.toml or a depth model may be",
			"bestand is groter dan %[1]s, het maximum voor case.toml of een dieptemodel"},
		"toml_too_deep": {"nested more than %[1]s deep (tables, lists and dotted keys); refused before reading",
			"meer dan %[1]s niveaus diep genest (tabellen, lijsten en keys met punten); geweigerd voor het lezen"},
		"line_too_long": {"line is longer than %[1]s bytes, the most a line may be; the line is left out",
			"regel is langer dan %[1]s bytes, het maximum voor een regel; de regel wordt overgeslagen"},
		"too_many_columns": {"row has %[1]s fields; at most %[2]s columns are read",
			"rij heeft %[1]s velden; hoogstens %[2]s kolommen worden gelezen"},
		"too_many_rows": {"file has more than %[1]s rows, the most a file may have; the rows from here are not read (raise it with --max-rows)",
			"bestand heeft meer dan %[1]s rijen, het maximum voor een bestand; de rijen vanaf hier worden niet gelezen (verhoog het met --max-rows)"},
		"too_many_chars": {"%[1]s has %[2]s characters; at most %[3]s are allowed: shorten it, or put the long text in another column",
			"%[1]s heeft %[2]s tekens; hoogstens %[3]s zijn toegelaten: maak het korter, of zet de lange tekst in een andere kolom"},
		"too_many_event_partners": {"event has %[1]s partners; at most %[2]s per event (an event of k partners makes k(k-1)/2 pairs; raise it with --max-event-partners)",
			"gebeurtenis heeft %[1]s partners; hoogstens %[2]s per gebeurtenis (een gebeurtenis met k partners maakt k(k-1)/2 paren; verhoog het met --max-event-partners)"},
		"too_many_pairs": {"the events make %[1]s pairs of partners together; at most %[2]s may be scored, and this event goes over (raise it with --max-pairs)",
			"de gebeurtenissen maken samen %[1]s paren van partners; hoogstens %[2]s mogen gescoord worden, en deze gebeurtenis gaat erover (verhoog het met --max-pairs)"},
		"count_too_large": {"count %[1]q is too large: at most %[2]s",
			"aantal %[1]q is te groot: hoogstens %[2]s"},
		"weight_out_of_range": {"weight %[1]q is out of range: at least %[2]s and at most %[3]s",
			"gewicht %[1]q valt buiten het bereik: minstens %[2]s en hoogstens %[3]s"},
		"depth_number_out_of_range": {"%[1]s = %[2]s is out of range: at least %[3]s and at most %[4]s",
			"%[1]s = %[2]s valt buiten het bereik: minstens %[3]s en hoogstens %[4]s"},

		// Text.
		"unclosed_quote": {"the quote that opens this field is never closed; the rest of the file is not read (close the quote, or remove it)",
			"het aanhalingsteken dat dit veld opent, wordt nooit gesloten; de rest van het bestand wordt niet gelezen (sluit het aanhalingsteken, of verwijder het)"},
		"not_utf8": {"byte %[1]s here is not UTF-8, though the file holds UTF-8 letters elsewhere: it was read as Windows-1252, as %[2]q (bytes not UTF-8 in this file: %[3]s, each read so; the rest was read as UTF-8); check them, and save the file as UTF-8 (in Excel: Save as → CSV UTF-8)",
			"byte %[1]s hier is geen UTF-8, hoewel het bestand elders UTF-8-letters bevat: hij werd als Windows-1252 gelezen, als %[2]q (bytes die geen UTF-8 zijn in dit bestand: %[3]s, elk zo gelezen; de rest werd als UTF-8 gelezen); controleer ze, en bewaar het bestand als UTF-8 (in Excel: Opslaan als → CSV UTF-8)"},
		"not_utf8_bom": {"byte %[1]s here is not UTF-8, though the file starts as UTF-8: it was read as Windows-1252, as %[2]q (bytes not UTF-8 in this file: %[3]s, each read so; the rest was read as UTF-8); check them, and save the file as UTF-8 (in Excel: Save as → CSV UTF-8)",
			"byte %[1]s hier is geen UTF-8, hoewel het bestand als UTF-8 begint: hij werd als Windows-1252 gelezen, als %[2]q (bytes die geen UTF-8 zijn in dit bestand: %[3]s, elk zo gelezen; de rest werd als UTF-8 gelezen); controleer ze, en bewaar het bestand als UTF-8 (in Excel: Opslaan als → CSV UTF-8)"},
		"hostile_chars": {"control or text-direction character %[1]s dropped here (%[2]s in this file): such characters can rewrite a terminal or reorder text",
			"stuur- of tekstrichtingsteken %[1]s hier weggelaten (%[2]s in dit bestand): zulke tekens kunnen een terminal herschrijven of tekst herschikken"},
	} {
		messages[code] = m
	}
	// A workbook has sheets, not objects.csv or people.csv: a problem in a
	// sheet (Pos.File book.xlsx:Sheet, see problemText) names the sheet,
	// by the names gbo reads it under (sheetAliases).
	for code, m := range map[string]message{
		"unknown_object": {"object %[1]q is not in the workbook's objects sheet (named objects, objecten or grensobjecten)",
			"object %[1]q staat niet in het blad met de objecten van het werkboek (met als naam objecten, grensobjecten of objects)"},
		"unknown_person": {"person %[1]q is not in the workbook's people sheet (named people, personen or medewerkers)",
			"persoon %[1]q staat niet in het blad met de personen van het werkboek (met als naam personen, medewerkers of people)"},
		"missing_events": {"need an interactions sheet or a ratings sheet (or both)",
			"een blad met interacties of een blad met beoordelingen (of beide) is nodig"},
	} {
		sheetMessages[code] = m
	}
}
