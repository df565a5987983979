package graph

// Problem codes of the survey forms' reader (survey_read.go).
func init() {
	for code, m := range map[string]message{
		"survey_no_forms": {"no survey forms (.xlsx) in %[1]s: put the returned forms in this folder",
			"geen bevragingsformulieren (.xlsx) in %[1]s: zet de teruggestuurde formulieren in deze map"},
		"survey_too_many_files": {"the folder holds more than %[1]s entries; a survey has at most one form per partner (keep only the returned forms in it)",
			"de map bevat meer dan %[1]s items; een bevraging heeft hoogstens één formulier per partner (houd er alleen de teruggestuurde formulieren in)"},
		"survey_not_xlsx": {"not a survey form: only the returned forms (.xlsx) may be in this folder; save a form as an Excel workbook (.xlsx), and move other files out",
			"geen bevragingsformulier: alleen de teruggestuurde formulieren (.xlsx) mogen in deze map staan; bewaar een formulier als Excel-werkmap (.xlsx), en zet andere bestanden elders"},
		"survey_lock_file": {"the form %[1]s is still open in Excel (this is its lock file); close it, saving your changes, and collect again",
			"het formulier %[1]s is nog open in Excel (dit is zijn vergrendelingsbestand); sluit het, bewaar de wijzigingen, en verzamel opnieuw"},
		"survey_form_too_large": {"form is larger than %[1]s, the most a survey form may be: this is not a form of gbo survey make",
			"formulier is groter dan %[1]s, het meeste dat een bevragingsformulier mag zijn: dit is geen formulier van gbo survey make"},
		"survey_no_check": {"not a survey form of gbo: the workbook has no hidden sheet %[1]q (sheets found: %[2]s); send the partner its own form from gbo survey make",
			"geen bevragingsformulier van gbo: de werkmap heeft geen verborgen blad %[1]q (gevonden bladen: %[2]s); stuur de partner zijn eigen formulier van gbo survey make"},
		"survey_check_damaged": {"the hidden check of this form is damaged (%[1]s); make this partner's form again with gbo survey make",
			"de verborgen controle van dit formulier is beschadigd (%[1]s); maak het formulier van deze partner opnieuw met gbo survey make"},
		"survey_version": {"this form has version %[1]q; this gbo reads version %[2]s (make the forms again with this gbo)",
			"dit formulier heeft versie %[1]q; deze gbo leest versie %[2]s (maak de formulieren opnieuw met deze gbo)"},
		"survey_too_many_partners": {"the form lists more than %[1]s partners, the most a survey may have",
			"het formulier noemt meer dan %[1]s partners, het meeste dat een bevraging mag hebben"},
		"survey_no_ratings_sheet": {"the form has no sheet %[1]s (sheets found: %[2]s); keep the sheet names of a form as they are",
			"het formulier heeft geen blad %[1]s (gevonden bladen: %[2]s); laat de bladnamen van een formulier zoals ze zijn"},
		"survey_missing_column": {"the first row lacks the column %[1]s; keep the column names of a form as they are",
			"in de eerste rij ontbreekt de kolom %[1]s; laat de kolomnamen van een formulier zoals ze zijn"},
		"survey_no_id": {"a rating without a partner id in column %[1]q: keep the ids the form was made with",
			"een beoordeling zonder partner-id in kolom %[1]q: laat de id's staan waarmee het formulier gemaakt is"},
		"survey_self_rating": {"partner %[1]q rates itself: this is its own form; clear this row",
			"partner %[1]q beoordeelt zichzelf: dit is zijn eigen formulier; maak deze rij leeg"},
		"survey_unknown_partner": {"unknown partner id %[1]q in column %[2]q: the form rates only the partners it was made with; keep their ids as they are",
			"onbekende partner-id %[1]q in kolom %[2]q: het formulier beoordeelt alleen de partners waarmee het gemaakt is; laat hun id's zoals ze zijn"},
		"survey_duplicate_row": {"partner %[1]q is rated twice on this form (first on row %[2]s); keep one row",
			"partner %[1]q wordt twee keer beoordeeld op dit formulier (eerst op rij %[2]s); houd één rij"},
		"survey_no_rung": {"%[1]s is filled in but %[2]s is empty: choose the rung too, or clear the row",
			"%[1]s is ingevuld maar %[2]s is leeg: kies ook de trede, of maak de rij leeg"},
		"survey_bad_rung": {"%[1]s %[2]q is not a rung: choose from the list (no contact, acquaintance, knowledge sharing, referral, alignment, integration) or type 0-5",
			"%[1]s %[2]q is geen trede: kies uit de lijst (geen contact, kennismaking, kennisdeling, doorverwijzing, afstemming, integratie) of typ 0-5"},
		"survey_bad_score": {"%[1]s %[2]q must be 1, 2, 3 or 4 (or empty)",
			"%[1]s %[2]q moet 1, 2, 3 of 4 zijn (of leeg)"},
		"survey_other_case": {"this form belongs to another survey: %[1]q (check %[2]s), while %[5]s forms in this folder belong to %[3]q (check %[4]s); move it out",
			"dit formulier hoort bij een andere bevraging: %[1]q (controle %[2]s), terwijl %[5]s formulieren in deze map bij %[3]q horen (controle %[4]s); zet het elders"},
		"survey_duplicate_respondent": {"this form is for partner %[1]q, and so is %[2]s; keep one form per partner in the folder",
			"dit formulier is voor partner %[1]q, en %[2]s ook; houd één formulier per partner in de map"},
	} {
		messages[code] = m
	}
}
