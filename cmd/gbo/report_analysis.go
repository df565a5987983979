package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"

	"gbo/metrics"
	"gbo/metrics/boundary"
	"gbo/metrics/measures"
	"gbo/render/report"
)

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

// reportAnalysis is the analysis a report shows, as one compact,
// deterministic JSON object. Its keys, in order, are fields of the
// documents of `gbo metrics|weak|brokers|objects --format json` for the
// same case and flags, taken from the very values those commands marshal
// (metricsDoc, weakDoc, brokersDoc, objectsDoc), so they are the same
// bytes: case, network, partners (metrics); weak, missing_core_pairs,
// isolated_externals, fragility, people_unknown, counts (weak); brokers;
// objects; survey (metrics). Then the report's own: inputs (what was read)
// and coordinator (the network with and without the coordinator). an is
// the analysis of the case at --min-depth (analyse); o gives --min-depth.
// singles counts the figures that concern one person, as gbo weak counts
// them for its notice (singledOut).
func reportAnalysis(l *loaded, o caseOptions, an *caseAnalysis) (b []byte, singles int, err error) {
	if _, err := l.pseudonyms(); err != nil { // the key, checked before any work (as gbo weak does)
		return nil, 0, err
	}
	minDepth := an.minDepth
	mdoc := metricsOutput(l, an.m, "network").JSON.(metricsDoc)
	weak := weakOutput(l, weakSettings{MinDepth: o.MinDepth}, an.weak).JSON.(weakDoc)
	bdoc := brokersOutput(l, an.brokers).JSON.(brokersDoc)
	odoc := objectsOutput(l, boundary.Objects(l.scored)).JSON.(objectsDoc)
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
	fields := []struct {
		key string
		v   any
	}{
		{"case", mdoc.Case}, {"network", mdoc.Network}, {"partners", mdoc.Partners},
		{"weak", weak.Weak}, {"missing_core_pairs", weak.MissingCorePairs}, {"isolated_externals", weak.IsolatedExternals},
		{"fragility", weak.Fragility}, {"people_unknown", weak.PeopleUnknown}, {"counts", weak.Counts},
		{"brokers", bdoc.Brokers}, {"objects", odoc.Objects}, {"survey", mdoc.Survey},
		{"inputs", in}, {"coordinator", coordinatorFigures(l, an)},
	}
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range fields {
		// marshalJSON as the commands print them (safe strings, a number
		// that is not finite as null), compacted.
		v, err := marshalJSON(f.v)
		if err != nil {
			return nil, 0, failErr(err.Error())
		}
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(f.key)
		buf.Write(k)
		buf.WriteByte(':')
		if err := json.Compact(&buf, v); err != nil {
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
