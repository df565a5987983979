package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"gbo/metrics/depth"
)

// appendTie must write what encoding/json writes, byte for byte, for every
// field of depth.Tie that JSON carries, in every shape it can take: a
// pointer null or set, a list or map null, empty or filled, sides known or
// not, ratings with figures given or left out, hostile strings anywhere.
//
// The fuzz arguments stay those of the stored corpus (testdata/fuzz); the
// bits of n choose each field's shape (fuzzTie), so that the fuzzer reaches
// every combination by mutating one integer.
func FuzzTieJSONMatchesEncodingJSON(f *testing.F) {
	f.Add("a", "b", "2024-01-01", "obj", 2.5, 0, true, 1e-9)
	f.Add("a", "b", "2024-01-01", "2024-12-31", 2.5, 3, true, 1e-9)
	f.Add("<script>\"x\"</script>", "é\x00\u2028", "\xff", "a&b", 1e21, 0, false, 0.0)
	f.Add("same", "same", "\u202e", "\x7f\u0085", -0.0, -1, true, 1e-7)
	f.Add("x", "y", "", "", 5e-324, 1<<40-1, false, -1e300)
	f.Fuzz(func(t *testing.T, a, b, date, obj string, score float64, n int, one bool, small float64) {
		tie := fuzzTie(a, b, date, obj, score, n, one, small)
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

// fuzzTie fills every JSON field of a tie from the fuzz input. The bits of
// n, taken field by field, choose each field's shape: a pointer set (0) or
// nil (1); a list filled (0), empty (1) or nil (2); sides known (0) or
// not (1); ratings two (0), none but not nil (1) or nil (2). n = 0 fills
// every field.
func fuzzTie(a, b, date, obj string, score float64, n int, one bool, small float64) depth.Tie {
	bits := uint64(n)
	pick := func(k uint64) uint64 { v := bits % k; bits /= k; return v }
	intPtr := func(v int) *int {
		if pick(2) == 1 {
			return nil
		}
		return &v
	}
	strPtr := func(v string) *string {
		if pick(2) == 1 {
			return nil
		}
		return &v
	}
	strs := func(xs ...string) []string {
		switch pick(3) {
		case 1:
			return []string{}
		case 2:
			return nil
		}
		return xs
	}
	sides := func(na, nb int) depth.Sides {
		if pick(2) == 1 {
			return depth.Sides{}
		}
		return depth.Sides{Known: true, A: a, B: b, N: [2]int{na, nb}}
	}
	tie := depth.Tie{A: a, B: b, Depth: n % 6, DepthScore: score, Events: n}
	if one {
		tie.DepthScore = small
	}
	tie.DepthEvents = intPtr(n % 6)
	tie.DepthSurvey = intPtr((n / 6) % 6)
	tie.Gap = intPtr(n - 1)
	if pick(2) == 0 {
		tie.OneSided = &one
	}
	tie.First = strPtr(date)
	tie.Last = strPtr(obj)
	tie.Initiated = sides(n, 1)
	tie.Objects = strs(obj, a, date)
	tie.Carriers = sides(n>>1, -n)
	tie.Flags = strs(b, "bridge", date)
	switch pick(3) {
	case 0:
		// one rating with every figure (a weight that may be tiny, huge
		// or negative), one with figures that may be left out; hostile ids
		w := small
		if one {
			w = score
		}
		trust, value := n%5, (n/5)%5
		tie.Ratings = map[string]depth.TieRating{
			a: {Depth: n % 6, Trust: &trust, Value: &value, Weight: &w},
			b: {Depth: (n / 6) % 6, Trust: intPtr(1), Value: intPtr(4)},
		}
	case 1:
		tie.Ratings = map[string]depth.TieRating{}
	}
	return tie
}

// TestFuzzTieReachesEveryField pins that the fuzz covers the whole tie: with
// n = 0 every JSON key holds a value (no null, no empty list or map), and
// over the first 8000 n every key also takes every other shape, so
// a field added to Tie, or one the fuzz stops filling, fails here.
func TestFuzzTieReachesEveryField(t *testing.T) {
	shapes := func(n int) map[string]string {
		tie := fuzzTie("a", "b", "2024-01-01", "2024-12-31", 2.5, n, true, 0.5)
		var m map[string]any
		if err := json.Unmarshal(appendTie(nil, &tie), &m); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		out := map[string]string{}
		for k, v := range m {
			switch v := v.(type) {
			case nil:
				out[k] = "null"
			case []any:
				out[k] = map[bool]string{true: "empty", false: "filled"}[len(v) == 0]
			case map[string]any:
				out[k] = map[bool]string{true: "empty", false: "filled"}[len(v) == 0]
			default:
				out[k] = "filled"
			}
		}
		return out
	}
	var all map[string]any
	b, _ := json.Marshal(depth.Tie{})
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	first := shapes(0)
	if len(first) != len(all) {
		t.Fatalf("appendTie writes %d keys, encoding/json %d", len(first), len(all))
	}
	for k, s := range first {
		if s != "filled" {
			t.Errorf("n=0: %s is %s", k, s)
		}
	}
	seen := map[string]bool{}
	for n := 0; n < 8000; n++ {
		for k, s := range shapes(n) {
			seen[k+" "+s] = true
		}
	}
	// The shapes each key can take in JSON.
	want := map[string][]string{}
	for k := range all {
		want[k] = []string{"filled"}
	}
	for _, k := range []string{"depth_events", "depth_survey", "gap", "one_sided", "first", "last", "initiated", "carriers"} {
		want[k] = append(want[k], "null")
	}
	for _, k := range []string{"objects", "flags", "ratings"} {
		want[k] = append(want[k], "null", "empty")
	}
	for k, ss := range want {
		for _, s := range ss {
			if !seen[k+" "+s] {
				t.Errorf("the fuzz never writes %s %s", k, s)
			}
		}
	}
	if len(want) != 16 {
		t.Errorf("the tie has %d JSON keys; this test knows 16: %v", len(want), fmt.Sprint(all))
	}
}
