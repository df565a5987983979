package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// writeBigWorkbook writes rows interactions (200 partners) with excelize's
// stream writer, as a coordinator's export: shared strings, date cells.
func writeBigWorkbook(tb testing.TB, path string, rows int) {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "partners")
	f.SetSheetRow("partners", "A1", &[]any{"id", "sector"})
	for i := 0; i < 200; i++ {
		f.SetSheetRow("partners", fmt.Sprintf("A%d", i+2), &[]any{fmt.Sprintf("P%03d", i), "CAW"})
	}
	f.NewSheet("interactions")
	sw, err := f.NewStreamWriter("interactions")
	if err != nil {
		tb.Fatal(err)
	}
	st, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	sw.SetRow("A1", []any{"datum", "van", "met", "soort", "aantal"})
	kinds := []string{"casusoverleg", "doorverwijzing", "kennismaking", "overleg", "3"}
	for i := 0; i < rows; i++ {
		a, b := i%200, (i*7+1)%200
		if a == b {
			b = (a + 1) % 200
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		sw.SetRow(cell, []any{excelize.Cell{StyleID: st, Value: time.Date(2024, time.Month(i%12+1), i%28+1, 0, 0, 0, 0, time.UTC)},
			fmt.Sprintf("P%03d", a), fmt.Sprintf("P%03d", b), kinds[i%5], i%3 + 1})
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkReadWorkbook reads a 100,000-row interactions sheet (a 2.5 MB
// workbook that unzips to 24 MB).
func BenchmarkReadWorkbook(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.xlsx")
	writeBigWorkbook(b, path, 100_000)
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	src, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		c, ps := Read(src, fakeOptions)
		if ps.HasErrors() || len(c.Events) != 100_000 {
			b.Fatalf("%d events, %v", len(c.Events), ps.Errors())
		}
	}
}
