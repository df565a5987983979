package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCaseDir writes files into a new case folder.
func writeCaseDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// numbers calls f with every number of a decoded JSON document and where
// it is.
func numbers(v any, at string, f func(at string, x float64)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			numbers(e, at+"."+k, f)
		}
	case []any:
		for i, e := range x {
			numbers(e, fmt.Sprintf("%s[%d]", at, i), f)
		}
	case float64:
		f(at, x)
	}
}

// TestLargestWeightsAndCountsGiveFiniteMeasures: a case with the largest
// count and weight the reader allows everywhere (and the smallest weight,
// whose distance 1/weight is largest) gives finite numbers in every
// measure: metrics and ties print JSON (which cannot hold NaN or Inf) and
// exit 0. A weight of 1e308, which used to make strength +Inf, is refused
// with the limit.
func TestLargestWeightsAndCountsGiveFiniteMeasures(t *testing.T) {
	var partners, events, ties strings.Builder
	partners.WriteString("id,sector\n")
	events.WriteString("date,from,with,kind,count\n")
	ties.WriteString("from,to,depth,weight\n")
	sectors := []string{"CAW", "OCMW", "DMW", "buurtwerk", "school", "huisarts"}
	const n = 12
	for i := 0; i < n; i++ {
		fmt.Fprintf(&partners, "P%02d,%s\n", i, sectors[i%len(sectors)])
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			w := "1000000"
			if (i+j)%3 == 0 {
				w = "0.000001"
			}
			fmt.Fprintf(&ties, "P%02d,P%02d,5,%s\n", i, j, w)
			for k := 0; k < 20; k++ {
				fmt.Fprintf(&events, "2024-06-30,P%02d,P%02d,5,1000000\n", i, j)
			}
		}
	}
	dir := writeCaseDir(t, map[string]string{"partners.csv": partners.String(),
		"interactions.csv": events.String(), "ties.csv": ties.String(), "case.toml": "as_of = 2024-06-30\n"})
	for _, cmd := range []string{"metrics", "ties"} {
		out, errs, code := runGBO(t, cmd, dir, "--format", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", cmd, code, errs)
		}
		var doc any
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%s: %v", cmd, err)
		}
		count, big := 0, 0.0
		numbers(doc, "", func(at string, x float64) {
			count++
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Errorf("%s: %s = %v", cmd, at, x)
			}
			big = max(big, math.Abs(x))
		})
		if count < 100 || big < 1e6 {
			t.Errorf("%s: %d numbers, largest %g: the weights did not reach the measures", cmd, count, big)
		}
	}

	dir = writeCaseDir(t, map[string]string{"partners.csv": "id,sector\nA,CAW\nB,OCMW\n",
		"ties.csv": "from,to,depth,weight\nA,B,3,1e308\nB,A,3,1e308\n"})
	_, errs, code := runGBO(t, "metrics", dir, "--format", "json")
	if code != 2 || !strings.Contains(errs, "ties.csv:2:4") || !strings.Contains(errs, "at most 1,000,000") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// TestLimitFlagsReachTheReader: each limit flag raises (or lowers) its
// limit; the message over a limit names the flag.
func TestLimitFlagsReachTheReader(t *testing.T) {
	dir := writeCaseDir(t, map[string]string{
		"partners.csv":     "id,sector\nA,CAW\nB,OCMW\nC,DMW\n",
		"interactions.csv": "date,from,with,kind\n2024-01-10,A,B|C,3\n2024-01-11,B,C,3\n2024-01-12,C,A,3\n" + strings.Repeat("\n", 1<<20),
	})
	for _, tc := range []struct {
		flag, low, high string
	}{
		{"--max-event-partners", "2", "3"},
		{"--max-pairs", "4", "5"},
		{"--max-rows", "2", "3"},
		{"--max-file-mb", "1", "2"},
	} {
		_, errs, code := runGBO(t, "validate", dir, tc.flag, tc.low)
		if code != 2 || !strings.Contains(errs, tc.flag) {
			t.Errorf("%s %s: exit %d: %s", tc.flag, tc.low, code, errs)
		}
		_, errs, code = runGBO(t, "validate", dir, tc.flag, tc.high)
		if code != 0 {
			t.Errorf("%s %s: exit %d: %s", tc.flag, tc.high, code, errs)
		}
	}
}
