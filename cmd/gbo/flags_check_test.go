package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// flagCase writes a small case (as_of 2024-12-30) and returns its folder.
func flagCase(t *testing.T, caseTOML string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "case")
	os.Mkdir(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte("id,sector\na,OCMW\nb,CAW\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte("date,from,with,kind\n2024-01-02,a,b,introduction\n2024-02-02,a,b,referral\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "case.toml"), []byte(caseTOML), 0o644)
	return dir
}

// A numeric or date flag out of its range is an error (exit 2) that says
// the range, before any work and with nothing on stdout; the ends of each
// range are accepted.
func TestFlagsOutOfRange(t *testing.T) {
	c := flagCase(t, "as_of = 2024-12-30\n")
	for _, tc := range []struct {
		args []string
		want string // "" = accepted
	}{
		{[]string{"ties", c, "--min-depth", "99"}, "--min-depth 99 is out of range: a rung from 0 to 5"},
		{[]string{"ties", c, "--min-depth", "-3"}, "--min-depth -3 is out of range: a rung from 0 to 5"},
		{[]string{"metrics", c, "--min-depth", "6"}, "a rung from 0 to 5"},
		{[]string{"ties", c, "--min-depth", "0"}, ""},
		{[]string{"ties", c, "--min-depth", "5"}, ""},
		{[]string{"ties", c, "--since", "2024-05-01", "--as-of", "2024-01-01"}, "--since must be on or before --as-of"},
		{[]string{"ties", c, "--since", "2024-05-01", "--as-of", "2024-05-01"}, ""},
		// Without --as-of, the case's as_of is the date to be on or before.
		{[]string{"ties", c, "--since", "2025-01-01"}, "--since 2025-01-01 is after 2024-12-30"},
		{[]string{"weak", c, "--key-players", "-1"}, "--key-players -1 is out of range: from 0 (none) to 100 partners"},
		{[]string{"weak", c, "--key-players", "101"}, "from 0 (none) to 100 partners"},
		{[]string{"weak", c, "--key-players", "100"}, ""},
		{[]string{"map", c, "--focus", "a", "--radius", "-1", "-o", filepath.Join(t.TempDir(), "m.svg")}, "--radius -1 is out of range: from 0 to 20"},
		{[]string{"map", c, "--focus", "a", "--radius", "21", "-o", filepath.Join(t.TempDir(), "m.svg")}, "from 0 to 20"},
		{[]string{"generate", "--seed", "-1", filepath.Join(t.TempDir(), "g")}, "from 0 to 18446744073709551615"},
		{[]string{"generate", "--objects", "-1", filepath.Join(t.TempDir(), "g")}, "objects must be from 0 to 100,000"},
	} {
		out, stderr, code := runGBO(t, tc.args...)
		if tc.want == "" {
			if code != 0 {
				t.Errorf("%v: exit %d: %s", tc.args, code, stderr)
			}
			continue
		}
		if code != 2 || !strings.Contains(stderr, tc.want) || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, stderr, tc.want)
		}
	}
	if out, stderr, code := runGBO(t, "ties", c, "--min-depth", "-3", "--lang", "nl"); code != 2 || out != "" ||
		!strings.Contains(stderr, "--min-depth -3 valt buiten het bereik: een trede van 0 tot 5") {
		t.Errorf("Dutch: exit %d, %s", code, stderr)
	}
}

// compare has a limit of cases and of periods, checked before anything is
// read: 51 cases that do not exist fail on the limit, not on the first
// missing case. Periods must be in order and not overlap.
func TestCompareLimits(t *testing.T) {
	var many []string
	for i := 0; i <= maxCompareCases; i++ {
		many = append(many, filepath.Join(t.TempDir(), "missing"))
	}
	periods := func(n int) string {
		var p []string
		for i := 0; i < n; i++ {
			p = append(p, "2024-01-01..2024-01-02")
		}
		return strings.Join(p, ",")
	}
	page := filepath.Join(t.TempDir(), "compare.html")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{append([]string{"compare"}, many...), "at most 50 cases"},
		{[]string{"compare", "sample:grensobject", "--periods", periods(5000), "-o", page}, "5000 periods; at most 24"},
		{[]string{"compare", filepath.Join(t.TempDir(), "missing"), "--periods", periods(25)}, "at most 24"},
		{[]string{"compare", "sample:grensobject", "--periods", "2024-01-01..2024-06-30,2024-06-01..2024-12-31"},
			"2024-06-01..2024-12-31 does not start after 2024-01-01..2024-06-30 ends"},
		{[]string{"compare", "sample:grensobject", "--periods", "2024-07-01..2024-12-31,2024-01-01..2024-06-30"}, "in time order, not overlapping"},
		{[]string{"compare", "sample:grensobject", "--periods", "2024-06-30..2024-01-01,2024-07-01..2024-12-31"}, "ends before it starts"},
		{[]string{"compare", "sample:grensobject", "--periods", "2024-01-01..2024-12-31"}, "2 to 24 periods"},
	} {
		out, stderr, code := runGBO(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) || out != "" {
			t.Errorf("%.80v: exit %d, stderr %q; want exit 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(page); err == nil {
		t.Error("a refused compare wrote its page")
	}
	// 24 periods in order are accepted.
	var ok []string
	for m := 1; m <= 12; m++ {
		ok = append(ok, "2023-"+two(m)+"-01..2023-"+two(m)+"-28", "2024-"+two(m)+"-01..2024-"+two(m)+"-28")
	}
	sortPeriods(ok)
	if _, stderr, code := runGBO(t, "compare", "sample:grensobject", "--periods", strings.Join(ok, ","), "--format", "json"); code != 0 {
		t.Errorf("24 periods: exit %d: %s", code, stderr)
	}
}

func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func sortPeriods(p []string) {
	for i := range p {
		for j := i + 1; j < len(p); j++ {
			if p[j] < p[i] {
				p[i], p[j] = p[j], p[i]
			}
		}
	}
}

// generate refuses a size whose case gbo could not read with its default
// limits, saying the cap, before anything is written.
func TestGenerateCaps(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--events", "50000000"}, "events must be from 1 to 5,000,000"},
		{[]string{"--events", "5000001"}, "events must be from 1 to 5,000,000"},
		{[]string{"--partners", "1000001"}, "partners must be from 2 to 25,000"},
	} {
		dir := filepath.Join(t.TempDir(), "g")
		out, stderr, code := runGBO(t, append(append([]string{"generate"}, tc.args...), dir)...)
		if code != 2 || !strings.Contains(stderr, tc.want) || out != "" {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tc.args, code, stderr, tc.want)
		}
		if entries, err := os.ReadDir(filepath.Dir(dir)); err != nil || len(entries) != 0 {
			t.Errorf("%v: wrote %v", tc.args, entries)
		}
	}
}

// An alias or kind name that is another kind's name or alias is an error
// at the file and line that give it, naming both kinds: in case.toml's
// [depth], and in a --depth-model file (reported against that file, as
// given, never against case.toml).
func TestDepthModelShadowing(t *testing.T) {
	c := flagCase(t, "as_of = 2024-12-30\n\n[depth.kinds]\nreferral = { rung = 3, aliases = [\"joint_action\", \"introduction\"] }\n")
	_, stderr, code := runGBO(t, "ties", c)
	if code != 2 || !strings.Contains(stderr, "case.toml:4:") || !strings.Contains(stderr, `alias "joint_action" of kind referral is the name of kind joint_action`) {
		t.Errorf("case.toml: exit %d: %s", code, stderr)
	}

	c = flagCase(t, "as_of = 2024-12-30\n")
	model := filepath.Join(t.TempDir(), "model.toml")
	for _, tc := range []struct{ toml, want string }{
		{"# a model\n[kinds]\nhuisbezoek = 2\nreferral = { rung = 3, aliases = [\"introduction\"] }\n",
			":4:12: error: alias \"introduction\" of kind referral is the name of kind introduction"},
		{"[kinds.overleg]\nrung = 2\n", ":1:1: error: kind \"overleg\" is already an alias of kind network_meeting"},
		{"half_life = 30\n\n[kinds]\nthuis = { rung = 2, aliases = [\"casusoverleg\"] }\n", ":4:9: error: alias \"casusoverleg\" of kind thuis is already an alias of kind case_consultation"},
		{"combine = \"avg\"\n", ":1:11: error: bad depth model: combine must be min, max or mean"},
	} {
		os.WriteFile(model, []byte(tc.toml), 0o644)
		_, stderr, code := runGBO(t, "ties", c, "--depth-model", model)
		if code != 2 || !strings.Contains(stderr, model+tc.want) || strings.Contains(stderr, "case.toml") {
			t.Errorf("%q: exit %d: %s; want %s%s", tc.toml, code, stderr, model, tc.want)
		}
	}
	// A kind of the case and an alias of the model file that collide: the
	// model file, applied last, is at fault.
	c = flagCase(t, "as_of = 2024-12-30\n[depth]\nkinds.huisbezoek = 2\n")
	os.WriteFile(model, []byte("[kinds]\nthuis = { rung = 1, aliases = [\"Huisbezoek\"] }\n"), 0o644)
	_, stderr, code = runGBO(t, "ties", c, "--depth-model", model)
	if code != 2 || !strings.Contains(stderr, model+":2:9:") || !strings.Contains(stderr, "kind huisbezoek") {
		t.Errorf("case and model: exit %d: %s", code, stderr)
	}
}
