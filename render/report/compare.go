package report

import (
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"

	"gbo/render/chart"
)

// Compare is the compare page: several cases side by side, and optionally
// one case in two periods (SPEC §4, compare --periods).
type Compare struct {
	Lang      string // "nl" or "en"
	Title     string // heading; empty gives the catalogue's "Comparison"
	Generated string // footer date (never the clock)
	Cases     []CaseColumn
	Measures  []MeasureRow
	Periods   *Periods // nil when cases, not periods, are compared
	// DataNotes are the cases' warnings, localised, as Report.DataNotes:
	// files named within their case, people as --people says.
	DataNotes []string
}

// CaseColumn is one case (or one period of a case).
type CaseColumn struct {
	Name, AsOf   string
	DepthProfile [6]int // ties per rung, as in Report
	MapSVG       string // optional map from package render (trusted)
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

type changeView struct{ Tie, From, To string }

type changeList struct {
	Title string
	Rows  []changeView
	More  string
}

type centralView struct{ Name, Measure, Before, After, Change string }

type mapView struct {
	Name string
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
	HasPeriods                                bool
	PeriodTitle                               string
	Transitions                               template.HTML
	Lists                                     []changeList
	Central                                   []centralView
	Notes                                     []string
	Footer                                    string
	CSS                                       template.CSS
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
	v := compareView{Lang: lang, HTMLLang: t("lang_attr"), Title: cmp.Or(c.Title, t("cmp_title")), Subtitle: t("cmp_subtitle"),
		Notes: c.DataNotes, CSS: template.CSS(styleCSS), Kicker: c.Title != ""}
	v.Footer = t("footer", date(lang, c.Generated))
	names := make([]string, len(c.Cases))
	profiles := make([][6]int, len(c.Cases))
	for i, k := range c.Cases {
		names[i] = k.Name
		v.Cases = append(v.Cases, k.Name)
		profiles[i] = k.DepthProfile
		if s := strings.TrimSpace(k.MapSVG); s != "" {
			if j := strings.Index(s, "<svg"); j >= 0 {
				v.Maps = append(v.Maps, mapView{Name: k.Name, SVG: template.HTML(s[j:])})
			}
		}
	}
	v.HasTrend = len(c.Cases) >= 3
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
	if len(c.Cases) > 0 {
		v.Profiles = template.HTML(chart.SmallMultiples(names, profiles, lang))
	}
	if p := c.Periods; p != nil {
		v.HasPeriods = true
		v.PeriodTitle = t("per_title", p.Before, p.After)
		v.Transitions = template.HTML(chart.TransitionMatrix(p.Transitions, lang, p.Before, p.After))
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
	return execute(w, lang, "compare", v)
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
