package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"

	"gbo/graph/locale"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
	"gbo/metrics/flags"
	"gbo/metrics/measures"
)

// analysisWordCases are the inputs of the analysis' words: every rung (and
// two outside the ladder), weak-link reason, bridging-partner reason shape
// (parts of one to four partners, a part holding core partners, a partner
// name that looks like a plural choice, betweenness below and above 1000,
// cross-sector counts), boundary-object reason with 0–3 things, with and
// without the case's list and own words, every kind of the default model,
// and an unknown code of each kind. Each line is "lang\tfunction\tinput\ttext".
func analysisWordCases(lang string) []string {
	var out []string
	p := func(fn, in, text string) {
		out = append(out, fmt.Sprintf("%s\t%s\t%s\t%s", lang, fn, in, strings.ReplaceAll(text, "\t", " ")))
	}
	brokers := []measures.BrokerReason{
		{Code: measures.ReasonCutPoint, Parts: []measures.CutPart{{Partners: []string{"Night shelter"}, Sectors: []string{"Housing"}}}, RestCore: true},
		{Code: measures.ReasonCutPoint, Parts: []measures.CutPart{{Partners: []string{"Night shelter"}, Sectors: []string{"Housing"}}}},
		{Code: measures.ReasonCutPoint, Parts: []measures.CutPart{{Partners: []string{"A", "B"}, Sectors: []string{"X"}}, {Partners: []string{"C", "D", "E", "F"}, Sectors: []string{"X", "Y"}}}, RestCore: true},
		{Code: measures.ReasonCutPoint, Parts: []measures.CutPart{{Partners: []string{"A", "B", "C"}, Sectors: []string{"X"}, HasCore: true}}, RestCore: true},
		{Code: measures.ReasonCutPoint, Parts: []measures.CutPart{{Partners: []string{"2 {x|y}"}, Sectors: []string{"X"}}, {Partners: []string{"P"}}, {Partners: []string{"Q"}}}, RestCore: true},
		{Code: measures.ReasonBetweenness, Value: 0.25},
		{Code: measures.ReasonBetweenness, Value: 0.3456},
		{Code: measures.ReasonBetweenness, Value: 1234.5},
		{Code: measures.ReasonCrossSector, Value: 12, Representative: 3, Gatekeeper: 4, Liaison: 5},
		{Code: measures.ReasonCrossSector, Value: 1.4, Representative: 0.5, Gatekeeper: 0, Liaison: 1},
		{Code: "unknown_code"},
	}
	codes := []string{boundary.CodeSpansSectors, boundary.CodeManyPartners, boundary.CodeCoreExternal, boundary.CodeReachesRung,
		boundary.CodeUniquePairs, boundary.CodeBelowRung, boundary.CodeFewPartners, boundary.CodeOneSector, boundary.CodeNoCore,
		boundary.CodeNoExternal, boundary.CodeNoEvents, boundary.CodeNotInObjects, boundary.CodeCaseNoCore, "unknown_code"}
	words := []objectNames{{}, {Core: "responding agencies", CoreOne: "responding agency", Rung3: "handing over"}}
	for r := -1; r <= 6; r++ {
		p("rung", fmt.Sprint(r), analysisRung(r, lang))
	}
	for _, c := range append(flags.Reasons(), "unknown_code") {
		p("reason", c, weakReasonWords(c, lang))
		p("label", c, weakReasonLabel(c, lang))
	}
	for i, b := range brokers {
		for _, core := range []string{"", "responding agencies"} {
			p("broker", fmt.Sprintf("%d %q", i, core), brokerReasonText(b, lang, core))
		}
	}
	for _, c := range codes {
		for n := 0; n <= 3; n++ {
			for _, objects := range []string{"", "objects.csv"} {
				for wi, w := range words {
					p("object", fmt.Sprintf("%s %d %q %d", c, n, objects, wi), objectReasonText(boundary.Reason{Code: c, N: n}, lang, objects, w))
				}
			}
		}
	}
	m := depth.DefaultModel()
	for _, k := range append(m.Kinds(), depth.KindRow{Kind: "custom_kind"}) {
		p("kind", k.Kind, kindName(m, k.Kind, lang))
	}
	p("anonymised", "", anonymisedName(lang))
	return out
}

// TestAnalysisWordsAsBefore: the analysis' words from the catalogue are,
// in English and Dutch, byte for byte the sentences metrics made before
// it returned codes (testdata/analysis_words.txt, written by the old
// ReasonText, ReasonLabel, BrokerReason.TextIn, Reason.TextWords, RungName,
// KindName and AnonymisedName); French says every one in its own words,
// without a missing key, a fmt fault or a Dutch or English sentence.
func TestAnalysisWordsAsBefore(t *testing.T) {
	b, err := os.ReadFile("testdata/analysis_words.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	got := append(analysisWordCases("en"), analysisWordCases("nl")...)
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got  %q\nwant %q", got[i], want[i])
		}
	}
	en, nl := analysisWordCases("en"), analysisWordCases("nl")
	for i, fr := range analysisWordCases("fr") {
		text := fr[strings.LastIndex(fr, "\t")+1:]
		if strings.Contains(text, "[[") || strings.Contains(text, "%!") {
			t.Errorf("fr: %q", fr)
		}
		same := func(o string) bool { return o[strings.LastIndex(o, "\t")+1:] == text }
		// Codes, numbers, kinds and names stay as they are in every language.
		words := strings.ContainsAny(text, " ") && !strings.Contains(text, "unknown_code")
		if words && (same(en[i]) || same(nl[i])) {
			t.Errorf("fr says it as English or Dutch: %q", fr)
		}
	}
	if got := objectReasonText(boundary.Reason{Code: boundary.CodeFewPartners, N: 1}, "fr", "", objectNames{}); got != "seul 1 partenaire y participe (3 requis)" {
		t.Errorf("fr few_partners 1: %q", got)
	}
	if got := brokerReasonText(measures.BrokerReason{Code: measures.ReasonBetweenness, Value: 0.25}, "fr", ""); !strings.Contains(got, "intermédiarité 0,25") {
		t.Errorf("fr betweenness without the decimal comma: %q", got)
	}
	if !locale.Valid("fr") {
		t.Fatal("no French catalogue")
	}
}

// TestObjectReasonCountsAgree: a boundary-object reason with a count reads
// right for 0, 1, 2 and 1000 things in every language, by the language's
// plural rule (French 0 and 1 singular, English and Dutch only 1): no
// plural noun or verb after a singular count, no singular after a plural
// one, and the count itself (or the words for none) in the text.
func TestObjectReasonCountsAgree(t *testing.T) {
	pluralWords := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`\b(pairs|partners|sectors|take|meet)\b`),
		"nl": regexp.MustCompile(`\b(paren|partners|sectoren|nemen|ontmoeten)\b`),
		"fr": regexp.MustCompile(`\b(paires|partenaires|secteurs|participent|rencontrent|seuls)\b`),
	}
	singularWords := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`\b(pair|partner|sector|takes|meets)\b`),
		"nl": regexp.MustCompile(`\b(paar|partner|sector|neemt|ontmoet)\b`),
		"fr": regexp.MustCompile(`\b(paire|partenaire|secteur|participe|rencontre|seul)\b`),
	}
	for _, code := range []string{boundary.CodeSpansSectors, boundary.CodeManyPartners, boundary.CodeUniquePairs, boundary.CodeFewPartners} {
		for _, lang := range locale.Languages() {
			for _, n := range []int{0, 1, 2, 1000} {
				s := objectReasonText(boundary.Reason{Code: code, N: n}, lang, "", objectNames{})
				if code == boundary.CodeFewPartners && n == 0 {
					continue // "no partner takes part": no count
				}
				if !strings.Contains(s, strconv.Itoa(n)+" ") {
					t.Errorf("%s %s n=%d: no count in %q", code, lang, n, s)
				}
				// "sectoren" in "uit verschillende sectoren" is not the count's noun.
				counted := strings.SplitN(s, "uit verschillende", 2)[0]
				counted = strings.SplitN(counted, "from different", 2)[0]
				counted = strings.SplitN(counted, "de secteurs", 2)[0]
				one := locale.Form(lang, int64(n)) == plural.One
				if one && pluralWords[lang].MatchString(counted) {
					t.Errorf("%s %s n=%d: a plural after a singular count: %q", code, lang, n, s)
				}
				if !one && singularWords[lang].MatchString(counted) {
					t.Errorf("%s %s n=%d: a singular after a plural count: %q", code, lang, n, s)
				}
			}
		}
	}
}
