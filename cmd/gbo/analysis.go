package main

import (
	"gbo/metrics"
	"gbo/metrics/fragility"
)

// analysis is what several outputs draw from one network: its measures,
// weak links and bridging partners, computed once.
type analysis struct {
	minDepth int
	m        *metrics.Measures
	weak     fragility.WeakResult
	brokers  []metrics.Broker
}

func analyse(l *loaded, minDepth int) *analysis {
	minDepth = max(minDepth, 1)
	m := metrics.Measure(l.scored, metrics.MeasureOptions{MinDepth: minDepth})
	return &analysis{minDepth: minDepth, m: m, weak: weakLinks(l.scored, minDepth), brokers: metrics.Brokers(l.scored, m)}
}
