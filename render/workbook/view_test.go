package workbook

// Test helpers: the view model of a graph.Case, as cmd/gbo/view_workbook.go
// fills it, so that the tests here can read a workbook back with graph's
// readers. Only the tests import graph and metrics/depth
// (render/layers_test.go checks the package's own imports).

import (
	"testing"

	"gbo/graph"
	"gbo/graph/locale"
	"gbo/graph/output"
	"gbo/metrics/depth"
)

// defaultKinds are the kinds of the default depth model.
func defaultKinds() []Kind { return kindsOf(depth.DefaultModel()) }

func kindsOf(m *depth.Model) []Kind {
	var out []Kind
	for _, k := range m.Kinds() {
		out = append(out, Kind{Kind: k.Kind, Rung: k.Rung, Aliases: k.Aliases})
	}
	return out
}

// templateOf are the options of the template of c in lang with the
// default model.
func templateOf(lang string, c *graph.Case) Options {
	opt := Options{Lang: lang, Kinds: defaultKinds(), DefaultKinds: defaultKinds()}
	if c == nil {
		return opt
	}
	opt.Depth = DepthFigures{HalfLife: c.Depth.HalfLife, Threshold: c.Depth.Threshold, Combine: c.Depth.Combine}
	v := &Case{Name: c.Name, Region: c.Region, Language: c.Language, Coordinator: c.Coordinator, AsOf: c.AsOf,
		HasPeople: c.HasPeople, Labels: Labels{Core: c.Labels.Core, Person: c.Labels.Person, Rungs: c.Labels.Rungs, Target: c.Labels.Target}}
	for _, p := range c.Partners {
		v.Partners = append(v.Partners, Partner{ID: p.ID, Name: p.Name, Sector: p.Sector, Core: p.Core, Municipality: p.Municipality, Attrs: p.Attrs})
	}
	for _, e := range c.Events {
		v.Events = append(v.Events, Event{Date: e.Date, From: e.From, With: e.With, Kind: e.Kind, Object: e.Object, People: e.People, Count: e.Count})
	}
	for _, r := range c.Ratings {
		v.Ratings = append(v.Ratings, Rating{From: r.From, To: r.To, Depth: r.Depth, Trust: r.Trust, Value: r.Value, Weight: r.Weight})
	}
	for _, o := range c.Objects {
		v.Objects = append(v.Objects, Object{ID: o.ID, Name: o.Name, Origin: o.Origin, Description: o.Description})
	}
	for _, p := range c.People {
		v.People = append(v.People, Person{ID: p.ID, Partner: p.Partner, Role: p.Role})
	}
	for _, t := range c.Targets {
		v.Targets = append(v.Targets, Target{A: t.A, B: t.B, Depth: t.Depth})
	}
	opt.Case = v
	return opt
}

// surveyOf are the options of the form of respondent of c in lang, signed
// with key (none: no check rows).
func surveyOf(lang string, c *graph.Case, respondent string, key []byte) SurveyOptions {
	lang = locale.Or(lang)
	sw := graph.SurveyFormWords(lang)
	opt := SurveyOptions{Lang: lang, Name: c.Name, Respondent: respondent,
		Words:      SurveyWords{Instructions: sw.Instructions, Ratings: sw.Ratings, Columns: sw.Columns, Rungs: sw.Rungs},
		CheckSheet: graph.SurveyCheckSheet, RungsColumn: graph.SurveyRungsColumn}
	opt.Rungs, opt.OwnRungs = graph.SurveyFormRungs(c, lang)
	var ids []string
	for _, p := range c.Partners {
		ids = append(ids, p.ID)
		opt.Partners = append(opt.Partners, SurveyPartner{ID: p.ID, Name: p.Name, Sector: p.Sector})
	}
	if len(key) > 0 {
		opt.Check = graph.SurveyCheckRows(respondent, output.SafeText(c.Name, false), lang, ids, key)
	}
	return opt
}

// The form's limit is graph's, which gbo survey checks first.
func TestSurveyLimitIsGraphs(t *testing.T) {
	if MaxSurveyPartners != graph.MaxSurveyPartners {
		t.Errorf("MaxSurveyPartners %d, graph.MaxSurveyPartners %d", MaxSurveyPartners, graph.MaxSurveyPartners)
	}
}
