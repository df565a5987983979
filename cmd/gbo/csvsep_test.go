package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readCSV reads a CSV with separator sep, failing the test on a bad table.
func readCSV(t *testing.T, data string, sep rune) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(data))
	r.Comma = sep
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading back with %q: %v\n%s", sep, err, data)
	}
	return recs
}

// sameValues holds a Belgian-style table (decimal comma) to the default
// one: same shape, same cells once the decimal comma is a point again. It
// returns how many numbers got a comma.
func sameValues(t *testing.T, what string, got, want [][]string, decimalComma bool) int {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
	}
	commas := 0
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("%s row %d: %q, want %q", what, i, got[i], want[i])
		}
		for j, v := range got[i] {
			if decimalComma && v != want[i][j] && decimalCell.MatchString(want[i][j]) {
				if v != strings.Replace(want[i][j], ".", ",", 1) {
					t.Errorf("%s row %d col %d: %q, want %q with a decimal comma", what, i, j, v, want[i][j])
				}
				commas++
				continue
			}
			if v != want[i][j] {
				t.Errorf("%s row %d col %d: %q, want %q", what, i, j, v, want[i][j])
			}
		}
	}
	return commas
}

// TestBelgianCSVGivesTheSameValues: `--format csv` and `export -o x.csv`
// with --csv-sep ';' (and --decimal-comma) or tab, read back with
// encoding/csv and that separator, give the values of the default CSV;
// without the flags the bytes are the default's.
func TestBelgianCSVGivesTheSameValues(t *testing.T) {
	plain, _, code := runGBO(t, "ties", "sample:golf-2024", "--format", "csv")
	if code != 0 {
		t.Fatal("ties csv failed")
	}
	same, _, _ := runGBO(t, "ties", "sample:golf-2024", "--format", "csv", "--csv-sep", ",")
	if same != plain {
		t.Error("--csv-sep ',' changed the bytes of the default CSV")
	}
	want := readCSV(t, plain, ',')
	for _, tc := range []struct {
		args  []string
		sep   rune
		comma bool
	}{
		{[]string{"--csv-sep", ";", "--decimal-comma"}, ';', true},
		{[]string{"--csv-sep", ";"}, ';', false},
		{[]string{"--csv-sep", "tab"}, '\t', false},
	} {
		out, errOut, code := runGBO(t, append([]string{"ties", "sample:golf-2024", "--format", "csv"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		n := sameValues(t, "ties "+strings.Join(tc.args, " "), readCSV(t, out, tc.sep), want, tc.comma)
		if tc.comma && n == 0 {
			t.Errorf("%v: no number got a decimal comma", tc.args)
		}
	}

	dir := t.TempDir()
	def, bel := filepath.Join(dir, "n.csv"), filepath.Join(dir, "b.csv")
	if _, e, code := runGBO(t, "export", "sample:golf-2024", "-o", def); code != 0 {
		t.Fatal(e)
	}
	if _, e, code := runGBO(t, "export", "sample:golf-2024", "-o", bel, "--csv-sep", ";", "--decimal-comma"); code != 0 {
		t.Fatal(e)
	}
	commas := 0
	for _, pair := range [][2]string{{def, bel}, {filepath.Join(dir, "n-partners.csv"), filepath.Join(dir, "b-partners.csv")}} {
		d, err1 := os.ReadFile(pair[0])
		b, err2 := os.ReadFile(pair[1])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if bytes.Contains(b, []byte(",")) && !bytes.Contains(b, []byte(";")) {
			t.Fatalf("%s is not ';'-separated", pair[1])
		}
		commas += sameValues(t, filepath.Base(pair[1]), readCSV(t, string(b), ';'), readCSV(t, string(d), ','), true)
	}
	if commas == 0 {
		t.Error("export: no number got a decimal comma")
	}
}

// TestCSVFlagsRefused: a decimal comma without ';', an unknown separator,
// and the CSV flags where no CSV is written are usage errors (exit 2) that
// name the flag, before any output.
func TestCSVFlagsRefused(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"ties", "sample:golf-2024", "--format", "csv", "--decimal-comma"},
		{"ties", "sample:golf-2024", "--format", "csv", "--csv-sep", "tab", "--decimal-comma"},
		{"ties", "sample:golf-2024", "--format", "csv", "--csv-sep", "|"},
		{"ties", "sample:golf-2024", "--format", "json", "--csv-sep", ";"},
		{"export", "sample:golf-2024", "-o", filepath.Join(dir, "x.csv"), "--decimal-comma"},
		{"export", "sample:golf-2024", "-o", filepath.Join(dir, "x.gexf"), "--csv-sep", ";"},
	} {
		out, errOut, code := runGBO(t, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "--") ||
			!(strings.Contains(errOut, "--decimal-comma") || strings.Contains(errOut, "--csv-sep")) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("refused export wrote %d files", len(ents))
	}
}
