package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The conditions of the survey's sentences, decided from the page's JSON
// apart from the report's own surveyHolds (see claimConditions).
func init() {
	sv := func(a map[string]any) map[string]any { m, _ := a["survey"].(map[string]any); return m }
	with := func(f func(s map[string]any) bool) func(map[string]any) bool {
		return func(a map[string]any) bool { s := sv(a); return s != nil && f(s) }
	}
	c := claimConditions
	c["survey_all"] = with(func(s map[string]any) bool { return jlen(s["non_respondents"]) == 0 })
	c["survey_some_silent"] = with(func(s map[string]any) bool { return jlen(s["non_respondents"]) > 0 })
	c["survey_one_side_some"] = with(func(s map[string]any) bool {
		k, j := jnum(s["pairs_one_side"]), jnum(s["pairs_one_side_nonrespondent"])
		return j > 0 && j < k
	})
	c["survey_one_side_silent"] = with(func(s map[string]any) bool {
		return jnum(s["pairs_one_side"]) > 0 && jnum(s["pairs_one_side_nonrespondent"]) == jnum(s["pairs_one_side"])
	})
	c["survey_one_side_answered"] = with(func(s map[string]any) bool {
		return jnum(s["pairs_one_side"]) > 0 && jnum(s["pairs_one_side_nonrespondent"]) == 0
	})
	c["survey_no_one_side"] = with(func(s map[string]any) bool { return jnum(s["pairs_one_side"]) == 0 && jnum(s["pairs_both"]) > 0 })
	c["survey_both"] = with(func(s map[string]any) bool { return jnum(s["pairs_both"]) > 0 && s["mean_gap"] != nil })
	c["survey_differ"] = with(func(s map[string]any) bool { return jnum(s["pairs_differ"]) > 0 && jlen(s["differ_most"]) > 0 })
	c["survey_agree"] = with(func(s map[string]any) bool { return jnum(s["pairs_both"]) > 0 && jnum(s["pairs_differ"]) == 0 })
}

// surveyRungs are the rung names of the README's ladder.
var surveyRungs = map[bool][6]string{
	false: {"none", "acquaintance", "knowledge sharing", "referral", "alignment", "integration"},
	true:  {"geen contact", "kennismaking", "kennisdeling", "doorverwijzing", "afstemming", "integratie"},
}

// fourPartnerSurvey writes a case folder of four partners and the given ties.csv.
func fourPartnerSurvey(t *testing.T, ties string) string {
	t.Helper()
	d := t.TempDir()
	files := map[string]string{
		"partners.csv": "id,name,sector,core\nocmw-a,OCMW A,OCMW,yes\ncaw-a,CAW A,CAW,yes\ndmw-a,DMW A,DMW,yes\nbib-a,Bib A,Cultuur,no\n",
		"ties.csv":     ties,
	}
	for f, body := range files {
		if err := os.WriteFile(filepath.Join(d, f), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// reportAndAnalysis writes the report of a case and returns the page and
// its embedded analysis.
func reportAndAnalysis(t *testing.T, args ...string) (string, map[string]any) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.html")
	if _, stderr, code := runGBO(t, append([]string{"report", "-o", out}, args...)...); code != 0 {
		t.Fatalf("report %v: exit %d %s", args, code, stderr)
	}
	b, _ := os.ReadFile(out)
	m := claimAnalysis.FindSubmatch(b)
	if m == nil {
		t.Fatal("no embedded analysis")
	}
	var a map[string]any
	if err := json.Unmarshal(m[1], &a); err != nil {
		t.Fatal(err)
	}
	return string(b), a
}

// surveySectionOfPage is the visible text of the page's survey section, its
// sentences one per data-claim, and its table rows as text cells.
func surveySectionOfPage(t *testing.T, page string) (found bool, claims map[string]string, caption string, rows [][]string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	claims = map[string]string{}
	var sec *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "section" {
			for _, at := range n.Attr {
				if at.Key == "id" && at.Val == "sec-survey" {
					sec = n
				}
			}
		}
		for c := n.FirstChild; c != nil && sec == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if sec == nil {
		return false, nil, "", nil
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, at := range n.Attr {
				if at.Key == "data-claim" {
					claims[at.Val] = text(n)
				}
			}
			switch n.Data {
			case "caption":
				caption = text(n)
			case "tr":
				var cells []string
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == "td" {
						cells = append(cells, text(c))
					}
				}
				if len(cells) > 0 {
					rows = append(rows, cells)
				}
			case "ul":
				var items []string
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == "li" {
						items = append(items, text(c))
					}
				}
				claims["(names)"] = strings.Join(items, "|")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(sec)
	return true, claims, caption, rows
}

func pairsWord(nl bool, n int) string {
	switch {
	case nl && n == 1:
		return "1 paar partners"
	case nl:
		return fmt.Sprintf("%d paren partners", n)
	case n == 1:
		return "1 pair of partners"
	}
	return fmt.Sprintf("%d pairs of partners", n)
}

func decimal(nl bool, x float64, d int) string {
	s := strconv.FormatFloat(x, 'f', d, 64)
	if nl {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// The survey section of golf-2024, in both languages, says what the
// embedded analysis says, number by number (the analysis's own figures
// are checked against Python in metrics/survey_test.go); the analysis's
// survey is gbo metrics --format json's, byte for byte.
func TestReportSurveyOfGolf2024ReadsAgainstTheJSON(t *testing.T) {
	metricsOut, stderr, code := runGBO(t, "metrics", "sample:golf-2024", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(metricsOut), &m); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "nl"} {
		nl := lang == "nl"
		page, a := reportAndAnalysis(t, "sample:golf-2024", "--lang", lang)
		checkReportClaims(t, "golf-2024 "+lang, page, reportNeeds())
		got, _ := json.Marshal(a["survey"])
		var want any
		decodeJSON(t, m["survey"], &want)
		w, _ := json.Marshal(want)
		if string(got) != string(w) || string(w) == "null" {
			t.Fatalf("%s: the report's survey is not gbo metrics': %s vs %s", lang, got, w)
		}
		s := a["survey"].(map[string]any)
		names := map[string]string{}
		for _, p := range a["partners"].([]any) {
			pm := p.(map[string]any)
			names[pm["id"].(string)] = pm["name"].(string)
		}
		found, claims, caption, rows := surveySectionOfPage(t, page)
		if !found {
			t.Fatalf("%s: no survey section", lang)
		}
		resp, n := jlen(s["respondents"]), int(jnum(s["partners"]))
		pct := fmt.Sprintf("%.0f%%", 100*jnum(s["response_rate"]))
		non := s["non_respondents"].([]any)
		var nonNames []string
		for _, id := range non {
			nonNames = append(nonNames, names[id.(string)])
		}
		k, j := int(jnum(s["pairs_one_side"])), int(jnum(s["pairs_one_side_nonrespondent"]))
		both, differ := int(jnum(s["pairs_both"])), int(jnum(s["pairs_differ"]))
		gap := decimal(nl, jnum(s["mean_gap"]), 2)
		// golf-2024: 18 of 19 answered; bib-vlietbeek did not; its 5 pairs
		// are rated by one side only; all of them because it did not answer.
		if resp != 18 || n != 19 || len(non) != 1 || k != 5 || j != 5 {
			t.Fatalf("golf-2024's survey changed: %v", s)
		}
		want2 := map[string]string{
			"survey_answered":        tr2(nl, fmt.Sprintf("%d of the %d partners answered the survey (%s).", resp, n, pct), fmt.Sprintf("%d van de %d partners beantwoordden de bevraging (%s).", resp, n, pct)),
			"survey_silent_one":      tr2(nl, "1 partner did not answer:", "1 partner antwoordde niet:"),
			"(names)":                strings.Join(nonNames, "|"),
			"survey_one_side_silent": tr2(nl, pairsWord(nl, k)+" were rated by one side only, all because the other partner did not answer.", pairsWord(nl, k)+" werden maar door één kant beoordeeld, allemaal omdat de andere partner niet antwoordde."),
			"survey_gap":             tr2(nl, pairsWord(nl, both)+" were rated by both sides; on average their two ratings lie "+gap+" rungs apart.", pairsWord(nl, both)+" werden door beide kanten beoordeeld; gemiddeld liggen beide oordelen "+gap+" treden uit elkaar."),
			"survey_differ":          tr2(nl, "For "+pairsWord(nl, differ)+" the two ratings differ in depth, trust or value; the largest differences come first.", "Bij "+pairsWord(nl, differ)+" verschillen beide oordelen in diepte, vertrouwen of waarde; de grootste verschillen staan eerst."),
		}
		for key, w := range want2 {
			if claims[key] != w {
				t.Errorf("%s: %s says %q, want %q", lang, key, claims[key], w)
			}
		}
		if len(claims) != len(want2) {
			t.Errorf("%s: the section says %d things, want %d: %v", lang, len(claims), len(want2), claims)
		}
		list := s["differ_most"].([]any)
		if wc := tr2(nl, fmt.Sprintf("%d of %d shown.", len(list), differ), fmt.Sprintf("%d van %d getoond.", len(list), differ)); caption != wc {
			t.Errorf("%s: caption %q, want %q", lang, caption, wc)
		}
		if len(rows) != len(list) {
			t.Fatalf("%s: %d rows, the analysis lists %d pairs", lang, len(rows), len(list))
		}
		for i, p := range list {
			pm := p.(map[string]any)
			want := []string{names[pm["a"].(string)], names[pm["b"].(string)]}
			for _, side := range []string{pm["a"].(string), pm["b"].(string)} {
				r := pm["ratings"].(map[string]any)[side].(map[string]any)
				d := int(jnum(r["depth"]))
				want = append(want, fmt.Sprintf("%d %s", d, surveyRungs[nl][d]))
				for _, f := range []string{"trust", "value"} {
					if r[f] == nil {
						want = append(want, "–")
					} else {
						want = append(want, fmt.Sprint(jnum(r[f])))
					}
				}
			}
			if strings.Join(rows[i], "|") != strings.Join(want, "|") {
				t.Errorf("%s: row %d is %v, the analysis says %v", lang, i, rows[i], want)
			}
		}
	}
}

// Without ratings there is no survey: null in gbo metrics and in the
// report's analysis, and no section. With them, every case's survey in the
// report is gbo metrics', --without included.
func TestSurveyAbsentWithoutRatingsAndEqualToMetrics(t *testing.T) {
	for _, tc := range []struct {
		args []string
		null bool
	}{
		{[]string{"sample:grensobject"}, true},
		{[]string{"sample:golf-2025", "--lang", "nl"}, false},
		{[]string{"sample:golf-2024", "--without", "bib-vlietbeek"}, false},
		{[]string{"sample:golf-2024", "--without", "caw-vlietland", "--min-depth", "3"}, false},
	} {
		out, stderr, code := runGBO(t, append([]string{"metrics", "--format", "json"}, tc.args...)...)
		if code != 0 {
			t.Fatal(stderr)
		}
		var m map[string]any
		decodeJSON(t, out, &m)
		sv, present := m["survey"]
		if !present || (sv == nil) != tc.null {
			t.Errorf("%v: gbo metrics' survey is %v (present %v)", tc.args, sv, present)
		}
		page, a := reportAndAnalysis(t, tc.args...)
		g, _ := json.Marshal(a["survey"])
		w, _ := json.Marshal(sv)
		if _, ok := a["survey"]; !ok || string(g) != string(w) {
			t.Errorf("%v: the report's survey %s, gbo metrics' %s", tc.args, g, w)
		}
		found, _, _, _ := surveySectionOfPage(t, page)
		if found == tc.null || strings.Contains(page, `data-claim="survey_`) == tc.null {
			t.Errorf("%v: survey section shown %v, survey null %v", tc.args, found, tc.null)
		}
		if tc.args[len(tc.args)-1] == "bib-vlietbeek" && (jlen(sv.(map[string]any)["non_respondents"]) != 0 || jnum(sv.(map[string]any)["partners"]) != 18) {
			t.Errorf("without its only non-respondent golf-2024 should have everyone answer: %v", sv)
		}
	}
}

// A survey everyone answered says so, and names no one; a survey where
// both sides of every pair agree shows no table of differences; a pair
// rated by one side whose other side answered elsewhere is told apart.
func TestReportSurveyEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		name, ties string
		want       map[string]string
	}{
		{"everyone answered, nobody differs",
			"from,to,depth,trust,value\nocmw-a,caw-a,4,3,3\ncaw-a,ocmw-a,4,3,3\ndmw-a,bib-a,2,,\nbib-a,dmw-a,2,4,\n",
			map[string]string{
				"survey_answered_all": "All 4 partners answered the survey.",
				"survey_no_one_side":  "Every pair that was rated was rated by both sides.",
				"survey_gap":          "2 pairs of partners were rated by both sides; on average their two ratings lie 0.00 rungs apart.",
				"survey_agree":        "Where both sides rated a pair, they gave the same depth, and the same trust and value wherever both gave them.",
			}},
		{"one pair by both, differing; one by one side of a respondent",
			"from,to,depth,trust\nocmw-a,caw-a,4,1\ncaw-a,ocmw-a,1,4\ncaw-a,dmw-a,3,\ndmw-a,bib-a,2,\n",
			map[string]string{
				"survey_answered":   "3 of the 4 partners answered the survey (75%).",
				"survey_silent_one": "1 partner did not answer:", "(names)": "Bib A",
				"survey_one_side_some": "2 pairs of partners were rated by one side only, 1 of them because the other partner did not answer.",
				"survey_gap_one":       "1 pair of partners was rated by both sides; its two ratings lie 3.00 rungs apart.",
				"survey_differ":        "For 1 pair of partners the two ratings differ in depth, trust or value; the largest differences come first.",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := fourPartnerSurvey(t, tc.ties)
			page, _ := reportAndAnalysis(t, d, "--lang", "en")
			checkReportClaims(t, tc.name, page, reportNeeds())
			found, claims, caption, rows := surveySectionOfPage(t, page)
			if !found {
				t.Fatal("no survey section")
			}
			for k, w := range tc.want {
				if claims[k] != w {
					t.Errorf("%s says %q, want %q", k, claims[k], w)
				}
			}
			if len(claims) != len(tc.want) {
				t.Errorf("the section says %v, want only %v", claims, tc.want)
			}
			_, differs := tc.want["survey_differ"]
			if differs != (len(rows) > 0) || differs != (caption != "") {
				t.Errorf("table rows %v, caption %q", rows, caption)
			}
			if differs && (caption != "1 shown." || strings.Join(rows[0], "|") != "CAW A|OCMW A|1 acquaintance|4|–|4 alignment|1|–") {
				t.Errorf("table: %q %v", caption, rows)
			}
			if regexp.MustCompile(`\b1 (pairs|partners)\b`).MatchString(textOfPage(mustParse(t, page))) {
				t.Error("a plural after 1")
			}
		})
	}
}

func mustParse(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
