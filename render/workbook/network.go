package workbook

// network.go writes the scored network as a workbook to read and filter in
// Excel: `gbo export CASE -o netwerk.xlsx`.

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"gbo/graph/locale"
	"gbo/graph/output"
)

// MaxCellChars is the most characters (UTF-16 code units, as Excel counts
// them) a text cell of the network workbook holds: Excel's limit. A longer
// text is cut and ends in "…".
const MaxCellChars = 32767

// Network is what NetworkWorkbook writes: the analysis of one case, as the
// command line computed it once (the same values `gbo metrics`, `gbo ties`,
// `gbo weak` and `gbo objects` print as JSON), as rows of values with the
// analysis' codes already in words (cmd/gbo/view_workbook.go fills it).
type Network struct {
	// Lang is the language of the sheet names, headers and words: a
	// language of the catalogue (graph/locale); any other is English.
	Lang string
	// Name is the case name; AsOf the ISO date (yyyy-mm-dd) the analysis
	// looks from, "" for none.
	Name, AsOf string
	// MinDepth is the lowest rung of a tie of the network (the measures).
	MinDepth int
	// Partners are the partners with their measures, in their order.
	Partners []NetPartner
	// Ties are the scored ties as `gbo ties` lists them, in their order,
	// with their measures in the network.
	Ties []NetTie
	// Weak are the weak links worst first.
	Weak []NetWeak
	// Objects are the boundary objects.
	Objects []NetObject
	// Rungs are the case's names of rungs 0-5 in Lang (case.toml
	// [labels]) for the rung columns; "" keeps the catalogue's (analysis.rung.*).
	Rungs [6]string
	// Workbook is true when the case was read from a workbook: the
	// explanations name its sheets (the sheet ‘partners’); false names the
	// files of a case folder (partners.csv).
	Workbook bool
	// CoreOne and Core are the case's names (case.toml [labels] core) in
	// Lang for one member of the core group and for the group, for the
	// column notes; "" keeps GBO's (core partner).
	CoreOne, Core string
}

// rungName is the name of rung r in lang: n's own, or the model's.
func (n Network) rungName(r int, lang string) string {
	if r >= 0 && r < len(n.Rungs) && n.Rungs[r] != "" {
		return n.Rungs[r]
	}
	return rungWord(r, lang)
}

// rungWord is the default ladder's name of rung r in lang: the catalogue's
// analysis.rung.<r>; a rung outside 0-5 is its number.
func rungWord(r int, lang string) string {
	if r < 0 || r > 5 {
		return strconv.Itoa(r)
	}
	return locale.T(lang, "analysis.rung."+strconv.Itoa(r))
}

// cellKind is the type of a column's cells.
type cellKind int

const (
	kText  cellKind = iota
	kInt            // a whole number
	kFloat          // a number
	kBool           // TRUE/FALSE (shown in Excel's language)
	kDate           // a date cell, shown yyyy-mm-dd
)

// netCol is one column of a network sheet. key is gbo's JSON field; its
// header and its explanation on the first sheet are the catalogue's
// workbook.net_<sheet>_<key> and …_help. An explanation that names the
// case's input (partners.csv, the sheet ‘partners’) has input set: the
// base name of that table, filled in by Network.inputName.
type netCol struct {
	key   string
	kind  cellKind
	width float64
	input string
}

// netSheet is one sheet: its id (partner, tie, weak, object: its name is
// the catalogue's workbook.net_sheet_<id>), columns and rows (one value per
// column: string, int, float64, bool, time.Time, or nil for an empty cell).
type netSheet struct {
	id   string
	cols []netCol
	rows [][]any
}

// header is c's header on sheet id in lang.
func (c netCol) header(id, lang string) string { return word(lang, "net_"+id+"_"+c.key) }

var partnerCols = []netCol{
	{"id", kText, 24, "partners"},
	{"name", kText, 36, ""},
	{"sector", kText, 18, ""},
	{"core", kBool, 8, ""},
	{"degree", kInt, 9, ""},
	{"strength", kFloat, 10, ""},
	{"betweenness", kFloat, 12, ""},
	{"betweenness_weighted", kFloat, 12, ""},
	{"closeness", kFloat, 10, ""},
	{"eigenvector", kFloat, 11, ""},
	{"pagerank", kFloat, 10, ""},
	{"constraint", kFloat, 10, ""},
	{"effective_size", kFloat, 10, ""},
	{"core_number", kInt, 9, ""},
	{"clustering", kFloat, 10, ""},
	{"community", kInt, 11, ""},
	{"articulation_point", kBool, 9, ""},
	{"brokerage_coordinator", kFloat, 11, ""},
	{"brokerage_itinerant", kFloat, 11, ""},
	{"brokerage_representative", kFloat, 11, ""},
	{"brokerage_gatekeeper", kFloat, 11, ""},
	{"brokerage_liaison", kFloat, 11, ""},
	{"brokerage_total", kFloat, 11, ""},
	{"bridging", kBool, 11, ""},
}

var tieCols = []netCol{
	{"a", kText, 24, ""},
	{"b", kText, 24, ""},
	{"depth", kInt, 8, ""},
	{"rung", kText, 18, ""},
	{"depth_score", kFloat, 11, ""},
	{"depth_events", kInt, 11, ""},
	{"depth_survey", kInt, 11, "ties"},
	{"gap", kInt, 8, ""},
	{"one_sided", kBool, 9, ""},
	{"events", kInt, 10, ""},
	{"first", kDate, 12, ""},
	{"last", kDate, 12, ""},
	{"initiated_a", kInt, 10, ""},
	{"initiated_b", kInt, 10, ""},
	{"carriers_a", kInt, 9, ""},
	{"carriers_b", kInt, 9, ""},
	{"objects", kText, 24, ""},
	{"flags", kText, 24, ""},
}

// ratingCols are added to the ties sheet when any tie is rated.
var ratingCols = []netCol{
	{"rating_a_depth", kInt, 10, ""},
	{"rating_a_trust", kInt, 10, ""},
	{"rating_a_value", kInt, 10, ""},
	{"rating_a_weight", kFloat, 10, ""},
	{"rating_b_depth", kInt, 10, ""},
	{"rating_b_trust", kInt, 10, ""},
	{"rating_b_value", kInt, 10, ""},
	{"rating_b_weight", kFloat, 10, ""},
}

// measuredCols end the ties sheet: the tie's measures in the network,
// empty for a tie below the minimum depth.
var measuredCols = []netCol{
	{"weight", kFloat, 9, ""},
	{"bridge", kBool, 8, ""},
	{"local_bridge", kBool, 9, ""},
	{"span", kInt, 9, ""},
	{"embeddedness", kInt, 10, ""},
}

var weakCols = []netCol{
	{"a", kText, 24, ""},
	{"b", kText, 24, ""},
	{"depth", kInt, 8, ""},
	{"rung", kText, 18, ""},
	{"families", kText, 14, ""},
	{"reasons", kText, 28, ""},
	{"texts", kText, 60, ""},
}

var objectCols = []netCol{
	{"id", kText, 18, "objects"},
	{"name", kText, 36, ""},
	{"verdict", kText, 16, ""},
	{"partners", kInt, 9, ""},
	{"partner_ids", kText, 40, ""},
	{"sectors", kText, 30, ""},
	{"blau", kFloat, 8, ""},
	{"max_rung", kInt, 9, ""},
	{"mean_rung", kFloat, 10, ""},
	{"events", kInt, 10, ""},
	{"unique_pairs", kInt, 9, ""},
	{"degree_centrality", kFloat, 11, ""},
	{"betweenness", kFloat, 11, ""},
	{"reasons", kText, 60, ""},
}

// aboutCols are the columns of the table on the first sheet.
var aboutCols = []netCol{
	{"sheet", kText, 18, ""},
	{"column", kText, 26, ""},
	{"field", kText, 24, ""},
	{"meaning", kText, 100, ""},
}

// networkMaxRows is MaxRows; a test lowers it.
var networkMaxRows = MaxRows

// aboutHead is how many rows stand above the explanation table.
const aboutHead = 5

// NetworkWorkbook writes n to w as an .xlsx workbook: a first sheet that
// explains every column, then partners, ties, weak links and boundary
// objects, one row each, in the order of n. Numbers are number cells with
// every digit of the float64 (not Excel's 15), dates date cells
// (yyyy-mm-dd), yes/no Excel booleans; every text passes output.SafeCell
// (no formula, no control character) and is cut at MaxCellChars. Each
// sheet's header row is bold and frozen, with an autofilter. The bytes
// depend on n only. A sheet of more than MaxRows rows is ErrTooManyRows
// (wrapped, with the sheet), before anything is written.
//
// Excelize writes the workbook's frame (workbook, styles, defined names of
// the autofilters, document properties); the sheets themselves are written
// here, row by row into the compressed archive, so a sheet of a million
// rows costs its compressed size in memory, not excelize's cell objects.
func NetworkWorkbook(w io.Writer, n Network) error {
	lang := locale.Or(n.Lang)
	sheets := networkSheets(n, lang)
	for _, s := range sheets {
		if len(s.rows) > networkMaxRows {
			return fmt.Errorf("%s: %d rows: %w", word(lang, "net_sheet_"+s.id), len(s.rows), ErrTooManyRows)
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	z := &sortedZip{sheets: map[string]func(io.Writer) error{}}
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { z.zw = zip.NewWriter(w); return z })
	st, err := newNetStyles(f)
	if err != nil {
		return err
	}
	about := word(lang, "net_about")
	if err := f.SetSheetName("Sheet1", about); err != nil {
		return err
	}
	tables := []table{aboutTable(n, sheets, lang)}
	names := []string{about}
	for _, s := range sheets {
		t := table{cols: s.cols, rows: s.rows, headRow: 1}
		t.head = make([]string, len(s.cols))
		for i, c := range s.cols {
			t.head[i] = c.header(s.id, lang)
		}
		tables = append(tables, t)
		names = append(names, word(lang, "net_sheet_"+s.id))
	}
	for i, t := range tables {
		if i > 0 {
			if _, err := f.NewSheet(names[i]); err != nil {
				return err
			}
		}
		// The defined name _xlnm._FilterDatabase Excel wants beside the
		// sheet's own <autoFilter>.
		if err := f.AutoFilter(names[i], t.filterRef(), nil); err != nil {
			return err
		}
		t := t
		z.sheets[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)] = func(w io.Writer) error {
			return t.write(w, st, i == 0)
		}
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "gbo", Title: output.SafeText(n.Name, true),
		Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z", Language: lang}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// networkSheets builds the four data sheets of n.
func networkSheets(n Network, lang string) []netSheet {
	partners := netSheet{id: "partner", cols: partnerCols}
	for _, p := range n.Partners {
		partners.rows = append(partners.rows, []any{p.ID, p.Name, p.Sector, p.Core, p.Degree, p.Strength,
			p.Betweenness, p.BetweennessWeighted, p.Closeness, p.Eigenvector, p.Pagerank, floatPtr(p.Constraint),
			floatPtr(p.EffectiveSize), p.CoreNumber, p.Clustering, p.Community, p.ArticulationPoint,
			p.Coordinator, p.Itinerant, p.Representative, p.Gatekeeper, p.Liaison, p.BrokerageTotal, p.Bridging})
	}

	rated := false
	for i := range n.Ties {
		rated = rated || n.Ties[i].Rated
	}
	ties := netSheet{id: "tie", cols: append([]netCol(nil), tieCols...)}
	if rated {
		ties.cols = append(ties.cols, ratingCols...)
	}
	ties.cols = append(ties.cols, measuredCols...)
	for i := range n.Ties {
		t := &n.Ties[i]
		row := []any{t.A, t.B, t.Depth, n.rungName(t.Depth, lang), t.DepthScore, intPtr(t.DepthEvents),
			intPtr(t.DepthSurvey), intPtr(t.Gap), boolPtr(t.OneSided), t.Events, datePtr(t.First), datePtr(t.Last),
			intPtr(t.InitiatedA), intPtr(t.InitiatedB), intPtr(t.CarriersA), intPtr(t.CarriersB),
			strings.Join(t.Objects, ", "), strings.Join(t.Flags, ", ")}
		if rated {
			for _, r := range []*NetRating{t.RatingA, t.RatingB} {
				if r == nil {
					row = append(row, nil, nil, nil, nil)
					continue
				}
				row = append(row, r.Depth, intPtr(r.Trust), intPtr(r.Value), floatPtr(r.Weight))
			}
		}
		if tf := t.Measured; tf != nil {
			row = append(row, tf.Weight, tf.Bridge, tf.LocalBridge, intPtr(tf.Span), tf.Embeddedness)
		} else {
			row = append(row, nil, nil, nil, nil, nil)
		}
		ties.rows = append(ties.rows, row)
	}

	weak := netSheet{id: "weak", cols: weakCols}
	for _, wl := range n.Weak {
		fams := make([]string, len(wl.Families))
		for i, fm := range wl.Families {
			fams[i] = fm
			if key := "workbook.family_" + fm; locale.Has(key) {
				fams[i] = locale.T(lang, key)
			}
		}
		weak.rows = append(weak.rows, []any{wl.A, wl.B, wl.Depth, n.rungName(wl.Depth, lang),
			strings.Join(fams, ", "), strings.Join(wl.Labels, ", "), strings.Join(wl.Texts, "; ")})
	}

	objects := netSheet{id: "object", cols: objectCols}
	for _, o := range n.Objects {
		objects.rows = append(objects.rows, []any{o.ID, o.Name, o.Verdict, o.Partners, strings.Join(o.PartnerIDs, ", "),
			strings.Join(o.Sectors, ", "), o.Blau, o.MaxRung, floatPtr(o.MeanRung), o.Events, o.UniquePairs,
			o.DegreeCentrality, o.Betweenness, strings.Join(o.Reasons, "; ")})
	}
	return []netSheet{partners, ties, weak, objects}
}

// aboutTable is the first sheet: the case, its date, what the workbook
// holds, then a table of every column of every sheet with its meaning.
func aboutTable(n Network, sheets []netSheet, lang string) table {
	var asOf any = word(lang, "about_none")
	if d := dateCell(n.AsOf); d != nil {
		asOf = d
	}
	t := table{cols: aboutCols, headRow: aboutHead + 1, top: [][]any{
		{word(lang, "about_title") + n.Name},
		{word(lang, "about_as_of"), asOf},
		{word(lang, "about_min_depth"), n.MinDepth},
		{word(lang, "about_no_people")},
	}}
	for _, s := range sheets {
		for _, c := range s.cols {
			t.rows = append(t.rows, []any{word(lang, "net_sheet_"+s.id), c.header(s.id, lang), c.key, n.ownHelp(s.id, c, lang)})
		}
	}
	for _, c := range aboutCols {
		t.head = append(t.head, c.header("about", lang))
	}
	return t
}

// netStyles are the cell styles of the network workbook (cellXfs indices).
type netStyles struct{ head, date int }

func newNetStyles(f *excelize.File) (netStyles, error) {
	var st netStyles
	var err error
	if st.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}); err != nil {
		return st, err
	}
	st.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd")})
	return st, err
}

// table is one sheet as written: rows of top from row 1 (the first cell
// of the first one bold), the header at headRow (bold, frozen, with an
// autofilter over the table), then rows. Widths follow cols.
type table struct {
	cols    []netCol
	head    []string
	top     [][]any
	headRow int
	rows    [][]any
}

func (t table) filterRef() string {
	return cellName(1, t.headRow) + ":" + cellName(len(t.cols), t.headRow+max(len(t.rows), 1))
}

const sheetXMLHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`

// write writes the sheet's XML (SpreadsheetML worksheet) to w.
func (t table) write(w io.Writer, st netStyles, selected bool) error {
	b := bufio.NewWriterSize(w, 1<<16)
	lastRow := t.headRow + len(t.rows)
	b.WriteString(sheetXMLHead)
	fmt.Fprintf(b, `<dimension ref="A1:%s"/>`, cellName(len(t.cols), lastRow))
	sel := ""
	if selected {
		sel = ` tabSelected="1"`
	}
	first := cellName(1, t.headRow+1)
	fmt.Fprintf(b, `<sheetViews><sheetView%s workbookViewId="0"><pane ySplit="%d" topLeftCell="%s" activePane="bottomLeft" state="frozen"/>`+
		`<selection pane="bottomLeft" activeCell="%s" sqref="%s"/></sheetView></sheetViews>`, sel, t.headRow, first, first, first)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, c := range t.cols {
		fmt.Fprintf(b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, i+1, i+1, strconv.FormatFloat(c.width, 'f', -1, 64))
	}
	b.WriteString(`</cols><sheetData>`)
	var row []byte
	writeRow := func(r int, vals []any, style int) {
		row = append(row[:0], `<row r="`...)
		row = strconv.AppendInt(row, int64(r), 10)
		row = append(row, `">`...)
		for i, v := range vals {
			row = appendCell(row, i+1, r, v, style, st)
		}
		row = append(row, `</row>`...)
		b.Write(row)
	}
	for i, r := range t.top {
		style := 0
		if i == 0 {
			style = st.head
		}
		writeRow(i+1, r, style)
	}
	head := make([]any, len(t.head))
	for i, h := range t.head {
		head[i] = h
	}
	writeRow(t.headRow, head, st.head)
	for i, r := range t.rows {
		writeRow(t.headRow+1+i, r, 0)
	}
	fmt.Fprintf(b, `</sheetData><autoFilter ref="%s"/>`, t.filterRef())
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return b.Flush()
}

// excelEpoch is day 0 of Excel's 1900 date system for dates from
// 1900-03-01 on (it counts a 29 February 1900 that never was).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

var (
	firstSerialDate = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)
	lastSerialDate  = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
)

// appendCell appends the cell at (col, row) holding v: a string as an
// inline string (output.SafeCell, cut at MaxCellChars; "" is no cell), an
// integer or a finite float64 as a number with every digit, a bool as a
// boolean, a time.Time as a date serial with the date style (text
// yyyy-mm-dd outside Excel's dates). nil, NaN and ±Inf are no cell.
// style, when not 0, is the cell's style.
func appendCell(b []byte, col, row int, v any, style int, st netStyles) []byte {
	var typ, val string
	switch x := v.(type) {
	case nil:
		return b
	case string:
		if x == "" {
			return b
		}
		return appendText(b, col, row, safeCell(x), style)
	case int:
		val = strconv.Itoa(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return b
		}
		val = excelNumber(x)
	case bool:
		typ, val = "b", "0"
		if x {
			val = "1"
		}
	case time.Time:
		d := time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
		if d.Before(firstSerialDate) || d.After(lastSerialDate) {
			return appendText(b, col, row, d.Format(time.DateOnly), style)
		}
		val = strconv.Itoa(int(d.Sub(excelEpoch).Hours() / 24))
		if style == 0 {
			style = st.date
		}
	default:
		return appendText(b, col, row, safeCell(fmt.Sprint(v)), style)
	}
	b = appendCellStart(b, col, row, style, typ)
	b = append(b, "<v>"...)
	b = append(b, val...)
	return append(b, "</v></c>"...)
}

func appendCellStart(b []byte, col, row, style int, typ string) []byte {
	b = append(b, `<c r="`...)
	b = append(b, cellName(col, row)...)
	b = append(b, '"')
	if style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, '"')
	}
	if typ != "" {
		b = append(b, ` t="`...)
		b = append(b, typ...)
		b = append(b, '"')
	}
	return append(b, '>')
}

// appendText appends an inline string cell; characters XML cannot hold
// become U+FFFD (encoding/xml's EscapeText).
func appendText(b []byte, col, row int, s string, style int) []byte {
	b = appendCellStart(b, col, row, style, "inlineStr")
	b = append(b, "<is><t"...)
	if strings.TrimSpace(s) != s {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	var e bytes.Buffer
	xml.EscapeText(&e, []byte(s))
	b = append(b, e.Bytes()...)
	return append(b, "</t></is></c>"...)
}

// excelNumber writes f with every digit needed to read it back exactly,
// in a form Excel reads (1.5, 0.25, 1.5E-7).
func excelNumber(f float64) string {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strings.ToUpper(strconv.FormatFloat(f, 'e', -1, 64))
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// safeCell is s as a text cell: output.SafeCell (no formula, control
// characters shown), cut at MaxCellChars with "…".
func safeCell(s string) string {
	s = output.SafeCell(s)
	if cellUnits(s) <= MaxCellChars {
		return s
	}
	n := 0
	for i, r := range s {
		if n+utf16.RuneLen(r) > MaxCellChars-1 {
			return s[:i] + "…"
		}
		n += utf16.RuneLen(r)
	}
	return s
}

// cellUnits is the length of s in UTF-16 code units, as Excel counts.
func cellUnits(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

func floatPtr(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}

func intPtr(v *int) any {
	if v == nil {
		return nil
	}
	return *v
}

func boolPtr(v *bool) any {
	if v == nil {
		return nil
	}
	return *v
}

// datePtr is an ISO date as a date cell; nil for none. A text that is not
// an ISO date stays text.
func datePtr(v *string) any {
	if v == nil {
		return nil
	}
	if d := dateCell(*v); d != nil {
		return d
	}
	return *v
}

func dateCell(s string) any {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil
	}
	return t
}

// sortedZip is the zip writer of the network workbook. It holds what
// excelize writes and, on Close, writes every entry in one order
// ([Content_Types].xml first, then by name), so the same workbook gives
// the same bytes. A worksheet named in sheets is not excelize's (that is an
// empty frame): it is written by its function, straight into the archive.
type sortedZip struct {
	zw      *zip.Writer
	sheets  map[string]func(io.Writer) error
	entries []*heldEntry
}

type heldEntry struct {
	name string
	buf  bytes.Buffer
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	e := &heldEntry{name: name}
	z.entries = append(z.entries, e)
	if z.sheets[name] != nil {
		return io.Discard, nil
	}
	return &e.buf, nil
}

func (z *sortedZip) AddFS(fs.FS) error {
	return errors.New("workbook: AddFS is not supported")
}

func (z *sortedZip) Close() error {
	rank := func(name string) int {
		if name == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	sort.SliceStable(z.entries, func(i, j int) bool {
		a, b := z.entries[i], z.entries[j]
		if rank(a.name) != rank(b.name) {
			return rank(a.name) < rank(b.name)
		}
		return a.name < b.name
	})
	written := 0
	for i, e := range z.entries {
		if i > 0 && z.entries[i-1].name == e.name {
			return fmt.Errorf("workbook: %s written twice", e.name)
		}
		w, err := z.zw.Create(e.name)
		if err != nil {
			return err
		}
		if gen := z.sheets[e.name]; gen != nil {
			written++
			if err := gen(w); err != nil {
				return err
			}
			continue
		}
		if _, err := e.buf.WriteTo(w); err != nil {
			return err
		}
	}
	if written != len(z.sheets) {
		return fmt.Errorf("workbook: excelize wrote %d of the %d sheets where they were expected", written, len(z.sheets))
	}
	return z.zw.Close()
}
