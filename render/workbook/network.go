package workbook

// network.go writes the scored network as a workbook to read and filter in
// Excel: `gbo export CASE -o netwerk.xlsx`.

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

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

// rungNames are the names of rungs 0-5 in lang (rungName), said once for
// a sheet whose every row names its rung; index them with rungOf.
func (n Network) rungNames(lang string) [6]string {
	var out [6]string
	for r := range out {
		out[r] = n.rungName(r, lang)
	}
	return out
}

// rungOf is names[r], or r's digits for a rung outside 0-5 (as rungName
// says it).
func rungOf(names [6]string, r int) string {
	if r < 0 || r >= len(names) {
		return strconv.Itoa(r)
	}
	return names[r]
}

// rungWord is the default ladder's name of rung r in lang: the catalogue's
// analysis.rung.<r>; a rung outside 0-5 is its number.
func rungWord(r int, lang string) string {
	if r < 0 || r > 5 {
		return strconv.Itoa(r)
	}
	return locale.T(lang, "analysis.rung."+strconv.Itoa(r))
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
	rungs := n.rungNames(lang) // once, not per tie and weak link
	for i := range n.Ties {
		t := &n.Ties[i]
		row := []any{t.A, t.B, t.Depth, rungOf(rungs, t.Depth), t.DepthScore, intPtr(t.DepthEvents),
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
		weak.rows = append(weak.rows, []any{wl.A, wl.B, wl.Depth, rungOf(rungs, wl.Depth),
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

type heldEntry struct {
	name string
	buf  bytes.Buffer
}
