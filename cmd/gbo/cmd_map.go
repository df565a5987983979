package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"gbo/graph"
	"gbo/graph/locale"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
	"gbo/metrics/measures"
	"gbo/render/mapview"
	"gbo/render/report"
)

func mapCommand(e *env) *cli.Command {
	return &cli.Command{
		Name: "map",
		Flags: append(caseFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}},
			&cli.StringFlag{Name: "size", Value: "degree"},
			&cli.StringFlag{Name: "color", Value: "sector"},
			&cli.StringFlag{Name: "focus"},
			&cli.IntFlag{Name: "radius", Value: 1},
			&cli.StringFlag{Name: "sector"},
			&cli.StringFlag{Name: "engine"},
			&cli.BoolFlag{Name: "two-mode"},
		),
		Action: func(c *cli.Context) error {
			return runMap(mapOptions{Args: c.Args().Slice(), Common: caseOptionsFrom(c), Output: c.String("output"),
				Size: c.String("size"), Color: c.String("color"), Focus: c.String("focus"), Sector: c.String("sector"),
				Engine: c.String("engine"), TwoMode: c.Bool("two-mode")}, e)
		},
	}
}

// mapOptions are gbo map's flags and arguments (--radius is
// Common.Radius, range-checked with the case flags).
type mapOptions struct {
	Args   []string // CASE
	Common caseOptions
	Output string // -o: .svg, .png, .dot or .gv
	// Size is --size (degree, strength, betweenness), Color --color
	// (sector, community, core), Engine --engine (a Graphviz layout, ""
	// for gbo's own).
	Size, Color, Engine string
	// Focus and Sector choose an ego network (--focus, --radius) or a
	// sector and its neighbours (--sector); "" for the whole network.
	Focus, Sector string
	// TwoMode is --two-mode: the boundary objects drawn too.
	TwoMode bool
}

// mapSettings are what mapData reads of the flags. The report's and
// compare's maps have only the case flags (mapSettingsOf).
type mapSettings struct {
	MinDepth            int
	MinDepthSet         bool
	Size, Color, Engine string
	Focus, Sector       string
	Radius              int
	TwoMode             bool
	// PageDate writes the as-of date as the page around the map does
	// ("31 décembre 2024": report.DateText), for the maps of the report
	// and the compare page; gbo map's own picture keeps map_date_layout.
	PageDate bool
}

// mapSettingsOf are the settings of a map drawn by a command without
// gbo map's own flags (report, compare).
func mapSettingsOf(o caseOptions) mapSettings {
	return mapSettings{MinDepth: o.MinDepth, MinDepthSet: o.MinDepthSet, Radius: o.Radius, PageDate: true}
}

// settings are the map's settings from o.
func (o mapOptions) settings() mapSettings {
	s := mapSettingsOf(o.Common)
	s.Size, s.Color, s.Engine, s.Focus, s.Sector, s.TwoMode = o.Size, o.Color, o.Engine, o.Focus, o.Sector, o.TwoMode
	s.PageDate = false
	return s
}

// runMap is gbo map: the network drawn to -o.
func runMap(o mapOptions, e *env) error {
	l, err := loadCase(o.Common, o.Args, e)
	if err != nil {
		return err
	}
	e.progress.stage(tr(l.lang, "stage_map"))
	defer e.progress.done()
	format, ok := mapview.FormatForPath(o.Output)
	if !ok {
		if o.Output == "" {
			return usageErr(tr(l.lang, "need_output"))
		}
		return usageErr(extAdvice(l.lang, outMap, o.Output))
	}
	e.noteCase(o.Common, l)
	if err := e.checkOutput(l.lang, outMap, o.Output); err != nil {
		return err // before the work
	}
	switch o.Size {
	case "degree", "strength", "betweenness":
	default:
		return usageErr(tr(l.lang, "map_bad_size", o.Size))
	}
	switch o.Color {
	case "sector", "community", "core":
	default:
		return usageErr(tr(l.lang, "map_bad_color", o.Color))
	}
	switch o.Engine {
	case "", "neato", "sfdp", "dot", "twopi", "circo", "fdp":
	default:
		return usageErr(tr(l.lang, "map_bad_engine", o.Engine))
	}
	d, err := mapData(l, o.settings(), nil)
	if err != nil {
		return err
	}
	if limit, ok := mapview.EngineLimit(d.Engine); ok && len(d.Partners)+len(d.Objects) > limit {
		return usageErr(tr(l.lang, "map_engine_too_slow", d.Engine, len(d.Partners)+len(d.Objects), limit))
	}
	var drawn mapview.Result
	if err := e.writeOutput(o.Common, l, outMap, o.Output, func(w io.Writer) error {
		var err error
		drawn, err = mapview.Draw(context.Background(), d, format, w)
		return err
	}); err != nil {
		return err
	}
	printMapWarnings(e.stderr, l.lang, drawn.Warnings, o.Output)
	fmt.Fprintln(e.stderr, tr(l.lang, "wrote", o.Output))
	return nil
}

// mapData fills the map's view model from the scored case. have, if not
// nil, is the analysis of the network already made (by the report); it is
// used when the map draws that same network.
func mapData(l *loaded, ms mapSettings, have *caseAnalysis) (mapview.Data, error) {
	lang := l.lang
	minDepth := ms.MinDepth
	if !ms.MinDepthSet {
		minDepth = readableMinDepth(l, minDepth)
	}
	an := have
	if an == nil || an.minDepth != max(minDepth, 1) {
		an = analyse(l, minDepth)
	}
	m, weak, brokers := an.m, an.weak, an.brokers
	keep, err := mapSelection(l, m, ms)
	if err != nil {
		return mapview.Data{}, err
	}
	d := mapview.Data{Title: l.c.Name, Lang: mapview.Lang(lang), ColorBy: ms.Color, SizeBy: ms.Size,
		Engine: ms.Engine, Words: mapWords(l.c, lang)}
	switch {
	case l.scored.AsOf.IsZero():
		d.Subtitle = tr(lang, "map_no_as_of")
	default:
		date := l.scored.AsOf.Format(tr(lang, "map_date_layout"))
		if ms.PageDate {
			date = report.DateText(lang, l.scored.AsOf.Format(time.DateOnly))
		}
		d.Subtitle = tr(lang, "map_as_of", date)
	}
	if l.without != "" {
		d.Subtitle += tr(lang, "map_without", l.without)
	}
	if minDepth > max(ms.MinDepth, 1) {
		d.Subtitle += tr(lang, "map_from_rung", minDepth, rungName(l.c, minDepth, lang))
	}
	bridging := map[string][]string{}
	for _, b := range brokers {
		for _, r := range b.Reasons {
			bridging[b.ID] = append(bridging[b.ID], brokerReasonText(r, lang, coreGroup(l.c, lang)))
		}
	}
	for _, p := range m.Partners {
		if !keep[p.ID] {
			continue
		}
		size := float64(p.Degree)
		switch ms.Size {
		case "strength":
			size = p.Strength
		case "betweenness":
			size = p.Betweenness
		}
		d.Partners = append(d.Partners, mapview.Partner{ID: p.ID, Label: p.Name, Sector: p.Sector, Family: sectorFamily(p.Sector), Core: p.Core,
			Size: size, Community: p.Community, Bridging: len(bridging[p.ID]) > 0, BridgingReasons: bridging[p.ID],
			Figures: partnerFigures(p, lang)})
	}
	weakBy := map[[2]string][]string{}
	for _, w := range weak.Weak {
		for _, r := range w.Reasons {
			weakBy[[2]string{w.A, w.B}] = append(weakBy[[2]string{w.A, w.B}], weakReasonText(l.c, r, lang))
		}
	}
	for _, t := range l.scored.Ties {
		if t.Depth < max(minDepth, 1) || !keep[t.A] || !keep[t.B] {
			continue
		}
		rs := weakBy[[2]string{t.A, t.B}]
		d.Ties = append(d.Ties, mapview.Tie{A: t.A, B: t.B, Depth: t.Depth, Score: t.DepthScore, Marks: tieMarks(t.Flags), WeakReasons: rs})
	}
	if n := len(d.Ties); n > maxMapTies {
		// Even the deepest rung alone holds too many ties to draw (the
		// rungs above were already left out): draw the deepest ties, by
		// rung and then depth score, and say so in the picture.
		d.Ties = deepestTies(d.Ties, maxMapTies)
		d.Subtitle += tr(lang, "map_deepest", thousandsIn(lang, maxMapTies), thousandsIn(lang, n))
	}
	if ms.TwoMode {
		addObjects(l, &d, keep)
	}
	return d, nil
}

// deepestTies keeps the k deepest of ts (by rung, then depth score, then the
// pair's ids, so the choice is the same on every run), in their given order.
func deepestTies(ts []mapview.Tie, k int) []mapview.Tie {
	idx := make([]int, len(ts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := ts[idx[i]], ts[idx[j]]
		if a.Depth != b.Depth {
			return a.Depth > b.Depth
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.A != b.A {
			return a.A < b.A
		}
		return a.B < b.B
	})
	idx = idx[:k]
	sort.Ints(idx)
	out := make([]mapview.Tie, k)
	for i, j := range idx {
		out[i] = ts[j]
	}
	return out
}

// thousandsIn writes n with its thousands grouped as lang does
// (locale.Number): 5,000 in English, 5.000 in Dutch, 5 000 in French.
func thousandsIn(lang string, n int) string {
	return locale.Number(lang, graph.Thousands(int64(n)))
}

func partnerFigures(p measures.PartnerFigures, lang string) [][2]string {
	num := func(v float64) string { return localNumber(f3(v), lang) }
	rows := [][2]string{
		{tr(lang, "fig_sector"), p.Sector},
		{tr(lang, "fig_ties"), fmt.Sprint(p.Degree)},
		{tr(lang, "fig_strength"), num(p.Strength)},
		{tr(lang, "fig_betweenness"), num(p.Betweenness)},
		{tr(lang, "fig_closeness"), num(p.Closeness)},
	}
	if p.Constraint != nil {
		rows = append(rows, [2]string{tr(lang, "fig_constraint"), num(*p.Constraint)})
	}
	return rows
}

// mapSelection says which partners a map shows: all, or an ego network
// (--focus, --radius), or a sector and its neighbours (--sector).
func mapSelection(l *loaded, m *measures.Measures, ms mapSettings) (map[string]bool, error) {
	g := m.Net
	keep := map[string]bool{}
	focus, sector := ms.Focus, strings.TrimSpace(ms.Sector)
	switch {
	case focus != "":
		src, ok := g.Index(focus)
		if !ok {
			return nil, inputErr(tr(l.lang, "unknown_partner", focus))
		}
		dist := map[int32]int{src: 0}
		queue := []int32{src}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			if dist[u] == ms.Radius {
				continue
			}
			row, _ := g.Neighbors(u)
			for _, v := range row {
				if _, seen := dist[v]; !seen {
					dist[v] = dist[u] + 1
					queue = append(queue, v)
				}
			}
		}
		for u := range dist {
			keep[g.IDs[u]] = true
		}
	case sector != "":
		found := false
		for _, p := range m.Partners {
			if strings.EqualFold(strings.TrimSpace(p.Sector), sector) {
				found = true
				keep[p.ID] = true
				u, _ := g.Index(p.ID)
				row, _ := g.Neighbors(u)
				for _, v := range row {
					keep[g.IDs[v]] = true
				}
			}
		}
		if !found {
			var names []string
			seen := map[string]bool{}
			for _, p := range m.Partners {
				if !seen[p.Sector] {
					seen[p.Sector] = true
					names = append(names, p.Sector)
				}
			}
			sort.Strings(names)
			return nil, inputErr(tr(l.lang, "map_no_sector", sector, strings.Join(names, ", ")))
		}
	default:
		for _, p := range m.Partners {
			keep[p.ID] = true
		}
	}
	return keep, nil
}

// addObjects makes the map two-mode: each object used in the window, linked
// to the partners on its events at the highest rung they reached there.
func addObjects(l *loaded, d *mapview.Data, keep map[string]bool) {
	r := boundary.Objects(l.scored)
	used := map[string]bool{}
	for _, o := range r.Objects {
		if o.Verdict == boundary.VerdictUnused {
			continue
		}
		used[o.ID] = true
		d.Objects = append(d.Objects, mapview.Object{ID: o.ID, Label: o.Name, Verdict: string(o.Verdict)})
	}
	link := map[[2]string]int{}
	for i := range l.c.Events {
		e := &l.c.Events[i]
		if e.Object == "" || !used[e.Object] || !l.scored.InWindow(e) {
			continue
		}
		for _, p := range e.Participants() {
			k := [2]string{p, e.Object}
			if keep[p] && e.Rung > link[k] {
				link[k] = e.Rung
			}
		}
	}
	keys := make([][2]string, 0, len(link))
	for k := range link {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][1] != keys[j][1] {
			return keys[i][1] < keys[j][1]
		}
		return keys[i][0] < keys[j][0]
	})
	for _, k := range keys {
		d.ObjectLinks = append(d.ObjectLinks, mapview.ObjectLink{Partner: k[0], Object: k[1], Rung: link[k]})
	}
}

// tieMarks are the marks a tie's weak-link reasons draw on the map, each in
// its own look: a bridge (the only link), a deep tie that rests on one
// person, and a tie shallower than it should be (below its target, or two
// core partners stuck at knowledge sharing). Fading, one-way and rating-gap
// ties keep their reasons in the tooltip, else half the map would be marked.
func tieMarks(codes []string) []mapview.Mark {
	var out []mapview.Mark
	thin := false
	for _, f := range codes {
		switch f {
		case flags.ReasonBridge:
			out = append(out, mapview.MarkBridge)
		case flags.ReasonSingleCarrier:
			out = append(out, mapview.MarkOnePerson)
		case flags.ReasonBelowTarget, flags.ReasonShallowCore:
			if !thin {
				out, thin = append(out, mapview.MarkThin), true
			}
		}
	}
	return out
}

// maxMapTies is the most ties a map draws before it leaves out the
// shallowest rungs: beyond a few thousand lines a map shows only ink, and
// the layout takes minutes.
const maxMapTies = 5000

// readableMinDepth raises the lowest rung drawn until the map holds at most
// maxMapTies ties (the subtitle then says from which rung ties are drawn),
// but never past the deepest rung that has ties: what is still too many is
// cut by deepestTies. A --min-depth the user gives is kept as it is.
func readableMinDepth(l *loaded, minDepth int) int {
	minDepth = max(minDepth, 1)
	var perRung [depth.MaxRung + 1]int
	for _, t := range l.scored.Ties {
		perRung[t.Depth]++
	}
	count := 0
	for r := minDepth; r <= depth.MaxRung; r++ {
		count += perRung[r]
	}
	for count > maxMapTies && minDepth < depth.MaxRung && count-perRung[minDepth] > 0 {
		count -= perRung[minDepth]
		minDepth++
	}
	return minDepth
}
