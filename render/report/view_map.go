// The map of the report view: its script data and its SVG markup.

package report

import (
	"cmp"
	"fmt"
	"html/template"
	"strings"

	"gbo/render/chart"
)

// mapData is what the map's script needs: each partner's figures as
// display strings, its ties, and the labels of the panel.
type mapData struct {
	Partners map[string]mapPartner `json:"partners"`
	Ties     [][3]any              `json:"ties"` // [a, b, depth]
	Rungs    []string              `json:"rungs"`
	Labels   map[string]string     `json:"labels"`
}

type mapPartner struct {
	Name   string     `json:"name"`
	Sector string     `json:"sector"`
	Core   bool       `json:"core"`
	Role   string     `json:"role"`
	Rows   [][]string `json:"rows"` // label, value
	Cut    bool       `json:"cut"`
}

// mapMarkup returns the map SVG to embed: the one from package render with
// any XML prolog and doctype cut off, or a circle map of our own.
func mapMarkup(r Report, lang string) (template.HTML, bool) {
	if s := strings.TrimSpace(r.MapSVG); s != "" {
		if i := strings.Index(s, "<svg"); i >= 0 {
			return template.HTML(s[i:]), false // the map speaks the case's words (mapview.Data.Words)
		}
	}
	nodes := make([]chart.MapNode, 0, len(r.Partners))
	for _, p := range r.Partners {
		nodes = append(nodes, chart.MapNode{ID: p.ID, Name: cmp.Or(p.Name, p.ID), Sector: p.Sector, Core: p.Core})
	}
	edges := make([]chart.MapEdge, 0, len(r.Ties))
	for _, e := range r.Ties {
		edges = append(edges, chart.MapEdge{A: e.A, B: e.B, Depth: e.Depth})
	}
	return template.HTML(chart.CircleMap(nodes, edges, lang)), true
}

func buildMapData(r Report, lang string, name func(string) string) mapData {
	t := func(key string, args ...any) string { return trw(&r.Words, lang, key, args...) }
	d := mapData{Partners: make(map[string]mapPartner, len(r.Partners)), Ties: make([][3]any, 0, len(r.Ties))}
	for _, p := range r.Partners {
		role := t("map_external")
		if p.Core {
			role = t("map_core")
		}
		d.Partners[p.ID] = mapPartner{
			Name: cmp.Or(p.Name, p.ID), Sector: p.Sector, Core: p.Core, Cut: p.Articulation, Role: role,
			Rows: [][]string{
				{t("map_sector"), p.Sector},
				{t("map_degree"), fmt.Sprint(p.Degree)},
				{t("map_mean_depth"), number(p.MeanDepth, 1, lang)},
				{t("map_strength"), number(p.Strength, 1, lang)},
				{t("map_betweenness"), number(p.Betweenness, 2, lang)},
			},
		}
	}
	for _, e := range r.Ties {
		d.Ties = append(d.Ties, [3]any{e.A, e.B, e.Depth})
	}
	for k := range 6 {
		d.Rungs = append(d.Rungs, r.Words.rung(k, lang))
	}
	d.Labels = map[string]string{
		"ties": t("map_panel_ties"), "cut": t("map_cut"), "noTies": t("map_no_ties"), "hint": t("map_hint"),
	}
	_ = name
	return d
}
