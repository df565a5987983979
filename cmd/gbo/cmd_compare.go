package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/metrics"
	"gbo/metrics/depth"
	"gbo/metrics/measures"
	"gbo/render/report"
)

func compareCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "compare",
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "periods"},
			&cli.BoolFlag{Name: "waves"},
			&cli.BoolFlag{Name: "cross-section"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runCompare(compareOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"),
				Periods: c.String("periods"), PeriodsSet: c.IsSet("periods"), Waves: c.Bool("waves"), WavesSet: c.IsSet("waves"),
				CrossSection: c.Bool("cross-section")}, e)
		},
	}
}

// compareOptions are gbo compare's flags and arguments.
type compareOptions struct {
	Args   []string // CASE…: two or more cases, or one with --periods
	Common caseOptions
	Output string // -o: an .html page, "" for none
	// Periods is --periods as typed; PeriodsSet says it was given.
	Periods    string
	PeriodsSet bool
	// Waves is --waves (the cases are waves of one partnership); WavesSet
	// says it was given.
	Waves, WavesSet bool
	// CrossSection is --cross-section (the cases are separate
	// partnerships).
	CrossSection bool
}

// runCompare is gbo compare: cases side by side, or one case's periods.
func runCompare(o compareOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	args := o.Args
	if len(args) == 0 {
		return usageErr(tr(lang, "no_case"))
	}
	// The limits are checked before any case is read.
	if len(args) > maxCompareCases {
		return usageErr(tr(lang, "compare_too_many_cases", len(args), maxCompareCases))
	}
	if o.CrossSection {
		for _, f := range []struct {
			name string
			set  bool
		}{{"waves", o.WavesSet}, {"periods", o.PeriodsSet}} {
			if f.set {
				return usageErr(tr(lang, "compare_cross_exclusive", f.name))
			}
		}
	}
	var periods []metrics.Period
	if p := o.Periods; p != "" {
		if len(args) != 1 {
			return usageErr(tr(lang, "compare_periods_one_case"))
		}
		var err error
		if periods, err = parsePeriods(p, lang); err != nil {
			return err
		}
	}
	var cases []*loaded
	for _, a := range args {
		tuneMemory(a)
		l, problems, err := readCase(o.Common, e, a, lang)
		if err != nil {
			return err
		}
		// A warning that depends on today's date goes to standard
		// error only; the page and the JSON carry the others.
		if err := e.checkProblems(l, problems, l.lang); err != nil {
			return err
		}
		cases = append(cases, l)
		e.noteCase(o.Common, l)
	}
	// The first case's language (as export), unless --lang says.
	if o.Common.Lang == "" {
		lang = cases[0].lang
	}
	if out := o.Output; out != "" {
		// Checked before the work, against every case read.
		if err := e.checkOutputPath(lang, outHTML, out); err != nil {
			return err
		}
	}
	e.csv = cases[0].csv // checked in the first case's language, as lang
	if periods != nil {
		return comparePeriods(e, o, cases[0], periods, lang)
	}
	if len(cases) < 2 {
		return usageErr(tr(lang, "compare_need_two"))
	}
	return compareCases(e, o, cases, lang)
}

// Limits of compare: each case is read and measured whole, each period
// scored whole, and the page draws a column for each.
const (
	maxCompareCases   = 50
	maxComparePeriods = 24
)

// parsePeriods reads --periods: 2 to maxComparePeriods periods
// START..END, separated by commas, each ending on or after its start, in
// time order and not overlapping (a period starts after the one before
// ends). The count is checked before any period is parsed.
func parsePeriods(s, lang string) ([]metrics.Period, error) {
	parts := strings.Split(s, ",")
	if len(parts) > maxComparePeriods {
		return nil, usageErr(tr(lang, "compare_too_many_periods", len(parts), maxComparePeriods))
	}
	var out []metrics.Period
	for i, part := range parts {
		a, b, ok := strings.Cut(strings.TrimSpace(part), "..")
		start, ok1 := graph.ParseDate(a)
		end, ok2 := graph.ParseDate(b)
		if !ok || !ok1 || !ok2 {
			return nil, usageErr(tr(lang, "compare_bad_period", clipArg(part)))
		}
		if end.Before(start) {
			return nil, usageErr(tr(lang, "compare_period_backwards", clipArg(part)))
		}
		p := metrics.Period{Start: start, End: end}
		if i > 0 && !p.Start.After(out[i-1].End) {
			return nil, usageErr(tr(lang, "compare_periods_overlap", periodLabel(out[i-1]), periodLabel(p)))
		}
		out = append(out, p)
	}
	if len(out) < 2 {
		return nil, usageErr(tr(lang, "compare_too_few_periods", maxComparePeriods))
	}
	return out, nil
}

// clipArg shortens a piece of a flag's value for a message.
func clipArg(s string) string {
	if r := []rune(strings.TrimSpace(s)); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return strings.TrimSpace(s)
}

// compareMeasures are the network figures compared side by side.
var compareMeasures = []string{"partners", "ties", "density", "components", "mean_depth", "degree_centralization",
	"transitivity", "average_clustering", "diameter", "average_path_length", "modularity", "communities", "articulation_points", "bridges"}

func networkValues(n measures.NetworkFigures) map[string]float64 {
	return map[string]float64{"partners": float64(n.Partners), "ties": float64(n.Ties), "density": n.Density,
		"components": float64(n.Components), "mean_depth": n.MeanDepth, "degree_centralization": n.DegreeCentralization,
		"transitivity": n.Transitivity, "average_clustering": n.AverageClustering, "diameter": float64(n.Diameter),
		"average_path_length": n.AveragePathLength, "modularity": n.Modularity, "communities": float64(n.Communities),
		"articulation_points": float64(len(n.ArticulationPoints)), "bridges": float64(len(n.Bridges))}
}

// caseFigures is one case of `gbo compare --format json`, and of the
// analysis the compare page embeds (the same document).
type caseFigures struct {
	Name    string                  `json:"name"`
	AsOf    *string                 `json:"as_of"` // null for a case without any date (ratings only)
	Since   string                  `json:"since,omitempty"`
	Network measures.NetworkFigures `json:"network"`
	// DepthProfile counts the pairs with evidence per rung 0..5 (the page's depth profile).
	DepthProfile [depth.MaxRung + 1]int `json:"pairs_per_rung"`
	// Warnings are the case's warnings as its data notes list them:
	// people as --people says, files by their names within the case,
	// none that depends on today's date.
	WarningCount int      `json:"warning_count"`
	Warnings     []string `json:"warnings"`
	// report is the analysis `gbo report` embeds for this case (made by
	// reportAnalysis: case, network, partners, weak, counts, ...); its
	// keys come first in the JSON object, then the fields above (network
	// once, the report's). Report is that object as read back.
	report []byte
	Report map[string]any `json:"-"`
	// figures are the figures compare adds (compare_figures.go), written
	// after the report's keys.
	figures []cmpFigure
}

// MarshalJSON writes the case as one object: the report's analysis of it,
// then name, as_of, since, pairs_per_rung, warning_count and warnings.
func (f caseFigures) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	if len(f.report) > 0 {
		var r bytes.Buffer
		if err := json.Compact(&r, f.report); err != nil {
			return nil, err
		}
		if b := r.Bytes(); len(b) > 2 && b[0] == '{' {
			buf.Write(b[1 : len(b)-1])
		}
	}
	if err := writeFigures(&buf, f.figures); err != nil {
		return nil, err
	}
	own := []struct {
		key string
		v   any
	}{{"name", f.Name}, {"as_of", f.AsOf}, {"since", f.Since}, {"network", f.Network},
		{"pairs_per_rung", f.DepthProfile}, {"warning_count", f.WarningCount}, {"warnings", f.Warnings}}
	for _, o := range own {
		if (o.key == "since" && f.Since == "") || (o.key == "network" && f.report != nil) {
			continue
		}
		b, err := json.Marshal(o.v)
		if err != nil {
			return nil, err
		}
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, "%q:", o.key)
		buf.Write(b)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads a case back: its own fields, and the whole object
// in Report.
func (f *caseFigures) UnmarshalJSON(b []byte) error {
	type plain caseFigures
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*f = caseFigures(p)
	f.report = nil
	return json.Unmarshal(b, &f.Report)
}

// waveChange is what changed between two consecutive waves (compare
// --format json "changes", only when relation is "waves").
type waveChange struct {
	From   string   `json:"from"`
	To     string   `json:"to"`
	Joined []string `json:"partners_joined"`
	Left   []string `json:"partners_left"`
	// WeakAppeared and WeakVanished count the pairs in gbo weak's list of
	// the later wave but not the earlier, and the other way round.
	WeakAppeared int `json:"weak_links_appeared"`
	WeakVanished int `json:"weak_links_disappeared"`
	// Transitions[i][j] counts the pairs with evidence in either wave at
	// rung i in the earlier and rung j in the later (as --periods).
	Transitions [depth.MaxRung + 1][depth.MaxRung + 1]int `json:"rung_transitions"`
}

// compareDoc is what `gbo compare CASE CASE...` prints with --format json
// and what its page embeds.
type compareDoc struct {
	Cases []caseFigures `json:"cases"`
	// Relation says how the cases are read: "waves" (periods or waves of
	// one partnership: consecutive cases share at least 80% of the
	// smaller case's partner ids, and the page draws a trend) or
	// "cross_section" (different partnerships side by side, no trend).
	Relation string `json:"relation"`
	// RelationSource says what made the relation: "flag" (--waves or
	// --cross-section) or "shared_partners".
	RelationSource string `json:"relation_source"`
	// SharedPartners is the lowest, over consecutive cases, share of the
	// smaller case's partner ids that the two cases both hold (0..1).
	SharedPartners float64 `json:"shared_partners"`
	// Changes are the steps from one wave to the next (waves only).
	Changes []waveChange `json:"changes,omitempty"`
}

// waveChanges lists, for consecutive cases, the partner ids that joined
// and left and how many weak links appeared and disappeared
// (metrics.WaveChange; the weak links are those of each case's report).
func waveChanges(cases []*loaded, docs []caseFigures) ([]waveChange, error) {
	var out []waveChange
	weakPairs := func(d caseFigures) ([][2]string, error) {
		var r struct {
			Weak []struct{ A, B string } `json:"weak"`
		}
		if err := json.Unmarshal(d.report, &r); err != nil {
			return nil, err
		}
		ps := make([][2]string, 0, len(r.Weak))
		for _, w := range r.Weak {
			ps = append(ps, [2]string{w.A, w.B})
		}
		return ps, nil
	}
	ids := func(l *loaded) []string {
		out := make([]string, 0, len(l.c.Partners))
		for _, p := range l.c.Partners {
			out = append(out, p.ID)
		}
		return out
	}
	for i := 1; i < len(cases); i++ {
		wb, err := weakPairs(docs[i-1])
		if err != nil {
			return nil, err
		}
		wa, err := weakPairs(docs[i])
		if err != nil {
			return nil, err
		}
		st := metrics.WaveChange(ids(cases[i-1]), ids(cases[i]), wb, wa)
		out = append(out, waveChange{From: docs[i-1].Name, To: docs[i].Name, Joined: st.Joined, Left: st.Left,
			WeakAppeared: st.WeakAppeared, WeakVanished: st.WeakVanished})
	}
	return out, nil
}

// sharedPartners is the lowest share, over consecutive cases in the order
// given, of the smaller case's partner ids that both cases hold: 1 for
// waves of one unchanged partnership, 0 for unrelated ones (or a case
// without partners).
func sharedPartners(cases []*loaded) float64 {
	low := 1.0
	for i := 1; i < len(cases); i++ {
		a, b := cases[i-1].c.Partners, cases[i].c.Partners
		if len(a) > len(b) {
			a, b = b, a
		}
		if len(a) == 0 {
			return 0
		}
		ids := make(map[string]bool, len(b))
		for _, p := range b {
			ids[p.ID] = true
		}
		n := 0
		for _, p := range a {
			if ids[p.ID] {
				n++
			}
		}
		low = min(low, float64(n)/float64(len(a)))
	}
	return low
}

func compareCases(e *env, o compareOptions, cases []*loaded, lang string) error {
	minDepth := o.Common.MinDepth
	doc := compareDoc{SharedPartners: sharedPartners(cases), Relation: "cross_section"}
	if doc.SharedPartners >= report.WavesShare {
		doc.Relation = "waves"
	}
	wavesFlag(o.Waves, &doc)
	crossSectionFlag(o.CrossSection, &doc) // compare_maps.go
	t := Table{Cols: cols(lang, "compare", "measure")}
	t.TextCell = measureColumn // the other columns, named after cases or periods, hold numbers
	var values []map[string]float64
	var ans []*caseAnalysis // each case's analysis, for its map and the wave transitions (compare_maps.go)
	for _, l := range cases {
		an := analyse(l, minDepth)
		h := l.header()
		cf := caseFigures{Name: h.Name, AsOf: h.AsOf, Since: h.Since, Network: an.m.Network, Warnings: []string{}}
		// The same analysis gbo report embeds for this case.
		ra, _, err := reportAnalysis(l, o.Common, an)
		if err != nil {
			return err
		}
		cf.report = ra
		if cf.figures, err = figuresOf(l, an, ra); err != nil {
			return err
		}
		cf.DepthProfile = metrics.PairsPerRung(l.scored)
		notes, err := l.sharedNotes(false)
		if err != nil {
			return err
		}
		cf.Warnings = append(cf.Warnings, notes...)
		cf.WarningCount = len(cf.Warnings)
		doc.Cases = append(doc.Cases, cf)
		t.Cols = append(t.Cols, Col{Key: h.Name, Label: h.Name})
		values = append(values, networkValues(cf.Network))
		ans = append(ans, an)
	}
	// The page shows the document, nothing else: every number on it is
	// taken from doc.
	if doc.Relation == "waves" {
		var err error
		if doc.Changes, err = waveChanges(cases, doc.Cases); err != nil {
			return failErr(err.Error())
		}
	}
	page := report.Compare{Lang: lang, Trend: doc.Relation == "waves", Waves: doc.Relation == "waves", Shared: doc.SharedPartners}
	for _, ch := range doc.Changes {
		page.Changes = append(page.Changes, report.WaveChange{From: ch.From, To: ch.To, Joined: ch.Joined, Left: ch.Left,
			WeakAppeared: ch.WeakAppeared, WeakVanished: ch.WeakVanished})
	}
	for _, cf := range doc.Cases {
		col := report.CaseColumn{Name: cf.Name, DepthProfile: cf.DepthProfile, Notes: cf.Warnings}
		if cf.AsOf != nil {
			col.AsOf = *cf.AsOf
		}
		page.Cases = append(page.Cases, col)
	}
	compareCaseMaps(o, cases, ans, &doc, &page) // maps with shared colours and places; wave transitions
	addMeasureRows(&t, &page, values, lang, o.Common.Format)
	figNotes := addFigureRows(&t, &page, caseFigureLists(doc), lang, o.Common.Format)
	if o.CrossSection {
		page.WavesGiven, page.CrossGiven = false, true
	}
	if doc.Changes != nil {
		named := namedRows(lang, o.Common.Format)
		for _, r := range []struct {
			key string
			n   func(waveChange) int
		}{
			{"partners_joined", func(w waveChange) int { return len(w.Joined) }},
			{"partners_left", func(w waveChange) int { return len(w.Left) }},
			{"weak_links_appeared", func(w waveChange) int { return w.WeakAppeared }},
			{"weak_links_disappeared", func(w waveChange) int { return w.WeakVanished }},
		} {
			label := r.key
			if named {
				label = tr(lang, "change_"+r.key)
			}
			row := []string{label, ""}
			for _, w := range doc.Changes {
				row = append(row, strconv.Itoa(r.n(w)))
			}
			t.Rows = append(t.Rows, row)
		}
	}
	if out := o.Output; out != "" {
		analysis, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		page.Analysis = analysis
		if err := e.writeOutput(o.Common, cases[0], outHTML, out, func(w io.Writer) error { return report.WriteCompare(w, page) }); err != nil {
			return err
		}
		fmt.Fprintln(e.stderr, tr(lang, "wrote", out))
	}
	return e.print(o.Common.Format, compareOutput(doc, t, figNotes, lang, o.Common.Format))
}

func fmtValue(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return f3(v)
}

type periodDoc struct {
	Start   string                  `json:"start"`
	End     string                  `json:"end"`
	Network measures.NetworkFigures `json:"network"`
}

type changeDoc struct {
	From string `json:"from"`
	To   string `json:"to"`
	metrics.Delta
}

func periodLabel(p metrics.Period) string {
	return p.Start.Format("2006-01-02") + ".." + p.End.Format("2006-01-02")
}

func comparePeriods(e *env, o compareOptions, l *loaded, periods []metrics.Period, lang string) error {
	minDepth := max(o.Common.MinDepth, 1)
	ps := metrics.ScorePeriods(l.scored, periods, minDepth)
	doc := struct {
		Case     caseHeader  `json:"case"`
		Relation string      `json:"relation"` // always "periods": one partnership over time
		Periods  []periodDoc `json:"periods"`
		Changes  []changeDoc `json:"changes"`
		// Warnings as in caseFigures.
		WarningCount int      `json:"warning_count"`
		Warnings     []string `json:"warnings"`
	}{Case: l.header(), Relation: "periods", Warnings: []string{}}
	t := Table{Cols: cols(lang, "compare", "measure")}
	t.TextCell = measureColumn // the other columns, named after cases or periods, hold numbers
	var values []map[string]float64
	page := report.Compare{Lang: lang, Title: l.c.Name, Generated: depth.ISODate(l.scored.AsOf), Trend: true, Shared: math.NaN()}
	for _, p := range ps {
		label := periodLabel(p.Period)
		doc.Periods = append(doc.Periods, periodDoc{Start: p.Period.Start.Format("2006-01-02"), End: p.Period.End.Format("2006-01-02"), Network: p.Measures.Network})
		t.Cols = append(t.Cols, Col{Key: label, Label: label})
		values = append(values, networkValues(p.Measures.Network))
		col := report.CaseColumn{Name: label, AsOf: p.Period.End.Format("2006-01-02")}
		col.DepthProfile = metrics.PairsPerRung(p.Scored)
		page.Cases = append(page.Cases, col)
	}
	// The maps first: they give the page the case's words, which the rows name the measures with.
	comparePeriodMaps(o, l, ps, minDepth, lang, &page) // one place per partner over the periods (compare_maps.go)
	addMeasureRows(&t, &page, values, lang, o.Common.Format)
	warnings, err := l.sharedNotes(false)
	if err != nil {
		return err
	}
	// A period without events is kept (a gap is a finding), but said: its
	// ties are then the undated ratings alone, which count in every period.
	empty := emptyPeriodNotes(l.c, periods, lang)
	for _, w := range empty {
		fmt.Fprintln(e.stderr, w)
	}
	warnings = append(warnings, empty...)
	page.DataNotes = warnings
	doc.Warnings = append(doc.Warnings, warnings...)
	doc.WarningCount = len(doc.Warnings)
	var notes []string
	for i := 1; i < len(ps); i++ {
		d := metrics.Compare(ps[i-1], ps[i], minDepth)
		doc.Changes = append(doc.Changes, changeDoc{From: periodLabel(ps[i-1].Period), To: periodLabel(ps[i].Period), Delta: d})
		head := tr(lang, "period_changes", periodLabel(ps[i-1].Period), periodLabel(ps[i].Period),
			len(d.New), len(d.Lost), len(d.Deepened), len(d.Weakened))
		notes = append(notes, "", head)
		measure := "betweenness"
		if namedRows(lang, o.Common.Format) {
			measure = strings.ToLower(report.MeasureName("betweenness", lang))
		}
		num := func(v float64) string { return localNumber(f3(v), lang) }
		for _, g := range d.Gained {
			notes = append(notes, fmt.Sprintf("  + %s: %s %s → %s", g.ID, measure, num(g.BetweennessBefore), num(g.BetweennessAfter)))
		}
		for _, g := range d.LostCentral {
			notes = append(notes, fmt.Sprintf("  − %s: %s %s → %s", g.ID, measure, num(g.BetweennessBefore), num(g.BetweennessAfter)))
		}
		if i == len(ps)-1 {
			page.Periods = periodsPage(l, ps[i-1], ps[i], d)
		}
	}
	if out := o.Output; out != "" {
		analysis, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		page.Analysis = analysis
		if err := e.writeOutput(o.Common, l, outHTML, out, func(w io.Writer) error { return report.WriteCompare(w, page) }); err != nil {
			return err
		}
		fmt.Fprintln(e.stderr, tr(lang, "wrote", out))
	}
	if o.Common.Format == "csv" {
		t = tidyPeriodsCSV(doc.Periods, doc.Changes) // case,measure,value (compare_figures.go)
	}
	return e.print(o.Common.Format, Output{JSON: doc, Table: t, Notes: notes, Lang: lang})
}

// emptyPeriodNotes returns one warning per period (inclusive dates, as
// depth.Score counts them) that holds none of the case's events, naming
// the dates the events do cover and saying that the ratings, being undated,
// count in every period; in the case's language.
func emptyPeriodNotes(c *graph.Case, periods []metrics.Period, lang string) []string {
	var first, last time.Time
	for i, ev := range c.Events {
		if i == 0 || ev.Date.Before(first) {
			first = ev.Date
		}
		if i == 0 || ev.Date.After(last) {
			last = ev.Date
		}
	}
	var out []string
	for _, p := range periods {
		n := 0
		for _, ev := range c.Events {
			if !ev.Date.Before(p.Start) && !ev.Date.After(p.End) {
				n++
			}
		}
		if n > 0 {
			continue
		}
		span, rat := tr(lang, "period_no_events_case"), tr(lang, "period_ratings_only", len(c.Ratings))
		if len(c.Events) > 0 {
			span = tr(lang, "period_events_run", depth.ISODate(first), depth.ISODate(last))
		}
		if len(c.Ratings) == 0 {
			rat = tr(lang, "period_no_ties")
		}
		out = append(out, tr(lang, "period_empty", periodLabel(p), span, rat))
	}
	return out
}

func periodsPage(l *loaded, before, after metrics.PeriodScore, d metrics.Delta) *report.Periods {
	conv := func(cs []metrics.TieChange) []report.TieChange {
		var out []report.TieChange
		for _, c := range cs {
			out = append(out, report.TieChange{A: c.A, B: c.B, Before: c.From, After: c.To})
		}
		return out
	}
	p := &report.Periods{Before: periodLabel(before.Period), After: periodLabel(after.Period),
		New: conv(d.New), Lost: conv(d.Lost), Deepened: conv(d.Deepened), Weakened: conv(d.Weakened), Transitions: d.Transitions}
	for _, g := range append(append([]metrics.CentralityChange{}, d.Gained...), d.LostCentral...) {
		p.Centrality = append(p.Centrality, report.CentralityChange{ID: g.ID, Measure: "betweenness", Before: g.BetweennessBefore, After: g.BetweennessAfter})
	}
	for _, pt := range l.c.Partners {
		p.Names = append(p.Names, report.PartnerName{ID: pt.ID, Name: pt.Name})
	}
	return p
}

// addMeasureRows puts the network figures of every column side by side,
// in the printed table and on the HTML page. A Dutch table or md view
// names each measure in Dutch (dichtheid), in the cases' words
// (page.Cases[i].Words, set before); CSV keeps the keys.
func addMeasureRows(t *Table, page *report.Compare, values []map[string]float64, lang, format string) {
	words := report.CompareWords(page.Cases, lang)
	for _, key := range compareMeasures {
		label := key
		if namedRows(lang, format) {
			label = tableMeasureName(key, lang, words)
		}
		row := []string{label}
		mr := report.MeasureRow{Code: key}
		for _, v := range values {
			row = append(row, fmtValue(v[key]))
			mr.Values = append(mr.Values, v[key])
		}
		t.Rows = append(t.Rows, row)
		page.Measures = append(page.Measures, mr)
	}
}
