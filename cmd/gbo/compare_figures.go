package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"gbo/graph/locale"
	"gbo/metrics"
	"gbo/metrics/measures"
	"gbo/render/report"
)

// The figures `gbo compare` adds to the network figures of each case
// (compareMeasures) are computed by metrics (CompareFigures) from
// the analysis `gbo report` embeds for the case (reportAnalysis). A figure
// that does not apply to a case is null in the JSON, empty in the tidy CSV
// and "—" with a footnote in the table, never 0; this file puts them into
// words and formats.

// compareFigureKeys are the added figures, in the order of the table, the
// JSON case object and the tidy CSV (after compareMeasures).
var compareFigureKeys = metrics.FigureKeys

// waveChangeKeys are the rows of the tidy CSV for the steps between waves
// (relation "waves" only): the value of case i is the change from case i−1
// (compareDoc.Changes[i−1]); the first case has none.
var waveChangeKeys = []string{"partners_joined", "partners_left", "weak_links_appeared", "weak_links_disappeared"}

// cmpFigure is one added figure of one case: Value is nil where it does not
// apply, and Why then says why (a reason code: metrics' figure codes, said
// in lang by the catalogue's cli.why_CODE).
type cmpFigure = metrics.Figure

// figureWhyIn is the reason why (a reason code, as the JSON's
// "not_applicable" gives it; cli.why_CODE in the catalogue) in lang, in the words
// of the case (w, nil: GBO's): no_core and one_core name its core group.
func figureWhyIn(why, lang string, w *report.Words) string {
	one, many := "", ""
	if w != nil {
		one, many = w.CoreOne, w.Core
	}
	if one == "" && many == "" || why != "no_core" && why != "one_core" {
		return tr(lang, "why_"+why)
	}
	if one == "" {
		one = many
	}
	if many == "" {
		many = one
	}
	if why == "no_core" {
		return tr(lang, "why_no_core_own", one)
	}
	return tr(lang, "why_one_core_own", one, many)
}

// namedRows says whether the rows of a compare table are named in lang
// (tableMeasureName) rather than by their keys: in the table and md views
// of every language but the default, English, whose keys are already its
// words (and which keeps them, as CSV and JSON do).
func namedRows(lang, format string) bool {
	return locale.Or(lang) != locale.Default && format != "csv" && format != "json"
}

// tableMeasureName is the name of the measure key in a translated table or md
// view: the page's (report.MeasureNameIn with the cases' words w, nil:
// GBO's) in lower case, but the case's own words as the case writes them.
func tableMeasureName(key, lang string, w *report.Words) string {
	low := strings.ToLower(report.MeasureNameIn(key, lang, w))
	if w == nil {
		return low
	}
	for _, word := range append([]string{w.Core, w.CoreOne}, w.Rungs[:]...) {
		for _, part := range strings.Split(word, " / ") {
			if part != "" {
				low = strings.ReplaceAll(low, strings.ToLower(part), part)
			}
		}
	}
	return low
}

// figuresOf makes the added figures of one case (metrics.CompareFigures)
// from ra, the analysis reportAnalysis made of it (the same bytes gbo
// report embeds), and an, the analysis of its network at --min-depth.
func figuresOf(l *loaded, an *caseAnalysis, ra []byte) ([]cmpFigure, error) {
	var doc struct {
		Network measures.NetworkFigures `json:"network"`
		Counts  *struct {
			Weak    int `json:"weak"`
			Fragile int `json:"fragile"`
			Thin    int `json:"thin"`
		} `json:"counts"`
		Objects []struct {
			Verdict string `json:"verdict"`
		} `json:"objects"`
		IsolatedExternals []string         `json:"isolated_externals"`
		Survey            *measures.Survey `json:"survey"`
		Inputs            struct {
			Objects bool `json:"objects"`
		} `json:"inputs"`
	}
	if err := json.Unmarshal(ra, &doc); err != nil {
		return nil, failErr(err.Error())
	}
	if doc.Counts == nil {
		return nil, failErr(tr(l.lang, "compare_no_weak_counts"))
	}
	in := metrics.FigureInputs{Network: doc.Network, Weak: doc.Counts.Weak, Fragile: doc.Counts.Fragile, Thin: doc.Counts.Thin,
		IsolatedExternals: len(doc.IsolatedExternals), Survey: doc.Survey, ObjectsNamed: doc.Inputs.Objects,
		TargetRung: l.c.Labels.TargetRung()}
	for _, o := range doc.Objects {
		in.Verdicts = append(in.Verdicts, o.Verdict)
	}
	return an.a.CompareFigures(l.scored, in), nil
}

// figuresJSON is the added figures of a case as the fields of its JSON
// object: each key with its value or null, then "not_applicable", the
// reason (a reason code, cli.why_CODE) of each null one. Compact.
func figuresJSON(fs []cmpFigure) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	why := map[string]string{}
	for _, f := range fs {
		fmt.Fprintf(&b, "%q:", f.Key)
		if f.Value == nil {
			b.WriteString("null")
			why[f.Key] = f.Why
		} else {
			v, err := json.Marshal(*f.Value)
			if err != nil {
				return nil, err
			}
			b.Write(v)
		}
		b.WriteByte(',')
	}
	w, err := json.Marshal(why)
	if err != nil {
		return nil, err
	}
	b.WriteString(`"not_applicable":`)
	b.Write(w)
	b.WriteByte('}')
	return b.Bytes(), nil
}

// footnotes numbers the reasons (texts in lang, in the case's words) of
// the cells that do not apply, in the order they are first met: the table
// shows "—¹" and, under it, "¹ no ratings in this case".
type footnotes struct {
	order []string
	lang  string
}

var superscripts = []string{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

func (n *footnotes) mark(why string) string {
	i := -1
	for k, w := range n.order {
		if w == why {
			i = k
		}
	}
	if i < 0 {
		n.order = append(n.order, why)
		i = len(n.order) - 1
	}
	return "—" + superscript(i+1)
}

func superscript(i int) string {
	if i <= len(superscripts) {
		return superscripts[i-1]
	}
	return "(" + strconv.Itoa(i) + ")"
}

func (n *footnotes) lines() []string {
	var out []string
	for i, w := range n.order {
		out = append(out, superscript(i+1)+" "+w)
	}
	return out
}

// addFigureRows adds a row per added figure to the table (cases in
// columns; "—" and a footnote where a figure does not apply) and to the
// page (NaN, with its reason in lang in MeasureRow.Why, where it does
// not apply; the page names and formats the row by its code), and tells
// the page whether the cases were given as waves (--waves). A Dutch
// table or md view names each figure as the page does (report.MeasureName).
// It returns the footnotes for under the table.
func addFigureRows(t *Table, page *report.Compare, figs figureLists, lang, format string) []string {
	notes := &footnotes{lang: lang}
	page.WavesGiven = figs.wavesGiven
	words := report.CompareWords(page.Cases, lang)
	for k, key := range compareFigureKeys {
		label := key
		if namedRows(lang, format) {
			label = tableMeasureName(key, lang, words)
		}
		row := []string{label}
		mr := report.MeasureRow{Code: key, Label: report.MeasureNameIn(key, lang, words)}
		for i, fs := range figs.cases {
			f := fs[k]
			if f.Value == nil {
				var own *report.Words // the case's words, for the reason
				if i < len(page.Cases) {
					own = page.Cases[i].Words
				}
				why := figureWhyIn(f.Why, lang, own)
				row = append(row, notes.mark(why))
				mr.Values = append(mr.Values, math.NaN())
				mr.Why = append(mr.Why, why)
				continue
			}
			row = append(row, fmtValue(*f.Value))
			mr.Values = append(mr.Values, *f.Value)
			mr.Why = append(mr.Why, "")
		}
		t.Rows = append(t.Rows, row)
		page.Measures = append(page.Measures, mr)
	}
	return notes.lines()
}

// mdFootnotes gives the md view its footnotes, which only the table view
// prints under the table: as rows of their own, after the figures.
func mdFootnotes(t *Table, notes []string) {
	for _, n := range notes {
		row := make([]string, len(t.Cols))
		row[0] = n
		t.Rows = append(t.Rows, row)
	}
}

// tidyCSV is the compare document as a tidy table: case,measure,value, a
// row per figure per case, cases in the order given, the measures in the
// order compareMeasures, compareFigureKeys, and (waves only)
// waveChangeKeys. Values have full precision (strconv 'f', -1: the
// shortest decimal that reads back as the same float64, never an
// exponent); a figure that does not apply is empty.
func tidyCSV(doc compareDoc, figs [][]cmpFigure) Table {
	t := Table{Cols: []Col{{Key: "case", Label: "case"}, {Key: "measure", Label: "measure"}, {Key: "value", Label: "value"}},
		TextCell: func(_, col int) bool { return col < 2 }}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for i, cf := range doc.Cases {
		vals := networkValues(cf.Network)
		for _, key := range compareMeasures {
			t.Rows = append(t.Rows, []string{cf.Name, key, num(vals[key])})
		}
		for _, f := range figs[i] {
			cell := ""
			if f.Value != nil {
				cell = num(*f.Value)
			}
			t.Rows = append(t.Rows, []string{cf.Name, f.Key, cell})
		}
		if doc.Relation == "waves" {
			var w *waveChange
			if i > 0 && i-1 < len(doc.Changes) {
				w = &doc.Changes[i-1]
			}
			for _, key := range waveChangeKeys {
				cell := ""
				if w != nil {
					cell = strconv.Itoa(map[string]int{"partners_joined": len(w.Joined), "partners_left": len(w.Left),
						"weak_links_appeared": w.WeakAppeared, "weak_links_disappeared": w.WeakVanished}[key])
				}
				t.Rows = append(t.Rows, []string{cf.Name, key, cell})
			}
		}
	}
	return t
}

// wavesFlag reads --waves into doc: the user says the cases are waves of
// one partnership, whatever partners they share.
func wavesFlag(waves bool, doc *compareDoc) {
	doc.RelationSource = "shared_partners"
	if waves {
		doc.Relation, doc.RelationSource = "waves", "flag"
	}
}

// figureLists are the added figures of each case of a comparison
// (cases[i] of doc.Cases[i]), and whether the user gave the cases as
// waves (--waves: relation_source "flag"), which the page says beside
// them.
type figureLists struct {
	cases      [][]cmpFigure
	wavesGiven bool
}

// caseFigureLists are the added figures of each case of doc.
func caseFigureLists(doc compareDoc) figureLists {
	out := figureLists{cases: make([][]cmpFigure, len(doc.Cases)), wavesGiven: doc.RelationSource == "flag"}
	for i, cf := range doc.Cases {
		out.cases[i] = cf.figures
	}
	return out
}

// writeFigures adds the figures' fields to the JSON object being written
// in buf (which holds "{" and perhaps fields already).
func writeFigures(buf *bytes.Buffer, fs []cmpFigure) error {
	if fs == nil {
		return nil
	}
	b, err := figuresJSON(fs)
	if err != nil {
		return err
	}
	if buf.Len() > 1 {
		buf.WriteByte(',')
	}
	buf.Write(b[1 : len(b)-1])
	return nil
}

// compareOutput is what compare prints for several cases: the tidy table
// for --format csv, else the table with cases in columns and the
// footnotes of the figures that do not apply (under the table; in md as
// rows of their own).
func compareOutput(doc compareDoc, t Table, notes []string, lang, format string) Output {
	switch format {
	case "csv":
		t = tidyCSV(doc, caseFigureLists(doc).cases)
	case "md":
		mdFootnotes(&t, notes)
		notes = nil
	}
	return Output{JSON: doc, Table: t, Notes: notes, Lang: lang}
}

// periodChangeKeys are the rows of the tidy CSV of a comparison of
// periods for the ties that changed from the period before (the first
// period has none): the counts of compare --periods' changes.
var periodChangeKeys = []string{"ties_new", "ties_lost", "ties_deepened", "ties_weakened"}

// tidyPeriodsCSV is compare --periods as a tidy table, as tidyCSV: the
// period (START..END) in the case column, compareMeasures then
// periodChangeKeys, full precision, empty where nothing applies.
func tidyPeriodsCSV(periods []periodDoc, changes []changeDoc) Table {
	t := Table{Cols: []Col{{Key: "case", Label: "case"}, {Key: "measure", Label: "measure"}, {Key: "value", Label: "value"}},
		TextCell: func(_, col int) bool { return col < 2 }}
	for i, p := range periods {
		label := p.Start + ".." + p.End
		vals := networkValues(p.Network)
		for _, key := range compareMeasures {
			t.Rows = append(t.Rows, []string{label, key, strconv.FormatFloat(vals[key], 'f', -1, 64)})
		}
		for k, key := range periodChangeKeys {
			cell := ""
			if i > 0 && i-1 < len(changes) {
				d := changes[i-1].Delta
				cell = strconv.Itoa([]int{len(d.New), len(d.Lost), len(d.Deepened), len(d.Weakened)}[k])
			}
			t.Rows = append(t.Rows, []string{label, key, cell})
		}
	}
	return t
}
