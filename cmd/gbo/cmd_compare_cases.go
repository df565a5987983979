// gbo compare of several cases side by side (a cross-section) and the partners they share.

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"gbo/metrics"
	"gbo/render/report"
)

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
