package graph

import "strings"

// column is one column docs/formats.md#columns names for a file: its English key, the other
// names it goes by (Dutch), and whether the file must have it.
type column struct {
	key      string
	names    []string
	required bool
}

// The columns of each file, in docs/formats.md#columns's order. The index of a column in its
// slice is the constant used by the reader of that file.
var (
	partnerColumns = []column{
		{"id", nil, true},
		{"name", []string{"naam"}, false},
		{"sector", nil, true},
		{"core", []string{"kern", "kernpartner"}, false},
		{"municipality", []string{"gemeente"}, false},
	}
	interactionColumns = []column{
		{"date", []string{"datum"}, true},
		{"from", []string{"van"}, true},
		{"with", []string{"met"}, true},
		{"kind", []string{"soort"}, true},
		{"object", []string{"grensobject"}, false},
		{"people", []string{"personen"}, false},
		{"count", []string{"aantal"}, false},
	}
	tieColumns = []column{
		{"from", []string{"van"}, true},
		{"to", []string{"naar"}, true},
		{"depth", []string{"diepte"}, true},
		{"trust", []string{"vertrouwen"}, false},
		{"value", []string{"waarde"}, false},
		{"weight", []string{"gewicht"}, false},
	}
	objectColumns = []column{
		{"id", nil, true},
		{"name", []string{"naam"}, false},
		{"origin", []string{"herkomst"}, false},
		{"description", []string{"beschrijving"}, false},
	}
	personColumns = []column{
		{"id", nil, true},
		{"partner", nil, true},
		{"role", []string{"rol"}, false},
		{"name", []string{"naam"}, false},
	}
	targetColumns = []column{
		{"a", nil, true},
		{"b", nil, true},
		{"depth", []string{"diepte"}, true},
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
}

// headerKey normalises a column name for matching: trimmed, lower case,
// without a stray byte-order mark.
func headerKey(s string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
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
