package graph

import (
	"sort"
	"strconv"
	"strings"
)

// sheetAliases maps the names a workbook's sheets may go by, normalised by
// sheetKey, to the base name of the case table they hold. Sheet names are
// matched as column names are: in any case, with surrounding spaces, with
// a ".csv" suffix, in English, Dutch or French (French with and without
// accents; names as headerKey writes them).
var sheetAliases = map[string]string{
	"partners": "partners", "partnerorganisaties": "partners", "partnerorganisatie": "partners",
	"partenaires": "partners", "organisations partenaires": "partners",
	"interactions": "interactions", "interacties": "interactions", "contacten": "interactions",
	"gebeurtenissen": "interactions", "événements": "interactions", "evenements": "interactions",
	"contacts": "interactions",
	"ties":     "ties", "banden": "ties", "beoordelingen": "ties", "bevraging": "ties",
	"liens": "ties", "évaluations": "ties", "evaluations": "ties", "enquête": "ties", "enquete": "ties",
	"objects": "objects", "objecten": "objects", "grensobjecten": "objects",
	"objets": "objects", "objets-frontières": "objects", "objets-frontieres": "objects",
	"objets frontières": "objects", "objets frontieres": "objects",
	"people": "people", "personen": "people", "medewerkers": "people",
	"personnes": "people", "travailleurs sociaux": "people",
	"targets": "targets", "doelen": "targets", "objectifs": "targets", "cibles": "targets",
	"case": "case", "instellingen": "case", "cas": "case", "paramètres": "case", "parametres": "case",
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
