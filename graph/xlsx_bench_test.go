package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// junkSheetBook is a workbook whose partners sheet holds, before its
// <sheetData>, about size bytes of XML the reader does not use: flat
// <a/> elements (the most tokens per byte), or <ab><cd>…</cd></ab> nested
// depth levels deep and repeated. Parts are stored, so that the ratio
// check lets it through to the reader.
func junkSheetBook(tb testing.TB, size int, depth int) []byte {
	tb.Helper()
	var junk string
	if depth == 0 {
		junk = strings.Repeat("<a/>", size/4)
	} else {
		open := strings.Repeat("<ab><cd>", depth/2)
		unit := open + strings.Repeat("</cd></ab>", depth/2)
		junk = strings.Repeat(unit, max(size/len(unit), 1))
	}
	p := miniBook([]msheet{{name: "partners", before: junk, data: okPartners.data}}, nil, "", false)
	for i := range p {
		p[i].stored = true
	}
	return buildZip(tb, p)
}

// BenchmarkWorkbookFlatJunk reads a workbook of 64 MiB unzipped that is
// nearly all flat <a/> elements before the sheet data: the most XML
// tokens a workbook within xlsxMaxUnzipped can hold, so the slowest
// workbook to read (xlsx_limits.go promises about 5 seconds).
func BenchmarkWorkbookFlatJunk(b *testing.B) {
	data := junkSheetBook(b, xlsxMaxUnzipped-64<<10, 0)
	path := filepath.Join(b.TempDir(), "junk.xlsx")
	os.WriteFile(path, data, 0o600)
	src, _ := Open(path)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		c, ps := Read(src, fakeOptions)
		if len(c.Partners) != 2 {
			b.Fatal(ps)
		}
	}
}
