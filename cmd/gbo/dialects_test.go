package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"gbo/metrics/depth"
	"gbo/samples"
)

// dutchHeader maps docs/formats.md#columns's English column names to their Dutch names.
var dutchHeader = map[string]string{
	"date": "datum", "from": "van", "with": "met", "kind": "soort", "object": "grensobject",
	"people": "personen", "count": "aantal", "to": "naar", "depth": "diepte", "trust": "vertrouwen",
	"value": "waarde", "weight": "gewicht", "name": "naam", "role": "rol", "core": "kern",
	"municipality": "gemeente",
}

// sheet is one CSV file of a case, parsed.
type sheet struct {
	name string
	rows [][]string
}

// readSampleSheets reads a sample's CSV files, adding a weight column to
// ties.csv (with a value that needs a thousands separator in Dutch) so that
// decimal commas are exercised.
func readSampleSheets(t *testing.T, name string) ([]sheet, string) {
	fsys, ok := samples.FS(name)
	if !ok {
		t.Fatalf("no sample %s", name)
	}
	var out []sheet
	for _, f := range []string{"partners", "interactions", "ties", "people", "targets", "objects"} {
		b, err := fs.ReadFile(fsys, f+".csv")
		if err != nil {
			continue
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if f == "ties" {
			rows[0] = append(rows[0], "weight")
			for i := 1; i < len(rows); i++ {
				w := []string{"1.5", "2.25", "1234.5"}[i%3]
				rows[i] = append(rows[i], w)
			}
		}
		out = append(out, sheet{f, rows})
	}
	toml, err := fs.ReadFile(fsys, "case.toml")
	if err != nil {
		t.Fatal(err)
	}
	return out, string(toml)
}

func writeEnglish(t *testing.T, dir string, sheets []sheet, toml string) {
	for _, s := range sheets {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.WriteAll(s.rows)
		os.WriteFile(filepath.Join(dir, s.name+".csv"), b.Bytes(), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "case.toml"), []byte(toml), 0o644)
}

// writeBelgian writes the case as Belgian Excel saves it: `;`, Windows-1252,
// Dutch headers, dd/mm/yyyy dates, decimal commas, Dutch kind names.
func writeBelgian(t *testing.T, dir string, sheets []sheet, toml string) {
	dutchKind := map[string]string{}
	for _, k := range depth.DefaultModel().Kinds() {
		if len(k.Aliases) > 0 {
			dutchKind[k.Kind] = k.Aliases[0]
		}
	}
	// As Excel does, a character Windows-1252 lacks becomes "?".
	enc := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder())
	for _, s := range sheets {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Comma = ';'
		head := s.rows[0]
		for i, row := range s.rows {
			out := make([]string, len(row))
			for j, cell := range row {
				col := head[j]
				switch {
				case i == 0:
					if d, ok := dutchHeader[cell]; ok {
						cell = strings.ToUpper(d[:1]) + d[1:] // "Datum": headers match case-insensitively
					}
				case col == "date":
					d, err := time.Parse(time.DateOnly, cell)
					if err != nil {
						t.Fatal(err)
					}
					cell = d.Format("02/01/2006")
				case col == "kind" && dutchKind[cell] != "":
					cell = dutchKind[cell]
				case col == "weight":
					f, _ := strconv.ParseFloat(cell, 64)
					cell = dutchNumber(f)
				}
				out[j] = cell
			}
			w.Write(out)
		}
		w.Flush()
		cp, err := enc.Bytes(b.Bytes())
		if err != nil {
			t.Fatalf("%s: not encodable in Windows-1252: %v", s.name, err)
		}
		os.WriteFile(filepath.Join(dir, s.name+".csv"), cp, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "case.toml"), []byte(toml), 0o644)
}

// dutchNumber writes 1234.5 as "1.234,5".
func dutchNumber(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("," + frac)
	}
	return b.String()
}

// writeWorkbook writes the case as one .xlsx with real date cells and
// numbers as numbers, and a two-column `case` sheet for case.toml.
func writeWorkbook(t *testing.T, path string, sheets []sheet, toml string) {
	f := excelize.NewFile()
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", s.name)
		} else {
			f.NewSheet(s.name)
		}
		head := s.rows[0]
		for r, row := range s.rows {
			for c, cell := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				var v any = cell
				if r > 0 {
					switch head[c] {
					case "date":
						d, _ := time.Parse(time.DateOnly, cell)
						v = d
					case "weight", "count", "depth", "trust", "value":
						if n, err := strconv.ParseFloat(cell, 64); err == nil {
							v = n
						}
					}
				}
				if err := f.SetCellValue(s.name, ref, v); err != nil {
					t.Fatal(err)
				}
				if r > 0 && head[c] == "date" {
					f.SetCellStyle(s.name, ref, ref, dateStyle)
				}
			}
		}
	}
	f.NewSheet("case")
	row := 1
	for _, line := range strings.Split(toml, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"`)
		f.SetCellValue("case", fmt.Sprintf("A%d", row), strings.TrimSpace(k))
		if strings.TrimSpace(k) == "as_of" {
			d, _ := time.Parse(time.DateOnly, v)
			f.SetCellValue("case", fmt.Sprintf("B%d", row), d)
			f.SetCellStyle("case", fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), dateStyle)
		} else {
			f.SetCellValue("case", fmt.Sprintf("B%d", row), v)
		}
		row++
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// The acceptance test: the same partnership as a Belgian Excel CSV
// export, as UTF-8 CSV with English headers, and as .xlsx gives identical
// `gbo ties --format json`.
func TestThreeDialectsGiveIdenticalTies(t *testing.T) {
	for _, name := range []string{"golf-2024", "grensobject"} {
		t.Run(name, func(t *testing.T) {
			sheets, toml := readSampleSheets(t, name)
			tmp := t.TempDir()
			en, be, book := filepath.Join(tmp, "en"), filepath.Join(tmp, "be"), filepath.Join(tmp, "case.xlsx")
			os.Mkdir(en, 0o755)
			os.Mkdir(be, 0o755)
			writeEnglish(t, en, sheets, toml)
			writeBelgian(t, be, sheets, toml)
			writeWorkbook(t, book, sheets, toml)
			want, stderr, code := runGBO(t, "ties", en, "--format", "json")
			if code != 0 {
				t.Fatalf("english CSV: exit %d: %s", code, stderr)
			}
			if !strings.Contains(want, `"depth_score"`) || strings.Count(want, `"a":`) < 20 {
				t.Fatalf("english CSV gave too little: %.300s", want)
			}
			for label, path := range map[string]string{"belgian CSV": be, "xlsx": book} {
				got, stderr, code := runGBO(t, "ties", path, "--format", "json")
				if code != 0 {
					t.Fatalf("%s: exit %d: %s", label, code, stderr)
				}
				if got != want {
					t.Errorf("%s differs from English CSV:\n%s", label, firstDiff(want, got))
				}
			}
		})
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(al), len(bl))
}
