package output

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// CSVWriter writes what encoding/csv reads back unchanged, and quotes every
// field with a semicolon or a tab, so that a spreadsheet that splits at ';'
// (Belgian and Dutch Excel) keeps "Name;=2+2" in one cell.
func TestCSVWriterQuotesSemicolonsAndTabs(t *testing.T) {
	recs := [][]string{
		{"id", "name", "municipality"},
		{"a;=1+1", "Name;=2+2", "x\t=3+3"},
		{"plain", `he said "hi"`, " lead"},
		{"", "multi\nline", `\.`},
		{"ünï", "a,b", "ok"},
	}
	var b bytes.Buffer
	if err := NewCSVWriter(&b).WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, f := range []string{`"a;=1+1"`, `"Name;=2+2"`, "\"x\t=3+3\""} {
		if !strings.Contains(out, f) {
			t.Errorf("%s is not quoted in\n%s", f, out)
		}
	}
	// Split at ';' as Excel with a ';' list separator would, outside quotes:
	// no cell starts with '='.
	r := csv.NewReader(strings.NewReader(out))
	r.Comma = ';'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	cells, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range cells {
		for _, c := range row {
			if strings.HasPrefix(c, "=") {
				t.Errorf("a ';' spreadsheet gets the cell %q", c)
			}
		}
	}
	// encoding/csv reads the records back as they were.
	back, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		for j := range recs[i] {
			if back[i][j] != recs[i][j] {
				t.Errorf("record %d field %d: %q, want %q", i, j, back[i][j], recs[i][j])
			}
		}
	}
	// Fields encoding/csv leaves bare stay bare (outputs unchanged).
	var std bytes.Buffer
	w := csv.NewWriter(&std)
	w.WriteAll([][]string{{"plain", `he said "hi"`, " lead"}, {"", "multi\nline", `\.`}, {"ünï", "a,b", "ok"}})
	var ours bytes.Buffer
	NewCSVWriter(&ours).WriteAll([][]string{{"plain", `he said "hi"`, " lead"}, {"", "multi\nline", `\.`}, {"ünï", "a,b", "ok"}})
	if std.String() != ours.String() {
		t.Errorf("differs from encoding/csv:\n%q\n%q", ours.String(), std.String())
	}
}
