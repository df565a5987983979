package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bcell is a cell of a generated sheet: inline text, or (shared >= 0) a
// reference to that shared string.
type bcell struct {
	shared int
	text   string
}

func inl(s string) bcell { return bcell{shared: -1, text: s} }

// cellRows writes rows of generated cells as sheet XML, from row 1.
func cellRows(rows [][]bcell) string {
	var b strings.Builder
	for i, r := range rows {
		fmt.Fprintf(&b, `<row r="%d">`, i+1)
		for j, c := range r {
			if c.shared >= 0 {
				fmt.Fprintf(&b, `<c r="%s%d" t="s"><v>%d</v></c>`, columnName(j+1), i+1, c.shared)
			} else {
				fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>`, columnName(j+1), i+1, c.text)
			}
		}
		b.WriteString(`</row>`)
	}
	return b.String()
}

// overAt walks the cells of sheets in reading order, adding the length of
// each cell's text as it reads (shared strings at every use), and returns
// the sheet, row and column where the total first goes over max.
func overAt(sst []string, sheets []string, cells [][][]bcell, max int64) (string, int, int) {
	var total int64
	for s, rows := range cells {
		for i, r := range rows {
			for j, c := range r {
				if c.shared >= 0 {
					total += int64(len(sst[c.shared]))
				} else {
					total += int64(len(c.text))
				}
				if total > max {
					return sheets[s], i + 1, j + 1
				}
			}
		}
	}
	return "", 0, 0
}

// The text of a workbook's cells is bounded as a whole, shared strings
// counted at every cell that uses them: the tester's 75 KB workbook, one
// 60,000-character shared string in 900 extra columns of 22 partner rows,
// would be 1.2 GB. It is refused where the total goes over the limit, in
// memory a small multiple of the limit, and nothing of it is kept.
func TestWorkbookSharedStringTextIsBoundedAsAWhole(t *testing.T) {
	long := strings.Repeat("x", 60_000)
	sst := []string{long}
	head := []bcell{inl("id"), inl("sector")}
	for j := 1; j <= 900; j++ {
		head = append(head, inl(fmt.Sprintf("n%d", j)))
	}
	partners := [][]bcell{head}
	for i := 1; i <= 22; i++ {
		r := []bcell{inl(fmt.Sprintf("P%d", i)), inl("CAW")}
		for j := 1; j <= 900; j++ {
			r = append(r, bcell{shared: 0})
		}
		partners = append(partners, r)
	}
	interactions := [][]bcell{{inl("date"), inl("from"), inl("with"), inl("kind")}, {inl("2024-01-01"), inl("P1"), inl("P2"), inl("1")}}
	p := miniBook([]msheet{{name: "partners", data: cellRows(partners)}, {name: "interactions", data: cellRows(interactions)}}, sst, "", false)
	data := buildZip(t, p)
	if len(data) > 100<<10 {
		t.Fatalf("generated workbook of %d bytes, want a small one", len(data))
	}
	c, ps, alloc, path := readWorkbookMeasured(t, data)
	sheet, row, col := overAt(sst, []string{"partners"}, [][][]bcell{partners}, xlsxMaxUnzipped)
	// The interactions sheet, read after it, is not read either, and says
	// so at its first cell.
	errs := ps.Errors()
	want := []Pos{{File: path + ":" + sheet, Line: row, Col: col}, {File: path + ":interactions", Line: 1, Col: 1}}
	if len(errs) != 2 || sheet != "partners" {
		t.Fatalf("got %v, want xlsx_too_much_text at %v", ps, want)
	}
	for i, e := range errs {
		if e.Code != "xlsx_too_much_text" || e.Pos != want[i] || e.Args[0] != "64 MiB" {
			t.Errorf("got %v, want xlsx_too_much_text at %v", e, want[i])
		}
	}
	if len(c.Events) != 0 {
		t.Errorf("%d events read after the limit", len(c.Events))
	}
	t.Logf("refusing a %d-byte workbook allocated %d bytes", len(data), alloc)
	if alloc > 3*xlsxMaxUnzipped {
		t.Errorf("refusing a %d-byte workbook allocated %d bytes, want at most 3 × %d", len(data), alloc, xlsxMaxUnzipped)
	}
	for _, lang := range []string{"en", "nl"} {
		if m := errs[0].Message(lang); strings.Contains(m, "%!") || !strings.Contains(m, "64 MiB") || !strings.Contains(m, "CSV") {
			t.Error(m)
		}
	}
}

// The limit is on the total, at the byte, inline strings counted with the
// shared ones; --max-file-mb lowers it. A workbook whose cells hold exactly
// the limit is read whole; one byte more is refused at the cell that goes
// over, an inline string in the last sheet.
func TestWorkbookTextLimitIsExactAndCountsInlineStrings(t *testing.T) {
	const limit = 1 << 20
	long := strings.Repeat("y", 1000)
	sst := []string{"id", "sector", "regio", long}
	partners := [][]bcell{{{shared: 0}, {shared: 1}, {shared: 2}}}
	for i := 1; i <= 1000; i++ {
		partners = append(partners, []bcell{inl(fmt.Sprintf("P%04d", i)), inl("CAW"), {shared: 3}})
	}
	for _, extra := range []int{0, 1} {
		t.Run(fmt.Sprint("limit+", extra), func(t *testing.T) {
			interactions := [][]bcell{{inl("date"), inl("from"), inl("with"), inl("kind"), inl("opmerking")},
				{inl("2024-01-01"), inl("P0001"), inl("P0002"), inl("1"), inl("")}}
			used := int64(0)
			for _, rows := range [][][]bcell{partners, interactions} {
				for _, r := range rows {
					for _, c := range r {
						if c.shared >= 0 {
							used += int64(len(sst[c.shared]))
						} else {
							used += int64(len(c.text))
						}
					}
				}
			}
			interactions[1][4] = inl(strings.Repeat("z", int(limit-used)+extra))
			p := miniBook([]msheet{{name: "partners", data: cellRows(partners)}, {name: "interactions", data: cellRows(interactions)}}, sst, "", false)
			path := filepath.Join(t.TempDir(), "book.xlsx")
			os.WriteFile(path, buildZip(t, p), 0o600)
			src, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			opt := fakeOptions
			opt.MaxFileBytes = limit
			c, ps := Read(src, opt)
			if extra == 0 {
				mustNoErrors(t, ps)
				if len(c.Partners) != 1000 || len(c.Events) != 1 || c.Partners[999].Attrs["regio"] != long {
					t.Fatalf("%d partners, %d events, attrs %.40q", len(c.Partners), len(c.Events), c.Partners[999].Attrs)
				}
				return
			}
			errs := ps.Errors()
			want := Pos{File: path + ":interactions", Line: 2, Col: 5}
			if len(errs) != 1 || errs[0].Code != "xlsx_too_much_text" || errs[0].Pos != want || errs[0].Args[0] != "1 MiB" {
				t.Fatalf("got %v, want xlsx_too_much_text at %v", ps, want)
			}
			if len(c.Partners) != 1000 || len(c.Events) != 0 {
				t.Errorf("%d partners, %d events", len(c.Partners), len(c.Events))
			}
		})
	}
}

// nest is n elements nested in each other, alternating <ab> and <cd>.
func nest(n int) string {
	var open, end strings.Builder
	for i := 0; i < n; i++ {
		name := [2]string{"ab", "cd"}[i%2]
		open.WriteString("<" + name + ">")
		end.WriteString("</" + [2]string{"ab", "cd"}[(n-1-i)%2] + ">")
	}
	return open.String() + end.String()
}

// XML nested deeper than xlsxMaxDepth is refused in every part the reader
// decodes, naming the part, or the sheet and the row where it stopped;
// depth up to the limit is read. The element stack never grows past the
// limit: refusing a million nested elements costs memory in proportion to
// the file only.
func TestWorkbookDeepXMLIsRefusedInEveryPart(t *testing.T) {
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	interactions := msheet{name: "interactions", data: inlineRows([]string{"date", "from", "with", "kind"}, []string{"2024-01-01", "A", "B", "1"})}
	styles := `<cellXfs count="1"><xf numFmtId="0"/></cellXfs>`
	// depth counts the part's root element: <worksheet> is level 1.
	inPart := func(part, before string, levels int) func() []zpart {
		return func() []zpart {
			p := miniBook([]msheet{okPartners, interactions}, []string{"x"}, styles, false)
			for i := range p {
				if p[i].name == part {
					b := string(p[i].body)
					j := strings.Index(b, before)
					p[i].body = []byte(b[:j] + nest(levels) + b[j:])
				}
			}
			return p
		}
	}
	tests := []struct {
		name  string
		parts func() []zpart
		code  string
		pos   func(book string) Pos
		args  []string
	}{
		{"sheet before its data", inPart("xl/worksheets/sheet1.xml", "<sheetData>", xlsxMaxDepth), "xlsx_sheet_too_deep",
			func(b string) Pos { return Pos{File: b + ":partners", Line: 1} }, []string{"partners", "64"}},
		{"sheet in a cell", inPart("xl/worksheets/sheet2.xml", `<t>B</t>`, xlsxMaxDepth-4), "xlsx_sheet_too_deep",
			func(b string) Pos { return Pos{File: b + ":interactions", Line: 2, Col: 3} }, []string{"interactions", "64"}},
		{"sheet between rows", inPart("xl/worksheets/sheet2.xml", `<row r="2">`, xlsxMaxDepth-1), "xlsx_sheet_too_deep",
			func(b string) Pos { return Pos{File: b + ":interactions", Line: 2} }, []string{"interactions", "64"}},
		{"shared strings", inPart("xl/sharedStrings.xml", "<t>x", xlsxMaxDepth-1), "xlsx_part_too_deep", nil, []string{"xl/sharedStrings.xml", "64"}},
		{"workbook", inPart("xl/workbook.xml", "<sheets>", xlsxMaxDepth), "xlsx_part_too_deep", nil, []string{"xl/workbook.xml", "64"}},
		{"styles", inPart("xl/styles.xml", "<cellXfs", xlsxMaxDepth), "xlsx_part_too_deep", nil, []string{"xl/styles.xml", "64"}},
		{"package relationships", inPart("_rels/.rels", "<Relationship ", xlsxMaxDepth), "xlsx_part_too_deep", nil, []string{"_rels/.rels", "64"}},
		{"workbook relationships", inPart("xl/_rels/workbook.xml.rels", "<Relationship ", xlsxMaxDepth), "xlsx_part_too_deep", nil, []string{"xl/_rels/workbook.xml.rels", "64"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ps, book := readBookBytes(t, buildZip(t, tc.parts()))
			want := Pos{File: book}
			if tc.pos != nil {
				want = tc.pos(book)
			}
			errs := ps.Errors()
			if len(errs) != 1 || errs[0].Code != tc.code || errs[0].Pos != want || strings.Join(errs[0].Args, "|") != strings.Join(tc.args, "|") {
				t.Fatalf("got %v, want %s at %+v with %q", ps, tc.code, want, tc.args)
			}
			for _, lang := range []string{"en", "nl"} {
				if m := errs[0].Message(lang); strings.Contains(m, "%!") || !strings.Contains(m, "64") {
					t.Error(m)
				}
			}
		})
	}
	t.Run("at the limit", func(t *testing.T) {
		p := inPart("xl/worksheets/sheet1.xml", "<sheetData>", xlsxMaxDepth-1)()
		for i := range p {
			if p[i].name == "xl/sharedStrings.xml" {
				p[i].body = []byte(`<sst ` + ns + `><si>` + nest(xlsxMaxDepth-2) + `<t>x</t></si></sst>`)
			}
		}
		c, ps, _ := readBookBytes(t, buildZip(t, p))
		mustNoErrors(t, ps)
		if len(c.Partners) != 2 || len(c.Events) != 1 {
			t.Fatalf("%d partners, %d events", len(c.Partners), len(c.Events))
		}
	})
	t.Run("a million levels", func(t *testing.T) {
		p := inPart("xl/worksheets/sheet1.xml", "<sheetData>", 1_000_000)()
		for i := range p {
			p[i].stored = true // under the ratio limit, as the tester's 17 MB file was
		}
		data := buildZip(t, p)
		_, ps, alloc, _ := readWorkbookMeasured(t, data)
		if errs := ps.Errors(); len(errs) != 1 || errs[0].Code != "xlsx_sheet_too_deep" {
			t.Fatalf("got %v", ps)
		}
		if alloc > 2*uint64(len(data))+1<<20 {
			t.Errorf("refusing %d bytes of nested XML allocated %d bytes", len(data), alloc)
		}
	})
}
