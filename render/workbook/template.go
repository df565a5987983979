package workbook

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/output"
	"gbo/metrics/depth"
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
	// Lang is "nl" for Dutch sheet names, column names, kinds and
	// instructions; anything else is English.
	Lang string
	// Case fills the sheets when not nil. Person names are never written:
	// people appear by their codes only.
	Case *graph.Case
	// Kinds are the kinds of the depth model in force
	// (depth.Model.Kinds()); in Dutch a kind is offered by its first
	// alias, when it has one. The kinds that differ from the default
	// model's (a kind of the case's own, a rung or aliases changed, a
	// default kind dropped) are written to the case sheet as depth.kinds
	// rows, so the filled workbook reads back with the same model.
	Kinds []depth.KindRow
	// Model is the depth model in force (the case's [depth] table and
	// --depth-model together), or nil. Its half-life, threshold and
	// combine rule are written to the case sheet where they differ from
	// the default model's; without it, the case's own [depth] values are.
	Model *depth.Model
}

// ErrTooManyRows is returned (wrapped, with the sheet and the count) when a
// case has more rows for one sheet than MaxRows.
var ErrTooManyRows = fmt.Errorf("more rows than an Excel sheet holds (%d)", MaxRows)

// sheet is one case table of the workbook.
type sheet struct {
	base   string // the reader's name: partners, interactions, ...
	en, nl string // sheet names
	cols   []col
}

// col is one column: header in English and Dutch, with its explanation.
type col struct {
	en, nl     string
	helpEN     string
	helpNL     string
	width      float64
	validation string // kind, rung, partner, partners, sector, yesno, score, weight, count, date, target
}

var sheets = []sheet{
	{"partners", "partners", "partners", []col{
		{"id", "id", "Short code of the partner organisation (or site), unique, e.g. caw-oost. Used in every other sheet.", "Korte code van de partnerorganisatie (of vestiging), uniek, bv. caw-oost. Wordt op elk ander blad gebruikt.", 22, ""},
		{"name", "naam", "Name of the organisation (not of a person).", "Naam van de organisatie (niet van een persoon).", 36, ""},
		{"sector", "sector", "Sector of the partner, e.g. CAW, OCMW, DMW, housing, education. Choose from the list or type a new one.", "Sector van de partner, bv. CAW, OCMW, DMW, wonen, onderwijs. Kies uit de lijst of typ een nieuwe.", 18, "sector"},
		{"core", "kern", "yes when the partner belongs to the core of the partnership; empty: yes for CAW, OCMW and DMW.", "ja als de partner tot de kern van het samenwerkingsverband hoort; leeg: ja voor CAW, OCMW en DMW.", 8, "yesno"},
		{"municipality", "gemeente", "Municipality of the partner (optional).", "Gemeente van de partner (niet verplicht).", 18, ""},
	}},
	{"interactions", "interactions", "interacties", []col{
		{"date", "datum", "Date of the contact or activity (a date cell).", "Datum van het contact of de activiteit (een datumcel).", 12, "date"},
		{"from", "van", "Partner id of the partner that took the initiative or reports it.", "Partner-id van de partner die het initiatief nam of het meldt.", 22, "partner"},
		{"with", "met", "Partner id of the other partner; several ids separated by |, e.g. ocmw-a|dmw-b.", "Partner-id van de andere partner; meerdere id's gescheiden door |, bv. ocmw-a|dmw-b.", 30, "partners"},
		{"kind", "soort", "What happened: choose a kind from the list (its rung, 0-5, is on the instructions sheet).", "Wat er gebeurde: kies een soort uit de lijst (de trede, 0-5, staat op het blad met instructies).", 24, "kind"},
		{"object", "grensobject", "Id of the boundary object the contact was about (sheet objects), optional.", "Id van het grensobject waarover het contact ging (blad objecten), niet verplicht.", 18, ""},
		{"people", "personen", "Codes of the social workers involved, separated by | (codes, never names).", "Codes van de betrokken basiswerkers, gescheiden door | (codes, nooit namen).", 18, ""},
		{"count", "aantal", "How many times this happened on that date (default 1).", "Hoe vaak dit op die datum gebeurde (standaard 1).", 8, "count"},
	}},
	{"ties", "ties", "banden", []col{
		{"from", "van", "Partner id of the partner that gives the rating.", "Partner-id van de partner die de beoordeling geeft.", 22, "partner"},
		{"to", "naar", "Partner id of the partner that is rated.", "Partner-id van de partner die beoordeeld wordt.", 22, "partner"},
		{"depth", "diepte", "Rung of the tie, 0-5 (see the instructions sheet).", "Trede van de band, 0-5 (zie het blad met instructies).", 8, "rung"},
		{"trust", "vertrouwen", "Trust, 1 (little) to 4 (much), optional.", "Vertrouwen, 1 (weinig) tot 4 (veel), niet verplicht.", 10, "score"},
		{"value", "waarde", "Value of the tie for the partner, 1 (little) to 4 (much), optional.", "Waarde van de band voor de partner, 1 (weinig) tot 4 (veel), niet verplicht.", 10, "score"},
		{"weight", "gewicht", "Weight of the rating, a number above 0, optional.", "Gewicht van de beoordeling, een getal boven 0, niet verplicht.", 10, "weight"},
	}},
	{"objects", "objects", "objecten", []col{
		{"id", "id", "Short code of the boundary object (a shared practice question, target group or tool).", "Korte code van het grensobject (een gedeelde praktijkvraag, doelgroep of instrument).", 18, ""},
		{"name", "naam", "Name of the object.", "Naam van het object.", 36, ""},
		{"origin", "herkomst", "Where the object comes from (optional).", "Waar het object vandaan komt (niet verplicht).", 28, ""},
		{"description", "beschrijving", "Short description (optional). No client data.", "Korte beschrijving (niet verplicht). Geen cliëntgegevens.", 48, ""},
	}},
	{"people", "people", "personen", []col{
		{"id", "id", "Code of the social worker, e.g. p001. Never a name.", "Code van de basiswerker, bv. p001. Nooit een naam.", 12, ""},
		{"partner", "partner", "Partner id of the organisation the person works for.", "Partner-id van de organisatie waarvoor de persoon werkt.", 22, "partner"},
		{"role", "rol", "Role or function, e.g. onthaalmedewerker (optional).", "Rol of functie, bv. onthaalmedewerker (niet verplicht).", 24, ""},
	}},
	{"targets", "targets", "doelen", []col{
		{"a", "a", "Partner id, or sector:NAME for a whole sector.", "Partner-id, of sector:NAAM voor een hele sector.", 22, "target"},
		{"b", "b", "Partner id, or sector:NAME for a whole sector.", "Partner-id, of sector:NAAM voor een hele sector.", 22, "target"},
		{"depth", "diepte", "The rung (0-5) the tie is meant to reach.", "De trede (0-5) die de band moet bereiken.", 8, "rung"},
	}},
}

// caseSheet holds the settings of the case (case.toml) as key and value.
var caseSheet = sheet{"case", "case", "instellingen", []col{
	{"key", "sleutel", "The setting: name, region, as_of, language, coordinator, depth.*, labels.* (see the README); a plain key, never TOML.", "De instelling: naam, regio, peildatum, taal, coordinator, depth.*, labels.* (zie de README); een gewone sleutel, nooit TOML.", 16, ""},
	{"value", "waarde", "Its value; as_of is a date (yyyy-mm-dd).", "De waarde; peildatum is een datum (jjjj-mm-dd).", 40, ""},
}}

// defaultSectors are offered in the sector list besides the sectors of the case.
var defaultSectors = []string{"CAW", "OCMW", "DMW"}

// Template writes the workbook described by opt to w. It fails with
// ErrTooManyRows (wrapped) when a sheet would get more than MaxRows rows,
// before anything is written.
func Template(w io.Writer, opt Options) error {
	nl := opt.Lang == "nl"
	pick := func(en, nlText string) string {
		if nl {
			return nlText
		}
		return en
	}
	attrs := attrNames(opt.Case)
	book := withAttrColumns(sheets, attrs)
	if opt.Case != nil && !opt.Case.HasPeople {
		book = withoutPeople(book)
	}
	rows := tableRows(opt.Case, opt.Kinds, nl)
	if opt.Case != nil {
		rows["case"] = append(rows["case"], depthRows(opt, defaultKinds())...)
	}
	for _, s := range append(book, caseSheet) {
		if n := len(rows[s.base]); n > MaxRows {
			return fmt.Errorf("%s: %d rows: %w", pick(s.en, s.nl), n, ErrTooManyRows)
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	info := pick("Instructions", "Instructies")
	if err := f.SetSheetName("Sheet1", info); err != nil {
		return err
	}
	if err := writeInstructions(f, info, opt, nl); err != nil {
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
	lists := pick("lists", "lijsten")
	partnersName := pick(book[0].en, book[0].nl)
	span := minRows
	for _, r := range rows {
		span = max(span, len(r)+minRows)
	}
	span = min(span, MaxRows)
	for _, s := range append(book, caseSheet) {
		name := pick(s.en, s.nl)
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		for i, c := range s.cols {
			cell, _ := excelize.CoordinatesToCellName(i+1, 1)
			colName, _ := excelize.ColumnNumberToName(i + 1)
			if err := f.SetCellStr(name, cell, pick(c.en, c.nl)); err != nil {
				return err
			}
			if err := f.AddComment(name, excelize.Comment{Author: "gbo", Cell: cell,
				Paragraph: []excelize.RichTextRun{{Text: pick(c.helpEN, c.helpNL)}}, Width: 240, Height: 80}); err != nil {
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
			if dv := validation(c.validation, nl, lists, partnersName, span); dv != nil {
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
	if err := writeLists(f, lists, opt, nl); err != nil {
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

// validation is the data validation of a column kind; nil for none.
func validation(kind string, nl bool, lists, partners string, span int) *excelize.DataValidation {
	pick := func(en, nlText string) string {
		if nl {
			return nlText
		}
		return en
	}
	dv := excelize.NewDataValidation(true)
	ids := fmt.Sprintf("%s!$A$2:$A$%d", quoteSheet(partners), span+1)
	switch kind {
	case "kind":
		dv.SetSqrefDropList(quoteSheet(lists) + "!$A$2:$A$" + strconv.Itoa(span+1))
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("Unknown kind", "Onbekende soort"),
			pick("Choose a kind from the list; the instructions sheet gives each kind's rung.", "Kies een soort uit de lijst; het blad met instructies geeft de trede van elke soort."))
	case "rung":
		_ = dv.SetDropList([]string{"0", "1", "2", "3", "4", "5"})
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("Rung", "Trede"), pick("A rung is 0, 1, 2, 3, 4 or 5.", "Een trede is 0, 1, 2, 3, 4 of 5."))
	case "partner":
		dv.SetSqrefDropList(ids)
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("Unknown partner", "Onbekende partner"),
			pick("Choose a partner id from the partners sheet, or add the partner there first.", "Kies een partner-id van het blad partners, of voeg de partner daar eerst toe."))
	case "partners", "target":
		// Several ids (a|b) or sector:NAME are allowed: a warning only.
		dv.SetSqrefDropList(ids)
		dv.SetError(excelize.DataValidationErrorStyleWarning, pick("Partner ids", "Partner-id's"),
			pick("Give partner ids from the partners sheet, separated by |.", "Geef partner-id's van het blad partners, gescheiden door |."))
	case "sector":
		dv.SetSqrefDropList(quoteSheet(lists) + "!$C$2:$C$" + strconv.Itoa(span+1))
		dv.SetError(excelize.DataValidationErrorStyleInformation, pick("New sector", "Nieuwe sector"),
			pick("This sector is not in the list yet; it is kept as typed.", "Deze sector staat nog niet in de lijst; hij blijft zoals getypt."))
	case "yesno":
		_ = dv.SetDropList([]string{pick("yes", "ja"), pick("no", "nee")})
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("yes or no", "ja of nee"), pick("Choose yes or no, or leave it empty.", "Kies ja of nee, of laat leeg."))
	case "score":
		_ = dv.SetDropList([]string{"1", "2", "3", "4"})
		dv.SetError(excelize.DataValidationErrorStyleStop, "1-4", pick("Choose 1, 2, 3 or 4, or leave it empty.", "Kies 1, 2, 3 of 4, of laat leeg."))
	case "weight":
		_ = dv.SetRange(0, 1e9, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThan)
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("Weight", "Gewicht"), pick("A number above 0.", "Een getal boven 0."))
	case "count":
		_ = dv.SetRange(1, 1000000, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("Count", "Aantal"), pick("A whole number from 1.", "Een geheel getal vanaf 1."))
	case "date":
		_ = dv.SetRange(1, 2958465, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, pick("Date", "Datum"), pick("Type a date, e.g. 2024-03-15.", "Typ een datum, bv. 2024-03-15."))
	default:
		return nil
	}
	return dv
}

// quoteSheet quotes a sheet name for a formula.
func quoteSheet(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// kindName is how a kind is offered: its first alias in Dutch, when it has one.
func kindName(k depth.KindRow, nl bool) string {
	if nl && len(k.Aliases) > 0 {
		return k.Aliases[0]
	}
	return k.Kind
}

// writeLists writes the hidden sheet the dropdowns of kinds and sectors read.
func writeLists(f *excelize.File, name string, opt Options, nl bool) error {
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	head := []string{"kind", "rung", "sector"}
	if nl {
		head = []string{"soort", "trede", "sector"}
	}
	for i, h := range head {
		if err := f.SetCellStr(name, cellName(i+1, 1), h); err != nil {
			return err
		}
	}
	for i, k := range opt.Kinds {
		if err := f.SetCellStr(name, cellName(1, i+2), kindName(k, nl)); err != nil {
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
	for _, s := range defaultSectors {
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

// writeInstructions fills the first sheet.
func writeInstructions(f *excelize.File, name string, opt Options, nl bool) error {
	var lines []string
	if nl {
		lines = []string{
			"Gegevens van het samenwerkingsverband voor gbo",
			"",
			"Vul elk blad in; de eerste rij (de kolomnamen) blijft staan. Ga met de muis over een kolomnaam voor uitleg.",
			"partners: één rij per partnerorganisatie (of vestiging), met een korte unieke code (id).",
			"interacties: één rij per contact of activiteit tussen partners: datum, van, met, soort.",
			"banden: één rij per beoordeling: hoe partner 'van' zijn band met partner 'naar' ziet (trede 0-5, vertrouwen en waarde 1-4).",
			"objecten: één rij per grensobject: een gedeelde praktijkvraag, doelgroep of instrument.",
			"personen: één rij per basiswerker, met een code (bv. p001) en de partner waarvoor hij of zij werkt.",
			"doelen: één rij per paar partners (of sectoren) met de trede die de band moet bereiken.",
			"instellingen: naam, regio, peildatum, taal en coordinator van het samenwerkingsverband.",
			"",
			"Vul nooit cliëntgegevens in, en nooit namen van personen: personen krijgen een code.",
			"Nieuwe partners op het blad partners verschijnen vanzelf in de keuzelijsten.",
			"",
			"De ladder: hoe diep een band gaat (trede), met de soorten van elke trede",
		}
	} else {
		lines = []string{
			"Partnership data for gbo",
			"",
			"Fill in each sheet; the first row (the column names) stays in place. Hover over a column name for an explanation.",
			"partners: one row per partner organisation (or site), with a short unique code (id).",
			"interactions: one row per contact or activity between partners: date, from, with, kind.",
			"ties: one row per rating: how partner 'from' sees its tie with partner 'to' (rung 0-5, trust and value 1-4).",
			"objects: one row per boundary object: a shared practice question, target group or tool.",
			"people: one row per social worker, with a code (e.g. p001) and the partner they work for.",
			"targets: one row per pair of partners (or sectors) with the rung the tie is meant to reach.",
			"case: name, region, as_of date, language and coordinator of the partnership.",
			"",
			"Never enter client data, and never names of people: people get codes.",
			"New partners on the partners sheet appear in the dropdown lists by themselves.",
			"",
			"The ladder: how deep a tie goes (rung), with the kinds of each rung",
		}
	}
	rungNames := [2][6]string{
		{"no contact", "acquaintance", "knowledge sharing", "referral", "alignment", "integration"},
		{"geen contact", "kennismaking", "kennisdeling", "doorverwijzing", "afstemming", "integratie"},
	}
	li := 0
	if nl {
		li = 1
	}
	for r := 0; r <= 5; r++ {
		var ks []string
		for _, k := range opt.Kinds {
			if k.Rung == r {
				ks = append(ks, kindName(k, nl))
			}
		}
		line := fmt.Sprintf("%d  %s", r, rungNames[li][r])
		if len(ks) > 0 {
			line += ": " + strings.Join(ks, ", ")
		}
		lines = append(lines, line)
	}
	lines = append(lines, ownKindLines(opt, nl)...)
	return writeTextSheet(f, name, lines, 120)
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
func tableRows(c *graph.Case, kinds []depth.KindRow, nl bool) map[string][][]any {
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
	yes, no := "yes", "no"
	if nl {
		yes, no = "ja", "nee"
	}
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
		kindOf[k.Kind] = kindName(k, nl)
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
// Languages in order: every language first, then en, nl.
func labelRows(l graph.Labels) [][]any {
	var out [][]any
	key := func(base, lang string) string {
		if lang == "*" {
			return "labels." + base
		}
		return "labels." + base + "." + lang
	}
	langs := func(has func(string) bool) []string {
		var ls []string
		for _, lang := range []string{"*", "en", "nl"} {
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
