package graph

import (
	"strings"
)

// Problem codes of the new-user findings (issue 12, item 4): sheets and
// files that are not read, a case with nothing but partners, and the case
// sheet's keys and values, each said in words with what to type instead.
func init() {
	for code, m := range map[string]message{
		// Args: the sheet's name, the case sheet it looks like (its
		// name as sheetAliases spells it).
		"sheet_not_read_like": {"sheet %[1]q is not read: it looks like the sheet %[2]q, but gbo reads a sheet only under one of the names of a case sheet; if it holds the case's data, rename it to %[2]q (right-click the sheet tab, Rename)",
			"blad %[1]q wordt niet gelezen: het lijkt op het blad %[2]q, maar gbo leest een blad alleen onder een van de namen van een gegevensblad; als het gegevens bevat, hernoem het dan tot %[2]q (rechtsklik op de bladtab, Naam wijzigen)"},
		// Args: the sheet's name, the sheet of the same table that is read.
		"sheet_not_read_copy": {"sheet %[1]q is not read: it looks like a copy of sheet %[2]q, which is the one read; if %[1]q holds rows that %[2]q lacks, copy them into %[2]q, then delete %[1]q",
			"blad %[1]q wordt niet gelezen: het lijkt een kopie van blad %[2]q, en dat blad wordt gelezen; als %[1]q rijen bevat die %[2]q mist, kopieer ze dan naar %[2]q en verwijder %[1]q"},
		// Args: the sheet's name, the names a case sheet may have.
		"sheet_not_read": {"sheet %[1]q is not read: its name is none of the case's sheets (%[2]s); if it holds the case's data, rename it to one of these",
			"blad %[1]q wordt niet gelezen: de naam is geen van de gegevensbladen (%[2]s); als het gegevens bevat, hernoem het dan tot een van deze namen"},
		// Args: the file's name, the name it should have.
		"file_not_read_like": {"file %[1]q is not read: it looks like %[2]s, but gbo reads only files named exactly so; if it holds the case's data, rename it to %[2]s",
			"bestand %[1]q wordt niet gelezen: het lijkt op %[2]s, maar gbo leest alleen bestanden met precies die naam; als het gegevens bevat, hernoem het dan tot %[2]s"},
		// Args: the file's name, the file of the same table that is read.
		"file_not_read_copy": {"file %[1]q is not read: it looks like a copy of %[2]s, which is the one read; if %[1]q holds rows that %[2]s lacks, copy them into %[2]s, then delete %[1]q",
			"bestand %[1]q wordt niet gelezen: het lijkt een kopie van %[2]s, en dat bestand wordt gelezen; als %[1]q rijen bevat die %[2]s mist, kopieer ze dan naar %[2]s en verwijder %[1]q"},
		// Args: the sheets of interactions and of ties may be named
		// (sheetNames), the sheets found (sheetList).
		"no_events_or_ratings_sheets": {"the case has partners but no interactions and no ratings, so there is nothing to analyse; gbo reads interactions from a sheet named one of %[1]s and ratings from a sheet named one of %[2]s; the sheets found are %[3]s; fill in one of these sheets (or both), or rename the sheet that holds them",
			"de gegevens hebben partners maar geen interacties en geen beoordelingen, dus er is niets te analyseren; gbo leest interacties uit een blad met als naam een van %[1]s en beoordelingen uit een blad met als naam een van %[2]s; de gevonden bladen zijn %[3]s; vul een van die bladen in (of beide), of hernoem het blad waarin ze staan"},
		// Args: the files found.
		"no_events_or_ratings": {"the case has partners but no interactions and no ratings, so there is nothing to analyse; gbo reads interactions from interactions.csv and ratings from ties.csv; the files found are %[1]s; fill in one of these files (or both), or rename the file that holds them",
			"de gegevens hebben partners maar geen interacties en geen beoordelingen, dus er is niets te analyseren; gbo leest interacties uit interactions.csv en beoordelingen uit ties.csv; de gevonden bestanden zijn %[1]s; vul een van die bestanden in (of beide), of hernoem het bestand waarin ze staan"},

		// The case sheet (readCaseSheet). Args: the key as typed.
		"case_key_empty_part": {"key %[1]q has an empty part between two dots; write it as depth.kinds.NAME (NAME may hold spaces), depth.half_life or depth.threshold",
			"sleutel %[1]q heeft een leeg deel tussen twee punten; schrijf ze als depth.kinds.NAAM (NAAM mag spaties bevatten), depth.half_life of depth.threshold"},
		// Args: the key as typed, the row where it was first given.
		"case_key_twice": {"key %[1]q is given twice (first on row %[2]s); keep one of the two rows",
			"sleutel %[1]q staat twee keer (eerst op rij %[2]s); houd een van de twee rijen"},
		// Args: the key as typed, the other key, its row.
		"case_key_conflict": {"key %[1]q cannot be set next to key %[2]q (row %[3]s): one is a part of the other; keep one of the two rows",
			"sleutel %[1]q kan niet samen met sleutel %[2]q (rij %[3]s): de ene is een deel van de andere; houd een van de twee rijen"},
		// Args: the key as typed, the value as typed; the code says what
		// the key takes (takesCode).
		"case_bad_days": {"the value %[2]q of key %[1]q cannot be used: type a number of days greater than 0, such as 180",
			"de waarde %[2]q van sleutel %[1]q is niet bruikbaar: typ een aantal dagen groter dan 0, zoals 180"},
		"case_bad_number": {"the value %[2]q of key %[1]q cannot be used: type a number greater than 0, such as 0.5",
			"de waarde %[2]q van sleutel %[1]q is niet bruikbaar: typ een getal groter dan 0, zoals 0,5"},
		"case_bad_yes_no": {"the value %[2]q of key %[1]q cannot be used: type yes or no",
			"de waarde %[2]q van sleutel %[1]q is niet bruikbaar: typ ja of nee"},
		"case_bad_rung": {"the value %[2]q of key %[1]q cannot be used: type a rung, a whole number from 0 to 5, such as 3",
			"de waarde %[2]q van sleutel %[1]q is niet bruikbaar: typ een trede, een geheel getal van 0 tot 5, zoals 3"},
		"case_bad_names": {"the value %[2]q of key %[1]q cannot be used: type one or more names, separated by |",
			"de waarde %[2]q van sleutel %[1]q is niet bruikbaar: typ een of meer namen, gescheiden door |"},
		"case_bad_text": {"the value %[2]q of key %[1]q cannot be used: type a word, such as min, max or mean",
			"de waarde %[2]q van sleutel %[1]q is niet bruikbaar: typ een woord, zoals min, max of mean"},
		// Args: the key as typed.
		"case_key_unreadable": {"key %[1]q cannot be read; write it as depth.kinds.NAME, depth.half_life or depth.threshold, and its value in the next column",
			"sleutel %[1]q is onleesbaar; schrijf ze als depth.kinds.NAAM, depth.half_life of depth.threshold, met de waarde in de volgende kolom"},
	} {
		messages[code] = m
	}
}

// takesCode is the problem code for a value key (a [depth] key, dotted,
// without "depth.") cannot take: it says in words what the key takes.
func takesCode(key string) string {
	parts := strings.Split(key, ".")
	switch {
	case key == "half_life":
		return "case_bad_days"
	case key == "threshold":
		return "case_bad_number"
	case key == "replace_kinds":
		return "case_bad_yes_no"
	case parts[0] == "kinds" && len(parts) == 3 && parts[2] == "aliases", parts[0] == "rungs":
		return "case_bad_names"
	case parts[0] == "kinds":
		return "case_bad_rung"
	}
	return "case_bad_text"
}

// sheetMessages are the texts of problem codes as they read when the
// problem is in a workbook's sheet (Pos.File book.xlsx:Sheet): a sheet has
// rows, not lines, and the case's settings are a sheet, not case.toml.
// They take the same args as the code's text in messages.
var sheetMessages = map[string]message{
	"unknown_partner_more": {"and %[2]s more references to this partner (rows %[3]s)",
		"en nog %[2]s verwijzingen naar deze partner (rijen %[3]s)"},
	"unknown_partner_more_one": {"and 1 more reference to this partner (row %[3]s)",
		"en nog 1 verwijzing naar deze partner (rij %[3]s)"},
	"unknown_person_more": {"and %[2]s more references to person %[1]q (rows %[3]s)",
		"en nog %[2]s verwijzingen naar persoon %[1]q (rijen %[3]s)"},
	"unknown_person_more_one": {"and 1 more reference to person %[1]q (row %[3]s)",
		"en nog 1 verwijzing naar persoon %[1]q (rij %[3]s)"},
	"unknown_object_more": {"and %[2]s more rows with this object (rows %[3]s)",
		"en nog %[2]s rijen met dit object (rijen %[3]s)"},
	"unknown_object_more_one": {"and 1 more row with this object (row %[3]s)",
		"en nog 1 rij met dit object (rij %[3]s)"},
	"unknown_kind_more": {"and %[2]s more rows with kind %[1]q (rows %[3]s)",
		"en nog %[2]s rijen met soort %[1]q (rijen %[3]s)"},
	"unknown_kind_more_one": {"and 1 more row with kind %[1]q (row %[3]s)",
		"en nog 1 rij met soort %[1]q (rij %[3]s)"},
	"duplicate_id":  {"duplicate partner id %[1]q (first on row %[2]s)", "partner-id %[1]q komt dubbel voor (eerst op rij %[2]s)"},
	"duplicate_key": {"duplicate id %[1]q (first on row %[2]s)", "id %[1]q komt dubbel voor (eerst op rij %[2]s)"},
	"empty_file":    {"sheet has no header row", "blad heeft geen kopregel"},
	"bad_toml":      {"the row of the case sheet cannot be read: %[1]s", "de rij van het blad met de instellingen is onleesbaar: %[1]s"},
	// Args 9 and 10 (unknownKind): the workbook's case sheet, the kind as
	// the key of a row of that sheet.
	"unknown_kind": {"unknown kind %[1]q; the kinds of the depth model, by rung: %[2]s%[3]s%[4]s%[5]s%[6]s%[7]s; to add a kind, add a row to the sheet %[9]q with depth.kinds.%[10]s in the first column and its rung (0 to 5) in the second",
		"onbekende soort %[1]q; de soorten van het dieptemodel, per trede: %[2]s%[3]s%[4]s%[5]s%[6]s%[7]s; om een soort toe te voegen, voeg een rij toe aan het blad %[9]q met depth.kinds.%[10]s in de eerste kolom en haar trede (0 tot 5) in de tweede"},
}

// inSheet reports whether a problem's file is a sheet of a workbook:
// "book.xlsx:Sheet" (a sheet's name cannot hold a colon).
func inSheet(file string) bool {
	i := strings.LastIndexByte(file, ':')
	return i > 0 && isWorkbookName(file[:i])
}

// problemText is p's text in lang: sheetMessages' text for a problem in a
// workbook's sheet, else messages'.
func problemText(p Problem, lang string) string {
	if inSheet(p.Pos.File) {
		if m, ok := sheetMessages[p.Code]; ok {
			return formatMessage(m, lang, p.Args...)
		}
	}
	return Text(p.Code, lang, p.Args...)
}
