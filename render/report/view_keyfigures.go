// The key figures (cards), the brokers' reasons, the suggestions and the coordinator's rows of the report view.

package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

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
		Extra: peopleCutClaim(lang, a)})
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

func verdict(lang, code string) string {
	switch code {
	case "boundary_object":
		return tr(lang, "verdict_boundary")
	case "candidate", "local", "unused", "no_core":
		return tr(lang, "verdict_"+code)
	}
	return code
}
