// The template's instructions sheet and the text sheets it shares with the survey forms.

package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// writeInstructions fills the first sheet, in lang.
func writeInstructions(f *excelize.File, name string, opt Options, lang string) error {
	var lines []string
	for _, k := range []string{"instr_title", "", "instr_fill", "instr_partners", "instr_interactions", "instr_ties",
		"instr_objects", "instr_people", "instr_targets", "instr_case", "", "instr_no_client", "instr_new_partners", "",
		"instr_ladder"} {
		if k == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, word(lang, k))
	}
	for r := 0; r <= 5; r++ {
		var ks []string
		for _, k := range opt.Kinds {
			if k.Rung == r {
				ks = append(ks, kindName(k, lang))
			}
		}
		line := fmt.Sprintf("%d  %s", r, templateRung(r, lang))
		if len(ks) > 0 {
			line += word(lang, "sep") + strings.Join(ks, ", ")
		}
		lines = append(lines, line)
	}
	lines = append(lines, ownKindLines(opt, lang)...)
	return writeTextSheet(f, name, lines, 120)
}

// templateRung is the name of rung r on the template's instructions:
// "no contact" for rung 0 (workbook.rung_none), the catalogue's
// analysis.rung.<r> for the others (rungWord).
func templateRung(r int, lang string) string {
	if r == 0 {
		return word(lang, "rung_none")
	}
	return rungWord(r, lang)
}

// writeTextSheet writes lines down column A of sheet name, one per row (an
// empty line stays an empty row), the first as a bold title, in a column
// width characters wide: the instructions sheets of the template and the
// survey forms.
func writeTextSheet(f *excelize.File, name string, lines []string, width float64) error {
	for i, l := range lines {
		if l == "" {
			continue
		}
		if err := f.SetCellStr(name, cellName(1, i+1), l); err != nil {
			return err
		}
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "A1", bold); err != nil {
		return err
	}
	return f.SetColWidth(name, "A", "A", width)
}
