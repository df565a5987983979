package graph

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// zpart is one part of a hand-made workbook. Stored parts are not
// compressed; declared, when non-zero, is the uncompressed size the zip
// header claims (a lying header).
type zpart struct {
	name     string
	body     []byte
	stored   bool
	declared uint64
}

// buildZip writes parts as a zip archive.
func buildZip(t testing.TB, parts []zpart) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.declared == 0 {
			m := zip.Deflate
			if p.stored {
				m = zip.Store
			}
			w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: m})
			if err != nil {
				t.Fatal(err)
			}
			w.Write(p.body)
			continue
		}
		var comp bytes.Buffer
		m := zip.Store
		if p.stored {
			comp.Write(p.body)
		} else {
			m = zip.Deflate
			fw, _ := flate.NewWriter(&comp, flate.BestCompression)
			fw.Write(p.body)
			fw.Close()
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: m, CRC32: crc32.ChecksumIEEE(p.body),
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: p.declared})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// msheet is one sheet of a hand-made workbook: the XML inside <sheetData>,
// and what comes before it (<cols>, <dimension>).
type msheet struct {
	name, data, before, state string
}

// miniBook makes the parts of a workbook the way Excel lays them out.
func miniBook(sheets []msheet, sst []string, styles string, date1904 bool) []zpart {
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	var wbx, rels strings.Builder
	parts := []zpart{
		{name: "[Content_Types].xml", body: []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`)},
		{name: "_rels/.rels", body: []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
	}
	pr := ""
	if date1904 {
		pr = `<workbookPr date1904="1"/>`
	}
	wbx.WriteString(`<workbook ` + ns + `>` + pr + `<sheets>`)
	rels.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range sheets {
		state := ""
		if s.state != "" {
			state = ` state="` + s.state + `"`
		}
		fmt.Fprintf(&wbx, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, s.name, i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>`, i+1, rel, i+1)
		parts = append(parts, zpart{name: fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1),
			body: []byte(`<worksheet ` + ns + `>` + s.before + `<sheetData>` + s.data + `</sheetData></worksheet>`)})
	}
	wbx.WriteString(`</sheets></workbook>`)
	if styles != "" {
		rels.WriteString(`<Relationship Id="rIdS" Type="` + rel + `styles" Target="styles.xml"/>`)
		parts = append(parts, zpart{name: "xl/styles.xml", body: []byte(`<styleSheet ` + ns + `>` + styles + `</styleSheet>`)})
	}
	if sst != nil {
		rels.WriteString(`<Relationship Id="rIdT" Type="` + rel + `sharedStrings" Target="sharedStrings.xml"/>`)
		var b strings.Builder
		b.WriteString(`<sst ` + ns + `>`)
		for _, s := range sst {
			b.WriteString(`<si><t>` + s + `</t></si>`)
		}
		b.WriteString(`</sst>`)
		parts = append(parts, zpart{name: "xl/sharedStrings.xml", body: []byte(b.String())})
	}
	rels.WriteString(`</Relationships>`)
	parts = append(parts, zpart{name: "xl/workbook.xml", body: []byte(wbx.String())},
		zpart{name: "xl/_rels/workbook.xml.rels", body: []byte(rels.String())})
	return parts
}

// inlineRows writes rows of inline-string cells as sheet XML, from row 1.
func inlineRows(rows ...[]string) string {
	var b strings.Builder
	for i, r := range rows {
		fmt.Fprintf(&b, `<row r="%d">`, i+1)
		for j, v := range r {
			fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, columnName(j+1), i+1, v)
		}
		b.WriteString(`</row>`)
	}
	return b.String()
}

// okPartners is a partners sheet of two partners.
var okPartners = msheet{name: "partners", data: inlineRows([]string{"id", "sector"}, []string{"A", "CAW"}, []string{"B", "OCMW"})}

func readBookBytes(t testing.TB, data []byte) (*Case, Problems, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	c, ps := readBook(t, path)
	return c, ps, path
}

// bigEventsWorkbook writes a workbook of 3 partners and 637 events (rows 2
// to 638 of interactions) with excelize, and returns its path.
func bigEventsWorkbook(t testing.TB) string {
	rows := [][]any{{"date", "from", "with", "kind"}}
	for i := 0; i < 637; i++ {
		rows = append(rows, []any{day(2024, 1+i%12, 1+i%28), "A", "B|C", "overleg"})
	}
	return writeWorkbook(t, filepath.Join(t.TempDir(), "big.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", "OCMW"}, {"C", "DMW"}}},
		{"interactions", rows},
	})
}

// rewritePart rewrites one part of the zip at path with edit (which gets
// the uncompressed bytes) and writes the result with the part compressed
// as raw, which may then be damaged by damage (compressed bytes).
func rewritePart(t testing.TB, path, part string, edit func([]byte) []byte, stored bool, declared func(n int) uint64) []byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var parts []zpart
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		p := zpart{name: f.Name, body: b}
		if f.Name == part {
			p.body, p.stored = edit(b), stored
			if declared != nil {
				p.declared = declared(len(p.body))
			}
		}
		parts = append(parts, p)
	}
	return buildZip(t, parts)
}

// A sheet that cannot be read to its end is an error at the sheet and the
// row where reading stopped, whatever the damage: a bad XML entity, XML
// cut off, a part longer than its zip header says, a damaged compressed
// stream, a checksum that does not match.
func TestWorkbookDamagedSheetIsAnErrorAtItsRow(t *testing.T) {
	path := bigEventsWorkbook(t)
	c, ps := readBook(t, path)
	mustNoErrors(t, ps)
	if len(c.Events) != 637 {
		t.Fatalf("undamaged: %d events", len(c.Events))
	}
	row300 := regexp.MustCompile(`<row r="300"[^>]*>`)
	at300 := func(b []byte) int { return row300.FindIndex(b)[1] }
	sheet := "xl/worksheets/sheet2.xml"
	tests := []struct {
		name     string
		edit     func([]byte) []byte
		stored   bool
		declared func(int) uint64
		row      int // 0: any row from 2 on
	}{
		{"bad entity", func(b []byte) []byte {
			i := at300(b)
			return append(append(append([]byte{}, b[:i]...), "<c><v>&bogus;</v></c>"...), b[i:]...)
		}, false, nil, 300},
		{"cut off", func(b []byte) []byte { return b[:at300(b)+10] }, false, nil, 300},
		{"mismatched tag", func(b []byte) []byte {
			i := at300(b)
			return append(append(append([]byte{}, b[:i]...), "<c><v>1</x></c>"...), b[i:]...)
		}, false, nil, 300},
		{"longer than its header", func(b []byte) []byte { return b }, false, func(n int) uint64 { return uint64(n / 2) }, 0},
		{"shorter than its header", func(b []byte) []byte { return b }, false, func(n int) uint64 { return uint64(n + 100) }, 0},
		{"checksum", func(b []byte) []byte {
			b = bytes.Clone(b)
			i := at300(b) + 20
			b[i] ^= 1 // the CRC stays that of the original
			return b
		}, true, func(n int) uint64 { return uint64(n) }, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := rewritePart(t, path, sheet, tc.edit, tc.stored, tc.declared)
			if tc.name == "checksum" { // flip a byte of the stored part after the CRC was taken
				data = damageStored(t, data, sheet)
			}
			c, ps, book := readBookBytes(t, data)
			errs := ps.Errors()
			if len(errs) != 1 {
				t.Fatalf("want one error, got %v", ps)
			}
			p := errs[0]
			if p.Code != "xlsx_sheet_broken" || p.Pos.File != book+":interactions" || (tc.row != 0 && p.Pos.Line != tc.row) || p.Pos.Line < 2 {
				t.Fatalf("got %v, want xlsx_sheet_broken at %s:interactions:%d", p, book, tc.row)
			}
			if tc.row != 0 && len(c.Events) > tc.row-2 {
				t.Errorf("%d events read before row %d", len(c.Events), tc.row)
			}
			if !strings.Contains(p.Message("nl"), `blad "interactions" kan vanaf deze rij niet gelezen worden`) {
				t.Errorf("nl: %s", p.Message("nl"))
			}
		})
	}
}

// damageStored flips one byte in the middle of a stored part's data,
// leaving its header (and CRC) as they are.
func damageStored(t testing.TB, data []byte, part string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == part {
			off, err := f.DataOffset()
			if err != nil || f.Method != zip.Store {
				t.Fatal("part not stored", err)
			}
			data = bytes.Clone(data)
			i := off + int64(f.CompressedSize64)/2
			for data[i] < '0' || data[i] > '8' { // a digit, so the XML stays well-formed
				i++
			}
			data[i]++
			return data
		}
	}
	t.Fatal("no part", part)
	return nil
}

// A damaged compressed stream is an error on the sheet, never a short one.
func TestWorkbookCorruptDeflateIsAnError(t *testing.T) {
	path := bigEventsWorkbook(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet2.xml" {
			continue
		}
		off, _ := f.DataOffset()
		for i := off + int64(f.CompressedSize64)/2; i < off+int64(f.CompressedSize64)/2+64; i++ {
			data[i] = 0xff
		}
	}
	c, ps, book := readBookBytes(t, data)
	errs := ps.Errors()
	if len(errs) != 1 || errs[0].Code != "xlsx_sheet_broken" || errs[0].Pos.File != book+":interactions" || errs[0].Pos.Line < 2 {
		t.Fatalf("got %v", ps)
	}
	if len(c.Events) >= 637 {
		t.Errorf("%d events", len(c.Events))
	}
}

// Hidden sheets, rows and columns are read, and said.
func TestWorkbookHiddenSheetsRowsAndColumnsAreReadWithAWarning(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hidden.xlsx")
	writeWorkbook(t, path, []sheet{
		{"partners", [][]any{{"id", "sector", "regio"}, {"A", "CAW", "x"}, {"B", "OCMW", "y"}, {"C", "DMW", "z"}, {"D", "CAW", "w"}, {"E", "CAW", "v"}}},
		{"interactions", [][]any{{"date", "from", "with", "kind"}, {day(2024, 1, 1), "A", "B|C|D|E", 1}}},
	})
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []int{3, 5, 6} {
		if err := f.SetRowVisible("partners", r, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetColVisible("partners", "C", false); err != nil {
		t.Fatal(err)
	}
	f.NewSheet("visible") // Excel keeps one sheet visible
	if err := f.SetSheetVisible("interactions", false); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	c, ps := readBook(t, path)
	mustNoErrors(t, ps)
	if len(c.Partners) != 5 || len(c.Events) != 1 || c.Partners[1].Attrs["regio"] != "y" {
		t.Fatalf("hidden data not read: %d partners, %d events, %v", len(c.Partners), len(c.Events), c.Partners)
	}
	want := map[string]Problem{
		"xlsx_hidden_sheet":  {Pos: Pos{File: path + ":interactions"}, Args: []string{"interactions"}},
		"xlsx_hidden_rows":   {Pos: Pos{File: path + ":partners", Line: 3}, Args: []string{"3"}},
		"xlsx_hidden_column": {Pos: Pos{File: path + ":partners"}, Args: []string{"C"}},
	}
	for code, w := range want {
		got := only(ps, code)
		if len(got) != 1 || got[0].Severity != Warning || got[0].Pos != w.Pos || strings.Join(got[0].Args, ",") != strings.Join(w.Args, ",") {
			t.Errorf("%s: got %v, want %v %v", code, got, w.Pos, w.Args)
		}
	}
}

// Every limit is checked before the work and refused with the limit.
func TestWorkbookLimitsAreRefusedFirst(t *testing.T) {
	interactions := msheet{name: "interactions", data: inlineRows([]string{"date", "from", "with", "kind"}, []string{"2024-01-01", "A", "B", "1"})}
	many := func(n int) []msheet {
		s := []msheet{okPartners, interactions}
		for i := len(s); i < n; i++ {
			s = append(s, msheet{name: fmt.Sprintf("s%d", i), data: ""})
		}
		return s
	}
	head := inlineRows([]string{"date", "from", "with", "kind"})
	wide := strings.Repeat(`<c t="inlineStr"><is><t>x</t></is></c>`, xlsxMaxColumns+1)
	tests := []struct {
		name  string
		parts func() []zpart
		code  string
		pos   func(book string) Pos
		args  []string
	}{
		{"sheets", func() []zpart { return miniBook(many(xlsxMaxSheets+1), nil, "", false) }, "xlsx_too_many_sheets", nil, []string{"65", "64"}},
		{"parts", func() []zpart {
			p := miniBook([]msheet{okPartners, interactions}, nil, "", false)
			for i := len(p); i <= xlsxMaxEntries; i++ {
				p = append(p, zpart{name: fmt.Sprintf("docProps/x%d.xml", i), body: []byte("<x/>")})
			}
			return p
		}, "xlsx_too_many_parts", nil, []string{"4,097", "4,096"}},
		{"declared size", func() []zpart {
			p := miniBook([]msheet{okPartners, interactions}, nil, "", false)
			p[len(p)-3].declared = 300 << 20 // the interactions sheet claims 300 MiB
			return p
		}, "xlsx_too_large_unzipped", nil, []string{"more than " + sizeText(xlsxMaxUnzipped), sizeText(xlsxMaxUnzipped)}},
		{"column XFD", func() []zpart {
			return miniBook([]msheet{okPartners, {name: "interactions", data: head + `<row r="7"><c r="XFD7"><v>1</v></c></row>`}}, nil, "", false)
		}, "xlsx_too_many_columns", func(b string) Pos { return Pos{File: b + ":interactions", Line: 7, Col: 16384} }, []string{"XFD (16,384)", "1,000"}},
		{"columns without references", func() []zpart {
			return miniBook([]msheet{{name: "partners", data: `<row>` + wide + `</row>`}, interactions}, nil, "", false)
		}, "xlsx_too_many_columns", func(b string) Pos { return Pos{File: b + ":partners", Line: 1, Col: 1001} }, []string{"ALM (1,001)", "1,000"}},
		{"text run", func() []zpart {
			big := strings.Repeat("x", xlsxTextRunFactor*DefaultMaxFieldBytes+1)
			p := miniBook([]msheet{okPartners, {name: "interactions", data: inlineRows([]string{"date", "from", "with", "kind"}, []string{"2024-01-01", "A", "B", big})}}, nil, "", false)
			for i := range p {
				p[i].stored = true
			}
			return p
		}, "xlsx_text_too_long", func(b string) Pos { return Pos{File: b + ":interactions", Line: 2, Col: 4} }, []string{"1,048,576", "65,536"}},
		{"string index", func() []zpart {
			return miniBook([]msheet{okPartners, {name: "interactions", data: `<row><c t="s"><v>0</v></c><c t="s"><v>2</v></c></row>`}}, []string{"date", "from"}, "", false)
		}, "xlsx_bad_string_index", func(b string) Pos { return Pos{File: b + ":interactions", Line: 1, Col: 2} }, []string{`"2"`, "2"}},
		{"rows out of order", func() []zpart {
			return miniBook([]msheet{okPartners, {name: "interactions", data: head + `<row r="5"><c><v>1</v></c></row><row r="4"><c><v>1</v></c></row>`}}, nil, "", false)
		}, "xlsx_sheet_broken", func(b string) Pos { return Pos{File: b + ":interactions", Line: 6} }, []string{"interactions", "row 4 comes after row 5"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ps, book := readBookBytes(t, buildZip(t, tc.parts()))
			got := only(ps, tc.code)
			want := Pos{File: book}
			if tc.pos != nil {
				want = tc.pos(book)
			}
			if len(got) != 1 || got[0].Severity != Error || got[0].Pos != want || strings.Join(got[0].Args, "|") != strings.Join(tc.args, "|") {
				t.Fatalf("got %v, want %s at %+v with %q", ps, tc.code, want, tc.args)
			}
			for _, lang := range []string{"en", "nl"} {
				if m := got[0].Message(lang); strings.Contains(m, "%!") {
					t.Error(m)
				}
			}
		})
	}
}

// The shared strings table is bounded in entries; stored uncompressed so
// that the ratio check lets it through to the count.
func TestWorkbookTooManySharedStrings(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 26 MB workbook")
	}
	sst := make([]string, xlsxMaxSharedStrings+1)
	p := miniBook([]msheet{okPartners}, sst, "", false)
	for i := range p {
		p[i].stored = true
	}
	_, ps, book := readBookBytes(t, buildZip(t, p))
	if len(ps) != 1 || ps[0].Code != "xlsx_too_many_strings" || ps[0].Pos != (Pos{File: book}) || ps[0].Args[0] != "2,000,000" {
		t.Fatalf("got %v", ps)
	}
}

// readWorkbookMeasured writes data as a workbook, reads it, and returns
// what Read returns with the bytes the read allocated (TotalAlloc) and the
// workbook's path.
func readWorkbookMeasured(t testing.TB, data []byte) (*Case, Problems, uint64, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "book.xlsx")
	os.WriteFile(path, data, 0o600)
	src, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, ps := Read(src, fakeOptions)
	runtime.ReadMemStats(&after)
	return c, ps, after.TotalAlloc - before.TotalAlloc, path
}

// zipBomb is a workbook whose interactions sheet is size bytes of one
// repeated row, compressed about 1000:1.
func zipBomb(t testing.TB, size int) []byte {
	t.Helper()
	row := `<row><c t="inlineStr"><is><t>2024-01-01</t></is></c><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c><c><v>1</v></c></row>`
	body := bytes.Repeat([]byte(row), size/len(row))
	p := miniBook([]msheet{okPartners, {name: "interactions", data: string(body)}}, nil, "", false)
	return buildZip(t, p)
}

// A zip bomb is refused from the central directory, before anything is
// unzipped: memory stays a small multiple of the file.
func TestWorkbookZipBombIsRefusedInSmallMemory(t *testing.T) {
	// Under the total cap, so that the ratio check is what refuses it.
	data := zipBomb(t, xlsxMaxUnzipped-1<<20)
	if len(data) > 1<<20 {
		t.Fatalf("bomb of %d bytes", len(data))
	}
	_, ps, alloc, _ := readWorkbookMeasured(t, data)
	if len(ps) != 1 || ps[0].Code != "xlsx_zip_bomb" || ps[0].Args[0] != "xl/worksheets/sheet2.xml" || ps[0].Args[3] != "100" {
		t.Fatalf("got %v", ps)
	}
	if alloc > 8*uint64(len(data))+1<<20 {
		t.Errorf("refusing a %d-byte bomb allocated %d bytes", len(data), alloc)
	}
}

// BenchmarkWorkbookZipBomb measures refusing the 200 MB bomb.
func BenchmarkWorkbookZipBomb(b *testing.B) {
	data := zipBomb(b, 200<<20)
	path := filepath.Join(b.TempDir(), "bomb.xlsx")
	os.WriteFile(path, data, 0o600)
	src, _ := Open(path)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := Read(src, fakeOptions); len(ps) != 1 {
			b.Fatal(ps)
		}
	}
}

// A large workbook is read in memory proportional to one row, the shared
// strings and the zipped file, and writes no temp files (excelize left
// excelize-* files of the unzipped sheets in the temp dir).
func TestWorkbookReadsInBoundedMemoryWithoutTempFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var rows strings.Builder
	rows.WriteString(inlineRows([]string{"date", "from", "with", "kind", "opmerking"}))
	for i := 2; i <= 60_000; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c t="inlineStr"><is><t>2024-%02d-%02d</t></is></c><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c><c><v>%d</v></c><c t="inlineStr"><is><t>%x</t></is></c></row>`,
			i, 1+i%12, 1+i%28, 1+i%5, crc32.ChecksumIEEE([]byte(fmt.Sprint(i))))
	}
	p := miniBook([]msheet{okPartners, {name: "interactions", data: rows.String(), before: `<dimension ref="A1:XFD1048576"/>`}}, nil, "", false)
	data := buildZip(t, p)
	path := filepath.Join(t.TempDir(), "big.xlsx")
	os.WriteFile(path, data, 0o600)
	src, _ := Open(path)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, ps := Read(src, fakeOptions)
	runtime.GC()
	runtime.ReadMemStats(&after)
	mustNoErrors(t, ps)
	if len(c.Events) != 59_999 {
		t.Fatalf("%d events", len(c.Events))
	}
	// What stays is the case itself; the workbook's 7 MB of XML are not held.
	if held := int64(after.HeapAlloc) - int64(before.HeapAlloc); held > 16<<20 {
		t.Errorf("holding %d bytes after reading a %d-byte workbook", held, len(data))
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("temp files left: %v", ents)
	}
}

// Formula results, shared formulas, inline and rich strings, escapes,
// booleans and the 1904 date system read as excelize read them.
func TestWorkbookCellKinds(t *testing.T) {
	styles := `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>`
	partners := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><r><t>C</t></r><r><rPr><b/></rPr><t>AW</t></r><rPh><t>ignored</t></rPh></is></c><c r="B2" t="str"><f>"CA"&amp;"W"</f><v>CAW</v></c><c r="C2" s="1"><v>43709</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="s"><v>5</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="B3" t="inlineStr"><is><t xml:space="preserve"> OCMW </t></is></c><c r="C3" s="1"><f t="shared" ref="C3:C4" si="0">C2+1</f><v>43710</v></c></row>`
	interactions := `<row><c t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>from</t></is></c><c t="inlineStr"><is><t>with</t></is></c><c t="inlineStr"><is><t>kind</t></is></c></row>` +
		`<row><c s="2"><v>43904</v></c><c t="inlineStr"><is><t>CAW</t></is></c><c><f>1+1</f><v>0</v></c><c><f t="shared" si="0"/><v>1</v></c></row>`
	sst := []string{"id", "sector", "sinds", "actief", "noot", "a_x0041_b_x005F_x0041_ &amp; c"}
	p := miniBook([]msheet{{name: "partners", data: partners}, {name: "interactions", data: interactions}}, sst, styles, true)
	c, ps, _ := readBookBytes(t, buildZip(t, p))
	if len(c.Partners) != 2 || c.Partners[0].ID != "CAW" || c.Partners[0].Sector != "CAW" || c.Partners[1].Sector != "OCMW" {
		t.Fatalf("partners %+v", c.Partners)
	}
	// 43709 in the 1904 system is 2023-09-02; a shared formula's cached value is read.
	if a := c.Partners[0].Attrs; a["sinds"] != "2023-09-02" || a["actief"] != "1" || a["noot"] != "aAb_x0041_ & c" {
		t.Errorf("attrs %q", a)
	}
	if a := c.Partners[1].Attrs; a["sinds"] != "2023-09-03" {
		t.Errorf("attrs %q", a)
	}
	if errs := ps.Errors(); len(errs) != 1 || errs[0].Code != "unknown_partner" || errs[0].Args[0] != "0" || errs[0].Pos.Line != 2 || errs[0].Pos.Col != 3 {
		t.Errorf("errors %v", errs)
	}
}
