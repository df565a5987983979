package workbook

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
)

// MaxRows is the most data rows one sheet of the workbook may get from a
// case: Excel's limit of 1,048,576 rows less the header row. Template
// refuses a bigger case before it writes anything.
const MaxRows = 1048575

// minRows is how many rows below the header the dropdowns and date format
// cover beyond the rows of the case, so that new rows have them too.
const minRows = 1000

// Options says what Template writes.
type Options struct {
	// Lang is the language of the sheet names, column names, kinds and
	// instructions: a language of the catalogue (graph/locale: "en", "fr",
	// "nl"); any other is English. Every name it writes is one graph
	// reads back.
	Lang string
	// Case fills the sheets when not nil. Person names are never written:
	// people appear by their codes only.
	Case *Case
	// Kinds are the kinds of the depth model in force, in its order; in
	// Dutch a kind is offered by its first alias, when it has one. The
	// kinds that differ from DefaultKinds (a kind of the case's own, a
	// rung or aliases changed, a default kind dropped) are written to the
	// case sheet as depth.kinds rows, so the filled workbook reads back
	// with the same model.
	Kinds []Kind
	// DefaultKinds are the kinds of GBO's default depth model
	// (docs/depth-model.md), in its order.
	DefaultKinds []Kind
	// Depth are the depth model's figures the case sheet of a filled
	// template holds: those of the model in force (the case's [depth]
	// table and --depth-model together) that differ from the default
	// model's, or the case's own [depth] values.
	Depth DepthFigures
}

// ErrTooManyRows is returned (wrapped, with the sheet and the count) when a
// case has more rows for one sheet than MaxRows.
var ErrTooManyRows = fmt.Errorf("more rows than an Excel sheet holds (%d)", MaxRows)

// sheet is one case table of the workbook. Its name in a language is the
// catalogue's workbook.sheet_<base>.
type sheet struct {
	base string // the reader's name: partners, interactions, ...
	cols []col
}

// col is one column. Its header and explanation in a language are the
// catalogue's workbook.col_<base>_<key> and …_help; a column of the case's
// own (an attribute) has own set instead: its header in every language.
type col struct {
	key        string // the English header, the reader's key
	own        string
	width      float64
	validation string // kind, rung, partner, partners, sector, yesno, score, weight, count, date, target
}

// header is c's header on sheet base in lang.
func (c col) header(base, lang string) string {
	if c.own != "" {
		return c.own
	}
	return word(lang, "col_"+base+"_"+c.key)
}

// help is c's explanation on sheet base in lang.
func (c col) help(base, lang string) string {
	if c.own != "" {
		return word(lang, "attr_help")
	}
	return word(lang, "col_"+base+"_"+c.key+"_help")
}

// word is the catalogue's workbook.<key> in lang (graph/locale).
func word(lang, key string, args ...any) string {
	return locale.T(lang, "workbook."+key, args...)
}

var sheets = []sheet{
	{"partners", []col{
		{key: "id", width: 22, validation: ""},
		{key: "name", width: 36, validation: ""},
		{key: "sector", width: 18, validation: "sector"},
		{key: "core", width: 8, validation: "yesno"},
		{key: "municipality", width: 18, validation: ""},
	}},
	{"interactions", []col{
		{key: "date", width: 12, validation: "date"},
		{key: "from", width: 22, validation: "partner"},
		{key: "with", width: 30, validation: "partners"},
		{key: "kind", width: 24, validation: "kind"},
		{key: "object", width: 18, validation: ""},
		{key: "people", width: 18, validation: ""},
		{key: "count", width: 8, validation: "count"},
	}},
	{"ties", []col{
		{key: "from", width: 22, validation: "partner"},
		{key: "to", width: 22, validation: "partner"},
		{key: "depth", width: 8, validation: "rung"},
		{key: "trust", width: 10, validation: "score"},
		{key: "value", width: 10, validation: "score"},
		{key: "weight", width: 10, validation: "weight"},
	}},
	{"objects", []col{
		{key: "id", width: 18, validation: ""},
		{key: "name", width: 36, validation: ""},
		{key: "origin", width: 28, validation: ""},
		{key: "description", width: 48, validation: ""},
	}},
	{"people", []col{
		{key: "id", width: 12, validation: ""},
		{key: "partner", width: 22, validation: "partner"},
		{key: "role", width: 24, validation: ""},
	}},
	{"targets", []col{
		{key: "a", width: 22, validation: "target"},
		{key: "b", width: 22, validation: "target"},
		{key: "depth", width: 8, validation: "rung"},
	}},
}

// caseSheet holds the settings of the case (case.toml) as key and value.
var caseSheet = sheet{"case", []col{
	{key: "key", width: 16, validation: ""},
	{key: "value", width: 40, validation: ""},
}}

// defaultSectors are offered in the sector list besides the sectors of
// the case: the core sectors CAW, OCMW and DMW as lang names them (the
// catalogue's input.core_sector_*: CAW, CPAS, mutualité in French), each
// one the reader takes as core (graph/casedata.CoreFamily).
func defaultSectors(lang string) []string {
	return []string{locale.T(lang, "input.core_sector_caw"), locale.T(lang, "input.core_sector_ocmw"),
		locale.T(lang, "input.core_sector_dmw")}
}

// Template writes the workbook described by opt to w. It fails with
// ErrTooManyRows (wrapped) when a sheet would get more than MaxRows rows,
// before anything is written.
func Template(w io.Writer, opt Options) error {
	lang := locale.Or(opt.Lang)
	attrs := attrNames(opt.Case)
	book := withAttrColumns(sheets, attrs)
	if opt.Case != nil && !opt.Case.HasPeople {
		book = withoutPeople(book)
	}
	rows := tableRows(opt.Case, opt.Kinds, lang)
	if opt.Case != nil {
		rows["case"] = append(rows["case"], depthRows(opt)...)
	}
	for _, s := range append(book, caseSheet) {
		if n := len(rows[s.base]); n > MaxRows {
			return fmt.Errorf("%s: %d rows: %w", word(lang, "sheet_"+s.base), n, ErrTooManyRows)
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	info := word(lang, "instructions")
	if err := f.SetSheetName("Sheet1", info); err != nil {
		return err
	}
	if err := writeInstructions(f, info, opt, lang); err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")})
	if err != nil {
		return err
	}
	headStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	textStyle, err := f.NewStyle(&excelize.Style{NumFmt: 49}) // "@": ids stay text
	if err != nil {
		return err
	}
	lists := word(lang, "lists")
	partnersName := word(lang, "sheet_"+book[0].base)
	span := minRows
	for _, r := range rows {
		span = max(span, len(r)+minRows)
	}
	span = min(span, MaxRows)
	for _, s := range append(book, caseSheet) {
		name := word(lang, "sheet_"+s.base)
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		for i, c := range s.cols {
			cell, _ := excelize.CoordinatesToCellName(i+1, 1)
			colName, _ := excelize.ColumnNumberToName(i + 1)
			if err := f.SetCellStr(name, cell, c.header(s.base, lang)); err != nil {
				return err
			}
			if err := f.AddComment(name, excelize.Comment{Author: "gbo", Cell: cell,
				Paragraph: []excelize.RichTextRun{{Text: c.help(s.base, lang)}}, Width: 240, Height: 80}); err != nil {
				return err
			}
			if err := f.SetColWidth(name, colName, colName, c.width); err != nil {
				return err
			}
			last := strconv.Itoa(span + 1)
			rng := colName + "2:" + colName + last
			switch c.validation {
			case "date":
				if err := f.SetCellStyle(name, colName+"2", colName+last, dateStyle); err != nil {
					return err
				}
			case "", "partner", "partners", "target":
				if c.validation != "" || i == 0 {
					if err := f.SetCellStyle(name, colName+"2", colName+last, textStyle); err != nil {
						return err
					}
				}
			}
			if dv := validation(c.validation, lang, lists, partnersName, span); dv != nil {
				dv.SetSqref(rng)
				if err := f.AddDataValidation(name, dv); err != nil {
					return err
				}
			}
		}
		if err := f.SetCellStyle(name, "A1", cellName(len(s.cols), 1), headStyle); err != nil {
			return err
		}
		if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
			return err
		}
		for r, row := range rows[s.base] {
			for ci, v := range row {
				if v == nil {
					continue
				}
				cell := cellName(ci+1, r+2)
				switch x := v.(type) {
				case string:
					err = f.SetCellStr(name, cell, x)
				default:
					err = f.SetCellValue(name, cell, x)
				}
				if err != nil {
					return err
				}
			}
		}
	}
	if err := writeLists(f, lists, opt, lang); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

func ptr[T any](v T) *T { return &v }

func cellName(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}
