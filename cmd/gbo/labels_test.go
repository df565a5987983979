package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pageText is what a reader of a report reads, the network map's legend
// and tooltips included: the page without scripts, styles and tags.
func pageText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>`).ReplaceAllString(string(b), " ")
	return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s, " ")
}

// A case that is not a GBO partnership, with [labels] in case.toml: its
// report speaks its words in both languages and none of GBO's it replaced.
func TestReportSpeaksTheCasesOwnWords(t *testing.T) {
	gboWords := map[string][]string{
		"en": {"core partner", "social worker", "acquaintance", "knowledge sharing", "referral", "alignment", "integration"},
		"nl": {"kernpartner", "basiswerker", "kennismaking", "kennisdeling", "doorverwijzing", "afstemming", "integratie"},
	}
	own := map[string][]string{
		"en": {"responding agencies", "at least informed (rung 2) or handing over (rung 3)", "commanding jointly"},
		"nl": {"hulpdiensten", "minstens geïnformeerd (trede 2) of overdragend (trede 3)", "samen bevelend"},
	}
	dir := t.TempDir()
	for _, lang := range []string{"en", "nl"} {
		out := filepath.Join(dir, lang+".html")
		if _, stderr, code := runGBO(t, "report", filepath.Join("testdata", "labels-response"), "-o", out, "--lang", lang); code != 0 {
			t.Fatalf("%s: exit %d %s", lang, code, stderr)
		}
		text := pageText(t, out)
		for _, w := range append(gboWords[lang], "OCMW", "CAW", "DMW", "GBO") {
			if i := strings.Index(strings.ToLower(text), strings.ToLower(w)); i >= 0 && (w != "GBO" || strings.Contains(text, w)) {
				t.Errorf("%s: GBO word %q in the report: …%s…", lang, w, text[max(0, i-60):min(len(text), i+60)])
			}
		}
		for _, w := range own[lang] {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the case's words %q are not in the report", lang, w)
			}
		}
	}
}

// target_rung drives the missing core pairs: with target 2, core pairs
// below rung 2 are missing (not only those below the tie threshold 1).
func TestTargetRungDrivesMissingCorePairs(t *testing.T) {
	stdout, stderr, code := runGBO(t, "weak", filepath.Join("testdata", "labels-response"), "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	var doc struct {
		Missing []struct {
			A, B  string
			Depth int
		} `json:"missing_core_pairs"`
		Isolated []string `json:"isolated_externals"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	// Core: fire-north, fire-south, police-hq, redcross. At rung ≥ 2:
	// fn–fs, fn–police, fs–police, police–redcross (briefing). fn–redcross
	// is at rung 1 (an alert): missing at target 2, not at threshold 1.
	got := map[string]int{}
	for _, m := range doc.Missing {
		got[m.A+"–"+m.B] = m.Depth
	}
	want := map[string]int{"fire-north–redcross": 1, "fire-south–redcross": 0}
	if len(got) != len(want) || got["fire-north–redcross"] != 1 || got["fire-south–redcross"] != 0 {
		t.Errorf("missing core pairs at target 2 = %v, want %v", got, want)
	}
	// Externals with a tie of rung ≥ 2 to the core: hospital, waterboard,
	// shelter; school-a and radio have only alerts (rung 1).
	if strings.Join(doc.Isolated, ",") != "radio,school-a" {
		t.Errorf("isolated externals at target 2 = %v", doc.Isolated)
	}
}

// Without any core partner the findings about the core are left out, once
// and with the reason, in the report and in gbo weak; the JSON keeps its
// shape (empty lists) and says why in notes.
func TestNoCorePartnerLeavesOutTheCoreFindings(t *testing.T) {
	nocore := filepath.Join("testdata", "labels-nocore")
	stdout, stderr, code := runGBO(t, "weak", nocore, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"missing_core_pairs": "[]", "isolated_externals": "[]", "notes": `["no_core"]`} {
		if got := strings.Join(strings.Fields(string(doc[k])), ""); got != want {
			t.Errorf("%s = %s, want %s", k, got, want)
		}
	}
	text, _, _ := runGBO(t, "weak", nocore)
	why := "No partner is marked as core, so the findings about the core are left out."
	if strings.Count(text, why) != 1 || strings.Contains(text, "External partners with no tie") {
		t.Errorf("gbo weak text:\n%s", text)
	}
	dir := t.TempDir()
	for lang, why := range map[string]string{"en": why, "nl": "Geen enkele partner is als kern aangeduid"} {
		out := filepath.Join(dir, lang+".html")
		if _, stderr, code := runGBO(t, "report", nocore, "-o", out, "--lang", lang); code != 0 {
			t.Fatalf("exit %d %s", code, stderr)
		}
		page := pageText(t, out)
		if strings.Count(page, why) != 1 {
			t.Errorf("%s: the why-sentence is there %d times", lang, strings.Count(page, why))
		}
		for _, finding := range []string{"without a deep tie to the core", "zonder diepe band met de kern", "without contact", "zonder contact"} {
			if strings.Contains(page, finding) {
				t.Errorf("%s: core finding %q in a report without core partners", lang, finding)
			}
		}
	}
}
