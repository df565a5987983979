package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/metrics/depth"
	"gbo/metrics/measures"
	"gbo/render/mapview"
	"gbo/render/report"
)

func reportCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "report",
		Flags: append(caseFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
		),
		Action: func(c *cli.Context) error {
			return runReport(reportOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output")}, e)
		},
	}
}

// reportOptions are gbo report's flags and arguments.
type reportOptions struct {
	Args   []string // CASE
	Common caseOptions
	Output string // -o: an .html file, or - for standard output
}

// runReport is gbo report: the analysis as one HTML page.
func runReport(o reportOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	e.progress.stage(tr(l.lang, "stage_report"))
	defer e.progress.done()
	out := o.Output
	if out == "" {
		return usageErr(tr(l.lang, "need_output"))
	}
	e.noteCase(o.Common, l)
	if err := e.checkOutputPath(l.lang, outHTML, out); err != nil {
		return err // before the work
	}
	r, err := reportData(l, o.Common)
	if err != nil {
		return err
	}
	if err := e.writeOutput(o.Common, l, outHTML, out, func(w io.Writer) error { return report.Write(w, r) }); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, tr(l.lang, "wrote", out))
	return nil
}

// reportData fills the report's view model from the analysis.
func reportData(l *loaded, o caseOptions) (report.Report, error) {
	lang := l.lang
	minDepth := max(o.MinDepth, 1)
	s := l.scored
	an := analyse(l, minDepth)
	m := an.m
	analysisJSON, singles, err := reportAnalysis(l, o, an)
	if err != nil {
		return report.Report{}, err
	}

	r := report.Report{Lang: lang, CaseName: l.c.Name, Region: l.c.Region, AsOf: depth.ISODate(s.AsOf),
		Generated: depth.ISODate(s.AsOf), Analysis: analysisJSON, Words: reportWords(l.c.Labels, lang), Workbook: caseIsWorkbook(l)}
	if !s.Since.IsZero() {
		r.Since = s.Since.Format("2006-01-02")
	}
	largest := measures.LargestComponent(m.Net)
	r.Figures = report.Figures{Partners: m.Network.Partners, CorePartners: metrics.CorePartners(m), Ties: m.Network.Ties, MinDepth: minDepth,
		Density: m.Network.Density, MeanDepth: m.Network.MeanDepth, Components: m.Network.Components,
		LargestComponent: largest, Centralization: m.Network.DegreeCentralization, Coordinator: l.c.Coordinator}
	r.DepthProfile = metrics.PairsPerRung(s)
	// The interactive map: the same map as `gbo map`, as SVG.
	md, err := mapData(l, mapSettingsOf(o), an)
	if err != nil {
		return r, err
	}
	var svg strings.Builder
	if err := mapview.Render(context.Background(), md, mapview.SVG, &svg); err != nil {
		return r, failErr(err.Error())
	}
	r.MapSVG = svg.String()

	for _, t := range s.Ties {
		if t.Depth >= minDepth {
			r.Ties = append(r.Ties, report.TieRow{A: t.A, B: t.B, Depth: t.Depth})
		}
	}
	meanDepth := metrics.PartnerMeanDepth(s, minDepth)
	for _, p := range m.Partners {
		md := meanDepth[p.ID] // 0 without a tie at minDepth
		r.Partners = append(r.Partners, report.PartnerRow{ID: p.ID, Name: p.Name, Sector: p.Sector, Core: p.Core,
			Degree: p.Degree, Strength: p.Strength, Betweenness: p.Betweenness, MeanDepth: md, Articulation: p.ArticulationPoint})
	}
	sm := metrics.Sectors(s, minDepth)
	r.SectorHeat = report.SectorHeat{Sectors: sm.Sectors, Mean: sm.Mean, Count: sm.Count}
	if r.DataNotes, err = dataNotes(l); err != nil {
		return r, err
	}
	if n := singles; n > 0 {
		r.DataNotes = append(r.DataNotes, tr(lang, "report_singles", n))
	}
	r.Method = report.MethodInfo{HalfLifeDays: s.Model.HalfLife, Threshold: s.Model.Threshold, Combine: string(s.Model.Combine),
		People: string(l.people)}
	r.Method.Kinds, r.Method.DefaultAliases = reportKinds(s.Model)
	r.Method.Sources = sourceNames(l)
	return r, nil
}

// sourceNames lists the files read, by name only: a report travels, and a
// full path may say more about its maker than it should.
func sourceNames(l *loaded) []string {
	var out []string
	for _, in := range l.c.Inputs {
		parts := strings.Split(strings.ReplaceAll(in, "\\", "/"), "/")
		out = append(out, parts[len(parts)-1])
	}
	if len(out) == 0 {
		out = []string{l.label}
		if !strings.HasPrefix(l.label, "sample:") {
			out = []string{l.fileWithinCase(l.label)}
		}
	}
	return out
}

// dataNotes are the warnings read from the files and what the data cannot
// tell, in the user's language.
func dataNotes(l *loaded) ([]string, error) {
	lang := l.lang
	notes, err := l.sharedNotes(false)
	if err != nil {
		return nil, err
	}
	if !l.c.HasPeople {
		notes = append(notes, tr(lang, "report_no_people"))
	}
	if len(l.c.Ratings) == 0 {
		notes = append(notes, tr(lang, "report_no_ratings", caseTableName(l, "ties")))
	}
	if len(l.c.Events) == 0 {
		notes = append(notes, tr(lang, "report_no_events", caseTableName(l, "interactions")))
	}
	if len(l.c.Targets) == 0 {
		notes = append(notes, tr(lang, "report_no_targets", caseTableName(l, "targets")))
	}
	if l.without != "" {
		notes = append(notes, tr(lang, "report_without", l.without))
	}
	return notes, nil
}
