package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func runGBO(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(append([]string{"gbo"}, args...), &o, &e)
	return o.String(), e.String(), code
}

// readGolden returns the golden file of name, first rewriting it with got
// under -update.
func readGolden(t *testing.T, name, got string) []byte {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/gbo -update)", err)
	}
	return want
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	if want := readGolden(t, name, got); string(want) != got {
		t.Errorf("%s differs from golden file:\n%s", name, firstDiff(string(want), got))
	}
}

func TestTiesGoldenOnSamples(t *testing.T) {
	for _, name := range []string{"grensobject", "golf-2024"} {
		out, stderr, code := runGBO(t, "ties", "sample:"+name, "--format", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		golden(t, "ties-"+name+".json", out)
	}
	out, _, _ := runGBO(t, "--lang", "nl", "ties", "sample:kennismaking")
	golden(t, "ties-kennismaking-nl.txt", out)
}

func TestFlagsMayStandAfterTheCase(t *testing.T) {
	before, _, c1 := runGBO(t, "ties", "--format", "csv", "--as-of", "2024-06-30", "sample:grensobject")
	after, _, c2 := runGBO(t, "ties", "sample:grensobject", "--format", "csv", "--as-of=2024-06-30")
	global, _, c3 := runGBO(t, "ties", "sample:grensobject", "--lang", "en", "--format", "csv", "--as-of", "30/06/2024")
	if c1 != 0 || c2 != 0 || c3 != 0 {
		t.Fatalf("exit codes %d %d %d", c1, c2, c3)
	}
	if before != after || before != global {
		t.Fatal("flag order changed the output")
	}
	if !strings.HasPrefix(before, "a,b,depth,rung,depth_score") {
		t.Fatalf("not CSV: %.100s", before)
	}
}

func TestExitStatusAndMessages(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"unknown sample", []string{"ties", "sample:nope"}, 2, `no sample called "nope"`},
		{"missing folder", []string{"ties", "/no/such/case"}, 2, "/no/such/case"},
		{"no case", []string{"ties"}, 2, "no case given"},
		{"bad date flag", []string{"ties", "sample:grensobject", "--as-of", "gisteren"}, 2, `"gisteren" is not a date`},
		{"bad format", []string{"ties", "sample:grensobject", "--format", "xml"}, 2, "unknown format"},
		{"bad flag", []string{"ties", "sample:grensobject", "--colour", "red"}, 2, "colour"},
		{"unknown command", []string{"tiess", "sample:grensobject"}, 2, `unknown command "tiess"`},
		{"dutch message", []string{"--lang", "nl", "ties"}, 2, "geen gegevens opgegeven"},
		{"bad people", []string{"ties", "sample:grensobject", "--people", "all"}, 2, "--people"},
		{"explain unknown partner", []string{"ties", "sample:grensobject", "--explain", "x,y"}, 2, `unknown partner "x"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runGBO(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.inStderr) {
				t.Errorf("exit %d stderr %q; want %d and %q", code, stderr, tc.code, tc.inStderr)
			}
		})
	}
}

func TestBrokenCaseNamesFileLineAndExits2(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "partners.csv"), []byte("id;naam;sector\nocmw-gent;OCMW Gent;OCMW\ncaw-oost;CAW Oost;CAW\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte("datum;van;met;soort\n15/03/2024;ocmw-gent;caw_oost;doorverwijzing\n16/03/2024;ocmw-gent;caw-oost;koffie\n"), 0o644)
	out, stderr, code := runGBO(t, "ties", dir, "--format", "json")
	if code != 2 || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{
		"interactions.csv:2:3: error: unknown partner id \"caw_oost\"; did you mean \"caw-oost\"?",
		"interactions.csv:3:4: error: unknown kind \"koffie\"",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestExplainShowsEvidenceWithPseudonyms(t *testing.T) {
	out, stderr, code := runGBO(t, "ties", "sample:sleutelfiguren", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	// pick the deepest tie of the sample to explain
	i := strings.Index(out, `"depth": 4`)
	if i < 0 {
		i = strings.Index(out, `"depth": 3`)
	}
	if i < 0 {
		t.Fatal("no deep tie in sample")
	}
	seg := out[:i]
	a := between(seg[strings.LastIndex(seg, `"a": "`):], `"a": "`, `"`)
	b := between(seg[strings.LastIndex(seg, `"b": "`):], `"b": "`, `"`)
	ex, stderr, code := runGBO(t, "ties", "sample:sleutelfiguren", "--explain", a+","+b)
	if code != 0 {
		t.Fatal(stderr)
	}
	if !strings.Contains(ex, "✓ E1") || !strings.Contains(ex, "P-") {
		t.Errorf("explanation lacks evidence marks or pseudonyms:\n%s", ex)
	}
	names, _, _ := runGBO(t, "ties", "sample:sleutelfiguren", "--explain", a+","+b, "--people", "names")
	if strings.Contains(names, "P-") || names == ex {
		t.Errorf("--people names still shows pseudonyms")
	}
	none, _, _ := runGBO(t, "ties", "sample:sleutelfiguren", "--explain", a+","+b, "--people=none", "--format", "json")
	if !strings.Contains(none, `"people": null`) {
		t.Errorf("--people none still lists people")
	}
}

func between(s, from, to string) string {
	_, rest, _ := strings.Cut(s, from)
	v, _, _ := strings.Cut(rest, to)
	return v
}

func TestCSVOutputNeutralisesFormulas(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+32 9 123": "'+32 9 123", "@SUM": "'@SUM", "-3.5": "-3.5", "-x": "'-x", "ok": "ok"} {
		if got := CSVSafe(in); got != want {
			t.Errorf("CSVSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

// goldenJSON compares a JSON output with its golden file allowing float
// differences of 1e-12 (relative): the kernels may sum in another order
// after an optimisation, which moves the last bit and means nothing. Byte
// equality across runs is tested on its own.
func goldenJSON(t *testing.T, name, got string) {
	t.Helper()
	want := readGolden(t, name, got)
	var a, b any
	if err := json.Unmarshal(want, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(got), &b); err != nil {
		t.Fatalf("%s: output is not JSON: %v", name, err)
	}
	if where := jsonDiff(a, b, ""); where != "" {
		t.Errorf("%s differs from golden file at %s", name, where)
	}
}

func jsonDiff(a, b any, at string) string {
	where := at
	if where == "" {
		// The root: a difference here must not read as "no difference".
		where = "."
	}
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return where
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok {
				return at + "." + k + " (missing)"
			}
			if d := jsonDiff(v, w, at+"."+k); d != "" {
				return d
			}
		}
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return where
		}
		for i := range x {
			if d := jsonDiff(x[i], y[i], fmt.Sprintf("%s[%d]", at, i)); d != "" {
				return d
			}
		}
	case float64:
		y, ok := b.(float64)
		if !ok || math.Abs(x-y) > 1e-12*math.Max(1, math.Abs(x)) {
			return fmt.Sprintf("%s (%v, got %v)", where, x, b)
		}
	default:
		if a != b {
			return fmt.Sprintf("%s (%v, got %v)", where, a, b)
		}
	}
	return ""
}

func TestHelpInBothLanguages(t *testing.T) {
	nl, _, code := runGBO(t, "--lang", "nl", "--help")
	if code != 0 || !strings.Contains(nl, "COMMANDO'S:") || !strings.Contains(nl, "grensobjecten: welke gedeelde praktijkvragen") {
		t.Errorf("Dutch help:\n%s", nl)
	}
	mapNL, _, _ := runGBO(t, "map", "--help", "--lang", "nl")
	if !strings.Contains(mapNL, "OPTIES:") || !strings.Contains(mapNL, "laagste trede") {
		t.Errorf("Dutch map help:\n%s", mapNL)
	}
	en, _, _ := runGBO(t, "--help")
	if !strings.Contains(en, "COMMANDS:") || strings.Contains(en, "COMMANDO") || !strings.Contains(en, "gbo report sample:grensobject") {
		t.Errorf("English help after Dutch:\n%s", en)
	}
}
