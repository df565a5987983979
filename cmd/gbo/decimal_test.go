package main

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
)

// Dutch tables and Markdown have decimal commas (0,775); Dutch CSV and JSON
// stay as machines read them (0.775); English tables keep the point.
func TestDutchTablesHaveDecimalCommas(t *testing.T) {
	out := func(args ...string) string {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"gbo"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		return stdout.String()
	}
	point := regexp.MustCompile(`(^|[\s|:])-?[0-9]+\.[0-9]+($|[\s|])`)
	comma := regexp.MustCompile(`(^|[\s|:])-?[0-9]+,[0-9]+($|[\s|])`)
	for _, format := range []string{"table", "md"} {
		nl := out("metrics", "sample:kennismaking", "--lang", "nl", "--level", "partners", "--format", format)
		if point.MatchString(nl) || !comma.MatchString(nl) {
			t.Errorf("%s in Dutch:\n%s", format, nl[:min(len(nl), 600)])
		}
		en := out("metrics", "sample:kennismaking", "--lang", "en", "--level", "partners", "--format", format)
		if !point.MatchString(en) || comma.MatchString(en) {
			t.Errorf("%s in English:\n%s", format, en[:min(len(en), 600)])
		}
	}
	rows, err := csv.NewReader(strings.NewReader(out("metrics", "sample:kennismaking", "--lang", "nl", "--level", "partners", "--format", "csv"))).ReadAll()
	if err != nil || !strings.Contains(rows[1][3], ".") {
		t.Errorf("Dutch CSV: %v %v", rows[:2], err)
	}
	if j := out("metrics", "sample:kennismaking", "--lang", "nl", "--format", "json"); !strings.Contains(j, `"density": 0.`) {
		t.Errorf("Dutch JSON lost its decimal point")
	}
}
