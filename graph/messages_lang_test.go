package graph

import (
	"strings"
	"testing"

	"gbo/graph/locale"
)

// TestSheetNotReadListsTheMessageLanguage: the warning about a sheet that
// is not read lists the case sheets' names in the message's language
// first (gbo's template's names in it), then the other languages' names,
// every name once, and each name it lists is read as that sheet.
func TestSheetNotReadListsTheMessageLanguage(t *testing.T) {
	p := Problem{Pos: Pos{File: "b.xlsx:Feuil1"}, Code: "sheet_not_read", Args: []string{"Feuil1"}}
	for _, lang := range locale.Languages() {
		msg := p.Message(lang)
		list := msg[strings.Index(msg, "(")+1 : strings.LastIndex(msg, ")")]
		names := strings.Split(list, ", ")
		for i, base := range templateTables {
			want := `"` + locale.T(lang, "workbook.sheet_"+base) + `"`
			if i >= len(names) || names[i] != want {
				t.Errorf("%s: name %d of the list is not %s: %s", lang, i+1, want, msg)
			}
		}
		seen := map[string]bool{}
		for _, n := range names {
			n = strings.Trim(n, `"`)
			if seen[n] {
				t.Errorf("%s: %q listed twice: %s", lang, n, msg)
			}
			seen[n] = true
			if k := sheetKey(n); k == sheetNameKey(n) && k != "case" {
				if _, ok := tableRank[k]; !ok {
					t.Errorf("%s: %q is listed but not read as a case sheet", lang, n)
				}
			}
		}
		for _, other := range locale.Languages() {
			if n := locale.T(other, "workbook.sheet_partners"); !seen[n] {
				t.Errorf("%s: the %s name %q is not listed: %s", lang, other, n, msg)
			}
		}
	}
}

// TestCaseKeyListInTheMessageLanguage: the settings a case sheet accepts
// are listed by their names in the message's language (French: nom,
// région, date_de_référence, langue, coordinateur), each of which the
// reader takes for its key, with the .fr labels too.
func TestCaseKeyListInTheMessageLanguage(t *testing.T) {
	keys := []string{"name", "region", "as_of", "language", "coordinator"}
	names := map[string][]string{
		"en": {"name", "region", "as_of", "language", "coordinator"},
		"nl": {"naam", "regio", "peildatum", "taal", "coordinator"},
		"fr": {"nom", "région", "date_de_référence", "langue", "coordinateur"},
	}
	for _, lang := range locale.Languages() {
		want, ok := names[lang]
		if !ok {
			t.Errorf("no key names for %s in this test", lang)
			continue
		}
		for _, code := range []string{"case_key_unknown", "case_key_bad"} {
			msg := Text(code, lang, "x")
			if !strings.Contains(msg, strings.Join(want, ", ")+", depth.") {
				t.Errorf("%s %s does not list %q: %s", lang, code, want, msg)
			}
			if !strings.Contains(msg, ".fr") {
				t.Errorf("%s %s does not say labels may be given in French: %s", lang, code, msg)
			}
		}
		for i, n := range want {
			if caseKeyNames[n] != keys[i] {
				t.Errorf("%s lists %q for %s, which the reader reads as %q", lang, n, keys[i], caseKeyNames[n])
			}
		}
	}
}

// TestTemplateNamesAreKnown: every sheet name gbo's template writes, in
// every language of the catalogue, is read as its own table (no name of
// one language means another table), and its helper sheets and the
// header of its settings sheet are known (template_names.go).
func TestTemplateNamesAreKnown(t *testing.T) {
	for _, lang := range locale.Languages() {
		for _, base := range templateTables {
			n := locale.T(lang, "workbook.sheet_"+base)
			if got := sheetKey(n); got != base {
				t.Errorf("%s: the template's sheet %q is read as %q, not %q", lang, n, got, base)
			}
		}
		for _, k := range []string{"instructions", "lists"} {
			if n := locale.T(lang, "workbook."+k); !helperSheets[sheetKey(n)] {
				t.Errorf("%s: the template's sheet %q is not one of gbo's own", lang, n)
			}
		}
		if n := locale.T(lang, "workbook.col_case_key"); !caseHeaderWords[sheetNameKey(n)] {
			t.Errorf("%s: the settings sheet's header %q is not known", lang, n)
		}
	}
}
