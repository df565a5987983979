package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestAnalysisGoldens(t *testing.T) {
	for _, tc := range []struct{ name, sample string }{
		{"metrics", "intersectoraal"}, {"brokers", "sleutelfiguren"}, {"objects", "grensobject"},
		{"weak", "sleutelfiguren"}, {"weak", "kennismaking"},
	} {
		out, stderr, code := runGBO(t, tc.name, "sample:"+tc.sample, "--format", "json")
		if code != 0 {
			t.Fatalf("%s %s: exit %d: %s", tc.name, tc.sample, code, stderr)
		}
		goldenJSON(t, tc.name+"-"+tc.sample+".json", out)
	}
}

// The stories of the samples must show in what the commands say.
func TestSampleStoriesShow(t *testing.T) {
	var objects struct {
		Objects []struct {
			ID, Verdict string
			Reasons     []struct{ Code, Text string }
		}
	}
	out := runJSON(t, &objects, "objects", "sample:grensobject", "--format", "json")
	if len(objects.Objects) == 0 {
		t.Fatalf("no objects in grensobject: %s", out)
	}
	verdicts := map[string]bool{}
	for _, o := range objects.Objects {
		verdicts[o.Verdict] = true
		if len(o.Reasons) == 0 || o.Reasons[0].Text == "" {
			t.Errorf("object %s has no reason text", o.ID)
		}
	}
	if objects.Objects[0].ID != "huurders" || objects.Objects[0].Verdict != "boundary_object" {
		t.Errorf("the tenants' intake trajectory should lead as a boundary object: %+v", objects.Objects[0])
	}
	for _, v := range []string{"boundary_object", "candidate", "local", "unused"} {
		if !verdicts[v] {
			t.Errorf("no %s object in grensobject", v)
		}
	}

	var brokers struct {
		Brokers []struct {
			ID      string
			Reasons []struct{ Code, Text string }
		}
	}
	runJSON(t, &brokers, "brokers", "sample:sleutelfiguren", "--format", "json", "--lang", "en")
	if len(brokers.Brokers) == 0 || brokers.Brokers[0].ID != "clb-leiedal" ||
		!strings.HasPrefix(brokers.Brokers[0].Reasons[0].Text, "the only link between") {
		t.Errorf("the CLB should lead the brokers as the only link to the schools: %+v", brokers.Brokers)
	}

	var weak struct {
		Fragility []struct {
			ID, Kind     string
			DeepTiesLost int `json:"deep_ties_lost"`
		}
		PeopleUnknown bool `json:"people_unknown"`
	}
	runJSON(t, &weak, "weak", "sample:sleutelfiguren", "--format", "json")
	if weak.PeopleUnknown || len(weak.Fragility) == 0 || weak.Fragility[0].Kind != "person" || !strings.HasPrefix(weak.Fragility[0].ID, "P-") {
		t.Errorf("one pseudonymised person should top the fragility list: %+v", weak.Fragility[:min(3, len(weak.Fragility))])
	}
}

func TestWithoutComparesTheTwoNetworks(t *testing.T) {
	out, stderr, code := runGBO(t, "weak", "sample:sleutelfiguren", "--without", "clb-leiedal", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var doc struct {
		Without struct {
			ID     string
			Before struct{ Partners, Components int }
			After  struct{ Partners, Components int }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	w := doc.Without
	// The CLB is the only link to the schools: without it the network falls apart.
	if w.ID != "clb-leiedal" || w.After.Partners != w.Before.Partners-1 || w.After.Components <= w.Before.Components {
		t.Errorf("without clb: %+v", w)
	}
	_, stderr, code = runGBO(t, "weak", "sample:sleutelfiguren", "--without", "nobody")
	if code != 2 || !strings.Contains(stderr, "nobody") {
		t.Errorf("unknown --without: %d %s", code, stderr)
	}
}

func TestMapAndExportWriteFilesWholeAndNeverOverInputs(t *testing.T) {
	dir := t.TempDir()
	svg := dir + "/kaart.svg"
	_, stderr, code := runGBO(t, "map", "sample:sleutelfiguren", "-o", svg, "--lang", "nl")
	if code != 0 {
		t.Fatal(stderr)
	}
	b, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	// one node per partner (22 in the sample), the Dutch legend, the title
	if n := strings.Count(s, `class="node"`); n != 22 {
		t.Errorf("%d nodes in the SVG, want 22", n)
	}
	for _, want := range []string{"GBO Leiedal", "doorverwijzing", "kernpartner"} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	// an ego map holds fewer partners
	_, _, code = runGBO(t, "map", "sample:sleutelfiguren", "-o", dir+"/ego.svg", "--focus", "clb-leiedal", "--radius", "1")
	ego, _ := os.ReadFile(dir + "/ego.svg")
	if code != 0 || strings.Count(string(ego), `class="node"`) >= 22 || !strings.Contains(string(ego), "CLB Leiedal") {
		t.Errorf("ego map: exit %d, %d nodes", code, strings.Count(string(ego), `class="node"`))
	}
	// a case folder's own file is never overwritten
	caseDir := dir + "/case"
	if _, stderr, code := runGBO(t, "sample", "grensobject", caseDir); code != 0 {
		t.Fatal(stderr)
	}
	before, err := os.ReadFile(caseDir + "/partners.csv")
	if err != nil || !strings.Contains(string(before), "caw-scheldemeersen") {
		t.Fatalf("the sample's partners.csv: %v", err)
	}
	_, stderr, code = runGBO(t, "export", caseDir, "-o", caseDir+"/partners.csv")
	after, _ := os.ReadFile(caseDir + "/partners.csv")
	if code != 2 || string(before) != string(after) || !strings.Contains(stderr, "input") {
		t.Errorf("export over an input: exit %d, %s", code, stderr)
	}
	// an unknown extension is refused and writes nothing
	_, _, code = runGBO(t, "map", "sample:grensobject", "-o", dir+"/kaart.pdf")
	if _, err := os.Stat(dir + "/kaart.pdf"); code != 2 || err == nil {
		t.Errorf("pdf map: exit %d, file exists %v", code, err == nil)
	}
	for _, ext := range []string{"gexf", "graphml", "json", "csv"} {
		_, stderr, code := runGBO(t, "export", "sample:grensobject", "-o", dir+"/net."+ext)
		b, _ := os.ReadFile(dir + "/net." + ext)
		if code != 0 || !strings.Contains(string(b), "caw-scheldemeersen") || !strings.Contains(string(b), "depth_score") {
			t.Errorf("export %s: exit %d %s", ext, code, stderr)
		}
	}
	// no stray temporary files
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") || strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// runJSON runs gbo, which must exit 0, and decodes its standard output
// into v, failing the test on any error; it returns the output.
func runJSON(t *testing.T, v any, args ...string) string {
	t.Helper()
	out, stderr, code := runGBO(t, args...)
	if code != 0 {
		t.Fatalf("gbo %s: exit %d: %s", strings.Join(args, " "), code, stderr)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("gbo %s: %v", strings.Join(args, " "), err)
	}
	return out
}

// decodeJSON decodes data into v, failing the test on any error.
func decodeJSON[T ~string | ~[]byte](t *testing.T, data T, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(data), v); err != nil {
		t.Fatalf("%v in %.200s", err, data)
	}
}
