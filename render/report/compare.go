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
