package main

import (
	"gbo/metrics"
	"gbo/metrics/flags"
	"gbo/metrics/fragility"
	"gbo/metrics/measures"
)

// caseAnalysis is the analysis of a case (metrics.Of: measures, weak
// links and bridging partners at --min-depth, computed once) under the
// short names the commands use.
type caseAnalysis struct {
	a        *metrics.Analysis
	minDepth int
	m        *measures.Measures
	weak     fragility.WeakResult
	brokers  []measures.Broker
}

func analyse(l *loaded, minDepth int) *caseAnalysis {
	// The outputs drawn from the analysis print each tie's weak-link flags
	// at minDepth: l.scored becomes flags.FlagTies' flagged copy.
	l.scored = flags.FlagTies(l.scored, minDepth)
	a := metrics.Of(l.scored, minDepth)
	return &caseAnalysis{a: a, minDepth: a.MinDepth, m: a.Measures, weak: a.Weak, brokers: a.Brokers}
}
