package graph

import (
	"testing"
)

// A header means one thing: over every pair of columns of every file,
// two columns with different keys share no name (English, Dutch or
// French), and no column name is a free-text (note) column. Every name is
// written as headerKey matches it (lower case, NFC, trimmed), or it would
// never match. The same for sheet names, which must also not be a name of
// a column only by accident of another table.
func TestColumnNamesAreUnambiguous(t *testing.T) {
	files := map[string][]column{
		"partners": partnerColumns, "interactions": interactionColumns, "ties": tieColumns,
		"objects": objectColumns, "people": personColumns, "targets": targetColumns,
	}
	type named struct{ file, key string }
	owner := map[string]named{} // name -> the column that has it
	for file, cols := range files {
		for _, c := range cols {
			for _, n := range append([]string{c.key}, c.names...) {
				if headerKey(n) != n || n == "" {
					t.Errorf("%s.%s: name %q is not as headerKey writes it (%q)", file, c.key, n, headerKey(n))
				}
				if noteColumns[n] {
					t.Errorf("%s.%s: name %q is a note column", file, c.key, n)
				}
				if o, ok := owner[n]; ok && o.key != c.key {
					t.Errorf("name %q is both %s.%s and %s.%s", n, o.file, o.key, file, c.key)
				}
				owner[n] = named{file, c.key}
			}
		}
	}
	// Within one file, no two columns share a name, whatever their key.
	for file, cols := range files {
		seen := map[string]string{}
		for _, c := range cols {
			for _, n := range append([]string{c.key}, c.names...) {
				if k, ok := seen[n]; ok && k != c.key {
					t.Errorf("%s: %q names %s and %s", file, n, k, c.key)
				}
				seen[n] = c.key
			}
		}
	}
	for alias := range sheetAliases {
		if headerKey(alias) != alias {
			t.Errorf("sheet name %q is not as headerKey writes it", alias)
		}
	}
	for n := range noteColumns {
		if headerKey(n) != n {
			t.Errorf("note column %q is not as headerKey writes it", n)
		}
	}
}

// French headers match as typed in any of the ways people type them: in
// any case, precomposed or decomposed (NFD, as macOS may write it), with
// "’" or "'", with or without accents; and each means its column.
func TestFrenchHeadersMatch(t *testing.T) {
	for _, tc := range []struct {
		cols   []column
		header string
		key    string
	}{
		{partnerColumns, "Identifiant", "id"}, {partnerColumns, "NOM", "name"}, {partnerColumns, "secteur", "sector"},
		{partnerColumns, "Partenaire Clé", "core"}, {partnerColumns, "commune", "municipality"},
		{interactionColumns, "Date", "date"}, {interactionColumns, "de", "from"}, {interactionColumns, "avec", "with"},
		{interactionColumns, "type", "kind"}, {interactionColumns, "Type d’événement", "kind"},
		{interactionColumns, "type d'evenement", "kind"}, {interactionColumns, "E\u0301ve\u0301nement", "kind"},
		{interactionColumns, "objet", "object"}, {interactionColumns, "Objet-frontière", "object"},
		{interactionColumns, "personnes", "people"}, {interactionColumns, "nombre", "count"},
		{interactionColumns, "Quantite", "count"},
		{tieColumns, "de", "from"}, {tieColumns, "à", "to"}, {tieColumns, "\u00c0", "to"}, {tieColumns, "A\u0300", "to"},
		{tieColumns, "vers", "to"}, {tieColumns, "profondeur", "depth"}, {tieColumns, "e\u0301chelon", "depth"},
		{tieColumns, "echelon", "depth"}, {tieColumns, "confiance", "trust"}, {tieColumns, "valeur", "value"},
		{tieColumns, "poids", "weight"},
		{objectColumns, "origine", "origin"}, {objectColumns, "provenance", "origin"},
		{personColumns, "partenaire", "partner"}, {personColumns, "Rôle", "role"}, {personColumns, "fonction", "role"},
		{targetColumns, "Échelon", "depth"},
	} {
		key := headerKey(tc.header)
		got := ""
		for _, c := range tc.cols {
			if key == c.key || contains(c.names, key) {
				got = c.key
			}
		}
		if got != tc.key {
			t.Errorf("header %q means %q, want %q", tc.header, got, tc.key)
		}
	}
	for _, n := range []string{"Commentaire", "remarques", "OBSERVATIONS"} {
		if !noteColumns[headerKey(n)] {
			t.Errorf("%q is not a note column", n)
		}
	}
	for name, base := range map[string]string{
		"Partenaires": "partners", "ÉVÉNEMENTS": "interactions", "evenements": "interactions", "Liens": "ties",
		"Évaluations": "ties", "objets-frontières": "objects", "Personnes": "people", "Objectifs": "targets",
		"Paramètres": "case", "parame\u0300tres": "case", "cas": "case", " liens.csv ": "ties",
	} {
		if got := sheetKey(name); got != base {
			t.Errorf("sheet %q holds %q, want %q", name, got, base)
		}
	}
}
