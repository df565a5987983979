package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The words of labels-response's [labels] in each language, and GBO's
// words they replace (rung 0's "none" is left out: it is a word of many
// sentences, not only a rung's name).
var (
	ownRungs = map[string][]string{
		"en": {"aware", "informed", "handing over", "commanding jointly"},
		"nl": {"bewust", "geïnformeerd", "overdragend", "samen bevelend"},
	}
	gboRungs = map[string][]string{
		"en": {"acquaintance", "knowledge sharing", "referral", "alignment", "integration"},
		"nl": {"kennismaking", "kennisdeling", "doorverwijzing", "afstemming", "integratie"},
	}
	ownCore = map[string]string{"en": "responding agency", "nl": "hulpdienst"}
	gboCore = map[string]string{"en": "core partner", "nl": "kernpartner"}
)

// hasNone fails for each of words found in text (case-insensitive).
func hasNone(t *testing.T, what, text string, words ...string) {
	t.Helper()
	low := strings.ToLower(text)
	for _, w := range words {
		if i := strings.Index(low, strings.ToLower(w)); i >= 0 {
			t.Errorf("%s: GBO's %q is there: …%s…", what, w, text[max(0, i-60):min(len(text), i+60)])
		}
	}
}

// hasAll fails for each of words not in text.
func hasAll(t *testing.T, what, text string, words ...string) {
	t.Helper()
	for _, w := range words {
		if !strings.Contains(text, w) {
			t.Errorf("%s: the case's %q is not there", what, w)
		}
	}
}

// svgText is what a map says: its text nodes and tooltips, tags dropped.
func svgText(svg string) string {
	return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(svg, " ")
}

// gbo map of a case with [labels]: the legend and tooltips name the
// case's core group and rungs, in both languages, and none of GBO's.
func TestMapSpeaksTheCasesWords(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range []string{"en", "nl"} {
		out := filepath.Join(dir, lang+".svg")
		if _, stderr, code := runGBO(t, "map", filepath.Join("testdata", "labels-response"), "-o", out, "--lang", lang); code != 0 {
			t.Fatalf("%s: exit %d %s", lang, code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		text := svgText(string(b))
		hasAll(t, lang+" map", text, append(ownRungs[lang], ownCore[lang])...)
		hasNone(t, lang+" map", text, append(gboRungs[lang], gboCore[lang])...)
	}
}

// gbo ties (the table and --explain) and gbo validate name rungs as the
// case does.
func TestTiesAndValidateSpeakTheCasesRungs(t *testing.T) {
	c := filepath.Join("testdata", "labels-response")
	for _, lang := range []string{"en", "nl"} {
		ties, stderr, code := runGBO(t, "--lang", lang, "ties", c)
		if code != 0 {
			t.Fatalf("ties: exit %d %s", code, stderr)
		}
		hasAll(t, lang+" ties", ties, ownRungs[lang]...)
		hasNone(t, lang+" ties", ties, gboRungs[lang]...)
		// redcross–hospital: one handover (rung 3); the evidence lists
		// every rung 1-5 by name.
		x, stderr, code := runGBO(t, "--lang", lang, "ties", c, "--explain", "redcross,hospital")
		if code != 0 {
			t.Fatalf("ties --explain: exit %d %s", code, stderr)
		}
		hasAll(t, lang+" ties --explain", x, ownRungs[lang]...)
		hasNone(t, lang+" ties --explain", x, gboRungs[lang]...)
		v, stderr, code := runGBO(t, "--lang", lang, "validate", c)
		if code != 0 {
			t.Fatalf("validate: exit %d %s", code, stderr)
		}
		hasAll(t, lang+" validate", v, append(ownRungs[lang], map[string]string{"en": "merged", "nl": "versmolten"}[lang])...)
		hasNone(t, lang+" validate", v, gboRungs[lang]...)
	}
}

// A case without [labels] keeps GBO's words on the map.
func TestMapOfADefaultCaseKeepsGBOsWords(t *testing.T) {
	out := filepath.Join(t.TempDir(), "map.svg")
	if _, stderr, code := runGBO(t, "map", "sample:grensobject", "-o", out); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	hasAll(t, "default map", svgText(string(b)), "core partner", "referral")
}

// gbo export -o FILE.xlsx: the rung columns of the ties and weak-link
// sheets hold the case's rung names (read back with openpyxl), and the
// dynamic GEXF's rung attribute too.
func TestExportSpeaksTheCasesRungs(t *testing.T) {
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no python3")
	}
	if err := exec.Command("/usr/bin/python3", "-c", "import openpyxl").Run(); err != nil {
		t.Skip("no openpyxl")
	}
	dir := t.TempDir()
	c := filepath.Join("testdata", "labels-response")
	for _, lang := range []string{"en", "nl"} {
		xlsx := filepath.Join(dir, lang+".xlsx")
		if _, stderr, code := runGBO(t, "--lang", lang, "export", c, "-o", xlsx); code != 0 {
			t.Fatalf("export: exit %d %s", code, stderr)
		}
		script := `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {}
for ws in wb.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    if not rows: continue
    head = [str(h) for h in rows[0]]
    for col in ("rung", "trede"):
        if col in head:
            i = head.index(col)
            out[ws.title] = sorted({str(r[i]) for r in rows[1:] if r[i] is not None})
print(json.dumps(out))
`
		got, err := exec.Command("/usr/bin/python3", "-c", script, xlsx).Output()
		if err != nil {
			t.Fatalf("openpyxl: %v", err)
		}
		var cols map[string][]string
		if err := json.Unmarshal(got, &cols); err != nil {
			t.Fatalf("%v: %s", err, got)
		}
		if len(cols) < 2 {
			t.Fatalf("%s: rung columns in %v, want the ties and the weak links", lang, cols)
		}
		all := ""
		for sheet, names := range cols {
			all += strings.Join(names, "|") + "|"
			if len(names) == 0 {
				t.Errorf("%s: sheet %s has an empty rung column", lang, sheet)
			}
		}
		hasAll(t, lang+" workbook", all, ownRungs[lang]...)
		hasNone(t, lang+" workbook", all, gboRungs[lang]...)
	}
	gexf := filepath.Join(dir, "dyn.gexf")
	if _, stderr, code := runGBO(t, "export", c, "--periods", "2024-01-01..2024-04-30,2024-05-01..2024-09-30", "-o", gexf); code != 0 {
		t.Fatalf("export --periods: exit %d %s", code, stderr)
	}
	b, err := os.ReadFile(gexf)
	if err != nil {
		t.Fatal(err)
	}
	// The rung attribute's id: the attribute titled "rung".
	id := regexp.MustCompile(`<attribute id="(\w+)" title="rung"`).FindStringSubmatch(string(b))
	if id == nil {
		t.Fatalf("no rung attribute in the dynamic GEXF")
	}
	var rungs []string
	for _, m := range regexp.MustCompile(`for="`+id[1]+`" value="([^"]*)"`).FindAllStringSubmatch(string(b), -1) {
		rungs = append(rungs, m[1])
	}
	all := strings.Join(rungs, "|")
	hasAll(t, "dynamic GEXF", all, "handing over", "commanding jointly")
	hasNone(t, "dynamic GEXF", all, gboRungs["en"]...)
}

// gbo brokers without any core partner says so: "notes": ["no_core"] in
// JSON, one sentence under the table; with core partners there are no
// notes, and a cut point linking others to the core names the case's core
// group.
func TestBrokersSayWhenThereIsNoCore(t *testing.T) {
	nocore := filepath.Join("testdata", "labels-nocore")
	js, stderr, code := runGBO(t, "brokers", nocore, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(string(doc["notes"])), ""); got != `["no_core"]` {
		t.Errorf("notes = %s, want [\"no_core\"]", got)
	}
	for lang, why := range map[string]string{"en": "No partner is marked as core", "nl": "Geen enkele partner is als kern aangeduid"} {
		text, stderr, code := runGBO(t, "--lang", lang, "brokers", nocore)
		if code != 0 {
			t.Fatalf("exit %d %s", code, stderr)
		}
		if strings.Count(text, why) != 1 {
			t.Errorf("%s: the why-sentence is there %d times:\n%s", lang, strings.Count(text, why), text)
		}
	}
	js, _, _ = runGBO(t, "brokers", "sample:sleutelfiguren", "--format", "json")
	if strings.Contains(js, `"notes"`) {
		t.Errorf("a case with core partners has notes: %s", js)
	}
}
