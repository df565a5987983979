package graph

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var updateXLSXSeeds = flag.Bool("update-xlsx-seeds", false, "rewrite testdata/fuzz/FuzzReadWorkbook from workbookSeeds")

// workbookSeeds are small valid and broken workbooks, by name: the seed
// corpus of FuzzReadWorkbook.
func workbookSeeds(t testing.TB) map[string][]byte {
	head := []string{"date", "from", "with", "kind"}
	events := msheet{name: "interactions", data: inlineRows(head, []string{"2024-01-01", "A", "B", "1"}, []string{"2024-02-01", "B", "A", "overleg"})}
	styles := `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>`
	valid := miniBook([]msheet{okPartners, events}, nil, "", false)
	seeds := map[string][]zpart{
		"valid": valid,
		"shared-strings-dates-1904": miniBook([]msheet{
			{name: "partners", data: `<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row><row><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c s="1"><v>43709</v></c></row><row hidden="1"><c t="inlineStr"><is><t>B</t></is></c><c t="str"><f>"X"</f><v>CAW</v></c></row>`},
			{name: "Interactions.csv", state: "hidden", before: `<cols><col min="2" max="3" hidden="1"/></cols>`, data: inlineRows(head) + `<row r="2"><c s="1"><v>43904</v></c><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c><c><f t="shared" si="0"/><v>2</v></c></row>`},
		}, []string{"id", "sector", "sinds", "A", "CAW_x000D_"}, styles, true),
		"bad-entity":   miniBook([]msheet{okPartners, {name: "interactions", data: inlineRows(head) + `<row r="2"><c><v>&bogus;</v></c></row>`}}, nil, "", false),
		"cut-off":      miniBook([]msheet{okPartners, {name: "interactions", data: inlineRows(head) + `<row r="2"><c><v>1`}}, nil, "", false),
		"wide":         miniBook([]msheet{okPartners, {name: "interactions", data: inlineRows(head) + `<row r="2"><c r="ZZ2"><v>1</v></c><c r="A2"/></row>`}}, nil, "", false),
		"bad-sst":      miniBook([]msheet{{name: "partners", data: `<row><c t="s"><v>7</v></c></row>`}, events}, []string{"id"}, "", false),
		"no-workbook":  valid[:2],
		"rows-reverse": miniBook([]msheet{okPartners, {name: "interactions", data: inlineRows(head) + `<row r="9"/><row r="3"/>`}}, nil, "", false),
	}
	out := map[string][]byte{"not-a-zip": []byte("id,sector\nA,CAW\n"), "empty": {}}
	for name, parts := range seeds {
		out[name] = buildZip(t, parts)
	}
	liar := append([]zpart(nil), valid...)
	for i := range liar {
		if strings.HasPrefix(liar[i].name, "xl/worksheets/sheet2") {
			liar[i].declared = uint64(len(liar[i].body) / 2)
		}
	}
	out["lying-header"] = buildZip(t, liar)
	return out
}

// The seed corpus on disk is the one workbookSeeds makes (rewrite it with
// go test ./graph -run FuzzSeeds -update-xlsx-seeds).
func TestWorkbookFuzzSeedsAreCurrent(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzReadWorkbook")
	seeds := workbookSeeds(t)
	names := make([]string, 0, len(seeds))
	for name := range seeds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want := []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", seeds[name]))
		path := filepath.Join(dir, name)
		if *updateXLSXSeeds {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("seed %s is missing or stale (run with -update-xlsx-seeds): %v", name, err)
		}
	}
}

// FuzzReadWorkbook reads any bytes as an .xlsx case: no panic, every
// problem placed and known, and what is read consistent (checkRead).
// Limits keep each run small: at most 1 MiB in, and the workbook limits
// bound what unzips.
func FuzzReadWorkbook(f *testing.F) {
	for _, data := range workbookSeeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		path := filepath.Join(t.TempDir(), "case.xlsx")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		src, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		c, ps := Read(src, fakeOptions)
		checkRead(t, c, ps)
		for _, p := range ps {
			if p.Pos.File != path && !strings.HasPrefix(p.Pos.File, path+":") {
				t.Errorf("problem outside the workbook: %v", p)
			}
		}
	})
}
