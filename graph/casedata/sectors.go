package casedata

import "strings"

// The core sectors of a GBO partnership: the one rule every part of gbo
// asks (the reader's default for a partner's core column, the analysis'
// sector order, the map's core colours, the template's sector list).
//
// A core sector belongs to one of three families, named by their Flemish
// acronyms: OCMW (the municipal public social welfare centre; CPAS in
// French), CAW (the centre for general welfare work; CAW in both
// languages) and DMW (the social service of the health insurance funds:
// "dienst maatschappelijk werk van het ziekenfonds", in French "service
// social des mutualités", often just "mutualité"). A sector is written as
// its users write it; CoreFamily says which family, if any, it names.
//
// "SSM" is not taken for DMW: in Brussels it is the usual short name of a
// "service de santé mentale" (a mental health service), which is not a
// core partner.

// CoreFamilies are the three families in the order the analysis lists
// them (sector matrices, the metrics' sector order): OCMW, CAW, DMW.
var CoreFamilies = [3]string{"OCMW", "CAW", "DMW"}

// coreNames maps a sector name, as coreKey writes it, to its family.
var coreNames = map[string]string{
	"ocmw": "OCMW", "cpas": "OCMW", "ocmws": "OCMW",
	"caw": "CAW", "caws": "CAW",
	"dmw": "DMW", "dmws": "DMW",
	"dienst maatschappelijk werk":                      "DMW",
	"dienst maatschappelijk werk ziekenfonds":          "DMW",
	"dienst maatschappelijk werk van het ziekenfonds":  "DMW",
	"dienst maatschappelijk werk van de ziekenfondsen": "DMW",
	"dienst maatschappelijk werk van de mutualiteit":   "DMW",
	"dienst maatschappelijk werk van de mutualiteiten": "DMW",
	"ziekenfonds":                                  "DMW",
	"ziekenfondsen":                                "DMW",
	"mutualiteit":                                  "DMW",
	"mutualiteiten":                                "DMW",
	"mutualite":                                    "DMW",
	"mutualites":                                   "DMW",
	"mutuelle":                                     "DMW",
	"mutuelles":                                    "DMW",
	"service social mutualite":                     "DMW",
	"service social mutualites":                    "DMW",
	"service social de la mutualite":               "DMW",
	"service social des mutualites":                "DMW",
	"service social de mutualite":                  "DMW",
	"service social de mutualites":                 "DMW",
	"service social de la mutuelle":                "DMW",
	"service social des mutuelles":                 "DMW",
	"social service of the health insurance fund":  "DMW",
	"social service of the health insurance funds": "DMW",
	"health insurance fund social service":         "DMW",
	"health insurance funds social service":        "DMW",
}

// CoreFamily reports the family of the core sector a sector names: "OCMW"
// for OCMW or CPAS (with or without dots: O.C.M.W., C.P.A.S.), "CAW" for
// CAW, "DMW" for DMW, "dienst maatschappelijk werk (van het ziekenfonds)",
// ziekenfonds, mutualiteit, mutualité(s), mutuelle(s) and "service social
// (de la / des) mutualité(s)"; ok is false for any other sector (and for
// ""). The match ignores case, accents (composed or not), dots, surrounding
// spaces and runs of spaces, hyphens and apostrophes between words. A
// sector of more than maxCoreName bytes names no family (none is that
// long), so time and memory are bounded whatever the input.
func CoreFamily(sector string) (family string, ok bool) {
	if len(sector) > maxCoreName {
		return "", false
	}
	family, ok = coreNames[coreKey(sector)]
	return family, ok
}

// maxCoreName bounds the bytes of a sector CoreFamily looks at: the
// longest name of coreNames with every letter spelled as a letter and a
// combining accent, and spaces to spare.
const maxCoreName = 256

// IsCore reports whether sector names a core sector (CoreFamily's ok).
func IsCore(sector string) bool {
	_, ok := CoreFamily(sector)
	return ok
}

// coreKey writes a sector name for coreNames: lower case, accents
// dropped (é, è, ê, ë, à, â, ä, î, ï, ô, ö, û, ü, ù, ç, composed or as a
// combining mark), dots dropped, hyphens, apostrophes and every kind of
// space one space, trimmed.
func coreKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r >= 0x300 && r <= 0x36F: // a combining accent
			continue
		case r == '-' || r == '\'' || r == '\u2019' || r == '_' || r == ' ' || r == '\t' ||
			r == '\u00A0' || r == '\u202F' || r == '\u2009' || r == '\n' || r == '\r':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(FoldLetter(r))
	}
	return b.String()
}

// FoldLetter is r in lower case without its accent, for the letters of
// French and Dutch names: é è ê ë → e, à â ä → a, î ï → i, ô ö → o,
// û ü ù → u, ç → c (upper or lower case), A-Z → a-z; any other rune is
// returned as it is. It is the one accent fold of sector names
// (casedata) and of kind names (graph); render/report, which may not
// import casedata, folds its displayed kind names by Unicode NFD.
func FoldLetter(r rune) rune {
	switch r {
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'à', 'â', 'ä', 'À', 'Â', 'Ä':
		return 'a'
	case 'î', 'ï', 'Î', 'Ï':
		return 'i'
	case 'ô', 'ö', 'Ô', 'Ö':
		return 'o'
	case 'û', 'ü', 'ù', 'Û', 'Ü', 'Ù':
		return 'u'
	case 'ç', 'Ç':
		return 'c'
	}
	if r >= 'A' && r <= 'Z' {
		return r + ('a' - 'A')
	}
	return r
}
