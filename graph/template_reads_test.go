package graph_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/locale"
	"gbo/render/workbook"
)

// filledTemplate is gbo's own template in lang (render/workbook.Template,
// as gbo template writes it) with 4 partners and 4 interactions typed in
// the columns its headers name, and the case's name in its settings sheet.
func filledTemplate(t *testing.T, lang string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := workbook.Template(&buf, workbook.Options{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := func(k string) string { return locale.T(lang, "workbook."+k) }
	fill := func(sheet string, cols []string, rows [][]string) {
		header, err := f.GetRows(sheet)
		if err != nil || len(header) == 0 {
			t.Fatalf("%s: template sheet %q: %v", lang, sheet, err)
		}
		at := map[string]int{}
		for i, h := range header[0] {
			at[h] = i + 1
		}
		for r, row := range rows {
			for c, v := range row {
				col, ok := at[cols[c]]
				if !ok {
					t.Fatalf("%s: sheet %q has no column %q (%q)", lang, sheet, cols[c], header[0])
				}
				cell, _ := excelize.CoordinatesToCellName(col, r+2)
				if err := f.SetCellStr(sheet, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	fill(w("sheet_partners"), []string{w("col_partners_id"), w("col_partners_name"), w("col_partners_sector")}, [][]string{
		{"p1", "Un", locale.T(lang, "input.core_sector_ocmw")}, {"p2", "Deux", locale.T(lang, "input.core_sector_caw")},
		{"p3", "Trois", locale.T(lang, "input.core_sector_dmw")}, {"p4", "Quatre", "logement"},
	})
	fill(w("sheet_interactions"), []string{w("col_interactions_date"), w("col_interactions_from"),
		w("col_interactions_with"), w("col_interactions_kind")}, [][]string{
		{"2025-01-10", "p1", "p2", "3"}, {"2025-02-10", "p2", "p3", "2"},
		{"2025-03-10", "p3", "p4", "4"}, {"2025-04-10", "p4", "p1", "1"},
	})
	// The sector list offers the core sectors as lang names them.
	lists, err := f.GetCols(w("lists"))
	if err != nil || len(lists) < 3 {
		t.Fatalf("%s: the list sheet: %v", lang, err)
	}
	for _, k := range []string{"caw", "ocmw", "dmw"} {
		if n := locale.T(lang, "input.core_sector_"+k); !slices.Contains(lists[2], n) {
			t.Errorf("%s: the sector list %q lacks %q", lang, lists[2], n)
		}
	}
	if lang == "fr" && slices.Contains(lists[2], "OCMW") {
		t.Errorf("fr: the sector list offers OCMW: %q", lists[2])
	}
	out, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestFilledTemplateReadsClean: every name gbo's template writes, in every
// language of the catalogue (its sheets, its hidden list sheet, the header
// of its settings sheet), is one the reader knows: a filled template gives
// no problem at all, and its core sectors (CAW, CPAS, mutualité in French)
// are core partners.
func TestFilledTemplateReadsClean(t *testing.T) {
	for _, lang := range locale.Languages() {
		data := filledTemplate(t, lang)
		c, probs := graph.Read(graph.OpenMemWorkbook("t.xlsx", data), graph.Options{})
		for _, p := range probs {
			t.Errorf("%s: %s", lang, p.Message(lang))
		}
		if c == nil {
			continue
		}
		if len(c.Partners) != 4 || len(c.Events) != 4 {
			t.Errorf("%s: read %d partners, %d events; want 4 and 4", lang, len(c.Partners), len(c.Events))
		}
		for _, p := range c.Partners {
			if want := p.ID != "p4"; p.Core != want {
				t.Errorf("%s: partner %s (sector %q) core = %v, want %v", lang, p.ID, p.Sector, p.Core, want)
			}
		}
		if lang == "fr" && !strings.Contains(c.Partners[0].Sector+c.Partners[2].Sector, "CPASmutualité") {
			t.Errorf("fr: sectors %q, %q: want the template's French core sectors", c.Partners[0].Sector, c.Partners[2].Sector)
		}
	}
}
