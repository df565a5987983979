package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"gbo/metrics"
)

// appendTie must write what encoding/json writes, byte for byte.
func FuzzTieJSONMatchesEncodingJSON(f *testing.F) {
	f.Add("a", "b", "2024-01-01", "obj", 2.5, 3, true, 1e-9)
	f.Add("<script>\"x\"</script>", "é\x00\u2028", "\xff", "a&b", 1e21, 0, false, 0.0)
	f.Fuzz(func(t *testing.T, a, b, date, obj string, score float64, n int, one bool, small float64) {
		tie := metrics.Tie{A: a, B: b, Depth: n % 6, DepthScore: score, Events: n, First: &date,
			Initiated: metrics.Sides{Known: true, A: a, B: b, N: [2]int{n, 1}}, Objects: []string{obj, a}, Flags: []string{}}
		if one {
			tie.OneSided = &one
			tie.Gap = &n
			tie.Carriers = metrics.Sides{Known: true, A: a, B: b}
			tie.DepthScore = small
			// ratings: one full, one with figures left out; hostile ids
			w := score
			tie.Ratings = map[string]metrics.TieRating{
				a: {Depth: n % 6, Trust: &n, Value: &n, Weight: &w},
				b: {Depth: 1},
			}
		}
		want, err := json.MarshalIndent(&tie, "    ", "  ")
		if err != nil {
			return // NaN or Inf: encoding/json refuses; ours writes null
		}
		want = safeJSON(want) // as marshalJSON does
		got := appendTie(nil, &tie)
		if !bytes.Equal(got, want) {
			t.Fatalf("differs:\n%s\n%s", want, got)
		}
	})
}
