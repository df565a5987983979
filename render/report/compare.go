package report

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"

	"gbo/render/chart"
)

// Compare is the compare page: several cases side by side, and optionally
// one case in two periods (docs/compare.md#periods, compare --periods).
//
// Every number the page shows comes from Analysis, which the page embeds
// as JSON (<script type="application/json" id="gbo-analysis">): the
// CLI fills Cases and Measures from the same document it prints with
// --format json.
type Compare struct {
	Lang      string // a language of the catalogue ("en", "nl", "fr"); anything else is English
	Title     string // heading; empty gives the catalogue's "Comparison"
	Generated string // footer date when there is one case (periods); never the clock
	Cases     []CaseColumn
	Measures  []MeasureRow
	Periods   *Periods // nil when cases, not periods, are compared
	// DataNotes are the warnings of the one case of a comparison of
	// periods, localised as Report.DataNotes: files named within their
	// case, people as --people says. Several cases keep theirs in
	// CaseColumn.Notes.
	DataNotes []string
	// Trend is true when the columns are periods or waves of one
	// partnership: only then does the table draw a line across them.
	// Otherwise the cases are a cross-section, shown side by side.
	Trend bool
	// Waves is true when the cases were read as waves of one partnership
	// because they share partners; Shared is the share (0..1), over
	// consecutive cases, of the smaller case's partner ids both hold (the
	// lowest); NaN when not computed (periods).
	Waves  bool
	Shared float64
	// WavesGiven is true when the user gave the cases as waves (compare
	// --waves; relation_source "flag" in the JSON), whatever partners they
	// share: the page then says so, with the share, instead of claiming the
	// cases share at least WavesShare.
	WavesGiven bool
	// CrossGiven is true when the user gave the cases as separate
	// partnerships (compare --cross-section; relation_source "flag"),
	// whatever partners they share: the page says so, with the share, and
	// draws no trend.
	CrossGiven bool
	// Changes are what changed between consecutive waves (only when
	// Waves): Changes[i] is from Cases[i] to Cases[i+1].
	Changes []WaveChange
	// Analysis is the JSON document the page shows (gbo compare --format
	// json); it must be valid JSON and is embedded escaped for HTML.
	Analysis []byte
	// Sectors is the one colour legend of all the maps on the page (the
	// maps share it: mapview.SectorColours); none is shown when empty.
	Sectors []SectorKey
	// Pinned is true when the maps are waves or periods laid out once
	// (mapview.PinWaves): a partner has one place in every map, a new one
	// is marked "+", and the others' partners are faint, in brackets.
	Pinned bool
}

// SectorKey is one colour of the maps' shared legend: Colour ("#RRGGBB")
// for Sectors (one sector, a family shown as Name "word …", or with Other
// the smallest sharing grey).
type SectorKey struct {
	Name, Colour string
	Sectors      []string
	Other        bool
}

// WavesShare is the share of the smaller case's partner ids two cases
// must hold in common to count as waves of one partnership.
const WavesShare = 0.8

// CaseColumn is one case (or one period of a case).
type CaseColumn struct {
	// AsOf is the ISO date the case is seen from; empty for a case
	// without any date (ratings only), which the page says in words.
	Name, AsOf   string
	DepthProfile [6]int // ties per rung, as in Report
	MapSVG       string // optional map from package render (trusted)
	// Notes are the case's warnings as its data notes list them (a
	// comparison of several cases); the page counts and lists them.
	Notes []string
	// Words are the case's own words (case.toml [labels]) in the page's
	// language; nil keeps GBO's. The page names the rungs and the core
	// group with them: where the cases name them differently, it gives
	// every case's name ("aware / acquaintance", in the order of the
	// cases) and says which case says which.
	Words *Words
}

// The names and one-line definitions of the figures the compare table
// shows are the catalogue's "m_" + code and "mdef_" + code; a measure the
// report names already (m_weak_links, m_density, ...) keeps its name and
// gets a definition.

// WaveChange is what changed from one wave of a partnership to the next
// (Compare.Changes, only when the cases are waves): the partner ids that
// joined and left, and how many weak links (pairs a–b in gbo weak's list)
// appeared and disappeared.
type WaveChange struct {
	From, To                   string   // case names
	Joined, Left               []string // partner ids, sorted
	WeakAppeared, WeakVanished int
	// Transitions[i][j], when set, counts the pairs with evidence in
	// either wave at rung i in From and rung j in To; the page draws them.
	Transitions *[6][6]int
}

// MeasureName is the name of a network measure of docs/measures.md#network-figures (density,
// mean_depth, ...) as the page and a person-readable table give it in
// lang (a language of the catalogue); the code itself when there is none.
func MeasureName(code, lang string) string { return MeasureNameIn(code, lang, nil) }

// MeasureNameIn is MeasureName in the case's own words (nil: GBO's): a
// measure that names a rung or the core group names it as the case does.
func MeasureNameIn(code, lang string, w *Words) string {
	if has("m_" + code) {
		return trw(w, normLang(lang), "m_"+code)
	}
	return code
}

// MeasureRow is one network measure across the cases.
type MeasureRow struct {
	Code   string    // a measure name of docs/measures.md#network-figures (density, mean_depth, ...); the page names it
	Label  string    // used when Code is not one the page knows; localised
	Values []float64 // one per case, NaN where it does not apply
	// Why, when set, is one reason per case (localised, short) why the
	// value does not apply: the page shows such a NaN as "—" with a
	// numbered footnote giving it. "" where the value applies.
	Why []string
}

// Periods is what changed between two periods of one case.
type Periods struct {
	Before, After string // labels of the two periods, e.g. "2023" and "2024"
	New           []TieChange
	Lost          []TieChange
	Deepened      []TieChange
	Weakened      []TieChange
	// Transitions[i][j] counts pairs at rung i before and rung j after.
	Transitions [6][6]int
	Centrality  []CentralityChange // partners who gained or lost most, in the order to show
	Names       []PartnerName      // display names of partner ids
}

// TieChange is one pair whose depth changed.
type TieChange struct {
	A, B          string // partner ids
	Before, After int    // rungs
}

// CentralityChange is one partner's measure in both periods.
type CentralityChange struct {
	ID            string
	Measure       string // a partner measure name of docs/measures.md#partner-measures, e.g. betweenness
	Before, After float64
}

// PartnerName maps a partner id to its display name.
type PartnerName struct{ ID, Name string }

// maxListed caps each list of changed ties on the page.
const maxListed = 60

type measureView struct {
	Label, Def string // Def: the one-line definition, "" when there is none
	Values     []cellView
	Trend      template.HTML
}

// cellView is one value of the table: Text as formatted; for a figure
// that does not apply, Note is its footnote's number ("1") and Why the
// reason.
type cellView struct{ Text, Note, Why string }

// footnoteView is one footnote under the table: N is its number (1, 2,
// ... in the order first met), Why the reason.
type footnoteView struct {
	N   int
	Why string
}

// defView is one entry of the definitions under the table.
type defView struct{ Term, Def string }

// caseNotes are one case's remarks on the page.
type caseNotes struct {
	Name, Count string
	Notes       []string
}

// waveView is one step from a wave to the next, in words.
type waveView struct{ Head, Joined, Left, Weak string }

type changeView struct{ Tie, From, To string }

type changeList struct {
	Title string
	Rows  []changeView
	More  string
}

type centralView struct{ Name, Measure, Before, After, Change string }

type mapView struct {
	ID, Name, AsOf string // ID: the panel's anchor, "map-1", ...
	SVG            template.HTML
}

// sectorView is one entry of the maps' shared legend.
type sectorView struct{ Name, Colour, Members string }

// flowView is one rung-transition picture, from a wave to the next.
type flowView struct {
	Head string
	SVG  template.HTML
}

type compareView struct {
	Lang, HTMLLang, Title, Subtitle, CaseName string
	Kicker                                    bool
	Cases                                     []string
	Measures                                  []measureView
	Footnotes                                 []footnoteView
	Defs                                      []defView
	HasTrend                                  bool
	Profiles                                  template.HTML
	Maps                                      []mapView
	Sectors                                   []sectorView
	MapsNote                                  string
	Flows                                     []flowView
	PeriodFlow                                template.HTML
	HasPeriods                                bool
	PeriodTitle                               string
	Transitions                               template.HTML
	Lists                                     []changeList
	Central                                   []centralView
	Notes                                     []string
	NotesCount                                string
	CaseNotes                                 []caseNotes
	AsOfs, Warnings                           []string
	Relation                                  string
	WaveRows                                  []measureView
	Changes                                   []waveView
	Footer                                    string
	CSS                                       template.CSS
	Analysis                                  template.JS
}

// integerMeasures are counts (and a rung), printed without decimals.
var integerMeasures = map[string]bool{
	"partners": true, "core_partners": true, "ties": true, "components": true, "communities": true, "diameter": true,
	"articulation_points": true, "bridges": true, "boundary_objects": true, "weak_links": true, "degree": true,
	"largest_component": true, "target_rung": true, "weak_fragile": true, "weak_thin": true,
	"isolated_externals_count": true, "partners_joined": true, "partners_left": true,
	"weak_links_appeared": true, "weak_links_disappeared": true,
}

// percentMeasures are shares (0..1) printed as whole percentages in the
// report's style (chart.Percent: "24%", "<1%"), besides every code that
// ends in "_share" or starts with "depth_share_".
var percentMeasures = map[string]bool{
	"core_pairs_at_target": true, "reciprocity_initiative": true, "reciprocity_ratings": true, "response_rate": true,
}

// isPercent reports whether the measure code is a share shown as a
// percentage.
func isPercent(code string) bool {
	return percentMeasures[code] || strings.HasSuffix(code, "_share") || strings.HasPrefix(code, "depth_share_")
}

// formatMeasure is a measure's value as the page shows it in lang: a
// count without decimals, a share as a percentage, else two decimals;
// "–" for NaN (the table shows a figure that does not apply as "—" with
// its footnote instead).
func formatMeasure(code string, v float64, lang string) string {
	switch {
	case math.IsNaN(v):
		return "–"
	case integerMeasures[code]:
		return number(v, 0, lang)
	case isPercent(code):
		return percent(v, lang)
	}
	return number(v, 2, lang)
}

// footnoter numbers the reasons of the table's cells that do not apply,
// in the order first met.
type footnoter struct{ reasons []string }

func (f *footnoter) note(why string) string {
	for i, r := range f.reasons {
		if r == why {
			return fmt.Sprint(i + 1)
		}
	}
	f.reasons = append(f.reasons, why)
	return fmt.Sprint(len(f.reasons))
}

// compareCSS styles what only the compare table has: the footnote marks
// of the figures that do not apply, the footnotes and the definitions.
const compareCSS = `
td.na { color: var(--muted); }
td.na sup { font-size: .7em; margin-left: .1em; }
td.na sup a { color: inherit; text-decoration: none; }
ol.cmp-footnotes { margin: .3rem 0 .8rem; padding-left: 1.6rem; }
dl.cmp-defs { display: grid; grid-template-columns: minmax(10rem, 20rem) 1fr; gap: .15rem 1rem; margin: .4rem 0 0; font-size: .88rem; }
dl.cmp-defs dt { font-weight: 600; }
dl.cmp-defs dd { margin: 0; color: var(--muted); }
@media (max-width: 40rem) { dl.cmp-defs { grid-template-columns: 1fr; } dl.cmp-defs dd { margin-bottom: .3rem; } }
@media screen and (min-width: 66rem) {
  #sec-maps .map-grid { width: min(96vw, 110rem); margin-left: calc((100% - min(96vw, 110rem)) / 2); }
}
#sec-maps .map-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
#sec-maps .map-grid.one { grid-template-columns: minmax(0, 1fr); }
.compare-map svg { max-height: 48rem; }
.compare-map g[data-key="rung-1"] line { stroke: #3C3C3C; stroke-width: 2.2px; }
@media (max-width: 50rem) { #sec-maps .map-grid { grid-template-columns: minmax(0, 1fr); } }
@media print { #sec-maps .map-grid, #sec-maps .map-grid.one { width: auto; margin-left: 0; grid-template-columns: 1fr; } }
`

// WriteCompare writes the compare page as one self-contained HTML page.
func WriteCompare(w io.Writer, c Compare) error {
	lang := normLang(c.Lang)
	words, mixed := pageWords(c.Cases, lang)
	t := func(key string, args ...any) string { return trw(words, lang, key, args...) }
	var rungs chart.RungNames
	if words != nil {
		rungs = words.Rungs
	}
	if !json.Valid(c.Analysis) {
		return errors.New("report: the compare page's analysis is not valid JSON")
	}
	// Escaped for HTML (<, >, &, U+2028, U+2029 as \u escapes), so no text of
	// a case can end the script element.
	var js bytes.Buffer
	json.HTMLEscape(&js, c.Analysis)
	v := compareView{Lang: lang, HTMLLang: t("lang_attr"), Title: cmp.Or(c.Title, t("cmp_title")), Subtitle: t("cmp_subtitle"),
		Notes: c.DataNotes, CSS: template.CSS(styleCSS + compareCSS), Kicker: c.Title != "", Analysis: template.JS(js.String())}
	if c.Periods != nil || len(c.Cases) < 2 {
		v.Footer = t("cmpx_footer_one", asOfWords(lang, c.Generated))
		if len(c.DataNotes) > 0 {
			v.NotesCount = notesCount(lang, len(c.DataNotes))
		}
	}
	names := make([]string, len(c.Cases))
	profiles := make([][6]int, len(c.Cases))
	var dates []string
	sameDate := true
	for i, k := range c.Cases {
		names[i] = k.Name
		v.Cases = append(v.Cases, k.Name)
		v.AsOfs = append(v.AsOfs, asOfWords(lang, k.AsOf))
		dates = append(dates, k.Name+" "+asOfWords(lang, k.AsOf))
		sameDate = sameDate && k.AsOf == c.Cases[0].AsOf
		profiles[i] = k.DepthProfile
		if s := strings.TrimSpace(k.MapSVG); s != "" {
			if j := strings.Index(s, "<svg"); j >= 0 {
				id := fmt.Sprintf("map-%d", len(v.Maps)+1)
				v.Maps = append(v.Maps, mapView{ID: id, Name: k.Name,
					AsOf: asOfWords(lang, k.AsOf), SVG: template.HTML(prefixIDs(s[j:], id+"-"))})
			}
		}
		if c.Periods == nil && len(c.Cases) >= 2 {
			v.Warnings = append(v.Warnings, number(float64(len(k.Notes)), 0, lang))
			cn := caseNotes{Name: k.Name}
			if len(k.Notes) > 0 {
				cn.Count, cn.Notes = notesCount(lang, len(k.Notes)), k.Notes
			}
			v.CaseNotes = append(v.CaseNotes, cn)
		}
	}
	if v.Footer == "" {
		if sameDate && len(c.Cases) > 0 {
			v.Footer = t("cmpx_footer_one", asOfWords(lang, c.Cases[0].AsOf))
		} else {
			v.Footer = t("cmpx_footer", strings.Join(dates, "; "))
		}
	}
	// A line across the columns only where they are periods or waves of
	// one partnership; different partnerships are a cross-section.
	v.HasTrend = c.Trend && len(c.Cases) >= 2
	switch {
	case c.Periods != nil || (c.Trend && !c.Waves):
		if v.HasTrend {
			v.Relation = t("cmpx_periods")
		}
	case c.CrossGiven && len(c.Cases) >= 2:
		// The user said so (--cross-section): separate partnerships,
		// whatever partners they share.
		if math.IsNaN(c.Shared) {
			v.Relation = t("cmpx_cross_given_s")
		} else {
			v.Relation = t("cmpx_cross_given", percent(c.Shared, lang))
		}
	case c.WavesGiven && len(c.Cases) >= 2:
		// The user said so (--waves): never "at least 80%", which the
		// cases need not share.
		if math.IsNaN(c.Shared) {
			v.Relation = t("cmpx_waves_given_s")
		} else {
			v.Relation = t("cmpx_waves_given", percent(c.Shared, lang))
		}
	case len(c.Cases) >= 2 && !math.IsNaN(c.Shared):
		switch {
		case v.HasTrend && c.Shared >= WavesShare:
			v.Relation = t("cmpx_waves", percent(c.Shared, lang), percent(WavesShare, lang))
		case v.HasTrend:
			v.Relation = t("cmpx_waves_low", percent(c.Shared, lang))
		case c.Shared == 0:
			v.Relation = t("cmpx_cross_none")
		default:
			v.Relation = t("cmpx_cross", percent(c.Shared, lang), percent(WavesShare, lang))
		}
	}
	if mixed != "" {
		v.Relation = strings.TrimSpace(v.Relation + " " + mixed)
	}
	notes := &footnoter{}
	for _, m := range c.Measures {
		label := m.Label
		if has("m_" + m.Code) {
			label = t("m_" + m.Code)
		}
		mv := measureView{Label: cmp.Or(label, m.Code)}
		if has("mdef_" + m.Code) {
			mv.Def = t("mdef_" + m.Code)
			v.Defs = append(v.Defs, defView{Term: mv.Label, Def: mv.Def})
		}
		for i := range c.Cases {
			x := math.NaN()
			if i < len(m.Values) {
				x = m.Values[i]
			}
			why := ""
			if i < len(m.Why) && math.IsNaN(x) {
				why = strings.TrimSpace(m.Why[i])
			}
			if why != "" {
				mv.Values = append(mv.Values, cellView{Text: "—", Note: notes.note(why), Why: why})
				continue
			}
			mv.Values = append(mv.Values, cellView{Text: formatMeasure(m.Code, x, lang)})
		}
		if v.HasTrend {
			mv.Trend = template.HTML(chart.Sparkline(m.Values, 90, 22))
		}
		v.Measures = append(v.Measures, mv)
	}
	if c.Waves && c.Periods == nil && len(c.Changes) == len(c.Cases)-1 {
		rows := []measureView{{Label: t("cmpx_joined")}, {Label: t("cmpx_left")}, {Label: t("cmpx_weak_new")}, {Label: t("cmpx_weak_gone")}}
		for i := range rows {
			rows[i].Values = append(rows[i].Values, cellView{Text: "–"}) // the first wave: nothing before it
		}
		for _, ch := range c.Changes {
			for i, n := range []int{len(ch.Joined), len(ch.Left), ch.WeakAppeared, ch.WeakVanished} {
				rows[i].Values = append(rows[i].Values, cellView{Text: number(float64(n), 0, lang)})
			}
			w := waveView{Head: t("cmpx_change_head", ch.From, ch.To),
				Weak: t("cmpx_weak_change", number(float64(ch.WeakAppeared), 0, lang), number(float64(ch.WeakVanished), 0, lang))}
			if len(ch.Joined) > 0 {
				w.Joined = t("cmpx_joined_ids", strings.Join(ch.Joined, ", "))
			}
			if len(ch.Left) > 0 {
				w.Left = t("cmpx_left_ids", strings.Join(ch.Left, ", "))
			}
			if w.Joined == "" && w.Left == "" {
				w.Joined = t("cmpx_no_change")
			}
			v.Changes = append(v.Changes, w)
			if ch.Transitions != nil {
				v.Flows = append(v.Flows, flowView{Head: w.Head, SVG: template.HTML(chart.TransitionFlow(*ch.Transitions, lang, ch.From, ch.To, rungs))})
			}
		}
		v.WaveRows = rows
	}
	for i, r := range notes.reasons {
		v.Footnotes = append(v.Footnotes, footnoteView{N: i + 1, Why: r})
	}
	if len(c.Cases) > 0 {
		v.Profiles = template.HTML(chart.SmallMultiples(names, profiles, lang, rungs))
	}
	if p := c.Periods; p != nil {
		v.HasPeriods = true
		v.PeriodTitle = t("per_title", p.Before, p.After)
		v.Transitions = template.HTML(chart.TransitionMatrix(p.Transitions, lang, p.Before, p.After, rungs))
		v.PeriodFlow = template.HTML(chart.TransitionFlow(p.Transitions, lang, p.Before, p.After, rungs))
		name := partnerNamer(p.Names)
		for _, l := range []struct {
			key  string
			rows []TieChange
		}{{"per_new", p.New}, {"per_lost", p.Lost}, {"per_deepened", p.Deepened}, {"per_weakened", p.Weakened}} {
			cl := changeList{Title: t(l.key)}
			for i, ch := range byNames(l.rows, name) {
				if i == maxListed {
					cl.More = t("cmp_more", len(l.rows)-maxListed)
					break
				}
				cl.Rows = append(cl.Rows, changeView{Tie: ch.A + " – " + ch.B, // names, by byNames
					From: fmt.Sprintf("%d %s", ch.Before, words.rung(ch.Before, lang)),
					To:   fmt.Sprintf("%d %s", ch.After, words.rung(ch.After, lang))})
			}
			v.Lists = append(v.Lists, cl)
		}
		for _, ch := range p.Centrality {
			label := ch.Measure
			if has("m_" + ch.Measure) {
				label = t("m_" + ch.Measure)
			}
			d := ch.After - ch.Before
			sign := "+"
			if d < 0 {
				sign = "−"
			}
			v.Central = append(v.Central, centralView{Name: name(ch.ID), Measure: label,
				Before: formatMeasure(ch.Measure, ch.Before, lang), After: formatMeasure(ch.Measure, ch.After, lang),
				Change: sign + formatMeasure(ch.Measure, math.Abs(d), lang)})
		}
	}
	if len(v.Maps) > 0 {
		v.Sectors, v.MapsNote = mapLegend(lang, c.Sectors, c.Pinned)
	}
	return executew(w, words, lang, "compare", v)
}

// CompareWords are the words a compare page of cases names the rungs and
// the core group with, in lang (see CaseColumn.Words): nil when every case
// keeps GBO's. A text table of the same comparison names its measures
// with MeasureNameIn(code, lang, CompareWords(cases, lang)).
func CompareWords(cases []CaseColumn, lang string) *Words {
	w, _ := pageWords(cases, normLang(lang))
	return w
}

// pageWords are the words the compare page names the rungs and the core
// group with (nil: every case keeps GBO's). Where the cases name a rung or
// the core group differently, the name is each case's, once, in the order
// of the cases, joined by " / " ("informed / knowledge sharing"); mixed is
// then the sentence saying which case names them how ("" when they agree).
func pageWords(cases []CaseColumn, lang string) (words *Words, mixed string) {
	own := false
	for _, k := range cases {
		own = own || k.Words.own()
	}
	if !own {
		return nil, ""
	}
	var rungs [6][]string
	var core, coreOne []string
	for _, k := range cases {
		for r := range rungs {
			rungs[r] = addOnce(rungs[r], k.Words.rung(r, lang))
		}
		core = addOnce(core, k.Words.word(lang, "core", true))
		coreOne = addOnce(coreOne, k.Words.word(lang, "core", false))
	}
	words = &Words{Core: strings.Join(core, " / "), CoreOne: strings.Join(coreOne, " / ")}
	mixedRungs := false
	for r := range rungs {
		words.Rungs[r] = strings.Join(rungs[r], " / ")
		mixedRungs = mixedRungs || len(rungs[r]) > 1
	}
	if !mixedRungs && len(core) == 1 {
		return words, ""
	}
	var each []string
	for _, k := range cases {
		var says []string
		if mixedRungs {
			var names []string
			for r := 1; r <= 5; r++ {
				names = append(names, k.Words.rung(r, lang))
			}
			says = append(says, tr(lang, "cmpx_words_rungs", strings.Join(names, ", ")))
		}
		if len(core) > 1 {
			says = append(says, tr(lang, "cmpx_words_core", k.Words.word(lang, "core", true)))
		}
		each = append(each, k.Name+": "+strings.Join(says, "; "))
	}
	return words, tr(lang, "cmpx_words_mixed", strings.Join(each, ". "))
}

// addOnce appends s to list unless list holds it.
func addOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// mapLegend is the maps' shared colour legend, and what the page says of
// the maps; a colour that is not "#" and six hex digits is left out.
func mapLegend(lang string, keys []SectorKey, pinned bool) ([]sectorView, string) {
	var out []sectorView
	for _, k := range keys {
		if !hexColour(k.Colour) {
			continue
		}
		sv := sectorView{Name: k.Name, Colour: k.Colour}
		if k.Other {
			sv.Name = tr(lang, "cmpx_maps_other")
		}
		if k.Other || len(k.Sectors) > 1 || (len(k.Sectors) == 1 && k.Sectors[0] != k.Name) {
			sv.Members = strings.Join(k.Sectors, ", ")
		}
		out = append(out, sv)
	}
	note := ""
	if pinned {
		note = tr(lang, "cmpx_maps_pinned")
	}
	return out, note
}

func hexColour(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// asOfWords writes an as-of date as a reader says it, and a missing one
// (a case of ratings only) in words, never as a blank.
func asOfWords(lang, iso string) string {
	if strings.TrimSpace(iso) == "" {
		return tr(lang, "cmpx_no_as_of")
	}
	return date(lang, iso)
}

// notesCount says how many warnings a case has.
func notesCount(lang string, n int) string {
	return trn(lang, "cmpx_notes_n", n, number(float64(n), 0, lang))
}

func partnerNamer(ns []PartnerName) func(string) string {
	m := make(map[string]string, len(ns))
	for _, n := range ns {
		m[n.ID] = cmp.Or(n.Name, n.ID)
	}
	return func(id string) string {
		if n, ok := m[id]; ok {
			return n
		}
		return id
	}
}

// prefixIDs gives every id inside one inline SVG (svg: markup as mapview
// writes it, text escaped) the prefix p, and rewrites the references to
// them inside it (url(#…), href="#…", xlink:href="#…"), so that several
// maps on one page hold no id twice. Only the inside of tags is touched,
// never text.
func prefixIDs(svg, p string) string {
	return svgTag.ReplaceAllStringFunc(svg, func(tag string) string {
		tag = svgID.ReplaceAllString(tag, "${1}id=\""+p)
		tag = svgHref.ReplaceAllString(tag, "${1}href=\"#"+p)
		return svgURL.ReplaceAllString(tag, "url(#"+p)
	})
}

var (
	svgTag  = regexp.MustCompile(`<[A-Za-z][^<>]*>`)
	svgID   = regexp.MustCompile(`(\s)id="`)
	svgHref = regexp.MustCompile(`(\s(?:xlink:)?)href="#`)
	svgURL  = regexp.MustCompile(`url\(#`)
)

// byNames orders changed ties as the page shows them, by the names of
// their partners (name gives them), the name first in order first in the
// pair; then by ids. Each TieChange comes back with A and B set to the
// names to show, in that order.
func byNames(rows []TieChange, name func(string) string) []TieChange {
	type row struct {
		TieChange
		ida, idb string
	}
	out := make([]row, len(rows))
	for i, r := range rows {
		a, b, ida, idb := name(r.A), name(r.B), r.A, r.B
		if c := cmp.Or(strings.Compare(strings.ToLower(b), strings.ToLower(a)), strings.Compare(b, a)); c < 0 {
			a, b, ida, idb = b, a, idb, ida
		}
		out[i] = row{TieChange{A: a, B: b, Before: r.Before, After: r.After}, ida, idb}
	}
	slices.SortStableFunc(out, func(x, y row) int {
		return cmp.Or(strings.Compare(strings.ToLower(x.A), strings.ToLower(y.A)), strings.Compare(strings.ToLower(x.B), strings.ToLower(y.B)),
			strings.Compare(x.A, y.A), strings.Compare(x.B, y.B), strings.Compare(x.ida, y.ida), strings.Compare(x.idb, y.idb))
	})
	res := make([]TieChange, len(out))
	for i, r := range out {
		res[i] = r.TieChange
	}
	return res
}
