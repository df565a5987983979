package graph

import (
	"path/filepath"
	"strings"
	"testing"
)

// A number in an id column reads as its number format shows it, in every
// table that names ids; the same number in another column does not.
func TestWorkbookIDsReadAsShown(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"Partners", [][]any{{"ID", "sector", "naam"},
			{styled{7, "000"}, "CAW", styled{7, "000"}},
			{styled{12, `"P"0000`}, "OCMW", "x"},
			{styled{3, "@"}, "CPAS", "y"},
			{15.0, "OCMW", "z"},
		}},
		{"objecten", [][]any{{"id"}, {styled{5, "00"}}}},
		{"interacties", [][]any{{"datum", "van", "met", "soort", "grensobject"},
			{day(2024, 1, 1), "007", "P0012", "referral", "05"},
			{day(2024, 1, 2), styled{7, "000"}, 3, "referral", styled{5, "00"}},
			{day(2024, 1, 3), "3", 15, "referral", nil},
		}},
		{"banden", [][]any{{"van", "naar", "diepte"}, {styled{7, "000"}, styled{12, `"P"0000`}, styled{3, "000"}}}},
		{"personen", [][]any{{"id", "partner"}, {styled{1, "000"}, styled{7, "000"}}}},
	})
	c, ps := readBook(t, path)
	if errs := ps.Errors(); len(errs) > 0 {
		t.Fatalf("%v", errs)
	}
	var ids []string
	for _, p := range c.Partners {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, ","); got != "007,P0012,3,15" {
		t.Errorf("partner ids %s", got)
	}
	if c.Partners[0].Name != "7" {
		t.Errorf("name column formatted: %q", c.Partners[0].Name)
	}
	if len(c.Events) != 3 || len(c.Ratings) != 1 || c.Ratings[0].Depth != 3 {
		t.Errorf("events %v ratings %+v", len(c.Events), c.Ratings)
	}
	if len(c.People) != 1 || c.People[0].ID != "001" {
		t.Errorf("people %+v", c.People)
	}
}

// A date-formatted id is an error at its sheet, row and column.
func TestWorkbookDateIDIsAnError(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {day(2024, 3, 1), "OCMW"}}},
		{"interactions", [][]any{{"date", "from", "with", "kind"}, {day(2024, 1, 1), "A", day(2024, 3, 1), "referral"}}},
	})
	_, ps := readBook(t, path)
	errs := ps.Errors()
	if len(errs) != 2 {
		t.Fatalf("%v", errs)
	}
	for i, w := range []struct {
		sheet    string
		row, col int
	}{{"partners", 3, 1}, {"interactions", 2, 3}} { // reading order (Problems.Sort)
		p := errs[i]
		if p.Code != "xlsx_date_id" || p.Pos.File != path+":"+w.sheet || p.Pos.Line != w.row || p.Pos.Col != w.col {
			t.Errorf("problem %d = %+v", i, p)
		}
		if !strings.Contains(p.Message("en"), "2024-03-01") || !strings.Contains(p.Message("nl"), "Tekst") {
			t.Errorf("%s / %s", p.Message("en"), p.Message("nl"))
		}
	}
}

func TestFormatID(t *testing.T) {
	for _, c := range []struct{ raw, code, want string }{
		{"7", "000", "007"}, {"1234", "000", "1234"}, {"7", `"P"000`, "P007"},
		{"7", `00\-00`, "00-07"}, {"1234", "#,##0", "1234"}, {"7", "0.00", "7"},
		{"7.5", "000", "7.5"}, {"7", "0%", "7"}, {"7", "@", "7"}, {"7", "", "7"},
		{"-7", "000", "-7"}, {"0", "#", ""}, {"0", "000", "000"}, {"7", "[Red]000;[Blue]-000", "007"},
		{"7", `000" kg"`, "007 kg"}, {"7", "0.00E+00", "7"}, {"1e20", "000", "1e20"}, {"x", "000", "x"},
		{"7", "00000_)", "00007"},
	} {
		if got := formatID(c.raw, c.code); got != c.want {
			t.Errorf("formatID(%q, %q) = %q, want %q", c.raw, c.code, got, c.want)
		}
	}
}
