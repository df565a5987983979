package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// A workbook as coordinators make them: Dutch sheet headers in capitals,
// partner ids that Excel stores as numbers, real date cells, a typo in one
// id. gbo names the sheet, row and column of the typo, and otherwise reads
// the numbers as the ids they are.
func TestWorkbookWithNumericIDsAndATypo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Samenwerking 2024.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "partners")
	f.SetSheetRow("partners", "A1", &[]any{"ID", "Naam", "Sector"})
	f.SetSheetRow("partners", "A2", &[]any{101, "OCMW Geël", "OCMW"})
	f.SetSheetRow("partners", "A3", &[]any{102, "CAW Noord", "CAW"})
	f.SetSheetRow("partners", "A4", &[]any{203, "Huis van het Kind", "Huis van het Kind"})
	f.NewSheet("interactions")
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetSheetRow("interactions", "A1", &[]any{"Datum", "Van", "Met", "Soort"})
	rows := [][]any{
		{time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC), 101, 102, "Doorverwijzing"},
		{time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC), 102, "203", "casusoverleg"},
		{time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), 101, 230, "kennismaking"},
	}
	for i, r := range rows {
		cell := "A" + string(rune('2'+i))
		f.SetSheetRow("interactions", cell, &r)
		f.SetCellStyle("interactions", cell, cell, style)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runGBO(t, "ties", path)
	if code != 2 || !strings.Contains(stderr, `interactions:4:3: error: unknown partner id "230"; did you mean "203"?`) {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	f.SetCellValue("interactions", "C4", 203)
	f.Save()
	out, stderr, code := runGBO(t, "ties", path, "--format", "csv")
	if code != 0 {
		t.Fatal(stderr)
	}
	for _, want := range []string{"101,102,3,", "102,203,4,", "101,203,1,"} {
		if !strings.Contains(out, want) {
			t.Errorf("ties lack %q:\n%s", want, out)
		}
	}
}
