package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"time"

	"gbo/graph/locale"
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
	More       moreRows[weakView] // the rest of the group, collapsed below the table
}

// moreRows are the rows of a shortened table beyond those it shows, for a
// collapsed <details> below it: at most reportMoreRows of them, Label the
// summary ("Show all 12"), Note where the whole list is when it stops.
type moreRows[T any] struct {
	Rows        []T
	Label, Note string
}

// reportMoreRows is the most rows a table's collapsed rest holds, to keep
// a page of a huge partnership printable; beyond it the page says where
// the whole list is.
const reportMoreRows = 500

// more splits rows, of total in all, into the n the table shows and the
// collapsed rest.
func more[T any](lang string, rows []T, n, total int) ([]T, moreRows[T]) {
	if len(rows) <= n {
		return rows, moreRows[T]{}
	}
	rest := rows[n:min(len(rows), n+reportMoreRows)]
	m := moreRows[T]{Rows: rest, Label: tr(lang, "more_all", total)}
	if n+len(rest) < total {
		m.Label = tr(lang, "more_capped", len(rest), total)
		m.Note = tr(lang, "more_cap_note", count(lang, "n_row", n+len(rest)))
	}
	return rows[:n], m
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

// Weak-link reasons by family, in the order the report shows them.
var (
	fragileReasons = []string{"bridge", "single_carrier", "one_way", "rating_gap", "one_sided"}
	thinReasons    = []string{"shallow_core", "below_target", "fading"}
)

// reportWeakPerReason is how many of the worst ties each reason shows.
const reportWeakPerReason = 3

// holds reports whether the fact cond (a value of needs) is true of the
// analysis. An unknown condition never holds.
func holds(cond string, a *Analysis) bool {
	n := a.Network
	core := 0
	for _, p := range a.Partners {
		if p.Core {
			core++
		}
	}
	hasReason := func(codes ...string) bool {
		for _, w := range a.Weak {
			for _, r := range w.Reasons {
				if slices.Contains(codes, r) {
					return true
				}
			}
		}
		return false
	}
	verdict := func(v string) bool {
		for _, o := range a.Objects {
			if o.Verdict == v {
				return true
			}
		}
		return false
	}
	costs := false
	for _, f := range a.Fragility {
		if f.DeepTiesLost+f.TiesWeakened+f.PairsDisconnected > 0 {
			costs = true
		}
	}
	cut := len(n.ArticulationPoints)
	switch cond {
	case "always":
		return true
	case "core_partners":
		return n.Partners > 1 && core > 0
	case "no_core_partners":
		return n.Partners > 1 && core == 0
	case "one_partner":
		return n.Partners == 1
	case "ties":
		return n.Ties > 0
	case "one_tie":
		return n.Ties == 1
	case "no_ties":
		return n.Ties == 0
	case "pairs":
		return n.Partners >= 2
	case "connected":
		return n.Components == 1
	case "parts":
		return n.Components > 1
	case "central_high":
		return n.Partners > 2 && n.DegreeCentralization >= 0.5
	case "central_mid":
		return n.Partners > 2 && n.DegreeCentralization >= 0.25 && n.DegreeCentralization < 0.5
	case "central_low":
		return n.Partners > 2 && n.DegreeCentralization < 0.25
	case "cut_point":
		return cut > 0
	case "cut_points":
		return cut > 1
	case "one_cut_point":
		return cut == 1
	case "brokers_no_cut":
		return cut == 0 && len(a.Brokers) > 0
	case "one_broker_no_cut":
		return cut == 0 && len(a.Brokers) == 1
	case "no_brokers":
		return cut == 0 && len(a.Brokers) == 0
	case "boundary_object":
		return verdict("boundary_object")
	case "candidate_object":
		return verdict("candidate")
	case "objects_no_boundary": // and a core partner: without one, no verdict that needs it is given
		return len(a.Objects) > 0 && !verdict("boundary_object") && core > 0
	case "no_objects":
		return !a.Inputs.Objects && len(a.Objects) == 0
	case "objects_unused":
		return a.Inputs.Objects && len(a.Objects) == 0
	case "weak":
		return len(a.Weak) > 1
	case "one_weak":
		return len(a.Weak) == 1
	case "no_weak":
		return len(a.Weak) == 0
	case "ties_no_weak":
		return n.Ties > 0 && len(a.Weak) == 0
	case "any_weak":
		return len(a.Weak) > 0
	case "fragile":
		return hasReason(fragileReasons...)
	case "no_fragile":
		return len(a.Weak) > 0 && !hasReason(fragileReasons...)
	case "thin":
		return hasReason(thinReasons...)
	case "no_thin":
		return len(a.Weak) > 0 && !hasReason(thinReasons...)
	case "single_carrier":
		return hasReason("single_carrier")
	case "stuck_acquaintance":
		return hasReason("shallow_core")
	case "missing_core_pairs":
		return len(a.MissingCorePairs) > 0
	case "no_missing_core_pairs":
		return a.MissingCorePairs != nil && len(a.MissingCorePairs) == 0 && core >= 2
	case "isolated":
		return len(a.IsolatedExternals) > 0 && core > 0
	case "people_unknown":
		return a.PeopleUnknown
	case "frag_costs_people":
		return costs && !a.PeopleUnknown
	case "frag_costs_no_people":
		return costs && a.PeopleUnknown
	case "no_frag_costs":
		return !costs && !a.PeopleUnknown
	case "coordinator":
		return a.Coordinator != nil
	case "coordinator_named":
		return a.Inputs.Coordinator != "" && a.Coordinator == nil
	case "ratings":
		return a.Inputs.Ratings > 0
	case "no_warnings":
		return a.Inputs.Warnings == 0
	case "no_notes":
		return false // decided by the caller with the notes in hand
	case "asof_far_beyond":
		return a.Inputs.AsOfWarning != nil
	case "people_cut":
		return peopleCut(a) > 0
	case "events":
		return a.Inputs.Events > 0
	case "people":
		return a.Inputs.People && !a.PeopleUnknown
	case "as_of":
		return a.Case.AsOf != nil && *a.Case.AsOf != ""
	case "no_as_of":
		return a.Case.AsOf == nil || *a.Case.AsOf == ""
	}
	if ok, known := inputsHolds(cond, a); known {
		return ok
	}
	return surveyHolds(cond, a)
}

// say returns the claim of key when its condition holds, else nil. Every
// key of needs must be said through say.
func say(lang string, a *Analysis, key string, args ...any) *claim {
	cond, ok := needs[key]
	if !ok || !holds(cond, a) {
		return nil
	}
	return &claim{Key: key, Text: trw(a.words, lang, key, args...)}
}

// sayn is say for a sentence about n things: it takes key + "_one" when n
// takes the form "one" in lang and the catalogue has that form, as trn
// does.
func sayn(lang string, a *Analysis, key string, n int, args ...any) *claim {
	return say(lang, a, oneKey(lang, key, n), args...)
}

// first is the first claim that holds among several alternatives.
func first(cs ...*claim) claim {
	for _, c := range cs {
		if c != nil {
			return *c
		}
	}
	return claim{}
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
	v.Fragility, v.FragilityShown, v.HasPeopleCols = fragilityRows(lang, &a, name)
	v.Fragility, v.FragilityMore = more(lang, v.Fragility, reportFragilityRows, len(v.Fragility))
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

// brokerReason says why a partner bridges in plain words; the figure
// behind it goes to the tooltip.
func brokerReason(lang string, r BrokerWhy) reasonView {
	num := func(x float64) string { return number(x, 0, lang) }
	switch r.Code {
	case "articulation_point":
		return reasonView{Text: r.Text}
	case "top_betweenness":
		return reasonView{Text: tr(lang, "broker_between"), Tip: tr(lang, "broker_between_tip", number(r.Value, 2, lang))}
	case "cross_sector_brokerage":
		return reasonView{Text: tr(lang, "broker_sectors"), Tip: tr(lang, "broker_sectors_tip", num(r.Value), num(r.Representative), num(r.Gatekeeper), num(r.Liaison))}
	}
	return reasonView{Text: cmp.Or(r.Text, r.Code)}
}

// cards writes the key figures with a sentence each, every number from
// the analysis.
func cards(lang string, a *Analysis, name func(string) string) []card {
	t := func(key string, args ...any) string { return trw(a.words, lang, key, args...) }
	n := a.Network
	core := 0
	for _, p := range a.Partners {
		if p.Core {
			core++
		}
	}
	minRung := a.words.rung(max(a.Inputs.MinDepth, 1), lang)
	missRung := a.words.rung(missingRung(a), lang)
	cs := []card{
		{Value: fmt.Sprint(n.Partners), Label: t("kf_partners"), Sentence: first(
			say(lang, a, "kf_partners_core", count(lang, "n_org", n.Partners), countw(a.words, lang, "n_core", core), coreSectors(a)),
			say(lang, a, "kf_partners_nocore", count(lang, "n_org", n.Partners)),
			say(lang, a, "kf_partners_one"))},
		{Value: fmt.Sprint(n.Ties), Label: t("kf_ties"), Sentence: first(
			say(lang, a, "kf_ties_some_one", count(lang, "n_pair", n.Ties), minRung),
			say(lang, a, "kf_ties_some", count(lang, "n_pair", n.Ties), minRung),
			say(lang, a, "kf_ties_none", minRung))},
	}
	if c := say(lang, a, "kf_density_pairs", percent(n.Density, lang)); c != nil {
		cs = append(cs, card{Value: percent(n.Density, lang), Label: t("kf_density"), Sentence: *c})
	}
	if n.Ties > 0 {
		md := number(n.MeanDepth, 1, lang)
		lo, hi := int(math.Floor(n.MeanDepth)), int(math.Ceil(n.MeanDepth))
		s := say(lang, a, "kf_mean_at", md, a.words.rung(int(math.Round(n.MeanDepth)), lang))
		if math.Abs(n.MeanDepth-math.Round(n.MeanDepth)) >= 0.05 && lo >= 0 && hi <= 5 {
			s = say(lang, a, "kf_mean_between", md, a.words.rung(lo, lang), a.words.rung(hi, lang))
		}
		cs = append(cs, card{Value: md, Label: t("kf_mean"), Sentence: first(s)})
		deepN := 0
		if len(n.DepthProfile) >= 5 {
			deepN = n.DepthProfile[3] + n.DepthProfile[4]
		}
		deep := percent(float64(deepN)/float64(n.Ties), lang)
		cs = append(cs, card{Value: deep, Label: t("kf_deep"), Sentence: first(say(lang, a, "kf_deep_s", deep))})
	}
	if n.Components > 0 {
		cs = append(cs, card{Value: fmt.Sprint(n.Components), Label: t("kf_parts"), Sentence: first(
			say(lang, a, "kf_parts_one"), say(lang, a, "kf_parts_many", n.Components))})
	}
	if n.Partners > 2 {
		cs = append(cs, card{Value: percent(n.DegreeCentralization, lang), Label: t("kf_central"), Sentence: first(
			say(lang, a, "kf_central_high"), say(lang, a, "kf_central_mid"), say(lang, a, "kf_central_low"))})
	}
	cs = append(cs, card{Value: fmt.Sprint(len(a.Brokers)), Label: t("kf_brokers"), Sentence: first(
		say(lang, a, "kf_brokers_cut_one"),
		say(lang, a, "kf_brokers_cut", count(lang, "n_partner", len(n.ArticulationPoints))),
		say(lang, a, "kf_brokers_nocut_one"),
		say(lang, a, "kf_brokers_nocut", count(lang, "n_partner", len(a.Brokers))),
		say(lang, a, "kf_brokers_none")),
		// No partner may be a cut point while people are: say so.
		Extra: say(lang, a, "kf_people_cut", count(lang, "n_person", peopleCut(a)))})
	if len(a.Objects) > 0 && hasCore(a) { // without a core partner no object can be judged (verdict no_core)
		bo := 0
		for _, o := range a.Objects {
			if o.Verdict == "boundary_object" {
				bo++
			}
		}
		themes := count(lang, "n_theme", len(a.Objects))
		cs = append(cs, card{Value: fmt.Sprint(bo), Label: t("kf_objects"), Sentence: first(sayn(lang, a, "kf_objects_some", bo, bo, themes), say(lang, a, "kf_objects_nobo", themes))})
	}
	if n.Ties > 0 || len(a.Weak) > 0 {
		fr, th := familyCounts(a)
		nWeak := len(a.Weak)
		if a.Counts != nil {
			nWeak = a.Counts.Weak
		}
		miss := missingCount(a)
		cs = append(cs, card{Value: fmt.Sprint(nWeak), Label: t("kf_weak"), Sentence: first(
			sayn(lang, a, "kf_weak_some", nWeak, count(lang, "n_pair", nWeak), fr, th),
			say(lang, a, "kf_weak_zero", count(lang, "n_tie", n.Ties))),
			Extra: sayn(lang, a, "kf_missing_core", miss, countw(a.words, lang, "n_core_pairs", miss), missRung)})
	}
	if id := a.Inputs.Coordinator; id != "" {
		cs = append(cs, card{Value: "✓", Label: t("kf_coordinator"), Sentence: first(
			say(lang, a, "kf_coord_s", name(id)), say(lang, a, "kf_coordinator_s", name(id)))})
	}
	return cs
}

// familyCounts counts the weak links with at least one fragile reason and
// those with at least one thin reason.
func familyCounts(a *Analysis) (fragile, thin int) {
	if a.Counts != nil {
		return a.Counts.Fragile, a.Counts.Thin
	}
	for _, w := range a.Weak {
		f, t := false, false
		for _, r := range w.Reasons {
			f = f || slices.Contains(fragileReasons, r)
			t = t || slices.Contains(thinReasons, r)
		}
		if f {
			fragile++
		}
		if t {
			thin++
		}
	}
	return
}

// recs are the evaluation's suggestions that a pattern found here points
// to, one line each.
func recs(lang string, a *Analysis, name func(string) string) []claim {
	var out []claim
	nReason := func(code string) int {
		if a.Counts != nil {
			if c, ok := a.Counts.ByReason[code]; ok {
				return c
			}
		}
		k := 0
		for _, w := range a.Weak {
			if slices.Contains(w.Reasons, code) {
				k++
			}
		}
		return k
	}
	add := func(c *claim) {
		if c != nil {
			out = append(out, *c)
		}
	}
	add(say(lang, a, "rec_acq", count(lang, "n_tie", nReason("shallow_core"))))
	add(say(lang, a, "rec_single", count(lang, "n_deep_single", nReason("single_carrier"))))
	var bo, cand []string
	for _, o := range a.Objects {
		switch o.Verdict {
		case "boundary_object":
			bo = append(bo, cmp.Or(o.Name, o.ID))
		case "candidate":
			cand = append(cand, cmp.Or(o.Name, o.ID))
		}
	}
	if len(bo) > 0 {
		add(say(lang, a, "rec_boundary", joinAnd(lang, bo)))
	}
	if len(cand) > 0 {
		add(say(lang, a, "rec_candidate", joinAnd(lang, cand)))
	}
	add(say(lang, a, "rec_isolated", count(lang, "n_ext", len(a.IsolatedExternals))))
	add(say(lang, a, "rec_coord", name(coordID(a))))
	// Core partners without any tie point to suggestion 7 (from
	// acquaintance to action): such a pair has not even begun the ladder
	// that suggestion is about; 5 (coordination) speaks to keeping
	// engagement alive, not to starting it.
	add(say(lang, a, "rec_missing", count(lang, "n_pair_short", missingCount(a))))
	return out
}

// joinAnd lists names: "a", "a and b", "a, b and c" (the catalogue's
// "and": "en" in Dutch, "et" in French).
func joinAnd(lang string, xs []string) string {
	and := " " + tr(lang, "and") + " "
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + and + xs[len(xs)-1]
}

// weakFamilies groups the weak links by family and reason, each reason
// with its count and its worst ties (the analysis lists the worst first),
// so no reason crowds out another.
func weakFamilies(lang string, a *Analysis, name func(string) string) ([]familyView, *claim) {
	if c := say(lang, a, "weak_none"); c != nil {
		return nil, c
	}
	fr, th := familyCounts(a)
	fams := []struct {
		id      string
		reasons []string
		n       int
	}{{"fragile", fragileReasons, fr}, {"thin", thinReasons, th}}
	var out []familyView
	for _, f := range fams {
		fv := familyView{ID: f.id, Title: tr(lang, "fam_"+f.id),
			Claim: first(say(lang, a, "fam_"+f.id+"_s", count(lang, "n_tie", f.n)), say(lang, a, "fam_"+f.id+"_none"))}
		for _, code := range f.reasons {
			g := reasonGroup{Code: code, Name: reasonName(a.words, lang, code)}
			for _, w := range a.Weak {
				if !slices.Contains(w.Reasons, code) {
					continue
				}
				g.Count++
				{
					var rs []string
					for _, other := range w.Reasons {
						if other != code {
							rs = append(rs, reasonName(a.words, lang, other))
						}
					}
					g.Rows = append(g.Rows, weakView{A: name(w.A), B: name(w.B),
						Depth: fmt.Sprintf("%d %s", w.Depth, a.words.rung(w.Depth, lang)), Reasons: rs})
				}
			}
			if a.Counts != nil && a.Counts.ByReason != nil {
				if c, ok := a.Counts.ByReason[code]; ok {
					g.Count = c
				}
			}
			if g.Count == 0 {
				continue
			}
			g.Rows, g.More = more(lang, g.Rows, reportWeakPerReason, g.Count)
			g.Shown = shown(lang, len(g.Rows), g.Count, someRows(len(g.Rows)+len(g.More.Rows) < g.Count && g.More.Note == ""))
			fv.Groups = append(fv.Groups, g)
		}
		out = append(out, fv)
	}
	return out, nil
}

func reasonName(w *Words, lang, code string) string {
	if has("reason_" + code) {
		return trw(w, lang, "reason_"+code)
	}
	return code
}

// someRows is the caption of a shortened table: the rest below it, or,
// when the page holds no more of them, where the whole list is.
func someRows(elsewhere bool) string {
	if elsewhere {
		return "rows_some_elsewhere"
	}
	return "rows_some"
}

// shown says how many rows a table shows of how many.
func shown(lang string, n, total int, some string) string {
	if n >= total {
		return trn(lang, "rows_all", total, total)
	}
	return tr(lang, some, n, total)
}

// fragilityRows lists the departures with any cost, those that cut pairs
// apart first (most pairs first), then in the analysis's order, with a person's partner and role where the analysis has them.
func fragilityRows(lang string, a *Analysis, name func(string) string) ([]fragView, string, bool) {
	var out []fragView
	people := false
	withCost := 0
	for _, f := range a.Fragility { // gbo weak's order (worst first): not sorted again
		if f.PairsDisconnected+f.DeepTiesLost+f.TiesWeakened == 0 {
			continue
		}
		withCost++
		fv := fragView{Who: f.ID, DeepLost: f.DeepTiesLost, Weakened: f.TiesWeakened, Disconnected: f.PairsDisconnected}
		switch f.Kind {
		case "partner":
			fv.Who = cmp.Or(f.Name, name(f.ID))
			fv.Kind = tr(lang, "kind_partner")
		case "person":
			fv.Kind = tr(lang, "kind_person")
			if f.Partner != "" {
				fv.Partner = cmp.Or(f.PartnerName, name(f.Partner))
			}
			fv.Role = f.Role
			people = people || f.Partner != "" || f.Role != ""
		default:
			fv.Kind = f.Kind
		}
		out = append(out, fv)
	}
	// The departures that would cut pairs apart first, most pairs first
	// (the key figures cite them, so they must show without "show all"),
	// then in the analysis' order.
	slices.SortStableFunc(out, func(x, y fragView) int { return cmp.Compare(y.Disconnected, x.Disconnected) })
	if len(a.Fragility) == 0 {
		return out, "", people
	}
	return out, fragShown(lang, min(len(out), reportFragilityRows), withCost, len(a.Fragility)), people
}

// fragShown says how many departures are shown of those with a cost, and
// how many the analysis lists in all.
func fragShown(lang string, n, withCost, all int) string {
	if n < withCost {
		return tr(lang, "rows_some_frag", n, withCost, all)
	}
	return trn(lang, "rows_frag_all", n, n, all)
}

// peopleCut counts the people whose departure would cut a pair of
// partners off from each other.
func peopleCut(a *Analysis) int {
	k := 0
	for _, f := range a.Fragility {
		if f.Kind == "person" && f.PairsDisconnected > 0 {
			k++
		}
	}
	return k
}

// missingCount is the number of pairs of core partners without a tie:
// gbo weak's count when it printed one (the list may be bounded).
func missingCount(a *Analysis) int {
	n := len(a.MissingCorePairs)
	if a.Counts != nil {
		n = max(n, a.Counts.MissingCorePairs)
	}
	return n
}

// coreSectors is " (OCMW, CAW)": the sectors of the case's own core
// partners in order of first appearance, or "" when none has a sector.
func coreSectors(a *Analysis) string {
	var ss []string
	for _, p := range a.Partners {
		if p.Core && p.Sector != "" && !slices.Contains(ss, p.Sector) {
			ss = append(ss, p.Sector)
		}
	}
	if len(ss) == 0 {
		return ""
	}
	return " (" + strings.Join(ss, ", ") + ")"
}

// reportFragilityRows is how many departures the report lists.
const reportFragilityRows = 20

// coordRows are the network figures with and without the coordinator.
func coordRows(lang string, wd *Words, c *CoordinatorDoc) []coordRow {
	tr := func(_, key string) string { return trw(wd, lang, key) } // the case's rung names
	num := func(x float64, d int) string { return number(x, d, lang) }
	w, o := c.With, c.Without
	it := func(i int) string { return fmt.Sprint(i) }
	deep := func(n NetworkDoc) string {
		if n.Ties == 0 || len(n.DepthProfile) < 5 {
			return percent(0, lang)
		}
		return percent(float64(n.DepthProfile[3]+n.DepthProfile[4])/float64(n.Ties), lang)
	}
	return []coordRow{
		{tr(lang, "m_partners"), it(w.Partners), it(o.Partners)},
		{tr(lang, "m_ties"), it(w.Ties), it(o.Ties)},
		{tr(lang, "m_density"), percent(w.Density, lang), percent(o.Density, lang)},
		{tr(lang, "m_mean_depth"), num(w.MeanDepth, 2), num(o.MeanDepth, 2)},
		{tr(lang, "m_align_share"), deep(w), deep(o)}, // "deep" on this page is rung 3 or more
		{tr(lang, "m_components"), it(w.Components), it(o.Components)},
		{tr(lang, "m_degree_centralization"), percent(w.DegreeCentralization, lang), percent(o.DegreeCentralization, lang)},
		{tr(lang, "m_average_path_length"), num(w.AveragePathLength, 2), num(o.AveragePathLength, 2)},
		{tr(lang, "m_articulation_points"), it(len(w.ArticulationPoints)), it(len(o.ArticulationPoints))},
		{tr(lang, "m_bridges"), it(len(w.Bridges)), it(len(o.Bridges))},
	}
}

// analysisFromModel is the analysis of a model filled by hand (tests, or
// a caller without the command line): the fields of Report that carry the
// same facts.
func analysisFromModel(r Report) Analysis {
	var a Analysis
	if r.AsOf != "" {
		d := r.AsOf
		a.Case.AsOf = &d
	}
	a.Case.Name, a.Case.Since = r.CaseName, r.Since
	f := r.Figures
	cut := []string{}
	for _, p := range r.Partners {
		if p.Articulation {
			cut = append(cut, p.ID)
		}
		a.Partners = append(a.Partners, PartnerDoc{ID: p.ID, Name: p.Name, Sector: p.Sector, Core: p.Core, Degree: p.Degree,
			Betweenness: p.Betweenness, ArticulationPoint: p.Articulation})
	}
	a.Network = NetworkDoc{Partners: f.Partners, Ties: f.Ties, Density: f.Density, Components: f.Components, MeanDepth: f.MeanDepth,
		DepthProfile: r.DepthProfile[1:], DegreeCentralization: f.Centralization, ArticulationPoints: cut}
	for _, w := range r.Weak {
		a.Weak = append(a.Weak, WeakDoc{A: w.A, B: w.B, Depth: w.Depth, Reasons: w.Reasons})
	}
	a.IsolatedExternals = r.IsolatedExternals
	for _, c := range r.Fragility {
		a.Fragility = append(a.Fragility, FragilityDoc{ID: c.ID, Kind: c.Kind, DeepTiesLost: c.DeepTiesLost,
			TiesWeakened: c.TiesWeakened, PairsDisconnected: c.PairsDisconnected})
	}
	a.PeopleUnknown = r.PeopleUnknown
	a.Survey = r.Survey
	for _, b := range r.Brokers {
		bd := BrokerDoc{ID: b.ID, Name: b.Name, Sector: b.Sector}
		for _, t := range b.Reasons {
			bd.Reasons = append(bd.Reasons, BrokerWhy{Code: "text", Text: t})
		}
		a.Brokers = append(a.Brokers, bd)
	}
	for _, o := range r.Objects {
		od := ObjectDoc{ID: o.ID, Name: o.Name, Verdict: o.Verdict, Partners: o.Partners, Blau: o.Blau, MaxRung: o.MaxRung}
		for i := 0; i < o.Sectors; i++ {
			od.Sectors = append(od.Sectors, fmt.Sprint(i))
		}
		for _, t := range o.Reasons {
			od.Reasons = append(od.Reasons, struct {
				Text string `json:"text"`
			}{t})
		}
		a.Objects = append(a.Objects, od)
	}
	a.Inputs = InputsDoc{MinDepth: max(f.MinDepth, 1), Faded: r.DepthProfile[0], Objects: r.ObjectsKnown || len(r.Objects) > 0,
		People: !r.PeopleUnknown, Coordinator: f.Coordinator}
	if r.Method.HalfLifeDays > 0 || len(r.Method.Kinds) > 0 {
		a.Inputs.Events = 1 // the model explains event scoring: a hand-filled model says no more
	}
	if r.Method.Combine != "" {
		a.Inputs.Ratings = 1 // the model names how ratings combine; a hand-filled model says no more
	}
	return a
}

func verdict(lang, code string) string {
	switch code {
	case "boundary_object":
		return tr(lang, "verdict_boundary")
	case "candidate", "local", "unused", "no_core":
		return tr(lang, "verdict_"+code)
	}
	return code
}

// methodLines explain in plain words how depth was scored.
func methodLines(lang string, r Report, a *Analysis) []claim {
	t := func(key string, args ...any) claim { return claim{Text: trw(a.words, lang, key, args...)} }
	m := r.Method
	hl := m.HalfLifeDays
	if hl <= 0 {
		hl = 365
	}
	th := m.Threshold
	if th <= 0 {
		th = 0.5
	}
	var lines []claim
	add := func(c *claim) {
		if c != nil {
			lines = append(lines, *c)
		}
	}
	// Events, half-life and thresholds only where there are events.
	evidence := "method_evidence"
	if a.words.own() { // GBO's example kinds do not fit the case's own words
		evidence = "method_evidence_own"
	}
	add(say(lang, a, evidence, number(hl, 0, lang)))
	if th <= 1 {
		days := hl * math.Log2(1/th)
		add(say(lang, a, "method_threshold_1", number(th, 2, lang), number(days, 0, lang)))
	} else {
		add(say(lang, a, "method_threshold_n", number(th, 2, lang), int(math.Ceil(th))))
	}
	add(say(lang, a, "method_score", number(2.6, 1, lang)))
	if c := m.Combine; c == "min" || c == "max" || c == "mean" {
		if s := say(lang, a, "method_survey", tr(lang, "combine_"+c)); s != nil {
			lines = append(lines, *s)
		}
	}
	md := max(a.Inputs.MinDepth, 1)
	lines = append(lines, t("method_min_depth", md, a.words.rung(md, lang)))
	lines = append(lines, t("method_brokers"))
	if r.AsOf != "" {
		if s := say(lang, a, "method_as_of", date(lang, r.AsOf)); s != nil {
			lines = append(lines, *s)
		}
	}
	if r.Since != "" {
		lines = append(lines, t("method_since", date(lang, r.Since)))
	}
	switch m.People {
	case "pseudonyms", "names":
		add(say(lang, a, "people_"+m.People))
	case "none":
		lines = append(lines, t("people_none"))
	}
	return lines
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

// groupDigits writes the digits of s (a count of days, as the reader
// wrote it) grouped by thousands in the reader's way (locale.Group): 6.821
// in Dutch, 6,821 in English, 6 821 (a narrow no-break space) in French.
func groupDigits(lang, s string) string {
	var d []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			d = append(d, s[i])
		}
	}
	if len(d) == 0 {
		return s
	}
	sep := locale.Group(lang)
	var b strings.Builder
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteByte(c)
	}
	return b.String()
}

// date writes an ISO date (2025-06-30) the way a reader says it: "30 juni
// 2025", "30 June 2025", "30 juin 2025" ("1er juin 2025"). Anything else
// is shown as given.
func date(lang, iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	months := strings.Fields(tr(lang, "months"))
	if len(months) != 12 {
		return iso
	}
	day := fmt.Sprint(d.Day())
	if d.Day() == 1 {
		day = tr(lang, "day_first") // "1er" in French
	}
	return fmt.Sprintf("%s %s %d", day, months[d.Month()-1], d.Year())
}

// objectReasonCodes are the reason codes of each object of the embedded
// analysis, by object id and in the order of its reasons (ObjectDoc
// keeps only their texts); nil for an analysis that does not parse.
func objectReasonCodes(raw []byte) map[string][]string {
	var doc struct {
		Objects []struct {
			ID      string `json:"id"`
			Reasons []struct {
				Code string `json:"code"`
			} `json:"reasons"`
		} `json:"objects"`
	}
	if json.Unmarshal(raw, &doc) != nil {
		return nil
	}
	out := make(map[string][]string, len(doc.Objects))
	for _, o := range doc.Objects {
		for _, r := range o.Reasons {
			out[o.ID] = append(out[o.ID], r.Code)
		}
	}
	return out
}

// kindName is the name of kind k in lang when k is a kind of GBO's
// default depth model: the catalogue's analysis.kind.<kind>, if that name is
// the kind or one of its aliases in the model in force (so it reads back);
// else k.Kind. A kind of the case's own keeps its own name.
func kindName(k KindRow, lang string) string {
	if key := "analysis.kind." + k.Kind; locale.Has(key) {
		if n := locale.T(lang, key); n == k.Kind || slices.Contains(k.Aliases, n) {
			return n
		}
	}
	return k.Kind
}

// gboAliases is the set of aliases of GBO's default depth model
// (MethodInfo.DefaultAliases, docs/depth-model.md): Dutch names a case
// with words of its own does not show beside its kinds.
func gboAliases(aliases []string) map[string]bool {
	out := make(map[string]bool, len(aliases))
	for _, a := range aliases {
		out[a] = true
	}
	return out
}
