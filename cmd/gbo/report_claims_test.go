package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"gbo/render/report"
	"gbo/samples"
)

// claimConditions decides, from the analysis JSON as a reader of the page
// would parse it, whether the fact a guarded sentence needs is true. It is
// written apart from the report's own holds() on purpose: the page is
// checked against its data, not against its code.
var claimConditions = map[string]func(a map[string]any) bool{}

func jlen(v any) int {
	if l, ok := v.([]any); ok {
		return len(l)
	}
	return 0
}

func jnum(v any) float64 { f, _ := v.(float64); return f }

func init() {
	net := func(a map[string]any) map[string]any { m, _ := a["network"].(map[string]any); return m }
	core := func(a map[string]any) int {
		n := 0
		for _, p := range a["partners"].([]any) {
			if p.(map[string]any)["core"] == true {
				n++
			}
		}
		return n
	}
	reason := func(a map[string]any, codes ...string) bool {
		for _, w := range a["weak"].([]any) {
			for _, r := range w.(map[string]any)["reasons"].([]any) {
				for _, c := range codes {
					if r == c {
						return true
					}
				}
			}
		}
		return false
	}
	verdict := func(a map[string]any, v string) bool {
		for _, o := range a["objects"].([]any) {
			if o.(map[string]any)["verdict"] == v {
				return true
			}
		}
		return false
	}
	inputs := func(a map[string]any) map[string]any { return a["inputs"].(map[string]any) }
	cuts := func(a map[string]any) int { return jlen(net(a)["articulation_points"]) }
	costs := func(a map[string]any) bool {
		for _, f := range a["fragility"].([]any) {
			m := f.(map[string]any)
			if jnum(m["deep_ties_lost"])+jnum(m["ties_weakened"])+jnum(m["pairs_disconnected"]) > 0 {
				return true
			}
		}
		return false
	}
	fragile := []string{"bridge", "single_carrier", "one_way", "rating_gap"}
	thin := []string{"shallow_core", "below_target", "fading"}
	asOf := func(a map[string]any) bool { s, _ := a["case"].(map[string]any)["as_of"].(string); return s != "" }
	c := claimConditions
	c["core_partners"] = func(a map[string]any) bool { return jnum(net(a)["partners"]) > 1 && core(a) > 0 }
	c["no_core_partners"] = func(a map[string]any) bool { return jnum(net(a)["partners"]) > 1 && core(a) == 0 }
	c["one_partner"] = func(a map[string]any) bool { return jnum(net(a)["partners"]) == 1 }
	c["ties"] = func(a map[string]any) bool { return jnum(net(a)["ties"]) > 0 }
	c["one_tie"] = func(a map[string]any) bool { return jnum(net(a)["ties"]) == 1 }
	c["no_ties"] = func(a map[string]any) bool { return jnum(net(a)["ties"]) == 0 }
	c["pairs"] = func(a map[string]any) bool { return jnum(net(a)["partners"]) >= 2 }
	c["connected"] = func(a map[string]any) bool { return jnum(net(a)["components"]) == 1 }
	c["parts"] = func(a map[string]any) bool { return jnum(net(a)["components"]) > 1 }
	c["central_high"] = func(a map[string]any) bool { return jnum(net(a)["degree_centralization"]) >= 0.5 }
	c["central_mid"] = func(a map[string]any) bool {
		x := jnum(net(a)["degree_centralization"])
		return x >= 0.25 && x < 0.5
	}
	c["central_low"] = func(a map[string]any) bool { return jnum(net(a)["degree_centralization"]) < 0.25 }
	c["cut_point"] = func(a map[string]any) bool { return cuts(a) > 0 }
	c["cut_points"] = func(a map[string]any) bool { return cuts(a) > 1 }
	c["one_cut_point"] = func(a map[string]any) bool { return cuts(a) == 1 }
	c["brokers_no_cut"] = func(a map[string]any) bool { return cuts(a) == 0 && jlen(a["brokers"]) > 0 }
	c["one_broker_no_cut"] = func(a map[string]any) bool { return cuts(a) == 0 && jlen(a["brokers"]) == 1 }
	c["no_brokers"] = func(a map[string]any) bool { return cuts(a) == 0 && jlen(a["brokers"]) == 0 }
	c["boundary_object"] = func(a map[string]any) bool { return verdict(a, "boundary_object") }
	c["candidate_object"] = func(a map[string]any) bool { return verdict(a, "candidate") }
	c["objects_no_boundary"] = func(a map[string]any) bool { return jlen(a["objects"]) > 0 && !verdict(a, "boundary_object") }
	c["no_objects"] = func(a map[string]any) bool { return jlen(a["objects"]) == 0 && inputs(a)["objects"] == false }
	c["objects_unused"] = func(a map[string]any) bool { return jlen(a["objects"]) == 0 && inputs(a)["objects"] == true }
	c["weak"] = func(a map[string]any) bool { return jlen(a["weak"]) > 1 }
	c["one_weak"] = func(a map[string]any) bool { return jlen(a["weak"]) == 1 }
	c["no_weak"] = func(a map[string]any) bool { return jlen(a["weak"]) == 0 }
	c["ties_no_weak"] = func(a map[string]any) bool { return jlen(a["weak"]) == 0 && jnum(net(a)["ties"]) > 0 }
	c["fragile"] = func(a map[string]any) bool { return reason(a, fragile...) }
	c["no_fragile"] = func(a map[string]any) bool { return jlen(a["weak"]) > 0 && !reason(a, fragile...) }
	c["thin"] = func(a map[string]any) bool { return reason(a, thin...) }
	c["no_thin"] = func(a map[string]any) bool { return jlen(a["weak"]) > 0 && !reason(a, thin...) }
	c["single_carrier"] = func(a map[string]any) bool { return reason(a, "single_carrier") }
	c["stuck_acquaintance"] = func(a map[string]any) bool { return reason(a, "shallow_core") }
	c["missing_core_pairs"] = func(a map[string]any) bool { return jlen(a["missing_core_pairs"]) > 0 }
	c["no_missing_core_pairs"] = func(a map[string]any) bool {
		return a["missing_core_pairs"] != nil && jlen(a["missing_core_pairs"]) == 0 && core(a) >= 2
	}
	c["isolated"] = func(a map[string]any) bool { return jlen(a["isolated_externals"]) > 0 }
	c["people_unknown"] = func(a map[string]any) bool { return a["people_unknown"] == true }
	c["frag_costs_people"] = func(a map[string]any) bool { return costs(a) && a["people_unknown"] != true }
	c["frag_costs_no_people"] = func(a map[string]any) bool { return costs(a) && a["people_unknown"] == true }
	c["no_frag_costs"] = func(a map[string]any) bool { return !costs(a) && a["people_unknown"] != true }
	c["coordinator"] = func(a map[string]any) bool { return a["coordinator"] != nil }
	c["coordinator_named"] = func(a map[string]any) bool { return inputs(a)["coordinator"] != "" && a["coordinator"] == nil }
	c["faded"] = func(a map[string]any) bool { return jnum(inputs(a)["pairs_below_rung_1"]) > 0 }
	c["ratings"] = func(a map[string]any) bool { return jnum(inputs(a)["ratings"]) > 0 }
	c["no_warnings"] = func(a map[string]any) bool { return jnum(inputs(a)["warnings"]) == 0 }
	c["no_notes"] = func(a map[string]any) bool { return jnum(inputs(a)["warnings"]) == 0 }
	c["as_of"] = asOf
	c["asof_far_beyond"] = func(a map[string]any) bool { return inputs(a)["as_of_warning"] != nil }
	c["people_cut"] = func(a map[string]any) bool {
		for _, f := range a["fragility"].([]any) {
			m := f.(map[string]any)
			if m["kind"] == "person" && jnum(m["pairs_disconnected"]) > 0 {
				return true
			}
		}
		return false
	}
	c["one_sided_deep"] = func(a map[string]any) bool { return jnum(inputs(a)["one_sided_deep"]) > 0 }
	// The pairs the network leaves out, each cause apart; the parts add up
	// to the chart's rung 0 (checked in checkInputsAddUp).
	c["rated_no_contact"] = func(a map[string]any) bool { return jnum(inputs(a)["pairs_rated_no_contact"]) > 0 }
	c["events_decayed"] = func(a map[string]any) bool { return jnum(inputs(a)["pairs_events_decayed"]) > 0 }
	c["events_rung_0"] = func(a map[string]any) bool { return jnum(inputs(a)["pairs_events_rung_0"]) > 0 }
	c["below_rung_1_unsplit"] = func(a map[string]any) bool {
		in := inputs(a)
		return jnum(in["pairs_below_rung_1"]) > jnum(in["pairs_rated_no_contact"])+jnum(in["pairs_events_decayed"])+jnum(in["pairs_events_rung_0"])
	}
	c["below_min_depth"] = func(a map[string]any) bool {
		return jnum(inputs(a)["pairs_below_min_depth"]) > 0 && jnum(inputs(a)["min_depth"]) > 1
	}
	noEv := func(a map[string]any) float64 { return jnum(inputs(a)["one_sided_deep_no_events"]) }
	lower := func(a map[string]any) float64 { return jnum(inputs(a)["one_sided_deep_lower_events"]) }
	c["one_sided_deep_no_events"] = func(a map[string]any) bool { return noEv(a) > 0 && lower(a) == 0 }
	c["one_sided_deep_lower_events"] = func(a map[string]any) bool { return lower(a) > 0 && noEv(a) == 0 }
	c["one_sided_deep_mixed"] = func(a map[string]any) bool { return lower(a) > 0 && noEv(a) > 0 }
	c["events"] = func(a map[string]any) bool { return jnum(inputs(a)["events"]) > 0 }
	c["people"] = func(a map[string]any) bool { return inputs(a)["people"] == true && a["people_unknown"] != true }
	c["no_as_of"] = func(a map[string]any) bool { return !asOf(a) }
}

// claimKeys maps each guarded sentence key to its condition; it mirrors
// the report catalogue's needs table, which it is checked against.
var claimAnalysis = regexp.MustCompile(`(?s)<script type="application/json" id="gbo-analysis">(.*?)</script>`)

// checkReportClaims parses a report page, reads its embedded analysis and
// checks every guarded sentence's condition against it, and the counts the
// first screen gives against the JSON.
func checkReportClaims(t *testing.T, label, page string, needs map[string]string) {
	t.Helper()
	m := claimAnalysis.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("%s: no embedded analysis", label)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(m[1]), &a); err != nil {
		t.Fatalf("%s: embedded analysis: %v", label, err)
	}
	for _, k := range []string{"case", "network", "partners", "weak", "missing_core_pairs", "isolated_externals", "fragility", "brokers", "objects"} {
		if _, ok := a[k]; !ok {
			t.Errorf("%s: the analysis lacks %q", label, k)
		}
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	claims := 0
	var cards []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, at := range n.Attr {
				if at.Key != "data-claim" {
					continue
				}
				claims++
				cond, ok := needs[at.Val]
				if !ok {
					t.Errorf("%s: sentence %q names no condition", label, at.Val)
					continue
				}
				check, ok := claimConditions[cond]
				if !ok {
					t.Errorf("%s: condition %q of %q is not checked", label, cond, at.Val)
					continue
				}
				if !check(a) {
					t.Errorf("%s: %q printed but %q is false: %q", label, at.Val, cond, text(n))
				}
			}
			if n.Data == "p" && hasClass(n, "card-value") {
				cards = append(cards, text(n))
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
	if claims < 5 {
		t.Errorf("%s: only %d guarded sentences", label, claims)
	}
	// The first screen's counts are the analysis's.
	net := a["network"].(map[string]any)
	want := map[int]string{0: fmt.Sprint(jnum(net["partners"])), 1: fmt.Sprint(jnum(net["ties"]))}
	for i, w := range want {
		if i < len(cards) && cards[i] != w {
			t.Errorf("%s: card %d shows %q, the analysis %s", label, i, cards[i], w)
		}
	}
	weak := fmt.Sprintf("%d", jlen(a["weak"]))
	if jnum(net["ties"]) > 0 && !strings.Contains(page, `<p class="card-value">`+weak+`</p><h3 class="card-label">`+map[bool]string{true: "Zwakke schakels", false: "Weak links"}[strings.Contains(page, `lang="nl-BE"`)]) {
		t.Errorf("%s: the weak-links card does not show the %s weak links of the analysis", label, weak)
	}
	checkReportWords(t, label, page, textOfPage(doc), a)
	checkInputsAddUp(t, label, a)
	if vis := textOfPage(doc); strings.Contains(vis, "`") || strings.Contains(vis, "(s)") || strings.Contains(vis, "Toestand op") {
		t.Errorf("%s: backticks, (s) or Toestand op in the page", label)
	}
	if strings.Contains(page, `lang="nl-BE"`) && regexp.MustCompile(`(?i)\bcasus\b|\bde case\b`).MatchString(textOfPage(doc)) {
		t.Errorf("%s: casus or case for the data set in Dutch", label)
	}
}

func hasClass(n *html.Node, c string) bool {
	for _, at := range n.Attr {
		if at.Key == "class" && strings.Contains(" "+at.Val+" ", " "+c+" ") {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// textOfPage is the visible text (no script or style).
func textOfPage(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// edgeCases are small partnerships that make each guarded sentence take
// its other branch: no cut point, a cut point, no ratings, ratings only,
// no people, no objects, no core partner, one partner, no coordinator.
func edgeCases(t *testing.T) map[string]map[string]string {
	partners := "id,name,sector,core\nocmw-a,OCMW A,OCMW,yes\ncaw-a,CAW A,CAW,yes\ndmw-a,DMW A,DMW,yes\nbib-a,Bib A,Cultuur,no\n"
	tri := "date,from,with,kind,object,people,count\n2024-03-01,ocmw-a,caw-a,referral,o1,p1|p2,3\n2024-03-02,caw-a,dmw-a,case_consultation,o1,p2|p3,2\n2024-03-03,dmw-a,ocmw-a,introduction,,p3|p1,1\n2024-04-01,bib-a,ocmw-a,info_exchange,o1,p4|p1,1\n2024-04-02,bib-a,caw-a,introduction,,p4|p2,1\n"
	people := "id,partner,role\np1,ocmw-a,maatschappelijk werker\np2,caw-a,onthaal\np3,dmw-a,sociaal werker\np4,bib-a,bibliothecaris\n"
	objects := "id,name\no1,Gedeelde vraag\n"
	chain := "date,from,with,kind,object,people,count\n2024-03-01,ocmw-a,caw-a,referral,,p1|p2,3\n2024-03-02,caw-a,dmw-a,referral,,p2|p3,2\n2024-04-01,dmw-a,bib-a,info_exchange,,p3|p4,1\n"
	ratings := "from,to,depth\nocmw-a,caw-a,4\ncaw-a,ocmw-a,3\ncaw-a,dmw-a,2\nbib-a,dmw-a,1\nocmw-a,dmw-a,4\n"
	return map[string]map[string]string{
		"no-cut-point": {"partners.csv": partners, "interactions.csv": tri, "people.csv": people, "objects.csv": objects, "case.toml": "name = \"Driehoek\"\ncoordinator = \"ocmw-a\"\n"},
		"cut-point":    {"partners.csv": partners, "interactions.csv": chain, "people.csv": people},
		"no-ratings-no-people-no-objects": {"partners.csv": partners,
			"interactions.csv": "date,from,with,kind\n2024-03-01,ocmw-a,caw-a,referral\n2024-03-02,caw-a,dmw-a,introduction\n2024-03-03,bib-a,dmw-a,joint_action\n"},
		"ratings-only": {"partners.csv": partners, "ties.csv": ratings},
		// A typo'd year and no as_of: the as-of warning belongs beside the date.
		"typo-year": {"partners.csv": partners, "interactions.csv": tri + "2042-11-04,ocmw-a,caw-a,referral,,p1|p2,1\n", "people.csv": people},
		// Core set by column in sectors of its own: no (OCMW, CAW, DMW) on the page.
		"own-core-sectors": {"partners.csv": "id,name,sector,core\nw1,W1,Wonen,yes\nj1,J1,Jeugd,yes\ns1,S1,Sport,no\n",
			"interactions.csv": "date,from,with,kind\n2024-03-01,w1,j1,referral\n2024-03-02,j1,s1,introduction\n"},
		// A person is the only carrier between two partners whose partners
		// are no cut point: p2 of caw-a carries both caw-a ties.
		"person-cuts": {"partners.csv": partners, "people.csv": people,
			"interactions.csv": "date,from,with,kind,people\n2024-03-01,ocmw-a,caw-a,referral,p1|p2\n2024-03-02,caw-a,dmw-a,referral,p2|p3\n2024-03-03,dmw-a,ocmw-a,referral,p3|p1\n2024-03-04,bib-a,caw-a,referral,p4|p2\n2024-03-05,bib-a,ocmw-a,referral,p4|p1\n"},
		"no-core": {"partners.csv": "id,name,sector,core\nx,X,Cultuur,no\ny,Y,Sport,no\nz,Z,Wonen,no\n",
			"interactions.csv": "date,from,with,kind\n2024-03-01,x,y,referral\n2024-03-02,y,z,introduction\n"},
		"one-partner": {"partners.csv": "id,name,sector,core\nocmw-a,OCMW A,OCMW,yes\n", "ties.csv": "from,to,depth\n"},
		// Below rung 1 for each cause once: a pair rated no contact (with
		// an old event too), a pair whose only event is years old, a pair
		// whose only events are of a kind at rung 0; and deep ties rated
		// by one side, one with no event, one with a shallower event.
		"below-rung-1-causes": {"partners.csv": partners,
			"case.toml":        "name = \"Oorzaken\"\n[depth.kinds]\nmail = { rung = 0 }\n",
			"ties.csv":         "from,to,depth\nocmw-a,caw-a,0\nocmw-a,dmw-a,4\ncaw-a,bib-a,4\n",
			"interactions.csv": "date,from,with,kind\n2015-03-01,ocmw-a,caw-a,referral\n2015-03-01,dmw-a,bib-a,introduction\n2024-03-01,caw-a,dmw-a,mail\n2024-03-01,caw-a,bib-a,introduction\n2024-03-02,ocmw-a,bib-a,referral\n"},
		// Deep one-sided ties that all have a shallower event.
		"one-sided-lower": {"partners.csv": partners,
			"ties.csv":         "from,to,depth\nocmw-a,caw-a,4\ncaw-a,dmw-a,5\n",
			"interactions.csv": "date,from,with,kind\n2024-03-01,ocmw-a,caw-a,introduction\n2024-03-02,caw-a,dmw-a,referral\n2024-03-03,dmw-a,bib-a,referral\n"},
	}
}

// Every printed claim of every sample and of every edge case, in both
// languages, holds for the analysis the page embeds.
func TestReportClaimsHoldForTheirAnalysis(t *testing.T) {
	needs := reportNeeds()
	dir := t.TempDir()
	var cases []string
	for _, s := range samples.List() {
		cases = append(cases, "sample:"+s.Name)
	}
	for name, files := range edgeCases(t) {
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for f, body := range files {
			if err := os.WriteFile(filepath.Join(d, f), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cases = append(cases, d)
	}
	runs := make([][]string, 0, len(cases)+3)
	for _, cs := range cases {
		runs = append(runs, []string{cs})
	}
	// --min-depth leaves pairs at rung 1 or more out of the network.
	runs = append(runs, []string{"sample:grensobject", "--min-depth", "3"}, []string{filepath.Join(dir, "cut-point"), "--min-depth", "3"},
		[]string{filepath.Join(dir, "below-rung-1-causes"), "--min-depth", "2"})
	seen := map[string]bool{}
	for _, run := range runs {
		cs, flags := run[0], run[1:]
		for _, lang := range []string{"nl", "en"} {
			out := filepath.Join(dir, strings.NewReplacer(":", "-", "/", "-").Replace(strings.Join(run, "_"))+"-"+lang+".html")
			_, stderr, code := runGBO(t, append([]string{"report", cs, "-o", out, "--lang", lang}, flags...)...)
			if code != 0 {
				t.Errorf("%s %s: exit %d %s", cs, lang, code, stderr)
				continue
			}
			b, _ := os.ReadFile(out)
			checkReportClaims(t, filepath.Base(cs)+" "+lang, string(b), needs)
			for _, m := range regexp.MustCompile(`data-claim="([^"]+)"`).FindAllStringSubmatch(string(b), -1) {
				seen[m[1]] = true
			}
		}
	}
	// The edge cases reach the other branch of the sentences that the
	// samples alone never print.
	for _, k := range []string{"kf_brokers_cut_one", "kf_brokers_nocut", "kf_partners_nocore", "people_unknown", "objects_unknown", "method_survey", "kf_coord_s",
		"asof_warning", "kf_missing_core", "rec_missing", "frag_person_more", "depth_one_sided_noev_one", "depth_one_sided_lower",
		"depth_one_sided_mixed", "depth_rated_zero_one", "depth_faded_one", "depth_events_rung0_one", "depth_below_min", "depth_below_min_one"} {
		if !seen[k] {
			t.Errorf("no case printed %q", k)
		}
	}
}

func reportNeeds() map[string]string { return report.Needs() }

// The analysis a report embeds is, key for key, what gbo metrics, weak,
// brokers and objects print as JSON for the same case and flags.
func TestReportEmbedsTheCommandsJSON(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		flags []string
	}{
		{"sample:grensobject", nil}, {"sample:sleutelfiguren", []string{"--min-depth", "2"}}, {"sample:golf-2024", []string{"--lang", "nl"}},
	} {
		out := filepath.Join(dir, "r.html")
		if _, stderr, code := runGBO(t, append([]string{"report", tc.name, "-o", out}, tc.flags...)...); code != 0 {
			t.Fatalf("%s: exit %d %s", tc.name, code, stderr)
		}
		b, _ := os.ReadFile(out)
		m := claimAnalysis.FindSubmatch(b)
		if m == nil {
			t.Fatalf("%s: no embedded analysis", tc.name)
		}
		var got map[string]any
		if err := json.Unmarshal(m[1], &got); err != nil {
			t.Fatal(err)
		}
		from := map[string][]string{
			"metrics": {"case", "network", "partners"},
			"weak":    {"weak", "missing_core_pairs", "isolated_externals", "fragility", "people_unknown", "counts"},
			"brokers": {"brokers"},
			"objects": {"objects"},
		}
		// The network with and without the coordinator is gbo weak --without's.
		if co, ok := got["coordinator"].(map[string]any); ok {
			stdout, _, code := runGBO(t, append([]string{"weak", tc.name, "--without", co["id"].(string), "--format", "json"}, tc.flags...)...)
			var w map[string]any
			if code != 0 || json.Unmarshal([]byte(stdout), &w) != nil {
				t.Fatalf("%s: weak --without: exit %d", tc.name, code)
			}
			wo := w["without"].(map[string]any)
			for _, pair := range [][2]string{{"with", "before"}, {"without", "after"}} {
				g, _ := json.Marshal(co[pair[0]])
				x, _ := json.Marshal(wo[pair[1]])
				if string(g) != string(x) {
					t.Errorf("%s: coordinator.%s differs from gbo weak --without's %s", tc.name, pair[0], pair[1])
				}
			}
		} else if tc.name == "sample:grensobject" {
			t.Errorf("%s names a coordinator, but the report has no figures without it", tc.name)
		}
		for cmd, keys := range from {
			stdout, stderr, code := runGBO(t, append([]string{cmd, tc.name, "--format", "json"}, tc.flags...)...)
			if code != 0 {
				t.Fatalf("%s %s: exit %d %s", cmd, tc.name, code, stderr)
			}
			var want map[string]any
			if err := json.Unmarshal([]byte(stdout), &want); err != nil {
				t.Fatalf("%s: %v", cmd, err)
			}
			for _, k := range keys {
				w, _ := json.Marshal(want[k])
				g, _ := json.Marshal(got[k])
				if string(w) != string(g) {
					t.Errorf("%s: %q of the report differs from gbo %s --format json (%d vs %d bytes)", tc.name, k, cmd, len(g), len(w))
				}
			}
		}
	}
}

// checkReportWords checks what the steering group reads against the
// embedded analysis: the as-of warning at the top, core sectors of the
// case's own, the fragility caption and order, the weak tables' "Also"
// column, guarded method text, and Dutch words (issue 11, tester's list).
func checkReportWords(t *testing.T, label, page, vis string, a map[string]any) {
	t.Helper()
	nl := strings.Contains(page, `lang="nl-BE"`)
	inputs := a["inputs"].(map[string]any)
	// 1. The as-of warning is in the header, before the contents.
	head, _, _ := strings.Cut(page, "<nav ")
	if w, ok := inputs["as_of_warning"].(map[string]any); ok {
		if !strings.Contains(head, `data-claim="asof_warning"`) || !strings.Contains(head, w["file"].(string)) {
			t.Errorf("%s: the as-of warning (%v) is not beside the date at the top", label, w)
		}
	} else if strings.Contains(page, `data-claim="asof_warning"`) {
		t.Errorf("%s: an as-of warning without asof_far_beyond", label)
	}
	// 2. No card says no departure cuts partners off while a person's does.
	people := 0
	withCost, all := 0, jlen(a["fragility"])
	var costs []string
	for _, f := range a["fragility"].([]any) {
		m := f.(map[string]any)
		if m["kind"] == "person" && jnum(m["pairs_disconnected"]) > 0 {
			people++
		}
		if jnum(m["deep_ties_lost"])+jnum(m["ties_weakened"])+jnum(m["pairs_disconnected"]) > 0 {
			withCost++
			costs = append(costs, fmt.Sprintf("%v|%v|%v", jnum(m["deep_ties_lost"]), jnum(m["ties_weakened"]), jnum(m["pairs_disconnected"])))
		}
	}
	// The departures that cut pairs apart first (the key figures cite
	// them), most pairs first, then gbo weak's order.
	cut := func(c string) int { n, _ := strconv.Atoi(c[strings.LastIndex(c, "|")+1:]); return n }
	slices.SortStableFunc(costs, func(x, y string) int { return cut(y) - cut(x) })
	if people > 0 && !strings.Contains(page, `data-claim="kf_people_cut"`) {
		t.Errorf("%s: %d people cut pairs off, the first screen does not say so", label, people)
	}
	if strings.Contains(vis, "no single departure") || strings.Contains(vis, "geen enkel vertrek snijdt") {
		t.Errorf("%s: 'no single departure' where only partners were weighed", label)
	}
	// 3. The fragility table: cutting departures first, then the analysis's order, "n of m with a cost (all)".
	if withCost > 0 {
		shownN := min(withCost, 20)
		var cap string
		switch {
		case shownN < withCost && nl:
			cap = fmt.Sprintf("%d van %d met gevolgen getoond (%d in totaal).", shownN, withCost, all)
		case shownN < withCost:
			cap = fmt.Sprintf("%d of %d with a cost shown (%d in all).", shownN, withCost, all)
		case nl && shownN == 1:
			cap = fmt.Sprintf("%d met gevolgen getoond (%d in totaal).", shownN, all)
		case nl:
			cap = fmt.Sprintf("Alle %d met gevolgen getoond (%d in totaal).", shownN, all)
		case shownN == 1:
			cap = fmt.Sprintf("%d with a cost shown (%d in all).", shownN, all)
		default:
			cap = fmt.Sprintf("All %d with a cost shown (%d in all).", shownN, all)
		}
		if !strings.Contains(page, "<caption>"+cap+"</caption>") {
			t.Errorf("%s: the fragility caption is not %q", label, cap)
		}
		_, tbl, _ := strings.Cut(page, "<caption>"+cap+"</caption>")
		tbl, _, _ = strings.Cut(tbl, "</table>")
		var got []string
		for _, m := range regexp.MustCompile(`<td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(\d+)</td></tr>`).FindAllStringSubmatch(tbl, -1) {
			got = append(got, m[1]+"|"+m[2]+"|"+m[3])
		}
		if strings.Join(got, " ") != strings.Join(costs[:shownN], " ") {
			t.Errorf("%s: fragility rows %v, not in the order of pairs cut, then gbo weak's %v", label, got, costs[:shownN])
		}
	}
	// 4. "Deep" is rung 3 or more on this page: no "Deep ties" card for rung 4–5.
	if strings.Contains(page, `card-label">Deep ties<`) || strings.Contains(page, `card-label">Diepe banden<`) {
		t.Errorf("%s: a 'deep ties' card counting rung 4–5", label)
	}
	// 5. Core sectors are the case's own.
	var sectors []string
	for _, p := range a["partners"].([]any) {
		m := p.(map[string]any)
		if s, _ := m["sector"].(string); m["core"] == true && s != "" && !slices.Contains(sectors, s) {
			sectors = append(sectors, s)
		}
	}
	for _, s := range []string{"OCMW", "CAW", "DMW"} {
		if !slices.Contains(sectors, s) && strings.Contains(vis, "("+s) {
			t.Errorf("%s: core sector %s printed, the case's core partners are in %v", label, s, sectors)
		}
	}
	// 6. Ratings only: no events, half-life or kinds; no people: no pseudonyms.
	if jnum(inputs["events"]) == 0 && (strings.Contains(vis, "half-life") || strings.Contains(vis, "halveringstijd") || strings.Contains(page, tr2(nl, "Event kind", "Soort gebeurtenis"))) {
		t.Errorf("%s: a case without events explains events", label)
	}
	if (inputs["people"] != true || a["people_unknown"] == true) && (strings.Contains(vis, "under a pseudonym") || strings.Contains(vis, "onder een pseudoniem")) {
		t.Errorf("%s: pseudonyms explained without people", label)
	}
	// 7. Missing core pairs on the first screen and in the suggestions.
	miss := jlen(a["missing_core_pairs"])
	if c, ok := a["counts"].(map[string]any); ok {
		miss = max(miss, int(jnum(c["missing_core_pairs"])))
	}
	if first, _, _ := strings.Cut(page, `<section id="sec-depth"`); miss > 0 && (!strings.Contains(first, `data-claim="kf_missing_core`) || !strings.Contains(first, `data-claim="rec_missing"`)) {
		t.Errorf("%s: %d core pairs without contact not on the first screen", label, miss)
	}
	// 8. The weak tables' third column is the other reasons.
	if strings.Contains(page, `<table class="weak">`) && !strings.Contains(page, tr2(nl, "<th>Also</th>", "<th>Ook</th>")) {
		t.Errorf("%s: the weak tables' other reasons are not headed Also/Ook", label)
	}
	// 9. Words: no command names, one wording for no date, plurals.
	if strings.Contains(vis, "gbo weak") {
		t.Errorf("%s: a command name on the steering group's page", label)
	}
	if nl {
		if strings.Contains(vis, "alleen bevraging") || regexp.MustCompile(`\b1 (paren|banden|diepe banden|partners)\b`).MatchString(vis) {
			t.Errorf("%s: 'alleen bevraging' or a plural after 1", label)
		}
		if strings.Contains(page, "<td><code>introduction</code>") || strings.Contains(page, "<td>introduction</td><td>kennismaking") {
			t.Errorf("%s: event kinds in English in the Dutch table", label)
		}
	} else if regexp.MustCompile(`\b1 (pairs|ties|deep ties)\b`).MatchString(vis) {
		t.Errorf("%s: a plural after 1", label)
	}
}

func tr2(nl bool, en, nlText string) string {
	if nl {
		return nlText
	}
	return en
}

// checkInputsAddUp checks that the causes of the pairs below rung 1 add up
// to the chart's rung 0, that the one-sided deep ties split into those with
// and without events, and that no pair is below a minimum depth of 1.
func checkInputsAddUp(t *testing.T, label string, a map[string]any) {
	t.Helper()
	in := a["inputs"].(map[string]any)
	parts := jnum(in["pairs_rated_no_contact"]) + jnum(in["pairs_events_decayed"]) + jnum(in["pairs_events_rung_0"])
	if parts != jnum(in["pairs_below_rung_1"]) {
		t.Errorf("%s: rated %v + decayed %v + rung-0 kinds %v ≠ %v pairs below rung 1", label,
			in["pairs_rated_no_contact"], in["pairs_events_decayed"], in["pairs_events_rung_0"], in["pairs_below_rung_1"])
	}
	if jnum(in["one_sided_deep_no_events"])+jnum(in["one_sided_deep_lower_events"]) != jnum(in["one_sided_deep"]) {
		t.Errorf("%s: one-sided deep ties %v ≠ %v without events + %v with events lower", label,
			in["one_sided_deep"], in["one_sided_deep_no_events"], in["one_sided_deep_lower_events"])
	}
	if jnum(in["min_depth"]) <= 1 && jnum(in["pairs_below_min_depth"]) != 0 {
		t.Errorf("%s: %v pairs below a min-depth of %v", label, in["pairs_below_min_depth"], in["min_depth"])
	}
}
