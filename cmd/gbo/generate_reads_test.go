package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbo/samples"
)

// TestGenerateOnlyWritesWhatReads: generate refuses options whose case the
// analysing commands would refuse with their default limits, naming the
// limit and what to lower, and writes nothing; options just under the
// limit write a case that validate reads (exit 0). Each pair sits at the
// edge of one limit for a fixed seed: distinct ties (one per event row,
// at least 20,000: 1,000 partners make n(n-1)/2 = 499,500 possible pairs,
// so the pairs must be counted), people (one to twelve per partner, at
// most 20,000), partners (25,000) and objects (1,000). The refused case,
// written without the limits, is refused by validate too: the check is the
// reader's, not a guess.
func TestGenerateOnlyWritesWhatReads(t *testing.T) {
	type params struct{ partners, events, objects int }
	for _, tc := range []struct {
		limit       string
		over, under params
		says        string
	}{
		{"ties", params{1000, 34964, 6}, params{1000, 34965, 6}, "more than 34,964 ties (pairs of partners sharing an event), the most gbo analyses by default for 34,964 events (one per event, at least 20,000; --max-ties); lower --partners to at most 264"},
		{"people", params{10174, 2000, 6}, params{10173, 2000, 6}, "10,174 partners would have 20,023 people (one to twelve each), over the 20,000 gbo analyses by default (--max-people); lower --partners or leave people out (--no-people)"},
		{"partners", params{25001, 1000, 6}, params{25000, 1000, 6}, "25,001 partners: gbo analyses at most 25,000 by default (--max-partners); lower --partners to at most 25,000"},
		{"objects", params{30, 1000, 1001}, params{30, 1000, 1000}, "1,001 objects: gbo analyses at most 1,000 by default (--max-objects); lower --objects to at most 1,000"},
	} {
		t.Run(tc.limit, func(t *testing.T) {
			args := func(p params, dir string) []string {
				a := []string{"generate", "--seed", "9", "--partners", itoa(p.partners), "--events", itoa(p.events), "--objects", itoa(p.objects), dir}
				if tc.limit == "partners" {
					a = append(a[:1], append([]string{"--no-people"}, a[1:]...)...)
				}
				return a
			}
			dir := t.TempDir()
			over := filepath.Join(dir, "over")
			_, stderr, code := runGBO(t, args(tc.over, over)...)
			if code != 2 || !strings.Contains(stderr, tc.says) {
				t.Fatalf("over the %s limit: exit %d, %q; want 2 and %q", tc.limit, code, stderr, tc.says)
			}
			if _, err := os.Lstat(over); err == nil {
				t.Errorf("over the %s limit: %s was written", tc.limit, over)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
				t.Errorf("over the %s limit: debris %v", tc.limit, left)
			}
			// The same case, written without the limits, is refused by the reader.
			if tc.limit == "ties" || tc.limit == "people" {
				raw := filepath.Join(dir, "raw")
				opt := samples.GenerateOptions{Partners: tc.over.partners, Events: tc.over.events, Seed: 9, People: true, Objects: tc.over.objects}
				if err := samples.Generate(opt, raw); err != nil {
					t.Fatal(err)
				}
				if _, stderr, code := runGBO(t, "validate", raw); code != 2 || !strings.Contains(stderr, map[string]string{"ties": "ties", "people": "--max-people"}[tc.limit]) {
					t.Errorf("validate of the case over the %s limit: exit %d, %q; want it refused", tc.limit, code, lastLine(stderr))
				}
			}
			under := filepath.Join(dir, "under")
			if _, stderr, code := runGBO(t, args(tc.under, under)...); code != 0 {
				t.Fatalf("just under the %s limit: exit %d: %s", tc.limit, code, stderr)
			}
			if _, stderr, code := runGBO(t, "validate", under); code != 0 {
				t.Errorf("validate of the case just under the %s limit: exit %d: %s", tc.limit, code, lastLine(stderr))
			}
		})
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// TestGenerateRangeNamesTheUsableRange: too few partners is refused with
// the range the CLI can use (2 to the readers' 25,000), not the package's
// own ceiling.
func TestGenerateRangeNamesTheUsableRange(t *testing.T) {
	_, stderr, code := runGBO(t, "generate", "--partners", "1", "--events", "10", filepath.Join(t.TempDir(), "g"))
	if code != 2 || !strings.Contains(stderr, "partners must be from 2 to 25,000") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
