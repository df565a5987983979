package workbook

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
	"gbo/graph/output"
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
// analysis.rung.<r> for the others.
func templateRung(r int, lang string) string {
	if r == 0 {
		return word(lang, "rung_none")
	}
	return locale.T(lang, "analysis.rung."+strconv.Itoa(r))
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

// tableRows are the data rows of each sheet from c (none when c is nil),
// kinds named as the dropdown offers them,
// by the reader's base name. A cell is a string, a number, a time.Time or
// nil (empty).
func tableRows(c *Case, kinds []Kind, lang string) map[string][][]any {
	out := map[string][][]any{}
	if c == nil {
		return out
	}
	txt := func(s string) any {
		if s == "" {
			return nil
		}
		return output.SafeText(s, true)
	}
	list := func(ss []string) any {
		if len(ss) == 0 {
			return nil
		}
		parts := make([]string, len(ss))
		for i, s := range ss {
			parts[i] = output.SafeText(s, true)
		}
		return strings.Join(parts, "|")
	}
	opt := func(n int) any {
		if n == 0 {
			return nil
		}
		return n
	}
	yes, no := word(lang, "yes"), word(lang, "no")
	attrs := attrNames(c)
	for _, p := range c.Partners {
		core := no
		if p.Core {
			core = yes
		}
		row := []any{txt(p.ID), txt(p.Name), txt(p.Sector), core, txt(p.Municipality)}
		for _, a := range attrs {
			row = append(row, txt(p.Attrs[a]))
		}
		out["partners"] = append(out["partners"], row)
	}
	kindOf := map[string]string{}
	for _, k := range kinds {
		kindOf[k.Kind] = kindName(k, lang)
	}
	for _, e := range c.Events {
		kind := e.Kind
		if k, ok := kindOf[kind]; ok {
			kind = k // as the dropdown offers it
		}
		row := []any{e.Date, txt(e.From), list(e.With), txt(kind), txt(e.Object), list(e.People), max(e.Count, 1)}
		if !c.HasPeople { // no people column (withoutPeople)
			row = append(row[:5], row[6])
		}
		out["interactions"] = append(out["interactions"], row)
	}
	for _, r := range c.Ratings {
		var w any
		if r.Weight > 0 {
			w = r.Weight
		}
		out["ties"] = append(out["ties"], []any{txt(r.From), txt(r.To), r.Depth, opt(r.Trust), opt(r.Value), w})
	}
	for _, o := range c.Objects {
		out["objects"] = append(out["objects"], []any{txt(o.ID), txt(o.Name), txt(o.Origin), txt(o.Description)})
	}
	for _, p := range c.People {
		out["people"] = append(out["people"], []any{txt(p.ID), txt(p.Partner), txt(p.Role)})
	}
	for _, t := range c.Targets {
		out["targets"] = append(out["targets"], []any{txt(t.A), txt(t.B), t.Depth})
	}
	kv := func(k string, v any) {
		if v != nil {
			out["case"] = append(out["case"], []any{k, v})
		}
	}
	kv("name", txt(c.Name))
	kv("region", txt(c.Region))
	if !c.AsOf.IsZero() {
		kv("as_of", c.AsOf.Format(time.DateOnly))
	}
	kv("language", txt(c.Language))
	kv("coordinator", txt(c.Coordinator))
	for _, row := range labelRows(c.Labels) {
		kv(row[0].(string), row[1])
	}
	return out
}

// labelRows are the case's [labels] as rows of the case sheet, read back
// as the same labels: labels.core, labels.person and labels.rungs, each
// for every language or per language (labels.core.nl), names separated by
// | (as a list ["a|b", "c"] when a name holds |), and labels.target_rung.
// Languages in order: every language first, then the catalogue's
// languages in their order (en, fr, nl).
func labelRows(l Labels) [][]any {
	var out [][]any
	key := func(base, lang string) string {
		if lang == "*" {
			return "labels." + base
		}
		return "labels." + base + "." + lang
	}
	langs := func(has func(string) bool) []string {
		var ls []string
		for _, lang := range append([]string{"*"}, locale.Languages()...) {
			if has(lang) {
				ls = append(ls, lang)
			}
		}
		return ls
	}
	names := func(base string, m map[string][2]string) {
		for _, lang := range langs(func(k string) bool { _, ok := m[k]; return ok }) {
			pair := m[lang]
			out = append(out, []any{key(base, lang), labelNames(pair[:])})
		}
	}
	names("core", l.Core)
	names("person", l.Person)
	for _, lang := range langs(func(k string) bool { _, ok := l.Rungs[k]; return ok }) {
		rungs := l.Rungs[lang]
		out = append(out, []any{key("rungs", lang), labelNames(rungs[:])})
	}
	if l.Target != nil {
		out = append(out, []any{"labels.target_rung", *l.Target})
	}
	return out
}

// labelNames writes names as one cell: separated by |, or as a list of
// quoted names when one holds |. A name that would start a formula is
// kept as text (output.SafeText).
func labelNames(ns []string) string {
	safe := make([]string, len(ns))
	list := false
	for i, n := range ns {
		safe[i] = output.SafeText(n, true)
		list = list || strings.Contains(n, "|")
	}
	if !list {
		return strings.Join(safe, "|")
	}
	q := make([]string, len(ns))
	for i, n := range ns {
		q[i] = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(n) + `"`
	}
	return "[" + strings.Join(q, ", ") + "]"
}
