// The template's dropdowns: data validations per column kind and the hidden sheet of lists they draw on.

package workbook

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
)

// validation is the data validation of a column kind, its messages in
// lang; nil for none.
func validation(kind, lang, lists, partners string, span int) *excelize.DataValidation {
	w := func(key string) string { return word(lang, key) }
	dv := excelize.NewDataValidation(true)
	ids := fmt.Sprintf("%s!$A$2:$A$%d", quoteSheet(partners), span+1)
	switch kind {
	case "kind":
		// The list offers each kind by one name in lang, but gbo reads
		// every name of a kind (its code, its aliases in any language): a
		// warning only, so a name gbo accepts is never refused; gbo
		// reports a name it does not know, with its position.
		dv.SetSqrefDropList(quoteSheet(lists) + "!$A$2:$A$" + strconv.Itoa(span+1))
		dv.SetError(excelize.DataValidationErrorStyleWarning, w("dv_kind_title"), w("dv_kind"))
	case "rung":
		_ = dv.SetDropList([]string{"0", "1", "2", "3", "4", "5"})
		dv.SetError(excelize.DataValidationErrorStyleStop, w("dv_rung_title"), w("dv_rung"))
	case "partner":
		dv.SetSqrefDropList(ids)
		dv.SetError(excelize.DataValidationErrorStyleStop, w("dv_partner_title"), w("dv_partner"))
	case "partners", "target":
		// Several ids (a|b) or sector:NAME are allowed: a warning only.
		dv.SetSqrefDropList(ids)
		dv.SetError(excelize.DataValidationErrorStyleWarning, w("dv_partners_title"), w("dv_partners"))
	case "sector":
		dv.SetSqrefDropList(quoteSheet(lists) + "!$C$2:$C$" + strconv.Itoa(span+1))
		dv.SetError(excelize.DataValidationErrorStyleInformation, w("dv_sector_title"), w("dv_sector"))
	case "yesno":
		_ = dv.SetDropList([]string{w("yes"), w("no")})
		dv.SetError(excelize.DataValidationErrorStyleStop, w("dv_yesno_title"), w("dv_yesno"))
	case "score":
		_ = dv.SetDropList([]string{"1", "2", "3", "4"})
		dv.SetError(excelize.DataValidationErrorStyleStop, "1-4", w("dv_score"))
	case "weight":
		_ = dv.SetRange(0, 1e9, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThan)
		dv.SetError(excelize.DataValidationErrorStyleStop, w("dv_weight_title"), w("dv_weight"))
	case "count":
		_ = dv.SetRange(1, 1000000, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, w("dv_count_title"), w("dv_count"))
	case "date":
		_ = dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, w("dv_date_title"), w("dv_date"))
	default:
		return nil
	}
	return dv
}

// quoteSheet quotes a sheet name for a formula.
func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// kindName is how a kind is offered in lang: the catalogue's name of a
// kind of GBO's default model (analysis.kind.<kind>) when that name is the
// kind or one of its aliases in the model in force, so that it reads back;
// else (a kind of the case's own) its first alias, when it has one, in a
// language whose workbook.kind_names is "alias" (Dutch), else its key.
func kindName(k Kind, lang string) string {
	if key := "analysis.kind." + k.Kind; locale.Has(key) {
		if n := locale.T(lang, key); n == k.Kind || slices.Contains(k.Aliases, n) {
			return n
		}
	}
	if word(lang, "kind_names") == "alias" && len(k.Aliases) > 0 {
		return k.Aliases[0]
	}
	return k.Kind
}

// writeLists writes the hidden sheet the dropdowns of kinds and sectors read.
func writeLists(f *excelize.File, name string, opt Options, lang string) error {
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	head := []string{word(lang, "lists_kind"), word(lang, "lists_rung"), word(lang, "lists_sector")}
	for i, h := range head {
		if err := f.SetCellStr(name, cellName(i+1, 1), h); err != nil {
			return err
		}
	}
	for i, k := range opt.Kinds {
		if err := f.SetCellStr(name, cellName(1, i+2), kindName(k, lang)); err != nil {
			return err
		}
		if err := f.SetCellInt(name, cellName(2, i+2), int64(k.Rung)); err != nil {
			return err
		}
	}
	seen := map[string]bool{}
	var sectors []string
	add := func(s string) {
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			sectors = append(sectors, s)
		}
	}
	for _, s := range defaultSectors(lang) {
		add(s)
	}
	if opt.Case != nil {
		for _, p := range opt.Case.Partners {
			add(p.Sector)
		}
	}
	for i, s := range sectors {
		if err := f.SetCellStr(name, cellName(3, i+2), s); err != nil {
			return err
		}
	}
	return f.SetSheetVisible(name, false)
}
