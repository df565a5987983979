package graph

import (
	"sort"
	"strconv"
	"strings"
)

// sheetNamesByLang are the names a workbook's sheets may go by, by the
// language they are words of (a name may be a word of two: "interactions"),
// normalised by sheetKey, to the base name of the case table they hold.
// Sheet names are matched as column names are: in any case, with
// surrounding spaces, with a ".csv" suffix (names as headerKey writes
// them); French with and without accents. gbo's template's names
// (workbook.sheet_*) are added for each language of the catalogue
// (template_names.go). The sheet_not_read warning lists a language's names
// from here, so a name added here is offered to the user too.
var sheetNamesByLang = map[string]map[string]string{
	"en": {
		"partners": "partners", "interactions": "interactions", "contacts": "interactions",
		"ties": "ties", "objects": "objects", "people": "people", "targets": "targets", "case": "case",
	},
	"nl": {
		"partners": "partners", "partnerorganisaties": "partners", "partnerorganisatie": "partners",
		"interacties": "interactions", "contacten": "interactions", "gebeurtenissen": "interactions",
		"banden": "ties", "beoordelingen": "ties", "bevraging": "ties",
		"objecten": "objects", "grensobjecten": "objects",
		"personen": "people", "medewerkers": "people",
		"doelen": "targets", "instellingen": "case",
	},
	"fr": {
		"partenaires": "partners", "organisations partenaires": "partners",
		"interactions": "interactions", "événements": "interactions", "evenements": "interactions",
		"contacts": "interactions",
		"liens":    "ties", "évaluations": "ties", "evaluations": "ties", "enquête": "ties", "enquete": "ties",
		"objets": "objects", "objets-frontières": "objects", "objets-frontieres": "objects",
		"objets frontières": "objects", "objets frontieres": "objects",
		"personnes": "people", "travailleurs sociaux": "people",
		"objectifs": "targets", "cibles": "targets",
		"cas": "case", "paramètres": "case", "parametres": "case",
	},
}

// sheetAliases maps every name of sheetNamesByLang, whatever its language,
// to its table's base name.
var sheetAliases = joinSheetNames(sheetNamesByLang)

func joinSheetNames(byLang map[string]map[string]string) map[string]string {
	out := map[string]string{}
	for _, names := range byLang {
		for n, base := range names {
			out[n] = base
		}
	}
	return out
}

// sheetKey is the table a sheet named name holds: its base name
// ("partners") for a name sheetAliases knows, else the name lower-cased and
// trimmed (such a sheet is not read).
func sheetKey(name string) string {
	k := strings.TrimSuffix(headerKey(name), ".csv")
	k = strings.TrimSpace(k)
	if base, ok := sheetAliases[k]; ok {
		return base
	}
	return k
}

// sheetNames lists the names a sheet of table base may go by, quoted, for
// a message: the English name first, then the others in byte order.
func sheetNames(base string) string {
	var names []string
	for alias, b := range sheetAliases {
		if b == base && alias != base {
			names = append(names, alias)
		}
	}
	sort.Strings(names)
	return sheetList(append([]string{base}, names...))
}

// sheetList names sheets for a message, quoted and comma-separated, in
// the order given; "-" when there are none.
func sheetList(names []string) string {
	if len(names) == 0 {
		return "-"
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}
