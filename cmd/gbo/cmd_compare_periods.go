// gbo compare --periods: one case in two periods, and the notes and page for a period without data.

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"gbo/graph"
	"gbo/metrics"
	"gbo/metrics/depth"
	"gbo/render/report"
)

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
