// What gbo compare prints with --format json and its page embeds: each case's figures, the changes between waves, and the measure rows.

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"gbo/metrics"
	"gbo/metrics/depth"
	"gbo/metrics/measures"
	"gbo/render/report"
)

// compareMeasures are the network figures compared side by side.
var compareMeasures = []string{"partners", "ties", "density", "components", "mean_depth", "degree_centralization",
	"transitivity", "average_clustering", "diameter", "average_path_length", "modularity", "communities", "articulation_points", "bridges"}

func networkValues(n measures.NetworkFigures) map[string]float64 {
	return map[string]float64{"partners": float64(n.Partners), "ties": float64(n.Ties), "density": n.Density,
		"components": float64(n.Components), "mean_depth": n.MeanDepth, "degree_centralization": n.DegreeCentralization,
		"transitivity": n.Transitivity, "average_clustering": n.AverageClustering, "diameter": float64(n.Diameter),
		"average_path_length": n.AveragePathLength, "modularity": n.Modularity, "communities": float64(n.Communities),
		"articulation_points": float64(len(n.ArticulationPoints)), "bridges": float64(len(n.Bridges))}
}

// caseFigures is one case of `gbo compare --format json`, and of the
// analysis the compare page embeds (the same document).
type caseFigures struct {
	Name    string                  `json:"name"`
	AsOf    *string                 `json:"as_of"` // null for a case without any date (ratings only)
	Since   string                  `json:"since,omitempty"`
	Network measures.NetworkFigures `json:"network"`
	// DepthProfile counts the pairs with evidence per rung 0..5 (the page's depth profile).
	DepthProfile [depth.MaxRung + 1]int `json:"pairs_per_rung"`
	// Warnings are the case's warnings as its data notes list them:
	// people as --people says, files by their names within the case,
	// none that depends on today's date.
	WarningCount int      `json:"warning_count"`
	Warnings     []string `json:"warnings"`
	// report is the analysis `gbo report` embeds for this case (made by
	// reportAnalysis: case, network, partners, weak, counts, ...); its
	// keys come first in the JSON object, then the fields above (network
	// once, the report's). Report is that object as read back.
	report []byte
	Report map[string]any `json:"-"`
	// figures are the figures compare adds (compare_figures.go), written
	// after the report's keys.
	figures []cmpFigure
}

// MarshalJSON writes the case as one object: the report's analysis of it,
// then name, as_of, since, pairs_per_rung, warning_count and warnings.
func (f caseFigures) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	if len(f.report) > 0 {
		var r bytes.Buffer
		if err := json.Compact(&r, f.report); err != nil {
			return nil, err
		}
		if b := r.Bytes(); len(b) > 2 && b[0] == '{' {
			buf.Write(b[1 : len(b)-1])
		}
	}
	if err := writeFigures(&buf, f.figures); err != nil {
		return nil, err
	}
	own := []struct {
		key string
		v   any
	}{{"name", f.Name}, {"as_of", f.AsOf}, {"since", f.Since}, {"network", f.Network},
		{"pairs_per_rung", f.DepthProfile}, {"warning_count", f.WarningCount}, {"warnings", f.Warnings}}
	for _, o := range own {
		if (o.key == "since" && f.Since == "") || (o.key == "network" && f.report != nil) {
			continue
		}
		b, err := json.Marshal(o.v)
		if err != nil {
			return nil, err
		}
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, "%q:", o.key)
		buf.Write(b)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads a case back: its own fields, and the whole object
// in Report.
func (f *caseFigures) UnmarshalJSON(b []byte) error {
	type plain caseFigures
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*f = caseFigures(p)
	f.report = nil
	return json.Unmarshal(b, &f.Report)
}

// waveChange is what changed between two consecutive waves (compare
// --format json "changes", only when relation is "waves").
type waveChange struct {
	From   string   `json:"from"`
	To     string   `json:"to"`
	Joined []string `json:"partners_joined"`
	Left   []string `json:"partners_left"`
	// WeakAppeared and WeakVanished count the pairs in gbo weak's list of
	// the later wave but not the earlier, and the other way round.
	WeakAppeared int `json:"weak_links_appeared"`
	WeakVanished int `json:"weak_links_disappeared"`
	// Transitions[i][j] counts the pairs with evidence in either wave at
	// rung i in the earlier and rung j in the later (as --periods).
	Transitions [depth.MaxRung + 1][depth.MaxRung + 1]int `json:"rung_transitions"`
}

// compareDoc is what `gbo compare CASE CASE...` prints with --format json
// and what its page embeds.
type compareDoc struct {
	Cases []caseFigures `json:"cases"`
	// Relation says how the cases are read: "waves" (periods or waves of
	// one partnership: consecutive cases share at least 80% of the
	// smaller case's partner ids, and the page draws a trend) or
	// "cross_section" (different partnerships side by side, no trend).
	Relation string `json:"relation"`
	// RelationSource says what made the relation: "flag" (--waves or
	// --cross-section) or "shared_partners".
	RelationSource string `json:"relation_source"`
	// SharedPartners is the lowest, over consecutive cases, share of the
	// smaller case's partner ids that the two cases both hold (0..1).
	SharedPartners float64 `json:"shared_partners"`
	// Changes are the steps from one wave to the next (waves only).
	Changes []waveChange `json:"changes,omitempty"`
}

// waveChanges lists, for consecutive cases, the partner ids that joined
// and left and how many weak links appeared and disappeared
// (metrics.WaveChange; the weak links are those of each case's report).
func waveChanges(cases []*loaded, docs []caseFigures) ([]waveChange, error) {
	var out []waveChange
	weakPairs := func(d caseFigures) ([][2]string, error) {
		var r struct {
			Weak []struct{ A, B string } `json:"weak"`
		}
		if err := json.Unmarshal(d.report, &r); err != nil {
			return nil, err
		}
		ps := make([][2]string, 0, len(r.Weak))
		for _, w := range r.Weak {
			ps = append(ps, [2]string{w.A, w.B})
		}
		return ps, nil
	}
	ids := func(l *loaded) []string {
		out := make([]string, 0, len(l.c.Partners))
		for _, p := range l.c.Partners {
			out = append(out, p.ID)
		}
		return out
	}
	for i := 1; i < len(cases); i++ {
		wb, err := weakPairs(docs[i-1])
		if err != nil {
			return nil, err
		}
		wa, err := weakPairs(docs[i])
		if err != nil {
			return nil, err
		}
		st := metrics.WaveChange(ids(cases[i-1]), ids(cases[i]), wb, wa)
		out = append(out, waveChange{From: docs[i-1].Name, To: docs[i].Name, Joined: st.Joined, Left: st.Left,
			WeakAppeared: st.WeakAppeared, WeakVanished: st.WeakVanished})
	}
	return out, nil
}

func fmtValue(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return f3(v)
}

type periodDoc struct {
	Start   string                  `json:"start"`
	End     string                  `json:"end"`
	Network measures.NetworkFigures `json:"network"`
}

type changeDoc struct {
	From string `json:"from"`
	To   string `json:"to"`
	metrics.Delta
}

// addMeasureRows puts the network figures of every column side by side,
// in the printed table and on the HTML page. A Dutch table or md view
// names each measure in Dutch (dichtheid), in the cases' words
// (page.Cases[i].Words, set before); CSV keeps the keys.
func addMeasureRows(t *Table, page *report.Compare, values []map[string]float64, lang, format string) {
	words := report.CompareWords(page.Cases, lang)
	for _, key := range compareMeasures {
		label := key
		if namedRows(lang, format) {
			label = tableMeasureName(key, lang, words)
		}
		row := []string{label}
		mr := report.MeasureRow{Code: key}
		for _, v := range values {
			row = append(row, fmtValue(v[key]))
			mr.Values = append(mr.Values, v[key])
		}
		t.Rows = append(t.Rows, row)
		page.Measures = append(page.Measures, mr)
	}
}
