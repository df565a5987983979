package main

import (
	"context"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/render/mapview"
	"gbo/render/report"
)

// The maps of a compare page: one colour per sector over every panel, and
// for waves and periods one place per partner (mapview.Shared).

// compareCaseMaps draws the small map of every case for the page (only
// with -o) and, for waves, puts the rung transitions between consecutive
// cases in doc.Changes and on the page. A map that fails is left out
// rather than failing the comparison.
func compareCaseMaps(c *cli.Context, cases []*loaded, ans []*analysis, doc *compareDoc, page *report.Compare) {
	for i := range page.Cases {
		if i < len(cases) {
			page.Cases[i].Words = pageCaseWords(cases[i], page.Lang)
		}
	}
	if len(doc.Changes) == len(cases)-1 && len(ans) == len(cases) {
		for i := range doc.Changes {
			d := metrics.Compare(metrics.PeriodScore{Scored: cases[i].scored, Measures: ans[i].m},
				metrics.PeriodScore{Scored: cases[i+1].scored, Measures: ans[i+1].m}, ans[i+1].minDepth)
			doc.Changes[i].Transitions = d.Transitions
			if i < len(page.Changes) {
				t := d.Transitions
				page.Changes[i].Transitions = &t
			}
		}
	}
	if c.String("output") == "" {
		return
	}
	ds := make([]mapview.Data, len(cases))
	ok := make([]bool, len(cases))
	for i, l := range cases {
		var err error
		ds[i], err = mapData(l, c, ans[i])
		ok[i] = err == nil
	}
	svgs := drawSharedMaps(ds, ok, doc.Relation == "waves", page)
	for i := range page.Cases {
		if i < len(svgs) {
			page.Cases[i].MapSVG = svgs[i]
		}
	}
}

// comparePeriodMaps draws one small map per period (only with -o): the
// partners with a tie in the period, every partner at its place in one
// layout of all the periods.
func comparePeriodMaps(c *cli.Context, l *loaded, ps []metrics.PeriodScore, minDepth int, lang string, page *report.Compare) {
	for i := range page.Cases {
		page.Cases[i].Words = pageCaseWords(l, lang)
	}
	if c.String("output") == "" {
		return
	}
	ds := make([]mapview.Data, len(ps))
	ok := make([]bool, len(ps))
	for i, p := range ps {
		ds[i], ok[i] = periodMapData(l, p, minDepth, lang), true
	}
	svgs := drawSharedMaps(ds, ok, true, page)
	for i := range page.Cases {
		if i < len(svgs) {
			page.Cases[i].MapSVG = svgs[i]
		}
	}
}

// periodMapData is the map of one period: the partners with a tie at
// minDepth or deeper in it, and those ties (the deepest maxMapTies).
func periodMapData(l *loaded, p metrics.PeriodScore, minDepth int, lang string) mapview.Data {
	minDepth = max(minDepth, 1)
	d := mapview.Data{Title: l.c.Name, Subtitle: periodLabel(p.Period), Lang: mapview.Lang(lang), Words: mapWords(l.c, lang)}
	tied := map[string]bool{}
	for _, t := range p.Scored.Ties {
		if t.Depth >= minDepth {
			tied[t.A], tied[t.B] = true, true
			d.Ties = append(d.Ties, mapview.Tie{A: t.A, B: t.B, Depth: t.Depth, Score: t.DepthScore, Marks: tieMarks(t.Flags)})
		}
	}
	if len(d.Ties) > maxMapTies {
		d.Ties = deepestTies(d.Ties, maxMapTies)
	}
	if p.Measures != nil {
		for _, pf := range p.Measures.Partners {
			if tied[pf.ID] {
				d.Partners = append(d.Partners, mapview.Partner{ID: pf.ID, Label: pf.Name, Sector: pf.Sector, Core: pf.Core,
					Size: float64(pf.Degree), Community: pf.Community, Figures: partnerFigures(pf, lang)})
			}
		}
	}
	return d
}

// pageCaseWords are a case's [labels] in lang for the compare page, or
// nil when the case keeps GBO's words.
func pageCaseWords(l *loaded, lang string) *report.Words {
	if l == nil || l.c == nil || l.c.Labels.IsDefault() {
		return nil
	}
	w := reportWords(l.c.Labels, lang)
	return &w
}

// drawSharedMaps draws ds[i] where ok[i], with one sector colour over all
// of them and, when pinned, every partner at its place in one layout of
// their union (then the maps carry no title: the page's caption names
// them, and the frames match). It gives the page the shared legend.
func drawSharedMaps(ds []mapview.Data, ok []bool, pinned bool, page *report.Compare) []string {
	counts := map[string]int{}
	for i, d := range ds {
		if ok[i] {
			for _, p := range d.Partners {
				counts[p.Sector]++
			}
		}
	}
	colours, legend := mapview.SectorColours(counts)
	var drawn []mapview.Data
	var at []int
	for i := range ds {
		if !ok[i] {
			continue
		}
		ds[i].Shared = &mapview.Shared{Colours: colours, Legend: legend}
		drawn = append(drawn, ds[i])
		at = append(at, i)
	}
	for _, s := range legend {
		page.Sectors = append(page.Sectors, report.SectorKey{Name: s.Name, Colour: s.Colour, Sectors: s.Sectors, Other: s.Other})
	}
	if pinned && len(drawn) > 1 {
		titled := slices.Clone(drawn)
		for i := range drawn {
			drawn[i].Title, drawn[i].Subtitle = "", ""
		}
		if err := mapview.PinWaves(context.Background(), drawn); err != nil {
			drawn = titled // each wave its own layout, rather than none
		} else {
			page.Pinned = true
		}
	}
	out := make([]string, len(ds))
	for k, d := range drawn {
		var b strings.Builder
		if err := mapview.Render(context.Background(), d, mapview.SVG, &b); err == nil {
			out[at[k]] = b.String()
		}
	}
	return out
}
