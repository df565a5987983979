package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"html/template"
	"slices"
	"strings"

	"gbo/render/chart"
)

// claim is a sentence about the data with the catalogue key it came from;
// the page marks it (data-claim) so a reader or a test can check it
// against the embedded analysis.
type claim struct{ Key, Text string }

// card is one key figure as shown: a value, a label and what it means.
type card struct {
	Value, Label string
	Sentence     claim
	Extra        *claim // a second guarded sentence, or nil
}

type tocEntry struct{ ID, Title string }

type reasonView struct{ Text, Tip string }

type brokerView struct {
	Name, Sector string
	Reasons      []reasonView
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

// reasonGroup is one reason of a weak-link family: how many ties have it
// and the worst of them.
type reasonGroup struct {
	Code, Name string
	Count      int
	Rows       []weakView
	Shown      string
	// PrintShown is Shown for the printed page, which unfolds the rest:
	// "" when it says the same.
	PrintShown string
	More       moreRows[weakView] // the rest of the group, collapsed below the table
}

type familyView struct {
	ID, Title string
	Claim     claim
	Groups    []reasonGroup
}

type fragView struct {
	Who, Kind, Partner, Role         string
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

type coordRow struct{ Label, With, Without string }

// view is the report as the template sees it: every text already in the
// reader's language, every number already formatted.
type view struct {
	Lang, HTMLLang       string
	Title, Subtitle      string
	CaseName, Region     string
	AsOf, Period         string
	NoAsOf               string
	NoCoreClaim          *claim // why the findings about the core are left out
	AsOfWarn             *claim
	TOC                  []tocEntry
	Cards                []card
	Recs                 []claim
	DepthChart           template.HTML
	DepthLines           []claim
	DepthNotes           []claim
	Map                  template.HTML
	MapFallback          bool
	Heat                 template.HTML
	BrokersIntro         claim
	BrokersShown         string
	ObjectsShown         string
	Brokers              []brokerView
	Objects              []objectView
	ObjectsNote          *claim
	WeakFamilies         []familyView
	WeakNone             *claim
	Missing              []string
	MissingShown         string
	PartnersShown        string
	MissingClaim         *claim
	IsolatedClaim        *claim
	Isolated             []string
	PeopleUnknown        *claim
	FragClaim            claim
	Fragility            []fragView
	FragilityShown       string
	FragilityPrintShown  string // FragilityShown on paper, where the rest is unfolded; "" when the same
	FragilityMore        moreRows[fragView]
	FragPersonMore       *claim
	HasPeopleCols        bool
	CoordClaim           *claim
	Coord                []coordRow
	Survey               *surveyView
	Notes                []string
	NotesClaim           *claim
	Rungs                []rungView
	MethodLines          []claim
	Kinds                []kindView
	Sources              []string
	Partners             []partnerView
	Footer               claim
	Data                 mapData
	Analysis             template.JS
	CSS                  template.CSS
	JS                   template.JS
	HasHeat, HasPartners bool
}

// build turns the model into the view.
func build(r Report) (view, error) {
	lang := normLang(r.Lang)
	wd := &r.Words
	t := func(key string, args ...any) string { return trw(wd, lang, key, args...) }
	raw := r.Analysis
	if len(raw) == 0 {
		var err error
		if raw, err = json.Marshal(analysisFromModel(r)); err != nil {
			return view{}, err
		}
	}
	var a Analysis
	if err := json.Unmarshal(raw, &a); err != nil {
		return view{}, fmt.Errorf("report: the analysis is not valid JSON: %w", err)
	}
	a.words = wd
	js, err := scriptJSON(raw)
	if err != nil {
		return view{}, err
	}
	names := make(map[string]string, len(r.Partners)+len(a.Partners))
	for _, p := range r.Partners {
		names[p.ID] = cmp.Or(p.Name, p.ID)
	}
	for _, p := range a.Partners {
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
		Notes: r.DataNotes, Sources: r.Method.Sources, Analysis: template.JS(js),
	}
	if r.AsOf == "" {
		v.NoAsOf = t("no_as_of")
	}
	if w := a.Inputs.AsOfWarning; w != nil {
		v.AsOfWarn = say(lang, &a, "asof_warning", date(lang, w.Date), groupDigits(lang, w.Days), date(lang, w.Before), w.File, w.Line)
	}
	if r.Since != "" {
		v.Period = t("period_val", date(lang, r.Since), date(lang, r.AsOf))
	}
	for _, id := range []string{"key", "depth", "sectors", "map", "brokers", "objects", "weak", "survey", "notes", "method", "partners"} {
		if id == "partners" && len(r.Partners) == 0 || id == "survey" && a.Survey == nil {
			continue
		}
		v.TOC = append(v.TOC, tocEntry{ID: "sec-" + id, Title: t("sec_" + id)})
	}
	v.Cards = cards(lang, &a, name)
	if !wd.own() { // the GBO evaluation's suggestions speak to GBO partnerships only
		v.Recs = recs(lang, &a, name)
	}

	// The depth profile: rung 0 from the inputs, rungs 1..5 from the network.
	var prof [6]int
	prof[0] = a.Inputs.Faded
	for i, c := range a.Network.DepthProfile {
		if i+1 <= 5 {
			prof[i+1] = c
		}
	}
	total := 0
	for k := 1; k <= 5; k++ {
		total += prof[k]
	}
	v.DepthChart = template.HTML(chart.DepthProfile(prof, lang, chart.DepthOptions{Rungs: chart.RungNames(wd.Rungs)}))
	if c := say(lang, &a, "depth_target"); c != nil { // only where there are core partners to measure
		v.DepthLines = append(v.DepthLines, *c)
	}
	if total > 0 {
		share := func(x, y int) string { return percent(float64(prof[x]+prof[y])/float64(total), lang) }
		if c := say(lang, &a, "depth_summary", share(1, 2), share(4, 5)); c != nil {
			v.DepthLines = append(v.DepthLines, *c)
		}
	} else if c := say(lang, &a, "depth_empty"); c != nil {
		v.DepthLines = append(v.DepthLines, *c)
	}
	v.DepthNotes = depthNotes(lang, &a)
	if c := depthOneSided(lang, &a); c != nil {
		v.DepthLines = append(v.DepthLines, *c)
	}
	v.Map, v.MapFallback = mapMarkup(r, lang)
	v.Data = buildMapData(r, lang, name)

	if h := r.SectorHeat; len(h.Sectors) >= 2 {
		v.HasHeat = true
		v.Heat = template.HTML(chart.Heatmap(h.Sectors, h.Sectors, h.Mean, h.Count, lang, chart.RungNames(wd.Rungs)))
	}
	v.BrokersIntro = first(say(lang, &a, "brokers_intro_cut"), say(lang, &a, "brokers_intro_nocut"), say(lang, &a, "brokers_none"))
	for _, b := range a.Brokers {
		bv := brokerView{Name: cmp.Or(b.Name, name(b.ID)), Sector: b.Sector}
		for _, rs := range b.Reasons {
			br := brokerReason(lang, rs)
			br.Text = wd.coreInText(br.Text, lang)
			bv.Reasons = append(bv.Reasons, br)
		}
		v.Brokers = append(v.Brokers, bv)
	}
	v.BrokersShown = shown(lang, len(v.Brokers), len(a.Brokers), "rows_some")
	v.ObjectsNote = say(lang, &a, "objects_unknown")
	if v.ObjectsNote == nil {
		v.ObjectsNote = say(lang, &a, "objects_none")
	}
	reasonCodes := objectReasonCodes(raw)
	for _, o := range a.Objects {
		ov := objectView{
			Name: cmp.Or(o.Name, o.ID), Verdict: verdict(lang, o.Verdict), VerdictClass: "verdict-" + o.Verdict,
			Partners: o.Partners, Sectors: len(o.Sectors), Diversity: number(o.Blau, 2, lang),
			MaxRung: fmt.Sprintf("%d %s", o.MaxRung, wd.rung(o.MaxRung, lang)),
		}
		for i, rs := range o.Reasons {
			if codes := reasonCodes[o.ID]; !hasCore(&a) && i < len(codes) && (codes[i] == "case_no_core" || codes[i] == "no_core") {
				continue // said once, in the partners' key figure
			}
			ov.Reasons = append(ov.Reasons, rs.Text)
		}
		v.Objects = append(v.Objects, ov)
	}
	v.ObjectsShown = shown(lang, len(v.Objects), len(a.Objects), "rows_some")
	v.WeakFamilies, v.WeakNone = weakFamilies(lang, &a, name)
	minRung := wd.rung(missingRung(&a), lang)
	if c := say(lang, &a, "missing_s", minRung); c != nil {
		v.MissingClaim = c
		total := len(a.MissingCorePairs)
		if a.Counts != nil {
			total = max(total, a.Counts.MissingCorePairs)
		}
		v.MissingShown = shown(lang, len(a.MissingCorePairs), total, "rows_some_elsewhere") // the page lists every pair the analysis holds
		for _, m := range a.MissingCorePairs {
			last := t("missing_never")
			if m.Last != "" {
				last = t("missing_last", date(lang, m.Last))
			}
			v.Missing = append(v.Missing, fmt.Sprintf("%s – %s (%s)", name(m.A), name(m.B), last))
		}
	} else {
		v.MissingClaim = say(lang, &a, "missing_none", minRung)
	}
	if v.IsolatedClaim = say(lang, &a, "isolated_some", coreSectors(&a)); v.IsolatedClaim != nil {
		for _, id := range a.IsolatedExternals {
			v.Isolated = append(v.Isolated, name(id))
		}
	}
	v.PeopleUnknown = say(lang, &a, "people_unknown", peopleInput(lang, r.Workbook))
	v.FragClaim = first(say(lang, &a, "frag_costs"), say(lang, &a, "frag_costs_partners"), say(lang, &a, "frag_nothing"))
	var withCost int
	v.Fragility, withCost, v.HasPeopleCols = fragilityRows(lang, &a, name)
	v.Fragility, v.FragilityMore = more(lang, v.Fragility, reportFragilityRows, len(v.Fragility))
	if len(a.Fragility) > 0 {
		v.FragilityShown = fragShown(lang, len(v.Fragility), withCost, len(a.Fragility))
		if p := fragShown(lang, len(v.Fragility)+len(v.FragilityMore.Rows), withCost, len(a.Fragility)); p != v.FragilityShown {
			v.FragilityPrintShown = p
		}
	}
	v.FragPersonMore = say(lang, &a, "frag_person_more")
	// Without a core partner the partners' key figure says why the
	// findings about the core are left out: once, there (kf_partners_nocore).
	coordKey := "coord_s"
	if wd.own() {
		coordKey = "coord_s_own"
	}
	if v.CoordClaim = say(lang, &a, coordKey, name(coordID(&a))); v.CoordClaim != nil {
		v.Coord = coordRows(lang, wd, a.Coordinator)
	}
	v.Survey = surveySection(lang, &a, name)
	if len(v.Notes) == 0 && a.Inputs.Warnings == 0 {
		v.NotesClaim = &claim{Key: "notes_none", Text: t("notes_none")}
	} else {
		v.NotesClaim = say(lang, &a, "notes_no_warnings")
	}
	v.Rungs = make([]rungView, 0, 5)
	for k := 1; k <= 5; k++ {
		desc := t(fmt.Sprintf("rung_desc_%d", k))
		if wd.own() { // GBO's descriptions fit GBO partnerships only
			desc = ""
		}
		v.Rungs = append(v.Rungs, rungView{Rung: k, Name: wd.rung(k, lang), Desc: desc, Color: chart.RungColor(k)})
	}
	v.MethodLines = methodLines(lang, r, &a)
	if holds("events", &a) { // a ratings-only case has no event kinds to explain
		gbo := gboAliases(r.Method.DefaultAliases)
		for _, k := range r.Method.Kinds {
			kv := kindView{Kind: k.Kind, Aliases: strings.Join(k.Aliases, ", "), Rung: k.Rung}
			if wd.own() { // the case's kinds as the model names them, without GBO's Dutch names
				var own []string
				for _, al := range k.Aliases {
					if !gbo[al] {
						own = append(own, al)
					}
				}
				kv.Aliases = strings.Join(own, ", ")
			} else if n := kindName(k, lang); n != k.Kind { // a kind of GBO's default model by its name in lang (analysis.kind), its code among the other names
				var others []string
				for _, al := range k.Aliases {
					if al != n {
						others = append(others, al)
					}
				}
				kv.Kind = n
				kv.Aliases = strings.Join(append(others, k.Kind), ", ")
			} else if tr(lang, "kinds_alias_first") == "yes" && len(k.Aliases) > 0 { // the language of the model's aliases (Dutch): the alias first, the model's own name among the others
				kv.Kind = k.Aliases[0]
				kv.Aliases = strings.Join(append(slices.Clone(k.Aliases[1:]), k.Kind), ", ")
			}
			kv.Aliases = distinctNames(kv.Kind, kv.Aliases)
			v.Kinds = append(v.Kinds, kv)
		}
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
			MeanDepth: number(p.MeanDepth, 1, lang), Betweenness: number(p.Betweenness, 2, lang)})
	}
	v.HasPartners = len(v.Partners) > 0
	v.PartnersShown = shown(lang, len(v.Partners), max(a.Network.Partners, len(v.Partners)), "rows_some_partners")
	v.Footer = first(say(lang, &a, "footer", date(lang, cmp.Or(r.Generated, r.AsOf))), say(lang, &a, "footer_no_date"))
	return v, nil
}

func coordID(a *Analysis) string {
	if a.Coordinator == nil {
		return ""
	}
	return a.Coordinator.ID
}

// scriptJSON is the analysis compacted for a script element: '<', '>',
// '&' and the two line separators JavaScript dislikes are escaped inside
// strings (the only place JSON can hold them), so the same JSON is read
// back and no "</script>" can end the element.
func scriptJSON(raw []byte) (string, error) {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return "", fmt.Errorf("report: the analysis is not valid JSON: %w", err)
	}
	var out bytes.Buffer
	json.HTMLEscape(&out, b.Bytes())
	return out.String(), nil
}
