package main

// view_workbook.go fills the view model of render/workbook (plain rows of
// strings and numbers) from a case and its analysis: render/workbook
// imports neither graph nor metrics (render/layers_test.go). The analysis'
// codes are said here, with the words of words_analysis.go and
// labels_words.go, the same words the commands print.

import (
	"gbo/graph"
	"gbo/graph/locale"
	"gbo/graph/output"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/metrics/fragility"
	"gbo/metrics/measures"
	"gbo/render/workbook"
)

// workbookKinds are the kinds of model m as the template takes them.
func workbookKinds(m *depth.Model) []workbook.Kind {
	rows := m.Kinds()
	out := make([]workbook.Kind, len(rows))
	for i, k := range rows {
		out[i] = workbook.Kind{Kind: k.Kind, Rung: k.Rung, Aliases: k.Aliases}
	}
	return out
}

// templateOptions are the options of the case template in lang (gbo
// template, gbo sample NAME FILE.xlsx, survey collect --case): filled from
// c when not nil, with the kinds of model (the default model when nil);
// the case sheet holds model's figures that differ from the default
// model's, or without a model the case's own [depth] figures.
func templateOptions(lang string, c *graph.Case, model *depth.Model) workbook.Options {
	def := depth.DefaultModel()
	opt := workbook.Options{Lang: lang, DefaultKinds: workbookKinds(def)}
	if model != nil {
		opt.Kinds = workbookKinds(model)
		if model.HalfLife != def.HalfLife {
			opt.Depth.HalfLife = &model.HalfLife
		}
		if model.Threshold != def.Threshold {
			opt.Depth.Threshold = &model.Threshold
		}
		if model.Combine != def.Combine {
			opt.Depth.Combine = string(model.Combine)
		}
	} else {
		opt.Kinds = opt.DefaultKinds
		if c != nil {
			opt.Depth = workbook.DepthFigures{HalfLife: c.Depth.HalfLife, Threshold: c.Depth.Threshold, Combine: c.Depth.Combine}
		}
	}
	if c != nil {
		opt.Case = templateCase(c)
	}
	return opt
}

// templateCase is c's rows as the template writes them (no person names).
func templateCase(c *graph.Case) *workbook.Case {
	v := &workbook.Case{Name: c.Name, Region: c.Region, Language: c.Language, Coordinator: c.Coordinator,
		AsOf: c.AsOf, HasPeople: c.HasPeople,
		Labels: workbook.Labels{Core: c.Labels.Core, Person: c.Labels.Person, Rungs: c.Labels.Rungs, Target: c.Labels.Target}}
	v.Partners = make([]workbook.Partner, len(c.Partners))
	for i, p := range c.Partners {
		v.Partners[i] = workbook.Partner{ID: p.ID, Name: p.Name, Sector: p.Sector, Core: p.Core,
			Municipality: p.Municipality, Attrs: p.Attrs}
	}
	v.Events = make([]workbook.Event, len(c.Events))
	for i, e := range c.Events {
		v.Events[i] = workbook.Event{Date: e.Date, From: e.From, With: e.With, Kind: e.Kind, Object: e.Object,
			People: e.People, Count: e.Count}
	}
	v.Ratings = make([]workbook.Rating, len(c.Ratings))
	for i, r := range c.Ratings {
		v.Ratings[i] = workbook.Rating{From: r.From, To: r.To, Depth: r.Depth, Trust: r.Trust, Value: r.Value, Weight: r.Weight}
	}
	v.Objects = make([]workbook.Object, len(c.Objects))
	for i, o := range c.Objects {
		v.Objects[i] = workbook.Object{ID: o.ID, Name: o.Name, Origin: o.Origin, Description: o.Description}
	}
	v.People = make([]workbook.Person, len(c.People))
	for i, p := range c.People {
		v.People[i] = workbook.Person{ID: p.ID, Partner: p.Partner, Role: p.Role}
	}
	v.Targets = make([]workbook.Target, len(c.Targets))
	for i, t := range c.Targets {
		v.Targets[i] = workbook.Target{A: t.A, B: t.B, Depth: t.Depth}
	}
	return v
}

// surveyOptions are the options of the survey form of respondent in lang,
// of case c, signed with key (graph.SurveyKey); no key leaves the check
// rows out (workbook.ErrNoSurveyKey).
func surveyOptions(lang string, c *graph.Case, respondent string, key []byte) workbook.SurveyOptions {
	lang = locale.Or(lang)
	sw := graph.SurveyFormWords(lang)
	opt := workbook.SurveyOptions{Lang: lang, Name: c.Name, Respondent: respondent,
		Words:      workbook.SurveyWords{Instructions: sw.Instructions, Ratings: sw.Ratings, Columns: sw.Columns, Rungs: sw.Rungs},
		CheckSheet: graph.SurveyCheckSheet, RungsColumn: graph.SurveyRungsColumn}
	opt.Rungs, opt.OwnRungs = graph.SurveyFormRungs(c, lang) // the case's names ([labels] rungs), or GBO's
	ids := make([]string, len(c.Partners))
	opt.Partners = make([]workbook.SurveyPartner, len(c.Partners))
	for i, p := range c.Partners {
		ids[i] = p.ID
		opt.Partners[i] = workbook.SurveyPartner{ID: p.ID, Name: p.Name, Sector: p.Sector}
	}
	if len(key) > 0 && len(c.Partners) <= graph.MaxSurveyPartners {
		opt.Check = graph.SurveyCheckRows(respondent, output.SafeText(c.Name, false), lang, ids, key)
	}
	return opt
}

// networkAnalysis is what the network workbook shows of one analysis: the
// measures, the bridging partners' ids, the ties (as `gbo ties` lists
// them), the weak links and the boundary objects.
type networkAnalysis struct {
	partners []measures.PartnerFigures
	bridging map[string]bool
	ties     []depth.Tie
	measured []measures.TieFigures
	weak     []fragility.WeakLink
	objects  []boundary.BoundaryObject
}

// networkView is the network workbook of l in words: n's header fields
// (Lang, Name, AsOf, MinDepth, Workbook) set by the caller, the case's own
// words and a's rows added here, every code said in n.Lang as the commands
// say it (weakReasonLabel, weakReasonText, verdictName, objectReasonText).
func networkView(l *loaded, n workbook.Network, a networkAnalysis) workbook.Network {
	lang := locale.Or(n.Lang)
	n.Rungs = rungNames(l.c, n.Lang)
	n.CoreOne, n.Core, _ = l.c.Labels.CoreName(n.Lang) // "" keeps GBO's words
	labels := func(codes []string) []string {
		out := make([]string, len(codes))
		for i, c := range codes {
			out[i] = weakReasonLabel(c, lang)
		}
		return out
	}
	n.Partners = make([]workbook.NetPartner, len(a.partners))
	for i, p := range a.partners {
		b := p.Brokerage
		n.Partners[i] = workbook.NetPartner{ID: p.ID, Name: p.Name, Sector: p.Sector, Core: p.Core, Degree: p.Degree,
			Strength: p.Strength, Betweenness: p.Betweenness, BetweennessWeighted: p.BetweennessWeighted,
			Closeness: p.Closeness, Eigenvector: p.Eigenvector, Pagerank: p.Pagerank, Constraint: p.Constraint,
			EffectiveSize: p.EffectiveSize, CoreNumber: p.CoreNumber, Clustering: p.Clustering, Community: p.Community,
			ArticulationPoint: p.ArticulationPoint, Coordinator: b.Coordinator, Itinerant: b.Itinerant,
			Representative: b.Representative, Gatekeeper: b.Gatekeeper, Liaison: b.Liaison, BrokerageTotal: b.Total,
			Bridging: a.bridging[p.ID]}
	}
	measured := make(map[[2]string]*measures.TieFigures, len(a.measured))
	for i := range a.measured {
		tf := &a.measured[i]
		measured[[2]string{tf.A, tf.B}] = tf
		measured[[2]string{tf.B, tf.A}] = tf
	}
	side := func(s depth.Sides, id string) *int {
		if !s.Known {
			return nil
		}
		v := s.Of(id)
		return &v
	}
	rating := func(t *depth.Tie, id string) *workbook.NetRating {
		r, ok := t.Ratings[id]
		if !ok {
			return nil
		}
		return &workbook.NetRating{Depth: r.Depth, Trust: r.Trust, Value: r.Value, Weight: r.Weight}
	}
	n.Ties = make([]workbook.NetTie, len(a.ties))
	for i := range a.ties {
		t := &a.ties[i]
		v := workbook.NetTie{A: t.A, B: t.B, Depth: t.Depth, DepthScore: t.DepthScore, DepthEvents: t.DepthEvents,
			DepthSurvey: t.DepthSurvey, Gap: t.Gap, OneSided: t.OneSided, Events: t.Events, First: t.First, Last: t.Last,
			InitiatedA: side(t.Initiated, t.A), InitiatedB: side(t.Initiated, t.B),
			CarriersA: side(t.Carriers, t.A), CarriersB: side(t.Carriers, t.B),
			Objects: t.Objects, Flags: labels(t.Flags), Rated: t.Ratings != nil}
		if v.Rated {
			v.RatingA, v.RatingB = rating(t, t.A), rating(t, t.B)
		}
		if tf := measured[[2]string{t.A, t.B}]; tf != nil {
			v.Measured = &workbook.NetMeasured{Weight: tf.Weight, Bridge: tf.Bridge, LocalBridge: tf.LocalBridge,
				Span: tf.Span, Embeddedness: tf.Embeddedness}
		}
		n.Ties[i] = v
	}
	n.Weak = make([]workbook.NetWeak, len(a.weak))
	for i, wl := range a.weak {
		texts := make([]string, len(wl.Reasons))
		for j, r := range wl.Reasons {
			texts[j] = weakReasonText(l.c, r, n.Lang)
		}
		n.Weak[i] = workbook.NetWeak{A: wl.A, B: wl.B, Depth: wl.Depth, Families: wl.Families,
			Labels: labels(wl.Reasons), Texts: texts}
	}
	// The objects' reasons name the case's core group, and its rung 3
	// where its name differs from the catalogue's.
	words := objectNames{Core: n.Core, CoreOne: n.CoreOne}
	if r := n.Rungs[3]; r != analysisRung(3, lang) {
		words.Rung3 = r
	}
	list := n.ObjectsList()
	n.Objects = make([]workbook.NetObject, len(a.objects))
	for i, o := range a.objects {
		reasons := make([]string, len(o.Reasons))
		for j, r := range o.Reasons {
			reasons[j] = objectReasonText(r, lang, list, words)
		}
		n.Objects[i] = workbook.NetObject{ID: o.ID, Name: o.Name, Verdict: verdictName(o.Verdict, n.Lang),
			Partners: o.Partners, PartnerIDs: o.PartnerIDs, Sectors: o.Sectors, Blau: o.Blau, MaxRung: o.MaxRung,
			MeanRung: o.MeanRung, Events: o.Events, UniquePairs: o.UniquePairs,
			DegreeCentrality: o.DegreeCentrality, Betweenness: o.Betweenness, Reasons: reasons}
	}
	return n
}
