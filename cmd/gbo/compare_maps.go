package main

import (
	"context"
	"slices"
	"strings"

	"gbo/metrics"
	"gbo/metrics/flags"
	"gbo/metrics/measures"
	"gbo/render/mapview"
	"gbo/render/report"
)

// The maps of a compare page: one colour per sector over every panel, and
// for waves and periods one place per partner (mapview.Shared).

// compareCaseMaps draws the small map of every case for the page (only
// with -o) and, for waves, puts the rung transitions between consecutive
// cases in doc.Changes and on the page. A map that fails is left out
// rather than failing the comparison.
func compareCaseMaps(o compareOptions, cases []*loaded, ans []*caseAnalysis, doc *compareDoc, page *report.Compare) {
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
	if o.Output == "" {
		return
	}
	ds := make([]mapview.Data, len(cases))
	ok := make([]bool, len(cases))
	for i, l := range cases {
		// Every map in the page's language, whatever the case's own.
		inPage := *l
		inPage.lang = page.Lang
		var err error
		ds[i], err = mapData(&inPage, mapSettingsOf(o.Common), ans[i])
		ok[i] = err == nil
	}
	svgs := drawSharedMaps(ds, ok, doc.Relation == "waves", page, nil)
	for i := range page.Cases {
		if i < len(svgs) {
			page.Cases[i].MapSVG = svgs[i]
		}
	}
}

// comparePeriodMaps draws one small map per period (only with -o): the
// partners with a tie in the period, every partner at its place in one
// layout of all the periods.
func comparePeriodMaps(o compareOptions, l *loaded, ps []metrics.PeriodScore, minDepth int, lang string, page *report.Compare) {
	for i := range page.Cases {
		page.Cases[i].Words = pageCaseWords(l, lang)
	}
	if o.Output == "" {
		return
	}
	ds := make([]mapview.Data, len(ps))
	ok := make([]bool, len(ps))
	for i, p := range ps {
		ds[i], ok[i] = periodMapData(l, p, minDepth, lang), true
	}
	// The periods are of one case: its sectors are ranked as its own map
	// (gbo map) ranks them, so that a sector has the same colour there
	// and here.
	var rankBy []mapview.Data
	inPage := *l
	inPage.lang = lang
	if whole, err := mapData(&inPage, mapSettingsOf(o.Common), nil); err == nil {
		rankBy = []mapview.Data{whole}
	}
	svgs := drawSharedMaps(ds, ok, true, page, rankBy)
	for i := range page.Cases {
		if i < len(svgs) {
			page.Cases[i].MapSVG = svgs[i]
		}
	}
}

// periodMapData is the map of one period: the partners with a tie at
// minDepth or deeper in it, and those ties (the deepest maxMapTies), with
// the marks of gbo map computed on the period's own network: bridging
// partners (gbo brokers of the period) and weak links (gbo weak of the
// period; a bridge of the period dashed). p is left unchanged (its ties
// are flagged on a copy).
func periodMapData(l *loaded, p metrics.PeriodScore, minDepth int, lang string) mapview.Data {
	minDepth = max(minDepth, 1)
	d := mapview.Data{Title: l.c.Name, Subtitle: periodLabel(p.Period), Lang: mapview.Lang(lang), Words: mapWords(l.c, lang)}
	bridging := map[string][]string{}
	weakBy := map[[2]string][]string{}
	scored := p.Scored
	if p.Scored != nil && p.Measures != nil {
		scored = flags.FlagTies(p.Scored, minDepth) // a copy: p is unchanged
		weak := metrics.WeakLinks(scored, minDepth)
		for _, w := range weak.Weak {
			for _, r := range w.Reasons {
				weakBy[[2]string{w.A, w.B}] = append(weakBy[[2]string{w.A, w.B}], weakReasonText(l.c, r, lang))
			}
		}
		for _, b := range measures.Brokers(scored, p.Measures) {
			for _, r := range b.Reasons {
				bridging[b.ID] = append(bridging[b.ID], brokerReasonText(r, lang, coreGroup(l.c, lang)))
			}
		}
	}
	tied := map[string]bool{}
	if scored != nil {
		for _, t := range scored.Ties {
			if t.Depth >= minDepth {
				tied[t.A], tied[t.B] = true, true
				d.Ties = append(d.Ties, mapview.Tie{A: t.A, B: t.B, Depth: t.Depth, Score: t.DepthScore, Marks: tieMarks(t.Flags),
					WeakReasons: weakBy[[2]string{t.A, t.B}]})
			}
		}
	}
	if len(d.Ties) > maxMapTies {
		d.Ties = deepestTies(d.Ties, maxMapTies)
	}
	if p.Measures != nil {
		for _, pf := range p.Measures.Partners {
			if tied[pf.ID] {
				d.Partners = append(d.Partners, mapview.Partner{ID: pf.ID, Label: pf.Name, Sector: pf.Sector, Family: sectorFamily(pf.Sector), Core: pf.Core,
					Size: float64(pf.Degree), Community: pf.Community, Figures: partnerFigures(pf, lang),
					Bridging: len(bridging[pf.ID]) > 0, BridgingReasons: bridging[pf.ID]})
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
// of them (mapview.SectorColoursOf over rankBy, or when nil over the maps
// drawn) and, when pinned, every partner at its place in one layout of
// their union (then the maps carry no title: the page's caption names
// them, and the frames match). It gives the page the shared legend.
func drawSharedMaps(ds []mapview.Data, ok []bool, pinned bool, page *report.Compare, rankBy []mapview.Data) []string {
	// One rule for every map (mapview.SectorColoursOf): partners, then
	// ties, summed over the maps drawn, then name.
	var drawable []mapview.Data
	for i, d := range ds {
		if ok[i] {
			drawable = append(drawable, d)
		}
	}
	if rankBy == nil {
		rankBy = drawable
	}
	colours, legend := mapview.SectorColoursOf(rankBy...)
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

// crossSectionFlag reads --cross-section into doc after wavesFlag: the
// user says the cases are separate partnerships, whatever partners they
// share (relation "cross_section", relation_source "flag").
func crossSectionFlag(crossSection bool, doc *compareDoc) {
	if crossSection {
		doc.Relation, doc.RelationSource = "cross_section", "flag"
	}
}
