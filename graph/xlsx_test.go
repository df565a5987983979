package graph

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// sheet is one sheet of a test workbook: a name and its rows of cells (a
// time.Time becomes a real Excel date cell, a float64 a number cell).
type sheet struct {
	name string
	rows [][]any
}

// writeWorkbook writes a workbook with excelize, the way Excel stores one:
// dates as serial numbers with a date number format.
func writeWorkbook(t testing.TB, path string, sheets []sheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				style := -1
				if st, ok := v.(styled); ok {
					fmtCode := st.format
					id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &fmtCode})
					if err != nil {
						t.Fatal(err)
					}
					v, style = st.v, id
				}
				if err := f.SetCellValue(s.name, cell, v); err != nil {
					t.Fatal(err)
				}
				if style >= 0 {
					if err := f.SetCellStyle(s.name, cell, cell, style); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// styled is a cell value with a custom number format.
type styled struct {
	v      any
	format string
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// gentWorkbook is the partnership of testdata/belgian and testdata/english
// as a workbook: Dutch sheet and column names, real date cells, number
// cells, and the case sheet.
func gentWorkbook(t testing.TB) string {
	return writeWorkbook(t, filepath.Join(t.TempDir(), "gent.xlsx"), []sheet{
		{"Partners", [][]any{
			{"id", "naam", "sector", "kern", "gemeente", "regio"},
			{"CAW-Oost", "CAW Oost-Vlaanderen", "CAW", true, "Gent", "Oost"},
			{"OCMW-Gent", "OCMW Gent", "OCMW", nil, "Gent", "Oost"},
			{"DMW-CM", "Dienst Maatschappelijk Werk CM", "DMW", nil, "Gent", "Oost"},
			{"Samenlevingsopbouw", "Samenlevingsopbouw Gent", "opbouwwerk", "nee", "Gent", "Oost"},
			{},
			{"HvK-Gent", "Huis van het Kind Geïntegreerd", "gezin", false, "Gent", "Oost"},
			{"Café-Zoë", "Sociaal Café Zoë", "armoede", nil, "Merelbeke", "Oost"},
		}},
		{"interactions", [][]any{
			{"datum", "van", "met", "soort", "grensobject", "personen", "aantal", "opmerking"},
			{day(2024, 3, 15), "CAW-Oost", "OCMW-Gent|DMW-CM", "casusoverleg", "rechtenverkenning", "p1|p2", 2, "niet lezen"},
			{day(2024, 4, 5), "OCMW-Gent", "Samenlevingsopbouw", "doorverwijzing", nil, "p2"},
			{"20/05/2024", "HvK-Gent", "Café-Zoë|CAW-Oost", "kennismaking", "gezinnen03", nil, 1.0},
		}},
		{"ties", [][]any{
			{"van", "naar", "diepte", "vertrouwen", "waarde", "gewicht"},
			{"CAW-Oost", "OCMW-Gent", 4, 3, 4, 1.5},
			{"OCMW-Gent", "CAW-Oost", "doorverwijzing", 3, 3, 2},
		}},
		{"objects", [][]any{
			{"id", "naam", "herkomst", "beschrijving"},
			{"rechtenverkenning", "Rechtenverkenning", "stuurgroep", "Samen rechten nagaan"},
			{"gezinnen03", "Gezinnen 0-3 jaar", "werkgroep", "Gezinnen met kinderen van 0-3 jaar in armoede"},
		}},
		{"people", [][]any{
			{"id", "partner", "rol", "naam"},
			{"p1", "CAW-Oost", "maatschappelijk werker", "Anaïs"},
			{"p2", "OCMW-Gent", "sociaal assistent", "Zoë"},
		}},
		{"targets", [][]any{
			{"a", "b", "diepte"},
			{"sector:CAW", "sector:OCMW", "afstemming"},
			{"HvK-Gent", "Café-Zoë", 2},
		}},
		{"Case", [][]any{
			{"key", "value"},
			{"name", "GBO Gent"},
			{"regio", "Oost-Vlaanderen"},
			{"as_of", day(2024, 6, 30)},
			{"language", "nl"},
			{"coordinator", "OCMW-Gent"},
			{"depth.half_life", 180},
		}},
	})
}

func TestWorkbookDateCellsAreRealDates(t *testing.T) {
	// Guard that the helper writes what Excel writes: a number with a date
	// format, so the reader's serial conversion is really exercised.
	path := gentWorkbook(t)
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, _ := f.GetCellValue("interactions", "A2")
	if v != "45366" { // 2024-03-15 in the 1900 date system
		t.Fatalf("raw date cell = %q, want the serial 45366", v)
	}
	c, _ := readBook(t, path)
	if got := c.Events[0].Date; !got.Equal(day(2024, 3, 15)) {
		t.Errorf("date cell read as %v", got)
	}
}

func readBook(t testing.TB, path string) (*Case, Problems) {
	t.Helper()
	src, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return Read(src, fakeOptions)
}

func TestWorkbookPositionsAreSheetRows(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", "OCMW"}}},
		{"interactions", [][]any{
			{"date", "from", "with", "kind"},
			{day(2024, 1, 1), "A", "B", 1},
			{},
			{"32/01/2024", "A", "Bb", "verwijzing"},
		}},
	})
	_, ps := readBook(t, path)
	want := []struct {
		code string
		col  int
	}{{"impossible_date", 1}, {"unknown_partner", 3}, {"unknown_kind", 4}}
	errs := ps.Errors()
	if len(errs) != len(want) {
		t.Fatalf("got %v", errs)
	}
	for i, w := range want {
		p := errs[i]
		if p.Code != w.code || p.Pos.File != path+":interactions" || p.Pos.Line != 4 || p.Pos.Col != w.col {
			t.Errorf("problem %d = %+v, want %s at %s:interactions:4:%d", i, p, w.code, path, w.col)
		}
	}
	if errs[1].Suggest != "B" {
		t.Errorf("suggest = %q, want B", errs[1].Suggest)
	}
}

func TestExcelSerialDates(t *testing.T) {
	tests := []struct {
		serial string
		d1904  bool
		want   time.Time
		ok     bool
	}{
		{"1", false, day(1900, 1, 1), true},
		{"59", false, day(1900, 2, 28), true},
		{"60", false, time.Time{}, false}, // Excel's 1900-02-29, which never was
		{"61", false, day(1900, 3, 1), true},
		{"45366", false, day(2024, 3, 15), true},
		{"45366.75", false, day(2024, 3, 15), true},
		{"43904", true, day(2024, 3, 15), true},
		{"0", false, time.Time{}, false},
		{"-3", false, time.Time{}, false},
		{"1e12", false, time.Time{}, false},
	}
	for _, tc := range tests {
		got, ok := excelSerialDate(tc.serial, tc.d1904)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("excelSerialDate(%q, %v) = %v %v, want %v %v", tc.serial, tc.d1904, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBadWorkbookIsAProblem(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.xlsx")
	c, ps := Read(&Source{label: path, abs: path, book: path}, Options{})
	if c == nil {
		t.Fatal("nil case")
	}
	if len(ps) != 1 || ps[0].Code != "unreadable" || ps[0].Pos != (Pos{File: path}) {
		t.Errorf("missing workbook: %v", ps)
	}
	writeDirFile(t, path, "this is not a zip")
	src, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, ps = Read(src, Options{})
	if len(ps) != 1 || ps[0].Code != "xlsx_not_zip" || ps[0].Pos != (Pos{File: path}) {
		t.Errorf("broken workbook: %v", ps)
	}
}

func TestWorkbookAttributeDatesAndNumbers(t *testing.T) {
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "a.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector", "sinds", "fte", "start", "uren"},
			{"A", "CAW", day(2019, 9, 1), 2.5, styled{43709, `dd/mm/yyyy;@`}, styled{0.5, `[h]:mm`}},
			{"B", "OCMW", "lang", 3, styled{43710, `"jaar "yyyy`}, styled{7, `0.0 "d"`}}}},
		{"interactions", [][]any{{"date", "from", "with", "kind"}, {45366.0, "A", "B", 1}}},
		{"CASE.csv", [][]any{{"peildatum", 45473}}},
	})
	c, ps := readBook(t, path)
	mustNoErrors(t, ps)
	if a := c.Partners[0].Attrs; a["sinds"] != "2019-09-01" || a["fte"] != "2.5" || a["start"] != "2019-09-01" || a["uren"] != "0.5" {
		t.Errorf("attrs %v", a)
	}
	if a := c.Partners[1].Attrs; a["sinds"] != "lang" || a["fte"] != "3" || a["start"] != "2019-09-02" || a["uren"] != "7" {
		t.Errorf("attrs %v", a)
	}
	// A number in a date column counts as a serial even without a date
	// format; so does as_of in the case sheet (here under its Dutch key,
	// in a sheet named like the file).
	if !c.Events[0].Date.Equal(day(2024, 3, 15)) || !c.AsOf.Equal(day(2024, 6, 30)) {
		t.Errorf("dates %v %v", c.Events[0].Date, c.AsOf)
	}
	if w := only(ps, "event_after_asof"); len(w) != 0 {
		t.Errorf("%v", w)
	}
}
