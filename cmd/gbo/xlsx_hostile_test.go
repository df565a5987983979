package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// A workbook whose interactions sheet breaks off at row 300 (a malformed
// XML entity) is not read as a shorter case: every command says the sheet
// and the row, and exits 2 with nothing written.
func TestWorkbookBrokenAtRow300Exits2(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "partners")
	f.SetSheetRow("partners", "A1", &[]any{"id", "sector"})
	f.SetSheetRow("partners", "A2", &[]any{"A", "CAW"})
	f.SetSheetRow("partners", "A3", &[]any{"B", "OCMW"})
	f.NewSheet("interactions")
	f.SetSheetRow("interactions", "A1", &[]any{"date", "from", "with", "kind"})
	for r := 2; r <= 638; r++ {
		f.SetSheetRow("interactions", fmt.Sprintf("A%d", r), &[]any{time.Date(2024, 1, 1+r%28, 0, 0, 0, 0, time.UTC), "A", "B", "overleg"})
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, stderr, code := runGBO(t, "validate", path); code != 0 {
		t.Fatalf("intact workbook: exit %d\n%s", code, stderr)
	}

	// Rewrite the sheet with a broken entity in row 300.
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range zr.File {
		rc, _ := e.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if e.Name == "xl/worksheets/sheet2.xml" {
			loc := regexp.MustCompile(`<row r="300"[^>]*>`).FindIndex(b)
			if loc == nil {
				t.Fatal("no row 300")
			}
			b = append(append(append([]byte{}, b[:loc[1]]...), `<c r="A300"><v>&bogus;</v></c>`...), b[loc[1]:]...)
		}
		w, _ := zw.Create(e.Name)
		w.Write(b)
	}
	zr.Close()
	zw.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "net.json")
	_, stderr, code := runGBO(t, "export", path, "-o", out)
	want := path + `:interactions:300:1: error: sheet "interactions" cannot be read from this row on`
	if code != 2 || !strings.Contains(stderr, want) {
		t.Fatalf("exit %d, want 2 and %q in:\n%s", code, want, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output written: %v", err)
	}
	stdout, stderr, code := runGBO(t, "ties", path, "--format", "csv")
	if code != 2 || stdout != "" || !strings.Contains(stderr, want) {
		t.Errorf("ties: exit %d, stdout %q\n%s", code, stdout, stderr)
	}
}
