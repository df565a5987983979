package graph

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Workbooks as other programs than Excel (and gbo) save them: LibreOffice,
// openpyxl, Strict OOXML writers, libraries that prefix their elements. Each
// must read to the same case as the CSV files or the plain workbook.

// anyKindOptions reads with the fake vocabulary, taking any other kind as
// itself at rung 1, so the samples' kinds read alike from every form.
var anyKindOptions = Options{Vocabulary: func(d DepthConfig) (Vocabulary, error) {
	v, err := newFakeVocabulary(d)
	return anyKinds{v}, err
}}

type anyKinds struct{ Vocabulary }

func (v anyKinds) Kind(s string) (string, int, bool) {
	if name, rung, ok := v.Vocabulary.Kind(s); ok {
		return name, rung, ok
	}
	return strings.ToLower(strings.TrimSpace(s)), 1, true
}

// caseFingerprint is what a case holds, as JSON, without where it was read
// from: its label, inputs, warnings and every Pos.
func caseFingerprint(t testing.TB, c *Case) string {
	t.Helper()
	if c == nil {
		return "<nil>"
	}
	cp := *c
	cp.Label, cp.Inputs, cp.Warnings = "", nil, nil
	v := reflect.ValueOf(&cp.Case).Elem() // the data: its slices of rows
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.Slice {
			s := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
			reflect.Copy(s, f)
			for j := 0; j < s.Len(); j++ {
				if p := s.Index(j); p.Kind() == reflect.Struct {
					if pos := p.FieldByName("Pos"); pos.IsValid() {
						pos.Set(reflect.Zero(pos.Type()))
					}
				}
			}
			f.Set(s)
		}
	}
	b, err := json.Marshal(&cp)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// firstDiff shows where two fingerprints part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-80, 0)
	return fmt.Sprintf("at byte %d:\n  want …%s\n  got  …%s", i, a[lo:min(i+80, len(a))], b[lo:min(i+80, len(b))])
}

// fbook describes a hand-made workbook as a foreign writer lays it out.
type fbook struct {
	ns, relNS  string // the SpreadsheetML and relationships name spaces
	prefix     bool   // every SpreadsheetML element written as x:name
	absolute   bool   // relationship targets as absolute part names
	date1904   bool
	styles     string // inside <styleSheet>
	sst        []string
	sheets     [][2]string // name, the XML inside <sheetData>
	beforeData string      // XML before <sheetData> of every sheet
}

const (
	transitionalNS    = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	transitionalRelNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	strictNS          = "http://purl.oclc.org/ooxml/spreadsheetml/main"
	strictRelNS       = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

var elementStart = regexp.MustCompile(`<(/?)([A-Za-z])`)

func (b fbook) zip(t testing.TB) []byte {
	ns, relNS := b.ns, b.relNS
	if ns == "" {
		ns, relNS = transitionalNS, transitionalRelNS
	}
	root := func(name, body string) []byte {
		x := `<` + name + ` xmlns="` + ns + `" xmlns:r="` + relNS + `">` + body + `</` + name + `>`
		if b.prefix {
			x = strings.Replace(elementStart.ReplaceAllString(x, "<${1}x:$2"), `xmlns="`, `xmlns:x="`, 1)
		}
		return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + x)
	}
	target := func(s string) string {
		if b.absolute {
			return "/xl/" + s
		}
		return s
	}
	rels := func(body string) []byte {
		return []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + body + `</Relationships>`)
	}
	book := "xl/workbook.xml"
	if b.absolute {
		book = "/" + book
	}
	parts := []zpart{
		{name: "[Content_Types].xml", body: []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`)},
		{name: "_rels/.rels", body: rels(`<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="` + book + `"/>`)},
	}
	var sheets, wrels strings.Builder
	for i, s := range b.sheets {
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, s[0], i+1, i+1)
		fmt.Fprintf(&wrels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="%s"/>`, i+1, relNS, target(fmt.Sprintf("worksheets/sheet%d.xml", i+1)))
		parts = append(parts, zpart{name: fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1),
			body: root("worksheet", b.beforeData+`<sheetData>`+s[1]+`</sheetData>`)})
	}
	pr := ""
	if b.date1904 {
		pr = `<workbookPr date1904="1"/>`
	}
	parts = append(parts, zpart{name: "xl/workbook.xml", body: root("workbook", pr+`<sheets>`+sheets.String()+`</sheets>`)})
	if b.styles != "" {
		fmt.Fprintf(&wrels, `<Relationship Id="rIdS" Type="%s/styles" Target="%s"/>`, relNS, target("styles.xml"))
		parts = append(parts, zpart{name: "xl/styles.xml", body: root("styleSheet", b.styles)})
	}
	if b.sst != nil {
		fmt.Fprintf(&wrels, `<Relationship Id="rIdT" Type="%s/sharedStrings" Target="%s"/>`, relNS, target("sharedStrings.xml"))
		var x strings.Builder
		for _, s := range b.sst {
			x.WriteString(`<si><t xml:space="preserve">` + s + `</t></si>`)
		}
		parts = append(parts, zpart{name: "xl/sharedStrings.xml", body: root("sst", x.String())})
	}
	parts = append(parts, zpart{name: "xl/_rels/workbook.xml.rels", body: rels(wrels.String())})
	return buildZip(t, parts)
}

// A small case: three partners with three-digit ids, two interactions,
// a case sheet with the coordinator.
var foreignCase = map[string][][]string{
	"partners":     {{"id", "sector", "core", "since"}, {"007", "CAW", "yes", "2020-01-15"}, {"012", "OCMW", "no", ""}, {"100", "DMW", "yes", "2019-06-30"}},
	"interactions": {{"date", "from", "with", "kind"}, {"2024-03-01", "007", "012|100", "overleg"}, {"2024-03-15", "012", "007", "referral"}},
	"case":         {{"key", "value"}, {"name", "Proef"}, {"as_of", "2024-12-31"}, {"coordinator", "007"}},
}

var foreignSheetOrder = []string{"partners", "interactions", "case"}

// cellFunc writes the cell of sheet, column header, holding text (as the
// CSV file has it), at reference ref ("" for a cell without one).
type cellFunc func(sheet, header, text, ref string) string

func inlineCell(_, _, text, ref string) string {
	return `<c` + refAttr(ref) + ` t="inlineStr"><is><t>` + text + `</t></is></c>`
}

func refAttr(ref string) string {
	if ref == "" {
		return ""
	}
	return ` r="` + ref + `"`
}

// foreignSheets writes foreignCase with cell, rows and cells numbered
// unless bare.
func foreignSheets(cell cellFunc, names map[string]string, bare bool) [][2]string {
	var out [][2]string
	for _, base := range foreignSheetOrder {
		rows := foreignCase[base]
		var x strings.Builder
		for i, row := range rows {
			if bare {
				x.WriteString(`<row>`)
			} else {
				fmt.Fprintf(&x, `<row r="%d">`, i+1)
			}
			for j, v := range row {
				ref := ""
				if !bare {
					ref = fmt.Sprintf("%s%d", columnName(j+1), i+1)
				}
				header := rows[0][j]
				if base == "case" && j == 1 {
					header = row[0]
				}
				if i == 0 && base != "case" {
					header = ""
				}
				x.WriteString(cell(base, header, v, ref))
			}
			x.WriteString(`</row>`)
		}
		name := base
		if n, ok := names[base]; ok {
			name = n
		}
		out = append(out, [2]string{name, x.String()})
	}
	return out
}

// isoSerial is the 1900-system serial of an ISO date of 2024 (from 1904
// when date1904).
func isoSerial(t testing.TB, iso string, date1904 bool) string {
	d, ok := parseDate(iso)
	if !ok {
		t.Fatalf("bad date %q", iso)
	}
	base := day(1899, 12, 30)
	if date1904 {
		base = day(1904, 1, 1)
	}
	return fmt.Sprint(int(d.Sub(base).Hours() / 24))
}

var foreignDateHeaders = map[string]bool{"date": true, "as_of": true, "since": true}

var foreignIDHeaders = map[string]bool{"id": true, "from": true, "with": true, "coordinator": true}

// typedCells writes numbers as number cells: ids in style 1 (format
// "000"), dates in style 2 (dd/mm/yyyy), serials from 1904 when date1904.
func typedCells(t testing.TB, date1904 bool) cellFunc {
	return func(sheet, header, text, ref string) string {
		switch {
		case foreignIDHeaders[header] && isPlainNumber(text):
			return `<c` + refAttr(ref) + ` s="1"><v>` + strings.TrimLeft(text, "0") + `</v></c>`
		case foreignDateHeaders[header] && text != "":
			return `<c` + refAttr(ref) + ` s="2"><v>` + isoSerial(t, text, date1904) + `</v></c>`
		}
		return inlineCell(sheet, header, text, ref)
	}
}

const typedStyles = `<numFmts count="2"><numFmt numFmtId="164" formatCode="000"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>` +
	`<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs>`

// foreignBooks are the forms of foreignCase, by name, each a kind of
// writer's habit; each reads to the same case.
func foreignBooks(t testing.TB) map[string][]byte {
	plain := foreignSheets(inlineCell, nil, false)
	// Shared strings, as LibreOffice and openpyxl write them.
	var sst []string
	index := map[string]int{}
	shared := func(_, _, text, ref string) string {
		i, ok := index[text]
		if !ok {
			i = len(sst)
			index[text] = i
			sst = append(sst, text)
		}
		return fmt.Sprintf(`<c%s t="s"><v>%d</v></c>`, refAttr(ref), i)
	}
	sharedSheets := foreignSheets(shared, nil, false)
	books := map[string]fbook{
		"inline":          {sheets: plain},
		"shared-strings":  {sheets: sharedSheets, sst: sst},
		"strict":          {ns: strictNS, relNS: strictRelNS, sheets: sharedSheets, sst: sst},
		"prefixed":        {prefix: true, sheets: sharedSheets, sst: sst, styles: typedStyles},
		"absolute-paths":  {absolute: true, sheets: sharedSheets, sst: sst, styles: typedStyles},
		"numbers-000":     {sheets: foreignSheets(typedCells(t, false), nil, false), styles: typedStyles},
		"numbers-1904":    {sheets: foreignSheets(typedCells(t, true), nil, false), styles: typedStyles, date1904: true},
		"dutch-sheets":    {sheets: foreignSheets(inlineCell, map[string]string{"partners": "Partnerorganisaties", "interactions": "INTERACTIES", "case": " instellingen "}, false)},
		"no-references":   {sheets: foreignSheets(inlineCell, nil, true), beforeData: `<sheetFormatPr defaultRowHeight="15"/>`},
		"strict-prefixed": {ns: strictNS, relNS: strictRelNS, prefix: true, absolute: true, sheets: foreignSheets(typedCells(t, false), nil, false), styles: typedStyles},
	}
	// ISO 8601 date cells (t="d"), with a time of day, as Strict writers
	// and some libraries write dates.
	books["iso-date-cells"] = fbook{sheets: foreignSheets(func(sheet, header, text, ref string) string {
		if foreignDateHeaders[header] && text != "" {
			return `<c` + refAttr(ref) + ` t="d" s="1"><v>` + text + `T00:00:00</v></c>`
		}
		return inlineCell(sheet, header, text, ref)
	}, nil, false), styles: `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>`}
	// Formulas with cached values: strings (t="str"), a shared formula's
	// anchor and its followers, booleans (t="b") for yes/no.
	books["formulas"] = fbook{sheets: foreignSheets(func(sheet, header, text, ref string) string {
		switch {
		case header == "core":
			b := "0"
			if text == "yes" {
				b = "1"
			}
			return `<c` + refAttr(ref) + ` t="b"><f>TRUE()</f><v>` + b + `</v></c>`
		case sheet == "partners" && header == "sector" && ref == "B2":
			return `<c r="B2" t="str"><f t="shared" ref="B2:B4" si="0">UPPER(B2)</f><v>` + text + `</v></c>`
		case sheet == "partners" && header == "sector":
			return `<c` + refAttr(ref) + ` t="str"><f t="shared" si="0"/><v>` + text + `</v></c>`
		case header == "from":
			return `<c` + refAttr(ref) + ` t="str"><f>"` + text + `"</f><v>` + text + `</v></c>`
		}
		return inlineCell(sheet, header, text, ref)
	}, nil, false)}
	// Empty rows that carry only attributes (height, style, spans), and
	// empty styled cells, between and after the rows, as LibreOffice and
	// Excel leave them after a deletion.
	var padded [][2]string
	for _, s := range plain {
		x := strings.ReplaceAll(s[1], `<row r="2">`, `<row r="2" spans="1:3" ht="12.8" customHeight="1">`)
		x = strings.Replace(x, `</row><row r="3">`, `<c r="Z2" s="1"/></row><row r="3" s="1" customFormat="1">`, 1)
		x += `<row r="40" spans="1:3" ht="15"/><row r="41"><c r="A41" s="1"/><c r="B41" t="s" s="1"/></row><row r="1048576" hidden="0" ht="15"/>`
		padded = append(padded, [2]string{s[0], x})
	}
	books["empty-rows"] = fbook{sheets: padded, styles: typedStyles, beforeData: `<dimension ref="A1:C1048576"/>`}
	out := map[string][]byte{}
	for name, b := range books {
		out[name] = b.zip(t)
	}
	return out
}

func TestForeignWorkbookFormsReadTheSame(t *testing.T) {
	books := foreignBooks(t)
	want, ps, _ := readBookBytes(t, books["inline"])
	mustNoErrors(t, ps)
	if len(want.Partners) != 3 || want.Partners[0].ID != "007" || want.Partners[0].Attrs["since"] != "2020-01-15" || want.Coordinator != "007" || len(want.Events) != 2 || want.AsOf != day(2024, 12, 31) {
		t.Fatalf("the plain workbook reads as %+v", want)
	}
	names := make([]string, 0, len(books))
	for name := range books {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			c, ps, _ := readBookBytes(t, books[name])
			if ps.HasErrors() {
				t.Fatalf("errors: %v", ps.Errors())
			}
			if a, b := caseFingerprint(t, want), caseFingerprint(t, c); a != b {
				t.Errorf("reads differently from the plain workbook %s", firstDiff(a, b))
			}
		})
	}
}

// Cells no spreadsheet shows as a value: a formula error, a formula saved
// without its result, an ISO date cell where an id goes. Each is an error
// at its cell (sheet, row, column), before what follows from it.
func TestForeignWorkbookCellsWithoutAValue(t *testing.T) {
	cases := []struct {
		name, sheet, header string
		cell                string
		code                string
		row, col            int
		arg                 string
	}{
		{"formula error", "interactions", "with", `<c r="C3" t="e"><f>VLOOKUP(B3,A:A,2,0)</f><v>#N/A</v></c>`, "xlsx_formula_error", 3, 3, "#N/A"},
		{"formula error in a note", "partners", "core", `<c r="C2" t="e"><v>#DIV/0!</v></c>`, "xlsx_formula_error", 2, 3, "#DIV/0!"},
		{"formula never calculated", "interactions", "date", `<c r="A2"><f>DATE(2024,3,1)</f></c>`, "xlsx_formula_no_value", 2, 1, "interactions"},
		{"iso date as an id", "partners", "id", `<c r="A3" t="d"><v>2024-03-01T00:00:00</v></c>`, "xlsx_date_id", 3, 1, `"id"`},
		{"iso date as the coordinator", "case", "coordinator", `<c r="B4" t="d"><v>2024-03-01</v></c>`, "xlsx_date_id", 4, 2, `"coordinator"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ref := fmt.Sprintf("%s%d", columnName(tc.col), tc.row)
			sheets := foreignSheets(func(sheet, header, text, r string) string {
				if sheet == tc.sheet && r == ref {
					return tc.cell
				}
				return inlineCell(sheet, header, text, r)
			}, nil, false)
			c, ps, path := readBookBytes(t, fbook{sheets: sheets}.zip(t))
			// The error at the cell; what follows from the value (an
			// unknown id, an empty date) may stand at the same cell.
			at := Pos{File: path + ":" + tc.sheet, Line: tc.row, Col: tc.col}
			var e Problem
			for _, p := range ps.Errors() {
				if p.Code == tc.code {
					e = p
					break
				}
			}
			if e.Code == "" {
				t.Fatalf("no %s; errors %v; read %+v", tc.code, ps.Errors(), c)
			}
			if e.Pos != at || len(e.Args) == 0 || e.Args[0] != tc.arg {
				t.Errorf("%s at %+v %q, want at %+v (%s)", e.Code, e.Pos, e.Args, at, tc.arg)
			}
			for _, lang := range []string{"en", "nl"} {
				if m := e.Message(lang); strings.Contains(m, "%!") || m == e.Code {
					t.Errorf("%s message %q", lang, m)
				}
			}
		})
	}
}

var updateForeignSeeds = flag.Bool("update-foreign-seeds", false, "rewrite testdata/fuzz/FuzzReadWorkbook/foreign-* from foreignBooks")

// The foreign forms are seeds of FuzzReadWorkbook too (rewrite them with
// go test ./graph -run ForeignFuzzSeeds -update-foreign-seeds).
func TestForeignFuzzSeedsAreCurrent(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzReadWorkbook")
	for name, data := range foreignBooks(t) {
		want := []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data))
		path := filepath.Join(dir, "foreign-"+name)
		if *updateForeignSeeds {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
			t.Errorf("seed foreign-%s is missing or stale (run with -update-foreign-seeds): %v", name, err)
		}
	}
}

// The workbooks LibreOffice made (testdata/foreign, see its README) read
// as the case they were made from.
func TestLibreOfficeFixturesReadTheSame(t *testing.T) {
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "foreign", "*.xlsx"))
	if len(fixtures) == 0 {
		t.Fatal("no fixtures in testdata/foreign")
	}
	for _, path := range fixtures {
		t.Run(filepath.Base(path), func(t *testing.T) {
			from := strings.TrimSuffix(filepath.Base(path), ".xlsx")
			from = from[:strings.IndexByte(from, '.')]
			src, err := Open(filepath.Join("testdata", "foreign", from))
			if err != nil {
				t.Fatal(err)
			}
			want, ps := Read(src, anyKindOptions)
			mustNoErrors(t, ps)
			c, ps := readBookWith(t, path, anyKindOptions)
			if ps.HasErrors() {
				t.Fatalf("errors: %v", ps.Errors())
			}
			if a, b := caseFingerprint(t, want), caseFingerprint(t, c); a != b {
				t.Errorf("reads differently from %s %s", from, firstDiff(a, b))
			}
		})
	}
}

func readBookWith(t testing.TB, path string, opt Options) (*Case, Problems) {
	t.Helper()
	src, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return Read(src, opt)
}

// openpyxlPython is a Python with openpyxl, or "" (then the test skips,
// unless CI=true, where it fails).
func openpyxlPython(t *testing.T) string {
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import openpyxl").Run() == nil {
			return py
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("openpyxl is needed (apt-get install python3-openpyxl)")
	}
	t.Skip("openpyxl is not installed (apt-get install python3-openpyxl); workbooks written by openpyxl are not checked")
	return ""
}

// Every sample written as openpyxl writes workbooks (testdata/foreign/
// openpyxl_variants.py: shared and inline strings, numbers and date cells,
// the 1904 date system, Dutch and other-case sheet names, ids as numbers
// in a "000" format) reads as its CSV files.
func TestOpenpyxlWorkbooksReadTheSame(t *testing.T) {
	py := openpyxlPython(t)
	samples, _ := filepath.Glob(filepath.Join("..", "samples", "data", "*", "case.toml"))
	if len(samples) == 0 {
		t.Fatal("no samples found in ../samples/data")
	}
	sort.Strings(samples)
	if testing.Short() {
		samples = samples[:2]
	}
	script, _ := filepath.Abs(filepath.Join("testdata", "foreign", "openpyxl_variants.py"))
	for _, s := range samples {
		dir := filepath.Dir(s)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			out := t.TempDir()
			if b, err := exec.Command(py, script, dir, out).CombinedOutput(); err != nil {
				t.Fatalf("%s: %v\n%s", script, err, b)
			}
			fingerprint := func(path string) string {
				src, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				c, ps := Read(src, anyKindOptions)
				if ps.HasErrors() {
					t.Errorf("%s: %v", filepath.Base(path), ps.Errors())
				}
				return caseFingerprint(t, c)
			}
			want := fingerprint(dir)
			numbered := fingerprint(filepath.Join(out, "numbered"))
			books, _ := filepath.Glob(filepath.Join(out, "*.xlsx"))
			if len(books) < 7 {
				t.Fatalf("openpyxl wrote %d workbooks", len(books))
			}
			for _, book := range books {
				w := want
				if filepath.Base(book) == "numbered.xlsx" {
					w = numbered
				}
				if got := fingerprint(book); got != w {
					t.Errorf("%s reads differently from its CSV files %s", filepath.Base(book), firstDiff(w, got))
				}
			}
		})
	}
}
