package report

import (
	"cmp"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"time"

	"gbo/render/chart"
)

// card is one key figure as shown: a value, a label and what it means.
type card struct{ Value, Label, Sentence string }

type tocEntry struct{ ID, Title string }

type brokerView struct {
	Name, Sector string
	Reasons      []string
}

type objectView struct {
	Name, Verdict, VerdictClass string
	Partners, Sectors           int
	Diversity, MaxRung          string
	Reasons                     []string
}

type weakView struct {
	A, B, Depth string
	Reasons     []string
}

type fragView struct {
	Who, Kind                        string
	DeepLost, Weakened, Disconnected int
}

type partnerView struct {
	Name, Sector, Core, MeanDepth, Betweenness string
	Degree                                     int
}

type rungView struct {
	Rung       int
	Name, Desc string
	Color      string
}

type kindView struct {
	Kind, Aliases string
	Rung          int
}

// view is the report as the template sees it: every text already in the
// reader's language, every number already formatted.
type view struct {
	Lang, HTMLLang       string
	Title, Subtitle      string
	CaseName, Region     string
	AsOf, Period         string
	TOC                  []tocEntry
	Cards                []card
	DepthChart           template.HTML
	DepthLines           []string
	DepthNote            string
	Map                  template.HTML
	MapFallback          bool
	Heat                 template.HTML
	Brokers              []brokerView
	Objects              []objectView
	ObjectsKnown         bool
	Weak                 []weakView
	Isolated             []string
	Fragility            []fragView
	FragilityHidden      string
	PeopleUnknown        bool
	Notes                []string
	Rungs                []rungView
	MethodLines          []string
	Kinds                []kindView
	Sources              []string
	Partners             []partnerView
	Footer               string
	Data                 mapData
	CSS                  template.CSS
	JS                   template.JS
	HasHeat, HasPartners bool
}

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

// build turns the model into the view.
func build(r Report) view {
	lang := normLang(r.Lang)
	t := func(key string, args ...any) string { return tr(lang, key, args...) }
	names := make(map[string]string, len(r.Partners))
	for _, p := range r.Partners {
		names[p.ID] = cmp.Or(p.Name, p.ID)
	}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	v := view{
		Lang: lang, HTMLLang: t("lang_attr"),
		Title: t("title"), Subtitle: t("subtitle"),
		CaseName: r.CaseName, Region: r.Region, AsOf: date(lang, r.AsOf),
		ObjectsKnown: r.ObjectsKnown || len(r.Objects) > 0, PeopleUnknown: r.PeopleUnknown,
		Notes: r.DataNotes, Sources: r.Method.Sources,
	}
	if r.Since != "" {
		v.Period = t("period_val", date(lang, r.Since), date(lang, r.AsOf))
	}
	for _, id := range []string{"key", "depth", "sectors", "map", "brokers", "objects", "weak", "notes", "method", "partners"} {
		if id == "partners" && len(r.Partners) == 0 {
			continue
		}
		v.TOC = append(v.TOC, tocEntry{ID: "sec-" + id, Title: t("sec_" + id)})
	}
	v.Cards = cards(lang, r)

	total := 0
	for k := 1; k <= 5; k++ {
		total += r.DepthProfile[k]
	}
	v.DepthChart = template.HTML(chart.DepthProfile(r.DepthProfile, lang, chart.DepthOptions{}))
	if total == 0 {
		v.DepthLines = append(v.DepthLines, t("depth_empty"))
	} else {
		share := func(a, b int) string {
			return chart.Percent(float64(r.DepthProfile[a]+r.DepthProfile[b])/float64(total), lang)
		}
		v.DepthLines = append(v.DepthLines, t("depth_summary", share(1, 2), share(4, 5)))
	}
	if r.DepthProfile[0] > 0 {
		v.DepthNote = trn(lang, "depth_faded", r.DepthProfile[0], r.DepthProfile[0])
	}

	v.Map, v.MapFallback = mapMarkup(r, lang)
	v.Data = buildMapData(r, lang, name)

	if h := r.SectorHeat; len(h.Sectors) >= 2 {
		v.HasHeat = true
		v.Heat = template.HTML(chart.Heatmap(h.Sectors, h.Sectors, h.Mean, h.Count, lang))
	}
	for _, b := range r.Brokers {
		v.Brokers = append(v.Brokers, brokerView{Name: cmp.Or(b.Name, name(b.ID)), Sector: b.Sector, Reasons: b.Reasons})
	}
	for _, o := range r.Objects {
		v.Objects = append(v.Objects, objectView{
			Name: cmp.Or(o.Name, o.ID), Verdict: verdict(lang, o.Verdict), VerdictClass: "verdict-" + o.Verdict,
			Partners: o.Partners, Sectors: o.Sectors, Diversity: chart.Number(o.Blau, 2, lang),
			MaxRung: fmt.Sprintf("%d %s", o.MaxRung, chart.RungName(o.MaxRung, lang)), Reasons: o.Reasons,
		})
	}
	for _, w := range r.Weak {
		var rs []string
		for _, code := range w.Reasons {
			if _, ok := catalogue["reason_"+code]; ok {
				rs = append(rs, t("reason_"+code))
			} else {
				rs = append(rs, code)
			}
		}
		v.Weak = append(v.Weak, weakView{A: name(w.A), B: name(w.B), Depth: fmt.Sprintf("%d %s", w.Depth, chart.RungName(w.Depth, lang)), Reasons: rs})
	}
	for _, id := range r.IsolatedExternals {
		v.Isolated = append(v.Isolated, name(id))
	}
	v.Fragility, v.FragilityHidden = fragility(lang, r, name)
	v.Rungs = make([]rungView, 0, 5)
	for k := 1; k <= 5; k++ {
		v.Rungs = append(v.Rungs, rungView{Rung: k, Name: chart.RungName(k, lang), Desc: t(fmt.Sprintf("rung_desc_%d", k)), Color: chart.RungColor(k)})
	}
	v.MethodLines = methodLines(lang, r)
	for _, k := range r.Method.Kinds {
		v.Kinds = append(v.Kinds, kindView{Kind: k.Kind, Aliases: strings.Join(k.Aliases, ", "), Rung: k.Rung})
	}
	ps := slices.Clone(r.Partners)
	slices.SortStableFunc(ps, func(a, b PartnerRow) int {
		return cmp.Or(cmp.Compare(strings.ToLower(cmp.Or(a.Name, a.ID)), strings.ToLower(cmp.Or(b.Name, b.ID))), cmp.Compare(a.ID, b.ID))
	})
	for _, p := range ps {
		core := t("no")
		if p.Core {
			core = t("yes")
		}
		v.Partners = append(v.Partners, partnerView{Name: cmp.Or(p.Name, p.ID), Sector: p.Sector, Core: core, Degree: p.Degree,
			MeanDepth: chart.Number(p.MeanDepth, 1, lang), Betweenness: chart.Number(p.Betweenness, 2, lang)})
	}
	v.HasPartners = len(v.Partners) > 0
	v.Footer = t("footer", date(lang, cmp.Or(r.Generated, r.AsOf)))
	return v
}

// cards writes the key figures with a sentence each.
func cards(lang string, r Report) []card {
	t := func(key string, args ...any) string { return tr(lang, key, args...) }
	f := r.Figures
	minDepth := max(f.MinDepth, 1)
	cs := []card{
		{Value: fmt.Sprint(f.Partners), Label: t("kf_partners"), Sentence: t("kf_partners_s", f.Partners, f.CorePartners)},
		{Value: fmt.Sprint(f.Ties), Label: t("kf_ties"), Sentence: trn(lang, "kf_ties_s", f.Ties, f.Ties, chart.RungName(minDepth, lang))},
		{Value: chart.Percent(f.Density, lang), Label: t("kf_density"), Sentence: t("kf_density_s", chart.Percent(f.Density, lang))},
	}
	md := chart.Number(f.MeanDepth, 1, lang)
	lo, hi := int(math.Floor(f.MeanDepth)), int(math.Ceil(f.MeanDepth))
	if f.Ties > 0 {
		s := t("kf_mean_at", md, chart.RungName(int(math.Round(f.MeanDepth)), lang))
		if math.Abs(f.MeanDepth-math.Round(f.MeanDepth)) >= 0.05 && lo >= 0 && hi <= 5 {
			s = t("kf_mean_between", md, chart.RungName(lo, lang), chart.RungName(hi, lang))
		}
		cs = append(cs, card{Value: md, Label: t("kf_mean"), Sentence: s})
		total := 0
		for k := 1; k <= 5; k++ {
			total += r.DepthProfile[k]
		}
		if total > 0 {
			deep := chart.Percent(float64(r.DepthProfile[4]+r.DepthProfile[5])/float64(total), lang)
			cs = append(cs, card{Value: deep, Label: t("kf_deep"), Sentence: t("kf_deep_s", deep)})
		}
	}
	if f.Components > 0 {
		s := t("kf_parts_one")
		if f.Components > 1 {
			s = t("kf_parts_many", f.Components, f.LargestComponent, f.Partners)
		}
		cs = append(cs, card{Value: fmt.Sprint(f.Components), Label: t("kf_parts"), Sentence: s})
	}
	if f.Partners > 2 {
		key := "kf_central_low"
		if f.Centralization >= 0.5 {
			key = "kf_central_high"
		} else if f.Centralization >= 0.25 {
			key = "kf_central_mid"
		}
		cs = append(cs, card{Value: chart.Percent(f.Centralization, lang), Label: t("kf_central"), Sentence: t(key)})
	}
	bs := t("kf_brokers_zero")
	switch n := len(r.Brokers); {
	case n == 1:
		bs = t("kf_brokers_one")
	case n > 1:
		bs = t("kf_brokers_many", n)
	}
	cs = append(cs, card{Value: fmt.Sprint(len(r.Brokers)), Label: t("kf_brokers"), Sentence: bs})
	if len(r.Objects) > 0 {
		n := 0
		for _, o := range r.Objects {
			if o.Verdict == "boundary_object" {
				n++
			}
		}
		cs = append(cs, card{Value: fmt.Sprint(n), Label: t("kf_objects"), Sentence: trn(lang, "kf_objects_s", n, n, len(r.Objects))})
	}
	if f.Ties > 0 {
		cs = append(cs, card{Value: fmt.Sprint(len(r.Weak)), Label: t("kf_weak"), Sentence: trn(lang, "kf_weak_s", len(r.Weak), len(r.Weak), f.Ties)})
	}
	if f.Coordinator != "" {
		coord := f.Coordinator
		for _, p := range r.Partners {
			if p.ID == f.Coordinator {
				coord = cmp.Or(p.Name, p.ID)
			}
		}
		cs = append(cs, card{Value: "✓", Label: t("kf_coordinator"), Sentence: t("kf_coordinator_s", coord)})
	}
	for _, k := range r.Extra {
		cs = append(cs, card{Value: k.Value, Label: k.Label, Sentence: k.Meaning})
	}
	return cs
}

func verdict(lang, code string) string {
	switch code {
	case "boundary_object":
		return tr(lang, "verdict_boundary")
	case "candidate", "local", "unused":
		return tr(lang, "verdict_"+code)
	}
	return code
}

// fragility lists the rows with any cost, worst first, and says how many
// without cost were left out.
func fragility(lang string, r Report, name func(string) string) ([]fragView, string) {
	rows := slices.Clone(r.Fragility)
	slices.SortStableFunc(rows, func(a, b FragilityRow) int {
		return cmp.Or(cmp.Compare(b.PairsDisconnected, a.PairsDisconnected), cmp.Compare(b.DeepTiesLost, a.DeepTiesLost),
			cmp.Compare(b.TiesWeakened, a.TiesWeakened), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.ID, b.ID))
	})
	var out []fragView
	hidden := 0
	for _, f := range rows {
		if f.PairsDisconnected+f.DeepTiesLost+f.TiesWeakened == 0 {
			hidden++
			continue
		}
		who := f.ID
		if f.Kind != "person" {
			who = name(f.ID)
		}
		kind := f.Kind
		if kind == "partner" || kind == "person" {
			kind = tr(lang, "kind_"+kind)
		}
		out = append(out, fragView{Who: who, Kind: kind, DeepLost: f.DeepTiesLost, Weakened: f.TiesWeakened, Disconnected: f.PairsDisconnected})
	}
	more := ""
	if hidden == 1 && len(out) > 0 {
		more = tr(lang, "frag_more_one", hidden)
	} else if hidden > 1 && len(out) > 0 {
		more = tr(lang, "frag_more", hidden)
	}
	return out, more
}

// methodLines explain in plain words how depth was scored.
func methodLines(lang string, r Report) []string {
	t := func(key string, args ...any) string { return tr(lang, key, args...) }
	m := r.Method
	hl := m.HalfLifeDays
	if hl <= 0 {
		hl = 365
	}
	th := m.Threshold
	if th <= 0 {
		th = 0.5
	}
	lines := []string{t("method_evidence", chart.Number(hl, 0, lang))}
	if th <= 1 {
		days := hl * math.Log2(1/th)
		lines = append(lines, t("method_threshold_1", chart.Number(th, 2, lang), chart.Number(days, 0, lang)))
	} else {
		lines = append(lines, t("method_threshold_n", chart.Number(th, 2, lang), int(math.Ceil(th))))
	}
	lines = append(lines, t("method_score", chart.Number(2.6, 1, lang)))
	if c := m.Combine; c == "min" || c == "max" || c == "mean" {
		lines = append(lines, t("method_survey", t("combine_"+c)))
	}
	md := max(r.Figures.MinDepth, 1)
	lines = append(lines, t("method_min_depth", md, chart.RungName(md, lang)))
	lines = append(lines, t("method_brokers"))
	if r.AsOf != "" {
		lines = append(lines, t("method_as_of", date(lang, r.AsOf)))
	}
	if r.Since != "" {
		lines = append(lines, t("method_since", date(lang, r.Since)))
	}
	switch m.People {
	case "pseudonyms", "names", "none":
		lines = append(lines, t("people_"+m.People))
	}
	return lines
}

// mapMarkup returns the map SVG to embed: the one from package render with
// any XML prolog and doctype cut off, or a circle map of our own.
func mapMarkup(r Report, lang string) (template.HTML, bool) {
	if s := strings.TrimSpace(r.MapSVG); s != "" {
		if i := strings.Index(s, "<svg"); i >= 0 {
			return template.HTML(s[i:]), false
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
	t := func(key string, args ...any) string { return tr(lang, key, args...) }
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
				{t("map_mean_depth"), chart.Number(p.MeanDepth, 1, lang)},
				{t("map_strength"), chart.Number(p.Strength, 1, lang)},
				{t("map_betweenness"), chart.Number(p.Betweenness, 2, lang)},
			},
		}
	}
	for _, e := range r.Ties {
		d.Ties = append(d.Ties, [3]any{e.A, e.B, e.Depth})
	}
	for k := range 6 {
		d.Rungs = append(d.Rungs, chart.RungName(k, lang))
	}
	d.Labels = map[string]string{
		"ties": t("map_panel_ties"), "cut": t("map_cut"), "noTies": t("map_no_ties"), "hint": t("map_hint"),
	}
	_ = name
	return d
}

// date writes an ISO date (2025-06-30) the way a reader says it: "30 juni
// 2025", "30 June 2025". Anything else is shown as given.
func date(lang, iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	months := strings.Fields(tr(lang, "months"))
	return fmt.Sprintf("%d %s %d", d.Day(), months[d.Month()-1], d.Year())
}
