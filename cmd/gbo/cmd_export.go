package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/metrics/boundary"
	"gbo/render/export"
	"gbo/render/workbook"
)

func exportCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the scored network for Gephi, networkx, igraph or a spreadsheet",
		ArgsUsage: "CASE",
		Description: `The format follows the file name: .gexf (Gephi), .graphml, .json (networkx
node-link), .csv (one row per tie in FILE.csv, one per partner in FILE-partners.csv) or .xlsx
(an Excel workbook: partners and their measures, ties with their depth, evidence, reasons and
ratings, weak links, boundary objects, and a first sheet that explains every column; numbers,
dates and yes/no as Excel cells). Every partner carries its sector, core flag, attributes and
every measure; every tie its depth, score, evidence and flags.

Examples:
   gbo export sample:grensobject -o netwerk.gexf
   gbo export ./mijn-case -o netwerk.graphml --min-depth 2
   gbo export sample:grensobject -o netwerk.xlsx --lang nl
   gbo export ./mijn-case -o netwerk.csv --csv-sep ';' --decimal-comma`,
		Flags: append(append(caseFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "the file: .gexf, .graphml, .json, .csv or .xlsx"},
		), csvFlags()...),
		Action: func(c *cli.Context) error {
			// The CSV flags are checked before any work where --lang gives
			// the language, else once the case's is known (readCase); a
			// non-CSV output with them is refused.
			isCSV := false
			if f, ok := export.FormatForPath(c.String("output")); ok && f == export.FormatCSV {
				isCSV = true
			}
			csvOpt, err := earlyCSVOptions(c, isCSV)
			if err != nil {
				return err
			}
			l, err := loadCase(c, e)
			if err != nil {
				return err
			}
			csvOpt = l.csv // checked in the case's language
			out := c.String("output")
			if strings.EqualFold(filepath.Ext(out), ".xlsx") {
				return exportWorkbook(c, e, l, out)
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
			e.noteCase(c, l)
			for _, o := range files {
				if err := e.checkOutput(l.lang, outExport, o.path); err != nil {
					return err
				}
			}
			d := exportData(l, c.Int("min-depth"))
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
		},
	}
}

func init() {
	descNL["export"] = `De vorm volgt uit de bestandsnaam: .gexf (Gephi), .graphml, .json (networkx
node-link), .csv (één rij per band in BESTAND.csv, één per partner in
BESTAND-partners.csv) of .xlsx (een Excel-werkmap: partners en hun maten, banden met
hun diepte, bewijs, redenen en beoordelingen, zwakke schakels, grensobjecten, en een
eerste blad dat elke kolom uitlegt; getallen, datums en ja/nee als Excel-cellen).
Elke partner draagt zijn sector, of hij kernpartner is, zijn kenmerken en elke maat;
elke band zijn diepte, score, bewijs en signalen.

Voorbeelden:
   gbo export sample:grensobject -o netwerk.gexf
   gbo export ./mijn-gegevens -o netwerk.graphml --min-depth 2
   gbo export sample:grensobject -o netwerk.xlsx --lang nl
   gbo export ./mijn-gegevens -o netwerk.csv --csv-sep ';' --decimal-comma`
	texts["export_too_many_rows"] = [2]string{
		"-o %s: %v; export to .csv instead, or raise --min-depth to keep fewer ties",
		"-o %s: %v; exporteer naar .csv, of verhoog --min-depth om minder banden te houden"}
}

// exportWorkbook writes the analysis of l as an Excel workbook to out
// (workbook.NetworkWorkbook): the partners and their measures as `gbo
// metrics` gives them, the ties as `gbo ties` lists them (only those at
// --min-depth or deeper when the flag is set, as there), the weak links as
// `gbo weak` and the boundary objects as `gbo objects`, from one analysis.
func exportWorkbook(c *cli.Context, e *env, l *loaded, out string) error {
	e.noteCase(c, l)
	if err := e.checkOutput(l.lang, outWorkbook, out); err != nil {
		return err
	}
	an := analyse(l, c.Int("min-depth")) // also sets each tie's flags
	n := workbook.Network{Lang: l.lang, Name: l.c.Name, AsOf: metrics.ISODate(l.scored.AsOf), MinDepth: an.minDepth,
		Partners: an.m.Partners, Bridging: map[string]bool{}, Ties: l.scored.Ties, Measured: an.m.Ties,
		Weak: an.weak.Weak, Objects: boundary.Objects(l.scored).Objects,
		Verdict: func(v boundary.Verdict) string { return verdictName(v, l.lang) }}
	for _, b := range an.brokers {
		n.Bridging[b.ID] = true
	}
	if c.IsSet("min-depth") {
		n.Ties = nil
		for _, t := range l.scored.Ties {
			if t.Depth >= c.Int("min-depth") {
				n.Ties = append(n.Ties, t)
			}
		}
	}
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
	d := export.Data{Name: l.c.Name, AsOf: metrics.ISODate(l.scored.AsOf)}
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
