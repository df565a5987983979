package main

import (
	"encoding/json"
	"slices"
	"testing"

	"gbo/samples"
)

// On every bundled sample, `gbo weak` never says a deep tie rests on one
// person unless its own fragility table agrees: every tie flagged
// single_carrier has a person of one of its two partners whose departure
// loses a deep tie or weakens a tie (the carrier is one of them).
func TestWeakSingleCarrierAgreesWithPersonFragilityOnSamples(t *testing.T) {
	for _, info := range samples.List() {
		out, stderr, code := runGBO(t, "weak", "sample:"+info.Name, "--format", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", info.Name, code, stderr)
		}
		var got struct {
			Counts struct {
				ByReason map[string]int `json:"by_reason"`
			} `json:"counts"`
			Weak []struct {
				A, B    string
				Reasons []string
			} `json:"weak"`
			Fragility []struct {
				Kind, Partner string
				DeepTiesLost  int `json:"deep_ties_lost"`
				TiesWeakened  int `json:"ties_weakened"`
			} `json:"fragility"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%s: %v", info.Name, err)
		}
		n := 0
		for _, w := range got.Weak {
			if !slices.Contains(w.Reasons, "single_carrier") {
				continue
			}
			n++
			found := false
			for _, f := range got.Fragility {
				if f.Kind == "person" && (f.Partner == w.A || f.Partner == w.B) && f.DeepTiesLost+f.TiesWeakened > 0 {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: %s-%s flagged single_carrier, but no person of either partner costs a tie", info.Name, w.A, w.B)
			}
		}
		if n != got.Counts.ByReason["single_carrier"] {
			t.Errorf("%s: %d single_carrier links listed, counts say %d", info.Name, n, got.Counts.ByReason["single_carrier"])
		}
	}
}
