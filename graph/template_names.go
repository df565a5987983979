package graph

import (
	"strings"

	"gbo/graph/locale"
)

// The names gbo's own template writes (render/workbook, from the
// catalogue's workbook.* words) are names the reader knows, in every
// language of the catalogue: its case sheets (workbook.sheet_*), its
// instructions and hidden list sheets (workbook.instructions,
// workbook.lists: helperSheets, never warned about) and the header of its
// settings sheet's first column (workbook.col_case_key: skipped like
// "key"). A language added to the catalogue is known here without a word
// of Go; a catalogue name that would mean two tables is caught by
// TestTemplateNamesAreKnown.

// caseHeaderWords are the headers of the settings sheet's first column,
// as sheetNameKey writes them: not a key, skipped.
var caseHeaderWords = map[string]bool{
	"key": true, "sleutel": true, "veld": true, "field": true, "clé": true, "cle": true, "champ": true,
	"paramètre": true, "parametre": true,
}

// templateTables are the tables the template has a sheet for.
var templateTables = []string{"partners", "interactions", "ties", "objects", "people", "targets", "case"}

func init() {
	extraArgs["sheet_not_read"] = allSheetNames
	for _, lang := range locale.Languages() {
		for _, base := range templateTables {
			if k := sheetNameKey(locale.T(lang, "workbook.sheet_"+base)); k != "" {
				if _, known := sheetAliases[k]; !known {
					sheetAliases[k] = base
				}
				if sheetNamesByLang[lang] == nil {
					sheetNamesByLang[lang] = map[string]string{}
				}
				if _, known := sheetNamesByLang[lang][k]; !known {
					sheetNamesByLang[lang][k] = base
				}
			}
		}
		for _, helper := range []string{"workbook.instructions", "workbook.lists"} {
			if k := sheetNameKey(locale.T(lang, helper)); k != "" {
				helperSheets[k] = true
			}
		}
		if k := sheetNameKey(locale.T(lang, "workbook.col_case_key")); k != "" {
			caseHeaderWords[k] = true
		}
	}
}

// sheetNameKey is a sheet's (or a header's) name as sheetKey compares it:
// headerKey's form, a ".csv" suffix and surrounding spaces dropped.
func sheetNameKey(name string) string {
	return strings.TrimSpace(strings.TrimSuffix(headerKey(name), ".csv"))
}
