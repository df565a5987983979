package graph

import (
	"path/filepath"
	"strings"
	"testing"
)

// Sheets are found under the names users give them: any case, spaces
// around, a .csv suffix, Dutch names.
func TestSheetNamesAsUsersWriteThem(t *testing.T) {
	for _, names := range [][2]string{
		{"Partners", "Interacties"},
		{" PARTNERORGANISATIES ", "contacten"},
		{"partners.csv", "Gebeurtenissen"},
		{"Partnerorganisaties", " Interactions "},
	} {
		path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
			{names[0], [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", "OCMW"}}},
			{names[1], [][]any{{"datum", "van", "met", "soort"}, {day(2024, 1, 1), "A", "B", "referral"}}},
			{"Banden", [][]any{{"van", "naar", "diepte"}, {"A", "B", 3}}},
			{"Instellingen", [][]any{{"key", "value"}, {"name", "Gent"}}},
		})
		c, ps := readBook(t, path)
		if errs := ps.Errors(); len(errs) > 0 {
			t.Errorf("%v: %v", names, errs)
			continue
		}
		if len(c.Partners) != 2 || len(c.Events) != 1 || len(c.Ratings) != 1 || c.Name != "Gent" {
			t.Errorf("%v: read %d partners, %d interactions, %d ties, name %q", names, len(c.Partners), len(c.Events), len(c.Ratings), c.Name)
		}
	}
}

// A missing sheet is reported as a sheet, with the names it may have and
// the sheets the workbook has, in English and Dutch; never as a CSV file.
func TestMissingSheetListsSheetsFound(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"Blad1", [][]any{{"id", "sector"}, {"A", "CAW"}}},
		{"Data", [][]any{{"x"}, {"1"}}},
	})
	_, ps := readBook(t, path)
	errs := append(only(ps, "missing_sheet"), only(ps, "missing_event_sheets")...)
	if len(errs) != 2 || len(ps.Errors()) != 2 {
		t.Fatalf("got %v", ps.Errors())
	}
	for _, p := range errs {
		if p.Pos.File != path {
			t.Errorf("%s at %q, want the workbook", p.Code, p.Pos.File)
		}
		for _, lang := range []string{"en", "nl"} {
			s := p.Message(lang)
			if !strings.Contains(s, `"Blad1", "Data"`) || strings.Contains(s, ".csv") {
				t.Errorf("%s: %s", lang, s)
			}
			if lang == "nl" && (!strings.Contains(s, "gegevens") || strings.Contains(s, "casus")) {
				t.Errorf("nl: %s", s)
			}
		}
	}
	if s := errs[0].Message("nl"); !strings.Contains(s, `"partnerorganisaties"`) {
		t.Errorf("nl: %s", s)
	}
	if s := errs[1].Message("en"); !strings.Contains(s, `"interacties"`) || !strings.Contains(s, `"banden"`) {
		t.Errorf("en: %s", s)
	}
}
