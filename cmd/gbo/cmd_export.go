package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/metrics"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/render/export"
	"gbo/render/workbook"
)

func exportCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "export",
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
			&cli.StringFlag{Name: "periods"},
			&cli.BoolFlag{Name: "waves"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			return runExport(exportOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"),
				Periods: c.String("periods"), PeriodsSet: c.IsSet("periods"), Waves: c.Bool("waves")}, e)
		},
	}
}

// exportOptions are gbo export's flags and arguments.
type exportOptions struct {
	Args   []string // CASE, or the waves' cases with --waves
	Common caseOptions
	Output string // -o: .gexf, .graphml, .json, .csv or .xlsx
	// Periods is --periods as typed (a dynamic GEXF of one case);
	// PeriodsSet says it was given.
	Periods    string
	PeriodsSet bool
	// Waves is --waves: a dynamic GEXF of several cases.
	Waves bool
}

// runExport is gbo export: the network in a file for other tools, or a
// dynamic GEXF over --periods or --waves.
func runExport(o exportOptions, e *env) error {
	if o.PeriodsSet || o.Waves {
		return exportDynamic(o, e)
	}
	// The CSV flags are checked before any work where --lang gives
	// the language, else once the case's is known (readCase); a
	// non-CSV output with them is refused.
	isCSV := false
	if f, ok := export.FormatForPath(o.Output); ok && f == export.FormatCSV {
		isCSV = true
	}
	csvOpt, err := earlyCSVOptions(o.Common, isCSV)
	if err != nil {
		return err
	}
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	csvOpt = l.csv // checked in the case's language
	out := o.Output
	if strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return exportWorkbook(o.Common, e, l, out)
	}
	f, ok := export.FormatForPath(out)
	if !ok {
		if out == "" {
			return usageErr(tr(l.lang, "need_output"))
		}
		return usageErr(extAdvice(l.lang, outExport, out))
	}
	files := []outFile{{out, nil}}
	if f == export.FormatCSV {
		// A CSV holds one table: the ties; the partners go beside it.
		files = append(files, outFile{strings.TrimSuffix(out, filepath.Ext(out)) + "-partners.csv", nil})
	}
	e.noteCase(o.Common, l)
	for _, o := range files {
		if err := e.checkOutput(l.lang, outExport, o.path); err != nil {
			return err
		}
	}
	d := exportData(l, o.Common.MinDepth)
	files[0].write = func(w io.Writer) error { return export.Write(w, f, d) }
	if len(files) == 2 {
		files[0].write = func(w io.Writer) error { return export.CSVWith(w, d, csvOpt) }
		files[1].write = func(w io.Writer) error { return export.NodesCSVWith(w, d, csvOpt) }
	}
	if err := e.writeOutputs(l.lang, outExport, files); err != nil {
		return err
	}
	for _, o := range files {
		fmt.Fprintln(e.stderr, tr(l.lang, "wrote", o.path))
	}
	return nil
}

// exportWorkbook writes the analysis of l as an Excel workbook to out
// (workbook.NetworkWorkbook): the partners and their measures as `gbo
// metrics` gives them, the ties as `gbo ties` lists them (only those at
// --min-depth or deeper when the flag is set, as there), the weak links as
// `gbo weak` and the boundary objects as `gbo objects`, from one analysis.
func exportWorkbook(co caseOptions, e *env, l *loaded, out string) error {
	e.noteCase(co, l)
	if err := e.checkOutput(l.lang, outWorkbook, out); err != nil {
		return err
	}
	an := analyse(l, co.MinDepth) // also sets each tie's flags
	a := networkAnalysis{partners: an.m.Partners, bridging: map[string]bool{}, ties: l.scored.Ties, measured: an.m.Ties,
		weak: an.weak.Weak, objects: boundary.Objects(l.scored).Objects}
	for _, b := range an.brokers {
		a.bridging[b.ID] = true
	}
	if co.MinDepthSet {
		a.ties = nil
		for _, t := range l.scored.Ties {
			if t.Depth >= co.MinDepth {
				a.ties = append(a.ties, t)
			}
		}
	}
	n := networkView(l, workbook.Network{Lang: l.lang, Name: l.c.Name, AsOf: depth.ISODate(l.scored.AsOf),
		MinDepth: an.minDepth, Workbook: caseIsWorkbook(l)}, a)
	var buf bytes.Buffer
	if err := workbook.NetworkWorkbook(&buf, n); err != nil {
		if errors.Is(err, workbook.ErrTooManyRows) {
			return inputErr(tr(l.lang, "export_too_many_rows", out, err))
		}
		return failErr(err.Error())
	}
	err := e.writeOutputs(l.lang, outWorkbook, []outFile{{out, func(w io.Writer) error {
		_, err := buf.WriteTo(w)
		return err
	}}})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, tr(l.lang, "wrote", out))
	return nil
}

// exportData is the scored network with every measure as attributes.
func exportData(l *loaded, minDepth int) export.Data {
	an := analyse(l, minDepth) // also sets each tie's flags
	m := an.m
	bridging := map[string]bool{}
	for _, b := range an.brokers {
		bridging[b.ID] = true
	}
	partner := map[string]int{}
	for i, p := range l.c.Partners {
		partner[p.ID] = i
	}
	d := export.Data{Name: l.c.Name, AsOf: depth.ISODate(l.scored.AsOf)}
	for _, p := range m.Partners {
		src := l.c.Partners[partner[p.ID]]
		attrs := []export.Attr{
			{Key: "label", Value: p.Name}, {Key: "sector", Value: p.Sector}, {Key: "core", Value: p.Core},
			{Key: "municipality", Value: src.Municipality},
			{Key: "degree", Value: p.Degree}, {Key: "strength", Value: p.Strength},
			{Key: "betweenness", Value: p.Betweenness}, {Key: "betweenness_weighted", Value: p.BetweennessWeighted},
			{Key: "closeness", Value: p.Closeness}, {Key: "eigenvector", Value: p.Eigenvector}, {Key: "pagerank", Value: p.Pagerank},
			{Key: "constraint", Value: floatOrNil(p.Constraint)}, {Key: "effective_size", Value: floatOrNil(p.EffectiveSize)},
			{Key: "core_number", Value: p.CoreNumber}, {Key: "clustering", Value: p.Clustering}, {Key: "community", Value: p.Community},
			{Key: "articulation_point", Value: p.ArticulationPoint}, {Key: "bridging", Value: bridging[p.ID]},
			{Key: "brokerage_coordinator", Value: p.Brokerage.Coordinator}, {Key: "brokerage_itinerant", Value: p.Brokerage.Itinerant},
			{Key: "brokerage_representative", Value: p.Brokerage.Representative}, {Key: "brokerage_gatekeeper", Value: p.Brokerage.Gatekeeper},
			{Key: "brokerage_liaison", Value: p.Brokerage.Liaison}, {Key: "brokerage_total", Value: p.Brokerage.Total},
		}
		keys := make([]string, 0, len(src.Attrs))
		for k := range src.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			attrs = append(attrs, export.Attr{Key: "attr_" + k, Value: src.Attrs[k]})
		}
		d.Nodes = append(d.Nodes, export.Node{ID: p.ID, Attrs: attrs})
	}
	for _, tf := range m.Ties {
		t, _ := l.scored.Tie(tf.A, tf.B)
		attrs := []export.Attr{
			{Key: "depth", Value: t.Depth}, {Key: "depth_score", Value: t.DepthScore}, {Key: "weight", Value: tf.Weight},
			{Key: "events", Value: t.Events}, {Key: "first", Value: strOrNil(t.First)}, {Key: "last", Value: strOrNil(t.Last)},
			{Key: "depth_events", Value: intOrNil(t.DepthEvents)}, {Key: "depth_survey", Value: intOrNil(t.DepthSurvey)},
			{Key: "gap", Value: intOrNil(t.Gap)}, {Key: "bridge", Value: tf.Bridge}, {Key: "local_bridge", Value: tf.LocalBridge},
			{Key: "span", Value: intOrNil(tf.Span)}, {Key: "embeddedness", Value: tf.Embeddedness},
			{Key: "objects", Value: strings.Join(t.Objects, "|")}, {Key: "flags", Value: strings.Join(t.Flags, "|")},
		}
		d.Edges = append(d.Edges, export.Edge{A: tf.A, B: tf.B, Attrs: attrs})
	}
	return d
}

func floatOrNil(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}

func intOrNil(v *int) any {
	if v == nil {
		return nil
	}
	return *v
}

func strOrNil(v *string) any {
	if v == nil {
		return nil
	}
	return *v
}

// maxDynamicElements bounds a dynamic GEXF: the partners and ties summed
// over the periods or waves (a partner in three periods counts three
// times). Every one of them is held in memory with all its figures (about
// 2 KiB each) before the file is written.
// (A variable so that a test can lower it.)
var maxDynamicElements = 200_000

// exportDynamic writes a dynamic GEXF (export.DynamicGEXF): one case over
// --periods, each period scored as `gbo compare --periods` scores it
// (metrics.ScorePeriods: its own events, decay from its end, a tie at
// max(--min-depth, 1) or deeper), or several cases as --waves, each as of
// its own date. Each snapshot is what `gbo export` writes for that period
// (--since START --as-of END) or wave, plus the rung's name of each tie.
func exportDynamic(o exportOptions, e *env) error {
	if err := checkLang(o.Common.Lang); err != nil {
		return err
	}
	lang := langOf(o.Common.Lang, nil)
	flag := "--periods"
	if o.Waves {
		if o.PeriodsSet {
			return usageErr(tr(lang, "export_periods_and_waves"))
		}
		flag = "--waves"
	}
	// Everything a flag decides is refused before any case is read.
	out := o.Output
	if out == "" {
		return usageErr(tr(lang, "need_output"))
	}
	if f, ok := export.FormatForPath(out); !ok || f != export.FormatGEXF {
		key := map[string]string{"--periods": "export_dynamic_gexf", "--waves": "export_waves_gexf"}[flag]
		return usageErr(tr(lang, key, clipArg(filepath.Base(out))))
	}
	if _, err := earlyCSVOptions(o.Common, false); err != nil {
		return err
	}
	args := o.Args
	if len(args) == 0 {
		return usageErr(tr(lang, "no_case"))
	}
	minDepth := max(o.Common.MinDepth, 1)
	var snaps []export.Snapshot
	var first *loaded
	if flag == "--periods" {
		for _, f := range []struct {
			name string
			set  bool
		}{{"as-of", o.Common.AsOfSet}, {"since", o.Common.SinceSet}} {
			if f.set {
				return usageErr(tr(lang, "export_periods_window", f.name))
			}
		}
		if len(args) != 1 {
			return usageErr(tr(lang, "export_periods_one_case"))
		}
		periods, err := parsePeriods(o.Periods, lang)
		if err != nil {
			return err
		}
		l, err := loadCase(o.Common, o.Args, e)
		if err != nil {
			return err
		}
		first = l
		if err := checkDynamicOutput(o.Common, e, []*loaded{l}, out); err != nil {
			return err
		}
		ps := metrics.ScorePeriods(l.scored, periods, minDepth)
		scored := make([]*depth.Scored, len(ps))
		for i, p := range ps {
			scored[i] = p.Scored
		}
		if err := checkDynamicSize(l.lang, out, scored, minDepth); err != nil {
			return err
		}
		for _, p := range ps {
			// Each period analysed as the static export analyses a case
			// (analyse measures the period again: the figures are those of
			// `gbo export --since START --as-of END`, flags included).
			lp := *l
			lp.scored = p.Scored
			snaps = append(snaps, export.Snapshot{Start: depth.ISODate(p.Period.Start), End: depth.ISODate(p.Period.End),
				Data: withRungNames(exportData(&lp, minDepth), l.c, l.lang)})
		}
	} else {
		if o.Common.AsOfSet {
			return usageErr(tr(lang, "export_waves_as_of"))
		}
		if len(args) < 2 || len(args) > maxCompareCases {
			return usageErr(tr(lang, "export_waves_count", len(args), maxCompareCases))
		}
		cases, err := readWaves(o.Common, e, args, lang)
		if err != nil {
			return err
		}
		first = cases[0]
		if err := checkDynamicOutput(o.Common, e, cases, out); err != nil {
			return err
		}
		scored := make([]*depth.Scored, len(cases))
		for i, l := range cases {
			scored[i] = l.scored
		}
		if err := checkDynamicSize(first.lang, out, scored, minDepth); err != nil {
			return err
		}
		for i, l := range cases {
			start := waveStart(l)
			if i > 0 {
				start = cases[i-1].scored.AsOf.AddDate(0, 0, 1)
			}
			snaps = append(snaps, export.Snapshot{Start: depth.ISODate(start), End: depth.ISODate(l.scored.AsOf),
				Label: tr(l.lang, "wave_label", depth.ISODate(l.scored.AsOf)), Data: withRungNames(exportData(l, minDepth), l.c, l.lang)})
		}
	}
	t := export.Timeline{Name: snaps[len(snaps)-1].Data.Name, Snapshots: snaps, Static: staticKeys(snaps)}
	if err := e.writeOutputs(first.lang, outExport, []outFile{{out, func(w io.Writer) error { return export.DynamicGEXF(w, t) }}}); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, tr(first.lang, "wrote", out))
	return nil
}

// readWaves reads the cases of --waves as compare reads its cases, each
// with its own as-of date, and checks that every wave has a date and that
// the dates rise in the order given.
func readWaves(co caseOptions, e *env, args []string, lang string) ([]*loaded, error) {
	var cases []*loaded
	for _, a := range args {
		tuneMemory(a)
		l, problems, err := readCase(co, e, a, lang)
		if err != nil {
			return nil, err
		}
		if err := e.checkProblems(l, problems, l.lang); err != nil {
			return nil, err
		}
		e.noteCase(co, l)
		if l.scored.AsOf.IsZero() {
			return nil, inputErr(tr(l.lang, "export_wave_no_date", l.label))
		}
		if n := len(cases); n > 0 && !l.scored.AsOf.After(cases[n-1].scored.AsOf) {
			p := cases[n-1]
			return nil, usageErr(tr(lang, "export_waves_order", p.label, l.label, depth.ISODate(p.scored.AsOf), depth.ISODate(l.scored.AsOf)))
		}
		cases = append(cases, l)
	}
	return cases, nil
}

// waveStart is where the first wave begins on the timeline: its --since,
// else its earliest evidence (the first event of any tie), else its as-of
// date. A later wave begins the day after the wave before it.
func waveStart(l *loaded) time.Time {
	start := l.scored.AsOf
	if !l.scored.Since.IsZero() {
		return l.scored.Since
	}
	for _, t := range l.scored.Ties {
		if t.First == nil {
			continue
		}
		if d, ok := graph.ParseDate(*t.First); ok && d.Before(start) {
			start = d
		}
	}
	return start
}

// checkDynamicOutput notes every case as read and checks -o against them,
// before the periods are scored.
func checkDynamicOutput(co caseOptions, e *env, cases []*loaded, out string) error {
	for _, l := range cases {
		e.noteCase(co, l)
	}
	return e.checkOutput(cases[0].lang, outExport, out)
}

// checkDynamicSize refuses a timeline of more than maxDynamicElements
// partners and ties summed over its snapshots, before their figures are
// gathered.
func checkDynamicSize(lang, out string, scored []*depth.Scored, minDepth int) error {
	n := 0
	for _, s := range scored {
		n += len(s.Case.Partners)
		for _, t := range s.Ties {
			if t.Depth >= minDepth {
				n++
			}
		}
	}
	if n > maxDynamicElements {
		return inputErr(tr(lang, "export_dynamic_too_big", out, n, maxDynamicElements))
	}
	return nil
}

// withRungNames adds "rung", the name of each tie's depth in lang (the
// case's own, from [labels], or the model's), after its depth.
func withRungNames(d export.Data, c *graph.Case, lang string) export.Data {
	rungs := rungNames(c, lang) // once, not per edge
	for i, e := range d.Edges {
		attrs := make([]export.Attr, 0, len(e.Attrs)+1)
		for _, a := range e.Attrs {
			attrs = append(attrs, a)
			if depth, ok := a.Value.(int); ok && a.Key == "depth" {
				attrs = append(attrs, export.Attr{Key: "rung", Value: rungOf(rungs, depth)})
			}
		}
		d.Edges[i].Attrs = attrs
	}
	return d
}

// staticKeys are the partner attributes that say what a partner is (name,
// sector, core, municipality and the case's own columns), written once;
// every figure is dynamic.
func staticKeys(snaps []export.Snapshot) []string {
	keys := []string{"label", "sector", "core", "municipality"}
	seen := map[string]bool{}
	for _, s := range snaps {
		for _, n := range s.Data.Nodes {
			for _, a := range n.Attrs {
				if strings.HasPrefix(a.Key, "attr_") && !seen[a.Key] {
					seen[a.Key] = true
					keys = append(keys, a.Key)
				}
			}
		}
	}
	return keys
}
