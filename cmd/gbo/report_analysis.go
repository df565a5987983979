package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"gbo/metrics"
	"gbo/metrics/boundary"
	"gbo/metrics/measures"
	"gbo/render/report"
)

// reportAnalysisKeys are the keys of the analysis a report embeds, in
// order, each with the command document it is taken from unchanged
// ("metrics", "weak", "brokers" or "objects"). "inputs" and "coordinator"
// are the report's own (what was read, and the network with and without
// the coordinator); they are added after these.
var reportAnalysisKeys = []struct{ key, from string }{
	{"case", "metrics"}, {"network", "metrics"}, {"partners", "metrics"},
	{"weak", "weak"}, {"missing_core_pairs", "weak"}, {"isolated_externals", "weak"},
	{"fragility", "weak"}, {"people_unknown", "weak"}, {"counts", "weak"},
	{"brokers", "brokers"}, {"objects", "objects"}, {"survey", "metrics"},
}

// reportInputs says what the analysis was made from: the facts on which
// the report's sentences depend (are there ratings, people, a coordinator).
// It is the report's own document type, so the page reads exactly what is
// written here.
type reportInputs = report.InputsDoc

// coordinatorDoc is the network with and without the coordinator named in
// case.toml, as `gbo weak --without ID` prints it under "without".
type coordinatorDoc struct {
	ID      string                  `json:"id"`
	Name    string                  `json:"name"`
	With    measures.NetworkFigures `json:"with"`
	Without measures.NetworkFigures `json:"without"`
}

// reportAnalysis is the analysis a report shows, as one JSON object: the
// fields of `gbo metrics|weak|brokers|objects --format json` for the same
// case and flags (made by the same functions those commands call, so the
// values are the same bytes), then "inputs" and "coordinator". A key a
// command does not print (missing_core_pairs before gbo weak has it) is
// null. The result is compact and deterministic. an is the analysis of
// the case at --min-depth (analyse). singles counts the figures that
// concern one person, as gbo weak counts them for its notice (singledOut).
func reportAnalysis(l *loaded, c *cli.Context, an *caseAnalysis) (b []byte, singles int, err error) {
	if _, err := l.pseudonyms(); err != nil { // the key, checked before any work (as gbo weak does)
		return nil, 0, err
	}
	minDepth := an.minDepth
	weak := weakOutput(l, c, an.weak).JSON.(weakDoc)
	docs := map[string]any{
		"metrics": metricsOutput(l, an.m, "network").JSON,
		"weak":    weak,
		"brokers": brokersOutput(l, an.brokers).JSON,
		"objects": objectsOutput(l, boundary.Objects(l.scored)).JSON,
	}
	fields := map[string]map[string]json.RawMessage{}
	for name, d := range docs {
		b, err := marshalJSON(d)
		if err != nil {
			return nil, 0, failErr(err.Error())
		}
		var f map[string]json.RawMessage
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, 0, failErr(err.Error())
		}
		fields[name] = f
	}
	var buf bytes.Buffer
	buf.WriteByte('{')
	put := func(key string, v []byte) error {
		if buf.Len() > 1 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(key)
		buf.Write(k)
		buf.WriteByte(':')
		return json.Compact(&buf, v)
	}
	for _, k := range reportAnalysisKeys {
		v, ok := fields[k.from][k.key]
		if !ok {
			if k.key == "counts" {
				continue
			}
			v = []byte("null")
		}
		if err := put(k.key, v); err != nil {
			return nil, 0, failErr(err.Error())
		}
	}
	in := reportInputs{Events: len(l.c.Events), Ratings: len(l.c.Ratings), People: l.c.HasPeople,
		Objects: metrics.ObjectsKnown(&l.c.Case), Targets: len(l.c.Targets), Warnings: len(l.warnings),
		MinDepth: minDepth, Coordinator: l.c.Coordinator, Without: l.without}
	for _, w := range l.warnings {
		if w.Code == "asof_far_beyond" && len(w.Args) >= 3 && in.AsOfWarning == nil {
			in.AsOfWarning = &report.AsOfWarningDoc{Date: w.Args[0], Days: w.Args[1], Before: w.Args[2],
				File: filepath.Base(w.Pos.File), Line: w.Pos.Line}
		}
	}
	pc := metrics.CountPairs(l.scored, minDepth)
	in.Faded, in.RatedNoContact, in.Decayed, in.EventsRungZero, in.BelowMinDepth = pc.Faded, pc.RatedNoContact, pc.Decayed, pc.EventsRungZero, pc.BelowMinDepth
	in.OneSidedDeep, in.OneSidedDeepNoEvents, in.OneSidedDeepLowerEvents = pc.OneSidedDeep, pc.OneSidedDeepNoEvents, pc.OneSidedDeepLowerEvents
	extra := []struct {
		key string
		v   any
	}{{"inputs", in}, {"coordinator", coordinatorFigures(l, an)}}
	for _, e := range extra {
		b, err := marshalJSON(e.v)
		if err != nil {
			return nil, 0, failErr(err.Error())
		}
		if err := put(e.key, b); err != nil {
			return nil, 0, failErr(err.Error())
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), singledOut(weak), nil
}

// coordinatorFigures is the network with and without the coordinator of
// case.toml, or nil when no coordinator is named, it is not a partner of
// the case, or the report already leaves a partner out (--without).
func coordinatorFigures(l *loaded, an *caseAnalysis) *coordinatorDoc {
	id := l.c.Coordinator
	if id == "" || l.original != nil {
		return nil
	}
	without, err := an.a.WithoutPartner(l.scored, id)
	if err != nil {
		return nil
	}
	return &coordinatorDoc{ID: id, Name: partnerNames(l)[id], With: an.m.Network, Without: without}
}
