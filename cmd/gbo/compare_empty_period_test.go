package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestComparePeriodWithoutEventsWarns: a period that holds none of the
// case's events is kept but warned about on stderr, in the JSON warnings
// and in the page's remarks, in the case's language, naming the dates the
// events cover and saying that the undated ratings count in every period
// (or that the period has no ties, without ratings); a period with events
// gets no such warning.
func TestComparePeriodWithoutEventsWarns(t *testing.T) {
	for _, tc := range []struct {
		sample, lang, says string
	}{
		{"golf-2024", "nl", "beoordelingen hebben geen datum en tellen in elke periode mee"},
		{"grensobject", "en", "it has no ties"},
	} {
		empty := "1900-01-01..1900-06-30"
		full := map[string]string{"golf-2024": "2024-01-01..2024-06-30", "grensobject": "2023-01-01..2023-12-31"}[tc.sample]
		page := filepath.Join(t.TempDir(), "p.html")
		_, stderr, code := runGBO(t, "compare", "sample:"+tc.sample, "--periods", empty+","+full, "-o", page)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.sample, code, stderr)
		}
		head := map[string]string{"nl": "waarschuwing: periode " + empty + " bevat geen gebeurtenissen", "en": "warning: period " + empty + " holds no events"}[tc.lang]
		var warn string
		for _, line := range strings.Split(stderr, "\n") {
			if strings.Contains(line, full) {
				t.Errorf("%s: the period with events is warned about: %s", tc.sample, line)
			}
			if strings.HasPrefix(line, head) {
				warn = line
			}
		}
		if warn == "" || !strings.Contains(warn, tc.says) || strings.Count(stderr, head) != 1 {
			t.Fatalf("%s: stderr %q, want one %q … %q", tc.sample, stderr, head, tc.says)
		}
		if tc.sample == "golf-2024" && !strings.Contains(warn, "de gebeurtenissen lopen van 2024-") {
			t.Errorf("%s: the warning does not say when the events are: %s", tc.sample, warn)
		}
		html, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(html), "<li>"+strings.ReplaceAll(warn, "'", "&#39;")+"</li>") {
			t.Errorf("%s: the page's remarks lack %q", tc.sample, warn)
		}
		out, _, code := runGBO(t, "compare", "sample:"+tc.sample, "--periods", empty+","+full, "--format", "json")
		var doc struct {
			WarningCount int      `json:"warning_count"`
			Warnings     []string `json:"warnings"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil || code != 0 {
			t.Fatalf("%s: json %v, exit %d", tc.sample, err, code)
		}
		n := 0
		for _, w := range doc.Warnings {
			if w == warn {
				n++
			}
		}
		if n != 1 || doc.WarningCount != len(doc.Warnings) {
			t.Errorf("%s: JSON warnings %q lack %q once", tc.sample, doc.Warnings, warn)
		}
	}
}
