// The compare page's view types, the formatting of its measures, its footnotes and its own styles.

package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"
)

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
