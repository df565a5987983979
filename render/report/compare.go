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
// one case in two periods (SPEC §4, compare --periods).
//
// Every number the page shows comes from Analysis, which the page embeds
// as JSON (<script type="application/json" id="gbo-analysis">): the
// CLI fills Cases and Measures from the same document it prints with
// --format json.
type Compare struct {
	Lang      string // "nl" or "en"
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
}

func init() {
	for k, m := range map[string]msg{
		"cmpx_as_of":        {"As of", "Peildatum"},
		"cmpx_no_as_of":     {"no as-of date (ratings only)", "geen peildatum (alleen beoordelingen)"},
		"cmpx_warnings":     {"Warnings", "Waarschuwingen"},
		"cmpx_notes_n":      {"%s warnings while reading the files of this case:", "%s waarschuwingen bij het lezen van de bestanden van dit samenwerkingsverband:"},
		"cmpx_notes_n_one":  {"1 warning while reading the files of this case:", "1 waarschuwing bij het lezen van de bestanden van dit samenwerkingsverband:"},
		"cmpx_notes_none":   {"No remarks: every file of this case was read without warnings.", "Geen opmerkingen: alle bestanden van dit samenwerkingsverband zijn zonder waarschuwingen gelezen."},
		"cmpx_waves":        {"These cases are read as waves of one partnership: consecutive cases share %s of the smaller case's partners (at least %s), so the last column draws the trend.", "Deze gegevens worden gelezen als metingen van één samenwerkingsverband: opeenvolgende metingen delen %s van de partners van de kleinste (minstens %s), dus de laatste kolom tekent het verloop."},
		"cmpx_cross_none":   {"These partnerships share no partners, so they are compared side by side, without a trend.", "Deze samenwerkingsverbanden hebben geen partners gemeen, dus worden ze naast elkaar gezet, zonder verloop."},
		"cmpx_cross":        {"These partnerships share few partners (as few as %s of the smaller one's; waves of one partnership share at least %s), so they are compared side by side, without a trend.", "Deze samenwerkingsverbanden hebben weinig partners gemeen (soms maar %s van de partners van het kleinste; metingen van één samenwerkingsverband delen er minstens %s), dus worden ze naast elkaar gezet, zonder verloop."},
		"cmpx_joined":       {"Partners joined", "Partners bijgekomen"},
		"cmpx_left":         {"Partners left", "Partners vertrokken"},
		"cmpx_weak_new":     {"Weak links appeared", "Zwakke schakels bijgekomen"},
		"cmpx_weak_gone":    {"Weak links disappeared", "Zwakke schakels verdwenen"},
		"cmpx_changes":      {"Who joined and who left", "Wie erbij kwam en wie vertrok"},
		"cmpx_change_head":  {"From %s to %s", "Van %s naar %s"},
		"cmpx_joined_ids":   {"Joined: %s.", "Bijgekomen: %s."},
		"cmpx_left_ids":     {"Left: %s.", "Vertrokken: %s."},
		"cmpx_no_change":    {"The same partners in both waves.", "Dezelfde partners in beide metingen."},
		"cmpx_weak_change":  {"Weak links: %s appeared, %s disappeared.", "Zwakke schakels: %s bijgekomen, %s verdwenen."},
		"cmpx_periods":      {"The columns are periods of one partnership, so the last column draws the trend.", "De kolommen zijn periodes van één samenwerkingsverband, dus de laatste kolom tekent het verloop."},
		"cmpx_footer_one":   {"Made with gbo from the data as of %s. This page holds no client data and loads nothing from the internet.", "Gemaakt met gbo op basis van de gegevens op peildatum %s. Deze pagina bevat geen cliëntgegevens en laadt niets van het internet."},
		"cmpx_maps_colours": {"Each sector has one colour in every map:", "Elke sector heeft in elke kaart dezelfde kleur:"},
		"cmpx_maps_other":   {"other sectors", "overige sectoren"},
		"cmpx_maps_pinned":  {"Every partner keeps its place in every map, laid out once for all of them: a name marked + is new since the map before; faint names in brackets are partners of another map, not of this one (they left, or join later).", "Elke partner staat in elke kaart op dezelfde plaats, één keer geschikt voor alle kaarten: een naam met + is nieuw sinds de kaart ervoor; vage namen tussen haakjes zijn partners van een andere kaart, niet van deze (ze vertrokken, of komen later)."},
		"cmpx_maps_open":    {"Enlarge", "Vergroten"},
		"cmpx_maps_open_l":  {"Enlarge the map of %s", "De kaart van %s vergroten"},
		"cmpx_maps_close":   {"Close", "Sluiten"},
		"cmpx_flows":        {"How ties moved between rungs", "Hoe banden tussen treden verschoven"},
		"cmpx_flows_s":      {"Each band runs from a rung at the earlier time (left) to a rung at the later (right); its thickness is the number of pairs, blue where the tie deepened, orange where it weakened, grey where it stayed. Rung 0 holds the pairs without a tie at that time.", "Elke band loopt van een trede op het vroegere moment (links) naar een trede op het latere (rechts); de dikte is het aantal paren: blauw waar de band verdiepte, oranje waar hij verzwakte, grijs waar hij bleef. Trede 0 zijn de paren zonder band op dat moment."},
		"cmpx_footer":       {"Made with gbo from the data of each case as of its own date: %s. This page holds no client data and loads nothing from the internet.", "Gemaakt met gbo op basis van de gegevens van elk samenwerkingsverband op zijn eigen peildatum: %s. Deze pagina bevat geen cliëntgegevens en laadt niets van het internet."},
	} {
		catalogue[k] = m
	}
}

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

// MeasureName is the name of a network measure of SPEC §3 (density,
// mean_depth, ...) as the page and a person-readable table give it in
// lang ("nl" or "en"); the code itself when there is none.
func MeasureName(code, lang string) string {
	if _, ok := catalogue["m_"+code]; ok {
		return tr(normLang(lang), "m_"+code)
	}
	return code
}

// MeasureRow is one network measure across the cases.
type MeasureRow struct {
	Code   string    // a measure name of SPEC §3 (density, mean_depth, ...); the page names it
	Label  string    // used when Code is not one the page knows; localised
	Values []float64 // one per case, NaN where it does not apply
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
	Measure       string // a partner measure name of SPEC §3, e.g. betweenness
	Before, After float64
}

// PartnerName maps a partner id to its display name.
type PartnerName struct{ ID, Name string }

// maxListed caps each list of changed ties on the page.
const maxListed = 60

type measureView struct {
	Label  string
	Values []string
	Trend  template.HTML
}

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

// integerMeasures are printed without decimals.
var integerMeasures = map[string]bool{
	"partners": true, "core_partners": true, "ties": true, "components": true, "communities": true, "diameter": true,
	"articulation_points": true, "bridges": true, "boundary_objects": true, "weak_links": true, "degree": true,
}

func formatMeasure(code string, v float64, lang string) string {
	switch {
	case math.IsNaN(v):
		return "–"
	case integerMeasures[code]:
		return chart.Number(v, 0, lang)
	case code == "deep_share":
		return chart.Percent(v, lang)
	}
	return chart.Number(v, 2, lang)
}

// WriteCompare writes the compare page as one self-contained HTML page.
func WriteCompare(w io.Writer, c Compare) error {
	lang := normLang(c.Lang)
	t := func(key string, args ...any) string { return tr(lang, key, args...) }
	if !json.Valid(c.Analysis) {
		return errors.New("report: the compare page's analysis is not valid JSON")
	}
	// Escaped for HTML (<, >, &, U+2028, U+2029 as \u escapes), so no text of
	// a case can end the script element.
	var js bytes.Buffer
	json.HTMLEscape(&js, c.Analysis)
	v := compareView{Lang: lang, HTMLLang: t("lang_attr"), Title: cmp.Or(c.Title, t("cmp_title")), Subtitle: t("cmp_subtitle"),
		Notes: c.DataNotes, CSS: template.CSS(styleCSS), Kicker: c.Title != "", Analysis: template.JS(js.String())}
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
				v.Maps = append(v.Maps, mapView{ID: fmt.Sprintf("map-%d", len(v.Maps)+1), Name: k.Name,
					AsOf: asOfWords(lang, k.AsOf), SVG: template.HTML(s[j:])})
			}
		}
		if c.Periods == nil && len(c.Cases) >= 2 {
			v.Warnings = append(v.Warnings, chart.Number(float64(len(k.Notes)), 0, lang))
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
	case len(c.Cases) >= 2 && !math.IsNaN(c.Shared):
		switch {
		case v.HasTrend:
			v.Relation = t("cmpx_waves", chart.Percent(c.Shared, lang), chart.Percent(WavesShare, lang))
		case c.Shared == 0:
			v.Relation = t("cmpx_cross_none")
		default:
			v.Relation = t("cmpx_cross", chart.Percent(c.Shared, lang), chart.Percent(WavesShare, lang))
		}
	}
	for _, m := range c.Measures {
		label := m.Label
		if _, ok := catalogue["m_"+m.Code]; ok {
			label = t("m_" + m.Code)
		}
		mv := measureView{Label: cmp.Or(label, m.Code)}
		for i := range c.Cases {
			x := math.NaN()
			if i < len(m.Values) {
				x = m.Values[i]
			}
			mv.Values = append(mv.Values, formatMeasure(m.Code, x, lang))
		}
		if v.HasTrend {
			mv.Trend = template.HTML(chart.Sparkline(m.Values, 90, 22))
		}
		v.Measures = append(v.Measures, mv)
	}
	if c.Waves && c.Periods == nil && len(c.Changes) == len(c.Cases)-1 {
		rows := []measureView{{Label: t("cmpx_joined")}, {Label: t("cmpx_left")}, {Label: t("cmpx_weak_new")}, {Label: t("cmpx_weak_gone")}}
		for i := range rows {
			rows[i].Values = append(rows[i].Values, "–")
		}
		for _, ch := range c.Changes {
			for i, n := range []int{len(ch.Joined), len(ch.Left), ch.WeakAppeared, ch.WeakVanished} {
				rows[i].Values = append(rows[i].Values, chart.Number(float64(n), 0, lang))
			}
			w := waveView{Head: t("cmpx_change_head", ch.From, ch.To),
				Weak: t("cmpx_weak_change", chart.Number(float64(ch.WeakAppeared), 0, lang), chart.Number(float64(ch.WeakVanished), 0, lang))}
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
				v.Flows = append(v.Flows, flowView{Head: w.Head, SVG: template.HTML(chart.TransitionFlow(*ch.Transitions, lang, ch.From, ch.To))})
			}
		}
		v.WaveRows = rows
	}
	if len(c.Cases) > 0 {
		v.Profiles = template.HTML(chart.SmallMultiples(names, profiles, lang))
	}
	if p := c.Periods; p != nil {
		v.HasPeriods = true
		v.PeriodTitle = t("per_title", p.Before, p.After)
		v.Transitions = template.HTML(chart.TransitionMatrix(p.Transitions, lang, p.Before, p.After))
		v.PeriodFlow = template.HTML(chart.TransitionFlow(p.Transitions, lang, p.Before, p.After))
		name := partnerNamer(p.Names)
		for _, l := range []struct {
			key  string
			rows []TieChange
		}{{"per_new", p.New}, {"per_lost", p.Lost}, {"per_deepened", p.Deepened}, {"per_weakened", p.Weakened}} {
			cl := changeList{Title: t(l.key)}
			for i, ch := range l.rows {
				if i == maxListed {
					cl.More = t("cmp_more", len(l.rows)-maxListed)
					break
				}
				cl.Rows = append(cl.Rows, changeView{Tie: name(ch.A) + " – " + name(ch.B),
					From: fmt.Sprintf("%d %s", ch.Before, chart.RungName(ch.Before, lang)),
					To:   fmt.Sprintf("%d %s", ch.After, chart.RungName(ch.After, lang))})
			}
			v.Lists = append(v.Lists, cl)
		}
		for _, ch := range p.Centrality {
			label := ch.Measure
			if _, ok := catalogue["m_"+ch.Measure]; ok {
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
	return execute(w, lang, "compare", v)
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
	return trn(lang, "cmpx_notes_n", n, chart.Number(float64(n), 0, lang))
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
