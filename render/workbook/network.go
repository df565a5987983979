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

	"gbo/graph/output"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
	"gbo/metrics/fragility"
	"gbo/metrics/measures"
)

// MaxCellChars is the most characters (UTF-16 code units, as Excel counts
// them) a text cell of the network workbook holds: Excel's limit. A longer
// text is cut and ends in "…".
const MaxCellChars = 32767

// Network is what NetworkWorkbook writes: the analysis of one case, as the
// command line computed it once (the same values `gbo metrics`, `gbo ties`,
// `gbo weak` and `gbo objects` print as JSON).
type Network struct {
	// Lang is "nl" for Dutch sheet names, headers and words; anything
	// else is English.
	Lang string
	// Name is the case name; AsOf the ISO date (yyyy-mm-dd) the analysis
	// looks from, "" for none.
	Name, AsOf string
	// MinDepth is the lowest rung of a tie of the network (the measures).
	MinDepth int
	// Partners are the partner measures (measures.Measures.Partners), in
	// their order; Bridging marks the bridging partners (measures.Brokers).
	Partners []measures.PartnerFigures
	Bridging map[string]bool
	// Ties are the scored ties as `gbo ties` lists them, in their order.
	Ties []depth.Tie
	// Measured are the measures of the ties of the network
	// (measures.Measures.Ties); a tie of Ties without one gets empty cells
	// there.
	Measured []measures.TieFigures
	// Weak are the weak links worst first (fragility.WeakResult.Weak).
	Weak []fragility.WeakLink
	// Objects are the boundary objects (boundary.Result.Objects).
	Objects []boundary.BoundaryObject
	// Verdict words an object's verdict in Lang; nil writes the code.
	Verdict func(boundary.Verdict) string
	// Rungs are the case's names of rungs 0-5 in Lang (case.toml
	// [labels]) for the rung columns; "" keeps depth.RungName's.
	Rungs [6]string
	// Workbook is true when the case was read from a workbook: the
	// explanations name its sheets (the sheet ‘partners’); false names the
	// files of a case folder (partners.csv).
	Workbook bool
	// CoreOne and Core are the case's names (case.toml [labels] core) in
	// Lang for one member of the core group and for the group, for the
	// column notes and the objects' reasons; "" keeps GBO's (core partner).
	CoreOne, Core string
	// WeakText says a weak-link reason code in Lang in the case's words
	// (the weak links sheet's texts); nil: flags.ReasonText.
	WeakText func(code string) string
}

// rungName is the name of rung r in lang: n's own, or the model's.
func (n Network) rungName(r int, lang string) string {
	if r >= 0 && r < len(n.Rungs) && n.Rungs[r] != "" {
		return n.Rungs[r]
	}
	return depth.RungName(r, lang)
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

// netCol is one column of a network sheet: the English header is gbo's
// JSON field, the Dutch one a Dutch word; help explains it on the first
// sheet.
type netCol struct {
	key, nl        string
	kind           cellKind
	width          float64
	helpEN, helpNL string
}

// netSheet is one sheet: its names, columns and rows (one value per
// column: string, int, float64, bool, time.Time, or nil for an empty cell).
type netSheet struct {
	en, nl string
	cols   []netCol
	rows   [][]any
}

var partnerCols = []netCol{
	{"id", "id", kText, 24, "Partner id, as in the case's partners (partners.csv in a case folder, the sheet ‘partners’ in a case workbook).", "Partner-id, zoals in de partners van de gegevens (partners.csv in een map, het blad ‘partners’ in een werkmap)."},
	{"name", "naam", kText, 36, "Name of the organisation.", "Naam van de organisatie."},
	{"sector", "sector", kText, 18, "Sector of the partner.", "Sector van de partner."},
	{"core", "kern", kBool, 8, "TRUE for a core partner of the partnership.", "WAAR voor een kernpartner van het samenwerkingsverband."},
	{"degree", "graad", kInt, 9, "Number of ties of the network (rung at least the minimum depth).", "Aantal banden in het netwerk (trede minstens de minimale diepte)."},
	{"strength", "sterkte", kFloat, 10, "Sum of the weights of its ties.", "Som van de gewichten van zijn banden."},
	{"betweenness", "tussenpositie", kFloat, 12, "Share of the shortest paths between other partners that run through this partner (0-1, in steps).", "Aandeel van de kortste paden tussen andere partners dat via deze partner loopt (0-1, in stappen)."},
	{"betweenness_weighted", "tussenpositie gewogen", kFloat, 12, "The same, with deeper ties counting as shorter.", "Hetzelfde, waarbij diepere banden als korter tellen."},
	{"closeness", "nabijheid", kFloat, 10, "How close the partner is to all others (1 / mean distance, 0-1).", "Hoe dicht de partner bij alle anderen staat (1 / gemiddelde afstand, 0-1)."},
	{"eigenvector", "eigenvector", kFloat, 11, "Tied to partners that are themselves well tied (0-1).", "Verbonden met partners die zelf goed verbonden zijn (0-1)."},
	{"pagerank", "pagerank", kFloat, 10, "PageRank on the weighted ties; the column sums to 1.", "PageRank op de gewogen banden; de kolom telt op tot 1."},
	{"constraint", "beperking", kFloat, 10, "Burt's constraint: how much its contacts are tied to each other (high: little room to broker); empty without ties.", "Burts constraint: hoe sterk zijn contacten onderling verbonden zijn (hoog: weinig ruimte om te makelen); leeg zonder banden."},
	{"effective_size", "effectieve grootte", kFloat, 10, "Burt's effective size: its contacts less their redundancy; empty without ties.", "Burts effectieve grootte: zijn contacten min hun overlap; leeg zonder banden."},
	{"core_number", "kerngetal", kInt, 9, "k-core: the largest k such that the partner sits in a group where everyone has k ties.", "k-kern: de grootste k waarbij de partner in een groep zit waarin iedereen k banden heeft."},
	{"clustering", "clustering", kFloat, 10, "Share of the pairs of its contacts that are tied to each other (0-1).", "Aandeel van de paren van zijn contacten die onderling verbonden zijn (0-1)."},
	{"community", "gemeenschap", kInt, 11, "Number of its community (Louvain), from 0.", "Nummer van zijn gemeenschap (Louvain), vanaf 0."},
	{"articulation_point", "snijpunt", kBool, 9, "TRUE when its leaving would split the network.", "WAAR als zijn vertrek het netwerk opsplitst."},
	{"brokerage_coordinator", "makelaar coördinator", kFloat, 11, "Brokerage (Gould-Fernandez) within its own sector.", "Makelaarschap (Gould-Fernandez) binnen de eigen sector."},
	{"brokerage_itinerant", "makelaar rondreizend", kFloat, 11, "Brokerage between two partners of one other sector.", "Makelaarschap tussen twee partners van één andere sector."},
	{"brokerage_representative", "makelaar vertegenwoordiger", kFloat, 11, "Brokerage from its own sector to another.", "Makelaarschap van de eigen sector naar een andere."},
	{"brokerage_gatekeeper", "makelaar poortwachter", kFloat, 11, "Brokerage from another sector into its own.", "Makelaarschap van een andere sector naar de eigen."},
	{"brokerage_liaison", "makelaar verbinder", kFloat, 11, "Brokerage between two other, different sectors.", "Makelaarschap tussen twee andere, verschillende sectoren."},
	{"brokerage_total", "makelaar totaal", kFloat, 11, "Sum of the five kinds of brokerage.", "Som van de vijf soorten makelaarschap."},
	{"bridging", "verbindende partner", kBool, 11, "TRUE for a bridging partner (as in the report): a cut point, or in the top by betweenness or brokerage across sectors.", "WAAR voor een verbindende partner (zoals in het rapport): een snijpunt, of bij de hoogsten in tussenpositie of makelaarschap over sectoren."},
}

var tieCols = []netCol{
	{"a", "a", kText, 24, "Partner id of one side (a < b).", "Partner-id van de ene kant (a < b)."},
	{"b", "b", kText, 24, "Partner id of the other side.", "Partner-id van de andere kant."},
	{"depth", "diepte", kInt, 8, "Rung of the tie, 0-5.", "Trede van de band, 0-5."},
	{"rung", "trede", kText, 18, "Name of the rung.", "Naam van de trede."},
	{"depth_score", "dieptescore", kFloat, 11, "The rung plus the progress towards the next one.", "De trede plus de vooruitgang naar de volgende."},
	{"depth_events", "diepte gebeurtenissen", kInt, 11, "Rung the events reach; empty without events in the window.", "Trede die de gebeurtenissen halen; leeg zonder gebeurtenissen in de periode."},
	{"depth_survey", "diepte bevraging", kInt, 11, "Rung the survey's ratings give (ties.csv in a case folder, the sheet ‘ties’ in a case workbook); empty when not rated.", "Trede volgens de beoordelingen van de bevraging (ties.csv in een map, het blad ‘banden’ in een werkmap); leeg als niet beoordeeld."},
	{"gap", "verschil", kInt, 8, "How many rungs apart the two ratings are; empty unless both sides rated.", "Hoeveel treden de twee beoordelingen uit elkaar liggen; leeg tenzij beide kanten beoordeelden."},
	{"one_sided", "eenzijdig", kBool, 9, "TRUE when only one side rated the tie; empty when not rated.", "WAAR als maar één kant de band beoordeelde; leeg als niet beoordeeld."},
	{"events", "gebeurtenissen", kInt, 10, "Number of events of the pair in the window.", "Aantal gebeurtenissen van het paar in de periode."},
	{"first", "eerste", kDate, 12, "Date of the first event.", "Datum van de eerste gebeurtenis."},
	{"last", "laatste", kDate, 12, "Date of the last event.", "Datum van de laatste gebeurtenis."},
	{"initiated_a", "initiatief a", kInt, 10, "Events a started; empty where the case does not say who started.", "Gebeurtenissen die a startte; leeg waar de gegevens niet zeggen wie startte."},
	{"initiated_b", "initiatief b", kInt, 10, "Events b started.", "Gebeurtenissen die b startte."},
	{"carriers_a", "dragers a", kInt, 9, "Number of people of a on the tie's deepest events; empty where the case names no people.", "Aantal personen van a op de diepste gebeurtenissen van de band; leeg waar de gegevens geen personen noemen."},
	{"carriers_b", "dragers b", kInt, 9, "Number of people of b on them.", "Aantal personen van b erop."},
	{"objects", "grensobjecten", kText, 24, "Boundary objects of its events, comma-separated.", "Grensobjecten van zijn gebeurtenissen, gescheiden door komma's."},
	{"flags", "signalen", kText, 24, "Why the tie is a weak link (see the weak links sheet); empty if it is not.", "Waarom de band een zwakke schakel is (zie het blad zwakke schakels); leeg als hij dat niet is."},
}

// ratingCols are added to the ties sheet when any tie is rated.
var ratingCols = []netCol{
	{"rating_a_depth", "oordeel a diepte", kInt, 10, "The rung a gave the tie in the survey.", "De trede die a de band gaf in de bevraging."},
	{"rating_a_trust", "oordeel a vertrouwen", kInt, 10, "The trust a gave, 1-4.", "Het vertrouwen dat a gaf, 1-4."},
	{"rating_a_value", "oordeel a waarde", kInt, 10, "The value a gave, 1-4.", "De waarde die a gaf, 1-4."},
	{"rating_a_weight", "oordeel a gewicht", kFloat, 10, "The weight a's rating gave.", "Het gewicht van a's beoordeling."},
	{"rating_b_depth", "oordeel b diepte", kInt, 10, "The rung b gave the tie.", "De trede die b de band gaf."},
	{"rating_b_trust", "oordeel b vertrouwen", kInt, 10, "The trust b gave, 1-4.", "Het vertrouwen dat b gaf, 1-4."},
	{"rating_b_value", "oordeel b waarde", kInt, 10, "The value b gave, 1-4.", "De waarde die b gaf, 1-4."},
	{"rating_b_weight", "oordeel b gewicht", kFloat, 10, "The weight b's rating gave.", "Het gewicht van b's beoordeling."},
}

// measuredCols end the ties sheet: the tie's measures in the network,
// empty for a tie below the minimum depth.
var measuredCols = []netCol{
	{"weight", "gewicht", kFloat, 9, "Weight of the tie in the network measures; empty below the minimum depth.", "Gewicht van de band in de netwerkmaten; leeg onder de minimale diepte."},
	{"bridge", "brug", kBool, 8, "TRUE when the tie is the only link between two parts of the network.", "WAAR als de band de enige verbinding tussen twee delen van het netwerk is."},
	{"local_bridge", "lokale brug", kBool, 9, "TRUE when a and b share no contact.", "WAAR als a en b geen gemeenschappelijk contact hebben."},
	{"span", "overspanning", kInt, 9, "For a local bridge: the distance between a and b without it.", "Voor een lokale brug: de afstand tussen a en b zonder de band."},
	{"embeddedness", "inbedding", kInt, 10, "Number of partners tied to both a and b.", "Aantal partners met een band met zowel a als b."},
}

var weakCols = []netCol{
	{"a", "a", kText, 24, "Partner id of one side.", "Partner-id van de ene kant."},
	{"b", "b", kText, 24, "Partner id of the other side.", "Partner-id van de andere kant."},
	{"depth", "diepte", kInt, 8, "Rung of the tie, 0-5.", "Trede van de band, 0-5."},
	{"rung", "trede", kText, 18, "Name of the rung.", "Naam van de trede."},
	{"families", "aard", kText, 14, "fragile (the tie may vanish) and/or thin (shallower than it should be).", "kwetsbaar (de band kan wegvallen) en/of dun (minder diep dan hij zou moeten zijn)."},
	{"reasons", "redenen", kText, 28, "The reasons, worst first; the rows are worst first too.", "De redenen, ergste eerst; ook de rijen staan ergste eerst."},
	{"texts", "uitleg", kText, 60, "The reasons in plain words.", "De redenen in gewone woorden."},
}

var objectCols = []netCol{
	{"id", "id", kText, 18, "Id of the object, as in the case's objects (objects.csv in a case folder, the sheet ‘objects’ in a case workbook) or on its events.", "Id van het object, zoals in de objecten van de gegevens (objects.csv in een map, het blad ‘objecten’ in een werkmap) of bij de gebeurtenissen."},
	{"name", "naam", kText, 36, "Name of the object.", "Naam van het object."},
	{"verdict", "oordeel", kText, 16, "boundary object (brings at least 3 partners from 2 sectors, core and external, to referral or deeper), candidate, local or unused.", "grensobject (brengt minstens 3 partners uit 2 sectoren, kern en extern, tot doorverwijzing of dieper samen), kandidaat, lokaal of ongebruikt."},
	{"partners", "partners", kInt, 9, "Number of partners on its events.", "Aantal partners op zijn gebeurtenissen."},
	{"partner_ids", "partner-ids", kText, 40, "Those partners, comma-separated.", "Die partners, gescheiden door komma's."},
	{"sectors", "sectoren", kText, 30, "Their sectors, comma-separated.", "Hun sectoren, gescheiden door komma's."},
	{"blau", "blau", kFloat, 8, "Blau's index of sector diversity (0: one sector).", "Blau-index van diversiteit in sectoren (0: één sector)."},
	{"max_rung", "hoogste trede", kInt, 9, "Deepest rung of its events.", "Diepste trede van zijn gebeurtenissen."},
	{"mean_rung", "gemiddelde trede", kFloat, 10, "Mean rung of its events; empty when unused.", "Gemiddelde trede van zijn gebeurtenissen; leeg als ongebruikt."},
	{"events", "gebeurtenissen", kInt, 10, "Number of its events in the window.", "Aantal van zijn gebeurtenissen in de periode."},
	{"unique_pairs", "unieke paren", kInt, 9, "Pairs from different sectors that meet only on this object.", "Paren uit verschillende sectoren die elkaar alleen op dit object ontmoeten."},
	{"degree_centrality", "graadcentraliteit", kFloat, 11, "Share of the partners it touches (two-mode network).", "Aandeel van de partners dat het raakt (tweemodaal netwerk)."},
	{"betweenness", "tussenpositie", kFloat, 11, "Betweenness in the network of partners and objects.", "Tussenpositie in het netwerk van partners en objecten."},
	{"reasons", "redenen", kText, 60, "Why, in plain words.", "Waarom, in gewone woorden."},
}

// aboutCols are the columns of the table on the first sheet.
var aboutCols = []netCol{
	{"sheet", "blad", kText, 18, "", ""},
	{"column", "kolom", kText, 26, "", ""},
	{"field", "veld", kText, 24, "", ""},
	{"meaning", "betekenis", kText, 100, "", ""},
}

// networkMaxRows is MaxRows; a test lowers it.
var networkMaxRows = MaxRows

// aboutHead is how many rows stand above the explanation table.
const aboutHead = 5

var familyNL = map[string]string{flags.FamilyFragile: "kwetsbaar", flags.FamilyThin: "dun"}

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
	nl := n.Lang == "nl"
	sheets := networkSheets(n, nl)
	for _, s := range sheets {
		if len(s.rows) > networkMaxRows {
			return fmt.Errorf("%s: %d rows: %w", pickLang(nl, s.en, s.nl), len(s.rows), ErrTooManyRows)
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
	about := pickLang(nl, "About", "Uitleg")
	if err := f.SetSheetName("Sheet1", about); err != nil {
		return err
	}
	tables := []table{aboutTable(n, sheets, nl)}
	names := []string{about}
	for _, s := range sheets {
		t := table{cols: s.cols, rows: s.rows, headRow: 1}
		t.head = make([]string, len(s.cols))
		for i, c := range s.cols {
			t.head[i] = pickLang(nl, c.key, c.nl)
		}
		tables = append(tables, t)
		names = append(names, pickLang(nl, s.en, s.nl))
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
		Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z", Language: pickLang(nl, "en", "nl")}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

func pickLang(nl bool, en, nlText string) string {
	if nl {
		return nlText
	}
	return en
}

// networkSheets builds the four data sheets of n.
func networkSheets(n Network, nl bool) []netSheet {
	lang := pickLang(nl, "en", "nl")
	label := func(codes []string) string {
		out := make([]string, len(codes))
		for i, c := range codes {
			out[i] = flags.ReasonLabel(c, lang)
		}
		return strings.Join(out, ", ")
	}
	partners := netSheet{en: "Partners", nl: "Partners", cols: partnerCols}
	for _, p := range n.Partners {
		b := p.Brokerage
		partners.rows = append(partners.rows, []any{p.ID, p.Name, p.Sector, p.Core, p.Degree, p.Strength,
			p.Betweenness, p.BetweennessWeighted, p.Closeness, p.Eigenvector, p.Pagerank, floatPtr(p.Constraint),
			floatPtr(p.EffectiveSize), p.CoreNumber, p.Clustering, p.Community, p.ArticulationPoint,
			b.Coordinator, b.Itinerant, b.Representative, b.Gatekeeper, b.Liaison, b.Total, n.Bridging[p.ID]})
	}

	rated := false
	for i := range n.Ties {
		rated = rated || n.Ties[i].Ratings != nil
	}
	ties := netSheet{en: "Ties", nl: "Banden", cols: append([]netCol(nil), tieCols...)}
	if rated {
		ties.cols = append(ties.cols, ratingCols...)
	}
	ties.cols = append(ties.cols, measuredCols...)
	measured := make(map[[2]string]*measures.TieFigures, len(n.Measured))
	for i := range n.Measured {
		tf := &n.Measured[i]
		measured[[2]string{tf.A, tf.B}] = tf
		measured[[2]string{tf.B, tf.A}] = tf
	}
	for i := range n.Ties {
		t := &n.Ties[i]
		row := []any{t.A, t.B, t.Depth, n.rungName(t.Depth, lang), t.DepthScore, intPtr(t.DepthEvents),
			intPtr(t.DepthSurvey), intPtr(t.Gap), boolPtr(t.OneSided), t.Events, datePtr(t.First), datePtr(t.Last),
			side(t.Initiated, t.A), side(t.Initiated, t.B), side(t.Carriers, t.A), side(t.Carriers, t.B),
			strings.Join(t.Objects, ", "), label(t.Flags)}
		if rated {
			for _, id := range []string{t.A, t.B} {
				r, ok := t.Ratings[id]
				if !ok {
					row = append(row, nil, nil, nil, nil)
					continue
				}
				row = append(row, r.Depth, intPtr(r.Trust), intPtr(r.Value), floatPtr(r.Weight))
			}
		}
		if tf := measured[[2]string{t.A, t.B}]; tf != nil {
			row = append(row, tf.Weight, tf.Bridge, tf.LocalBridge, intPtr(tf.Span), tf.Embeddedness)
		} else {
			row = append(row, nil, nil, nil, nil, nil)
		}
		ties.rows = append(ties.rows, row)
	}

	weak := netSheet{en: "Weak links", nl: "Zwakke schakels", cols: weakCols}
	for _, wl := range n.Weak {
		fams := make([]string, len(wl.Families))
		for i, fm := range wl.Families {
			fams[i] = fm
			if nl && familyNL[fm] != "" {
				fams[i] = familyNL[fm]
			}
		}
		texts := make([]string, len(wl.Reasons))
		for i, r := range wl.Reasons {
			texts[i] = n.reasonText(r, lang)
		}
		weak.rows = append(weak.rows, []any{wl.A, wl.B, wl.Depth, n.rungName(wl.Depth, lang),
			strings.Join(fams, ", "), label(wl.Reasons), strings.Join(texts, "; ")})
	}

	objects := netSheet{en: "Boundary objects", nl: "Grensobjecten", cols: objectCols}
	for _, o := range n.Objects {
		verdict := string(o.Verdict)
		if n.Verdict != nil {
			verdict = n.Verdict(o.Verdict)
		}
		texts := make([]string, len(o.Reasons))
		for i, r := range o.Reasons {
			texts[i] = n.objectText(r, lang)
		}
		objects.rows = append(objects.rows, []any{o.ID, o.Name, verdict, o.Partners, strings.Join(o.PartnerIDs, ", "),
			strings.Join(o.Sectors, ", "), o.Blau, o.MaxRung, floatPtr(o.MeanRung), o.Events, o.UniquePairs,
			o.DegreeCentrality, o.Betweenness, strings.Join(texts, "; ")})
	}
	return []netSheet{partners, ties, weak, objects}
}

// aboutTable is the first sheet: the case, its date, what the workbook
// holds, then a table of every column of every sheet with its meaning.
func aboutTable(n Network, sheets []netSheet, nl bool) table {
	var asOf any = pickLang(nl, "none", "geen")
	if d := dateCell(n.AsOf); d != nil {
		asOf = d
	}
	t := table{cols: aboutCols, headRow: aboutHead + 1, top: [][]any{
		{pickLang(nl, "gbo export: ", "gbo-export: ") + n.Name},
		{pickLang(nl, "As of", "Peildatum"), asOf},
		{pickLang(nl, "Minimum depth of a tie of the network", "Minimale diepte van een band in het netwerk"), n.MinDepth},
		{pickLang(nl, "This workbook names no people. Where the case lists people, the report (section ‘Weak links and fragility’) shows what one person's departure would cost, under a pseudonym unless names were asked for.",
			"Deze werkmap noemt geen personen. Waar de gegevens personen bevatten, toont het rapport (deel ‘Zwakke schakels en kwetsbaarheid’) wat het vertrek van één persoon zou kosten, onder een pseudoniem tenzij om namen gevraagd werd.")},
	}}
	for _, s := range sheets {
		for _, c := range s.cols {
			t.rows = append(t.rows, []any{pickLang(nl, s.en, s.nl), pickLang(nl, c.key, c.nl), c.key, n.inputNamed(n.ownHelp(s.en, c, nl))})
		}
	}
	for _, c := range aboutCols {
		t.head = append(t.head, pickLang(nl, c.key, c.nl))
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

// side is the count of partner id in s; nil where s is unknown.
func side(s depth.Sides, id string) any {
	if !s.Known {
		return nil
	}
	return s.Of(id)
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
