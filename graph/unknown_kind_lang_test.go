package graph_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/locale"
	"gbo/metrics/depth"
)

// modelOptions reads with gbo's default depth model (and a case's [depth]).
var modelOptions = graph.Options{Vocabulary: func(d graph.DepthConfig) (graph.Vocabulary, error) {
	return depth.NewModel(d)
}}

// TestUnknownKindSaysItInTheMessageLanguage: the unknown-kind message
// lists the kinds by their names in the message's language first (the
// catalogue's analysis.kind name heads each kind), no two names that
// differ only by accents or apostrophes, no name cut (a rung too long for
// its room leaves whole names out, "… +N"), and a workbook without a
// settings sheet is told to add a row to the settings sheet as its
// language names it (a French workbook: "paramètres", never the Dutch
// "instellingen"); a workbook's own settings sheet keeps its name.
func TestUnknownKindSaysItInTheMessageLanguage(t *testing.T) {
	folder := map[string][]byte{
		"partners.csv":     []byte("id,nom,secteur\na,A,CPAS\nb,B,CAW\n"),
		"interactions.csv": []byte("date,de,avec,type\n2025-01-01,a,b,zorgtraject\n"),
	}
	_, ps := graph.Read(graph.OpenMemFolder("c", folder), modelOptions)
	if len(ps) != 1 || ps[0].Code != "unknown_kind" {
		t.Fatalf("want one unknown_kind, got %v", ps)
	}
	m, err := depth.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range locale.Languages() {
		msg := ps[0].Message(lang)
		// Every kind of the default model is named first by its name in lang.
		for _, k := range m.Kinds() {
			name := locale.T(lang, "analysis.kind."+k.Kind)
			if !strings.Contains(msg, ": "+name+" (") && !strings.Contains(msg, ", "+name+" (") {
				t.Errorf("%s: kind %s is not headed by %q: %s", lang, k.Kind, name, msg)
			}
		}
		// No name twice, accents and apostrophes aside; none cut.
		list := msg[strings.Index(msg, "1"):]
		seen := map[string]string{}
		for _, n := range strings.FieldsFunc(list, func(r rune) bool { return strings.ContainsRune("(),;", r) }) {
			n = strings.TrimSpace(n)
			if i := strings.LastIndex(n, ": "); i >= 0 {
				n = n[i+2:]
			}
			if n == "" || strings.HasPrefix(n, "… +") || strings.ContainsAny(n, "[]\"=") {
				continue
			}
			if strings.HasSuffix(n, "…") {
				t.Errorf("%s: name cut: %q in %s", lang, n, msg)
			}
			k := fold(n)
			if prev, ok := seen[k]; ok && prev != n {
				t.Errorf("%s: %q and %q differ only by accents: %s", lang, prev, n, msg)
			}
			seen[k] = n
		}
		if strings.Contains(msg, "échange d’info") || strings.Contains(msg, "echange d'informations") {
			t.Errorf("%s: duplicate spellings listed: %s", lang, msg)
		}
		for _, a := range ps[0].Args {
			if utf8.RuneCountInString(a) > 200 {
				t.Errorf("%s: an arg of %d characters would be cut", lang, utf8.RuneCountInString(a))
			}
		}
	}
	// Each kind is headed by its name in the message's language (the
	// catalogue's analysis.kind), its other names after it.
	for lang, want := range map[string]string{"fr": "3\u00a0: orientation (", "nl": "3: doorverwijzing (", "en": "3: referral ("} {
		if m := ps[0].Message(lang); !strings.Contains(m, want) {
			t.Errorf("%s: the referral rung does not start with the %s name: %s", lang, lang, m)
		}
	}
}

// TestUnknownKindNamesTheSettingsSheet: in a workbook, the message tells
// where to add a kind: the workbook's own settings sheet, else the one
// its sheets' language names, else the message's language's.
func TestUnknownKindNamesTheSettingsSheet(t *testing.T) {
	for _, tc := range []struct {
		sheets []string // partners, interactions (and a settings sheet)
		want   map[string]string
	}{
		{[]string{"partenaires", "interactions"}, map[string]string{"fr": "paramètres", "nl": "paramètres", "en": "paramètres"}},
		{[]string{"Partners", "Interacties"}, map[string]string{"fr": "instellingen", "nl": "instellingen", "en": "instellingen"}},
		{[]string{"partners", "interactions"}, map[string]string{"fr": "case", "nl": "case", "en": "case"}},
		{[]string{"Partners", "Contacts"}, nil}, // names of more than one language: the message's
		{[]string{"Partenaires", "Interactions", "Paramètres"}, map[string]string{"fr": "Paramètres", "en": "Paramètres"}},
	} {
		data := book(t, tc.sheets)
		_, ps := graph.Read(graph.OpenMemWorkbook("t.xlsx", data), modelOptions)
		var p *graph.Problem
		for i := range ps {
			if ps[i].Code == "unknown_kind" {
				p = &ps[i]
			}
		}
		if p == nil {
			t.Fatalf("%v: no unknown_kind in %v", tc.sheets, ps)
		}
		for lang, want := range tc.want {
			if msg := p.Message(lang); !strings.Contains(msg, `"`+want+`"`) {
				t.Errorf("%v in %s: want the sheet %q named: %s", tc.sheets, lang, want, msg)
			}
		}
		if tc.want == nil {
			for _, lang := range locale.Languages() {
				if want := locale.T(lang, "workbook.sheet_case"); !strings.Contains(p.Message(lang), `"`+want+`"`) {
					t.Errorf("%v in %s: want %q: %s", tc.sheets, lang, want, p.Message(lang))
				}
			}
		}
	}
}

// book is a workbook of sheets: a partners sheet, an interactions sheet
// with a kind the default model lacks, and a settings sheet naming the
// case, named as given.
func book(t *testing.T, sheets []string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][][]string{
		{{"id", "name", "sector"}, {"a", "A", "CPAS"}, {"b", "B", "CAW"}},
		{{"date", "from", "with", "kind"}, {"2025-01-01", "a", "b", "zorgtraject"}},
		{{"key", "value"}, {"name", "x"}},
	}
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range rows[i] {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellStr(name, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fold is a name without case, accents or apostrophe shapes.
func fold(s string) string {
	r := strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "ç", "c", "’", "'", "ô", "o", "î", "i", "û", "u")
	return strings.Map(unicode.ToLower, r.Replace(strings.ToLower(s)))
}
