package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Two cases that are not GBO partnerships (issue 13 item 3): 15 emergency
// organisations with [labels] (core "responding agency", own rung names,
// target rung 4) that keep GBO's default kinds beside their own, and the
// same case with no core partner at all.
var (
	nonGBOCase   = filepath.Join("testdata", "nongbo-emergency")
	nonGBONoCore = filepath.Join("testdata", "nongbo-nocore")
)

// A labelled case's report holds none of GBO's default words: no GBO rung
// name in the coordinator table or the ladder's description, none of the
// default model's Dutch kind names, no welfare example, and the core
// group named as the case names it in the boundary-object sentences.
func TestLabelledReportHasNoGBOWords(t *testing.T) {
	gbo := map[string][]string{
		"en": {"alignment or integration", "getting acquainted", "working as one", "adapt their offer",
			"shared intake", "vulnerable tenants", "target groups", "core and external", "core partner",
			"social worker", "OCMW", "CAW", "DMW", "acquaintance", "alignment", "integration"},
		"nl": {"afstemming of integratie", "kennismaking", "gezamenlijke actie", "gedeeld personeel", "aangepast aanbod",
			"aanbod op elkaar", "gezamenlijk onthaal", "kwetsbare huurders", "doelgroep", "kernpartner", "kern en extern",
			"basiswerker", "OCMW", "CAW", "DMW", "afstemming", "integratie"},
	}
	own := map[string][]string{
		"en": {"Share at commanding jointly or merged (rung 4–5)", "from aware to merged",
			"responding agencies and external partners gather around",
			"2 of the 2 shared themes bring responding agencies and external partners together",
			"between responding agencies collaboration should reach at least commanding jointly (rung 4)"},
		"nl": {"Aandeel samen bevelend of versmolten (trede 4–5)", "van bewust tot versmolten",
			"hulpdiensten en externe partners samenkomen",
			"brengen hulpdiensten en externe partners samen, minstens op het niveau van overdragend",
			"tussen hulpdiensten hoort de samenwerking minstens samen bevelend (trede 4)"},
	}
	dir := t.TempDir()
	for _, lang := range []string{"en", "nl"} {
		out := filepath.Join(dir, lang+".html")
		if _, stderr, code := runGBO(t, "report", nonGBOCase, "-o", out, "--lang", lang); code != 0 {
			t.Fatalf("%s: exit %d %s", lang, code, stderr)
		}
		text := strings.Join(strings.Fields(pageText(t, out)), " ")
		hasNone(t, lang+" labelled report", text, gbo[lang]...)
		hasAll(t, lang+" labelled report", text, own[lang]...)
		// The kinds table lists the model's kinds by their own names,
		// the default ones without GBO's Dutch aliases.
		if !strings.Contains(text, "joint_action") || !strings.Contains(text, "merged_unit") {
			t.Errorf("%s: the kinds table lacks the model's kinds", lang)
		}
	}
}

// Without a core partner the report gives no verdict that needs one: the
// objects are "cannot be judged", never local; no key figure says that no
// theme brings core and external partners together "yet"; the depth
// section does not say what ties between core partners should reach; and
// the why is said once, not per object.
func TestNoCoreReportGivesNoFalseVerdict(t *testing.T) {
	why := map[string]string{
		"en": "No partner is marked as core, so the findings about the responding agencies are left out.",
		"nl": "Geen enkele partner is als kern aangeduid, dus de bevindingen over de hulpdiensten blijven weg.",
	}
	judged := map[string]string{"en": "cannot be judged", "nl": "niet te beoordelen"}
	verdictCell := regexp.MustCompile(`<span class="verdict verdict-([a-z_]+)">([^<]*)</span>`)
	dir := t.TempDir()
	for _, lang := range []string{"en", "nl"} {
		out := filepath.Join(dir, lang+".html")
		if _, stderr, code := runGBO(t, "report", nonGBONoCore, "-o", out, "--lang", lang); code != 0 {
			t.Fatalf("%s: exit %d %s", lang, code, stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		cells := verdictCell.FindAllStringSubmatch(page, -1)
		if len(cells) != 2 {
			t.Fatalf("%s: %d verdict cells, want 2", lang, len(cells))
		}
		for _, c := range cells {
			if c[1] != "no_core" || c[2] != judged[lang] {
				t.Errorf("%s: verdict %s %q, want no_core %q", lang, c[1], c[2], judged[lang])
			}
		}
		text := strings.Join(strings.Fields(pageText(t, out)), " ")
		if n := strings.Count(text, why[lang]); n != 1 {
			t.Errorf("%s: the why-sentence is there %d times, want once", lang, n)
		}
		for _, claim := range []string{"kf_objects_nobo", "kf_objects_some", "depth_target"} {
			if strings.Contains(page, `data-claim="`+claim) {
				t.Errorf("%s: %s printed without a core partner", lang, claim)
			}
		}
		hasNone(t, lang+" no-core report", text,
			"no responding agency takes part", "geen hulpdienst neemt deel", // per object
			"cannot be judged: the case has", "niet te beoordelen: de gegevens", // the objects command's reason
			"None of the 2", "Geen van de 2", "collaboration should reach", "hoort de samenwerking")
	}
}

// gbo objects gives the verdict no_core with the reason case_no_core, and
// gbo compare's boundary_objects is null with reason no_core (not 0); the
// labelled case with core partners keeps its two boundary objects.
func TestNoCoreObjectsAndCompare(t *testing.T) {
	stdout, stderr, code := runGBO(t, "objects", nonGBONoCore, "--format", "json")
	if code != 0 {
		t.Fatalf("objects: exit %d %s", code, stderr)
	}
	var doc struct {
		Objects []struct {
			ID      string `json:"id"`
			Verdict string `json:"verdict"`
			Reasons []struct {
				Code string `json:"code"`
				Text string `json:"text"`
			} `json:"reasons"`
		} `json:"objects"`
	}
	decodeJSON(t, stdout, &doc)
	if len(doc.Objects) != 2 {
		t.Fatalf("objects: %d, want 2", len(doc.Objects))
	}
	for _, o := range doc.Objects {
		codes := []string{}
		found := false
		for _, r := range o.Reasons {
			codes = append(codes, r.Code)
			if r.Code == "case_no_core" {
				found = r.Text == "cannot be judged: the case has no responding agency"
			}
		}
		if o.Verdict != "no_core" || !found || strings.Contains(strings.Join(codes, ","), "core_external") {
			t.Errorf("%s: verdict %s, reasons %v", o.ID, o.Verdict, o.Reasons)
		}
	}
	text, _, _ := runGBO(t, "objects", nonGBONoCore)
	if strings.Contains(text, " local ") || strings.Count(text, "cannot be judged  ") != 2 {
		t.Errorf("objects text:\n%s", text)
	}

	stdout, stderr, code = runGBO(t, "compare", nonGBOCase, nonGBONoCore, "--format", "json")
	if code != 0 {
		t.Fatalf("compare: exit %d %s", code, stderr)
	}
	var cmp struct {
		Cases []struct {
			BoundaryObjects *float64          `json:"boundary_objects"`
			NotApplicable   map[string]string `json:"not_applicable"`
		} `json:"cases"`
	}
	decodeJSON(t, stdout, &cmp)
	if len(cmp.Cases) != 2 {
		t.Fatalf("compare: %d cases", len(cmp.Cases))
	}
	if b := cmp.Cases[0].BoundaryObjects; b == nil || *b != 2 {
		t.Errorf("labelled case: boundary_objects %v, want 2", b)
	}
	if b := cmp.Cases[1].BoundaryObjects; b != nil || cmp.Cases[1].NotApplicable["boundary_objects"] != "no_core" {
		t.Errorf("no-core case: boundary_objects %v (%q), want null with no_core", b, cmp.Cases[1].NotApplicable["boundary_objects"])
	}
}
