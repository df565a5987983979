package graph

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// column is one column docs/formats.md#columns names for a file: its English key, the other
// names it goes by (Dutch and French, as headerKey writes them: lower case, NFC, "'" for
// "’"), and whether the file must have it. French names come with and without accents
// where people type both ("échelon", "echelon"). No name of a column may be a name of
// another column of any file (columns_fr_test.go), so a header means one thing.
type column struct {
	key      string
	names    []string
	required bool
}

// The columns of each file, in docs/formats.md#columns's order. The index of a column in its
// slice is the constant used by the reader of that file.
var (
	partnerColumns = []column{
		{"id", []string{"identifiant"}, true},
		{"name", []string{"naam", "nom"}, false},
		{"sector", []string{"secteur"}, true},
		{"core", []string{"kern", "kernpartner", "clé", "cle", "partenaire clé", "partenaire cle"}, false},
		{"municipality", []string{"gemeente", "commune"}, false},
	}
	interactionColumns = []column{
		{"date", []string{"datum"}, true},
		{"from", []string{"van", "de"}, true},
		{"with", []string{"met", "avec"}, true},
		{"kind", []string{"soort", "type", "type d'événement", "type d'evenement", "événement", "evenement"}, true},
		{"object", []string{"grensobject", "objet", "objet-frontière", "objet-frontiere", "objet frontière", "objet frontiere"}, false},
		{"people", []string{"personen", "personnes", "personne"}, false},
		{"count", []string{"aantal", "nombre", "quantité", "quantite"}, false},
	}
	tieColumns = []column{
		{"from", []string{"van", "de"}, true},
		{"to", []string{"naar", "à", "vers"}, true},
		{"depth", []string{"diepte", "profondeur", "échelon", "echelon"}, true},
		{"trust", []string{"vertrouwen", "confiance"}, false},
		{"value", []string{"waarde", "valeur"}, false},
		{"weight", []string{"gewicht", "poids"}, false},
	}
	objectColumns = []column{
		{"id", []string{"identifiant"}, true},
		{"name", []string{"naam", "nom"}, false},
		{"origin", []string{"herkomst", "origine", "provenance"}, false},
		{"description", []string{"beschrijving"}, false},
	}
	personColumns = []column{
		{"id", []string{"identifiant"}, true},
		{"partner", []string{"partenaire"}, true},
		{"role", []string{"rol", "rôle", "fonction"}, false},
		{"name", []string{"naam", "nom"}, false},
	}
	targetColumns = []column{
		{"a", nil, true},
		{"b", nil, true},
		{"depth", []string{"diepte", "profondeur", "échelon", "echelon"}, true},
	}
)

const (
	pID = iota
	pName
	pSector
	pCore
	pMunicipality
)

const (
	iDate = iota
	iFrom
	iWith
	iKind
	iObject
	iPeople
	iCount
)

const (
	tFrom = iota
	tTo
	tDepth
	tTrust
	tValue
	tWeight
)

const (
	oID = iota
	oName
	oOrigin
	oDescription
)

const (
	hID = iota
	hPartner
	hRole
	hName
)

const (
	gA = iota
	gB
	gDepth
)

// noteColumns hold free text (a note, a comment). They are never read into
// the case, since they may hold text that must not travel, and they are
// expected, so they draw no "unknown column" warning either.
var noteColumns = map[string]bool{
	"note": true, "notes": true, "comment": true, "comments": true, "remark": true,
	"remarks": true, "memo": true, "notitie": true, "notities": true, "opmerking": true,
	"opmerkingen": true, "toelichting": true, "commentaar": true, "nota": true,
	"commentaire": true, "commentaires": true, "remarque": true, "remarques": true,
	"observation": true, "observations": true,
}

// headerKey normalises a column name for matching: trimmed, lower case,
// without a stray byte-order mark, in Unicode NFC (so an "é" typed as "e"
// and a combining accent, as macOS may write it, is "é"), with the
// typographic apostrophe "’" as "'" ("type d’événement").
func headerKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	if !isASCII(s) {
		s = strings.ReplaceAll(norm.NFC.String(s), "\u2019", "'")
	}
	return s
}

// isASCII reports whether s is all ASCII (nothing for NFC to do).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// layout says where a file's columns are: at[k] is the field index of
// column k of its spec, or -1; extra lists the other columns.
type layout struct {
	at    []int
	extra []int // field indexes of unknown (not note, not empty) columns
}

// mapHeader matches a header row against a file's columns. It reports a
// missing required column, a repeated column and (unless keepExtra) an
// unknown column, each at the header line.
func (r *reader) mapHeader(t *table, cols []column, keepExtra bool) (layout, bool) {
	lay := layout{at: make([]int, len(cols))}
	for i := range lay.at {
		lay.at[i] = -1
	}
	for f, h := range t.header {
		if !r.checkChars(t.pos(f, t.headerLine), h, maxIDChars, "column name") {
			continue
		}
		key := headerKey(h)
		if key == "" || noteColumns[key] {
			continue
		}
		k := -1
		for ci, c := range cols {
			if key == c.key || contains(c.names, key) {
				k = ci
				break
			}
		}
		switch {
		case k >= 0 && lay.at[k] >= 0:
			r.warn(t.pos(f, t.headerLine), "duplicate_column", strings.TrimSpace(h))
		case k >= 0:
			lay.at[k] = f
		case keepExtra:
			lay.extra = append(lay.extra, f)
		default:
			r.warn(t.pos(f, t.headerLine), "unknown_column", strings.TrimSpace(h))
		}
	}
	ok := true
	for ci, c := range cols {
		if c.required && lay.at[ci] < 0 {
			r.fail(Pos{File: t.file, Line: t.headerLine}, "missing_column", c.key)
			ok = false
		}
	}
	return lay, ok
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
