package main

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"gbo/graph/locale"

	"gbo/render/report"
)

// pageCell is one value cell of the compare page's table.
type pageCell struct{ text, class, title string }

// pageRow is one row of the compare page's table: the measure's label,
// the row's title (the measure's definition) and the cases' cells.
type pageRow struct {
	label, title string
	cells        []pageCell
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// comparePage is what a reader sees of the compare page's figures: the
// table's rows by label, the footnotes by number, the definitions by
// term, the sentence on how the cases are read, and the embedded JSON.
type comparePage struct {
	rows      map[string]pageRow
	footnotes map[string]string
	defs      map[string]string
	relation  string
	analysis  []byte
}

func readComparePage(t *testing.T, page string) comparePage {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	p := comparePage{rows: map[string]pageRow{}, footnotes: map[string]string{}, defs: map[string]string{}}
	var term string
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inTable bool) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "table" && strings.Contains(attrOf(n, "class"), "measures"):
				inTable = true
			case n.Data == "tr" && inTable:
				r := pageRow{title: attrOf(n, "title")}
				first := true
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type != html.ElementNode || c.Data != "td" {
						continue
					}
					if first {
						r.label, first = nodeText(c), false
						continue
					}
					if attrOf(c, "class") == "trend" {
						continue
					}
					r.cells = append(r.cells, pageCell{text: nodeText(c), class: attrOf(c, "class"), title: attrOf(c, "title")})
				}
				if !first {
					if _, dup := p.rows[r.label]; dup {
						t.Errorf("two rows of the table are labelled %q", r.label)
					}
					p.rows[r.label] = r
				}
			case n.Data == "li" && strings.HasPrefix(attrOf(n, "id"), "cmp-fn-"):
				p.footnotes[strings.TrimPrefix(attrOf(n, "id"), "cmp-fn-")] = nodeText(n)
			case n.Data == "dt":
				term = nodeText(n)
			case n.Data == "dd":
				p.defs[term] = nodeText(n)
			case n.Data == "p" && attrOf(n, "id") == "cmp-relation":
				p.relation = nodeText(n)
			case n.Data == "script" && attrOf(n, "id") == "gbo-analysis":
				p.analysis = []byte(nodeText(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inTable)
		}
	}
	walk(doc, false)
	return p
}

// The page's style of a figure, written out here rather than taken from
// package report: counts whole, shares as whole percentages ("<1%" and
// ">99%" for a share that is not 0 or 1 but rounds to it), the rest with
// two decimals; a decimal comma in Dutch.
var (
	pageCounts = map[string]bool{"partners": true, "ties": true, "components": true, "diameter": true, "communities": true,
		"articulation_points": true, "bridges": true, "largest_component": true, "target_rung": true, "weak_links": true,
		"weak_fragile": true, "weak_thin": true, "boundary_objects": true, "isolated_externals_count": true}
	pageShares = map[string]bool{"largest_component_share": true, "depth_share_1": true, "depth_share_2": true,
		"depth_share_3": true, "depth_share_4": true, "depth_share_5": true, "core_pairs_at_target": true,
		"reciprocity_initiative": true, "reciprocity_ratings": true, "response_rate": true}
)

func pageFormat(key string, v float64, lang string) string {
	s := ""
	switch {
	case pageCounts[key]:
		if v != math.Trunc(v) {
			return "not a whole number: " + strconv.FormatFloat(v, 'g', -1, 64)
		}
		return strconv.FormatFloat(v, 'f', 0, 64)
	case pageShares[key]:
		switch {
		case v > 0 && v < 0.005:
			return "<1%"
		case v < 1 && v > 0.995:
			return ">99%"
		}
		return strconv.FormatFloat(v*100, 'f', 0, 64) + "%"
	default:
		s = strconv.FormatFloat(v, 'f', 2, 64)
	}
	if lang == "nl" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// TestComparePageShowsEveryFigureAsItsJSON: on the compare page of four
// cases (one without core partners, ratings in one, objects in two), in
// English and Dutch, every figure's cell is its
// value in the embedded JSON formatted as the page's style says (counts
// whole, shares as percentages, two decimals otherwise), and every figure
// the JSON marks not applicable is "—" with a numbered footnote whose
// text, and the cell's title, is the reason of its not_applicable code
// in that language. Each row has a label of words (no code) and a
// definition, as its title and in the definitions under the table.
func TestComparePageShowsEveryFigureAsItsJSON(t *testing.T) {
	_, nocore := cmpSmallCases(t)
	cases := []string{"sample:kennismaking", "sample:grensobject", "sample:golf-2024", nocore}
	for _, lang := range []string{"en", "nl"} {
		p := readComparePage(t, writePage(t, append([]string{"--lang", lang}, cases...)...))
		var doc struct {
			Cases []map[string]json.RawMessage `json:"cases"`
		}
		if err := json.Unmarshal(p.analysis, &doc); err != nil {
			t.Fatalf("%s: the page's analysis: %v", lang, err)
		}
		if len(doc.Cases) != len(cases) {
			t.Fatalf("%s: %d cases in the page's analysis, want %d", lang, len(doc.Cases), len(cases))
		}
		notApplied := 0
		for _, key := range append(append([]string{}, compareMeasures...), compareFigureKeys...) {
			label := report.MeasureName(key, lang)
			if label == key || strings.ContainsAny(label, "_{}") {
				t.Errorf("%s: %s is labelled %q", lang, key, label)
			}
			row, ok := p.rows[label]
			if !ok {
				t.Errorf("%s: no row %q (%s) on the page", lang, label, key)
				continue
			}
			if row.title == "" || p.defs[label] != row.title {
				t.Errorf("%s: %s: title %q, definition under the table %q", lang, key, row.title, p.defs[label])
			}
			if len(row.cells) != len(cases) {
				t.Errorf("%s: %s: %d cells, want %d", lang, key, len(row.cells), len(cases))
				continue
			}
			for i, cf := range doc.Cases {
				raw, why := figureOfJSON(t, cf, key)
				cell := row.cells[i]
				if raw == nil {
					notApplied++
					reason := tr(lang, "why_"+why)
					n := strings.TrimPrefix(cell.text, "—")
					if why == "" || reason == "" || n == cell.text || n == "" || cell.class != "num na" || cell.title != reason || p.footnotes[n] != reason {
						t.Errorf("%s: %s of case %d (not applicable: %q): cell %q class %q title %q, footnote %s %q; want — with a footnote %q",
							lang, key, i+1, why, cell.text, cell.class, cell.title, n, p.footnotes[n], reason)
					}
					continue
				}
				if want := pageFormat(key, *raw, lang); cell.text != want || cell.class != "num" || cell.title != "" {
					t.Errorf("%s: %s of case %d = %v shows %q (class %q, title %q), want %q", lang, key, i+1, *raw, cell.text, cell.class, cell.title, want)
				}
			}
		}
		if notApplied == 0 {
			t.Fatalf("%s: no figure does not apply: the test proves nothing of the footnotes", lang)
		}
		seen := map[string]bool{}
		for n, r := range p.footnotes {
			if seen[r] {
				t.Errorf("%s: the reason %q has two footnotes (%s)", lang, r, n)
			}
			seen[r] = true
		}
	}
}

// figureOfJSON is a figure of a case object of compare's JSON: the
// network figures under "network" (lists counted), the added ones at the
// top with their reason under "not_applicable" when null.
func figureOfJSON(t *testing.T, cf map[string]json.RawMessage, key string) (*float64, string) {
	t.Helper()
	src := cf
	if _, ok := cf[key]; !ok {
		if err := json.Unmarshal(cf["network"], &src); err != nil {
			t.Fatal(err)
		}
	}
	raw, ok := src[key]
	if !ok {
		t.Fatalf("no %s in the case's JSON", key)
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil && list != nil {
		v := float64(len(list))
		return &v, ""
	}
	var v *float64
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", key, err)
	}
	if v != nil {
		return v, ""
	}
	var why map[string]string
	if err := json.Unmarshal(cf["not_applicable"], &why); err != nil {
		t.Fatal(err)
	}
	return nil, why[key]
}

// TestComparePageSaysWhoMadeTheWaves: cases given as waves with --waves
// are said to be given so, with the share of partner ids they hold in
// common, and never "at least 80%" (which two unrelated partnerships do
// not share); cases read as waves because they share partners say they
// share at least 80% and not that the user gave them so. In English and
// Dutch.
func TestComparePageSaysWhoMadeTheWaves(t *testing.T) {
	atLeast := map[string]string{"en": "at least", "nl": "minstens"}
	for _, tc := range []struct {
		cases  []string
		flag   bool
		source string
	}{
		{[]string{"sample:kennismaking", "sample:grensobject"}, true, "flag"},
		{[]string{"sample:golf-2024", "sample:golf-2025"}, true, "flag"},
		{[]string{"sample:golf-2024", "sample:golf-2025"}, false, "shared_partners"},
	} {
		for _, lang := range []string{"en", "nl"} {
			args := append([]string{"--lang", lang}, tc.cases...)
			if tc.flag {
				args = append(args, "--waves")
			}
			p := readComparePage(t, writePage(t, args...))
			var doc struct {
				Relation       string  `json:"relation"`
				RelationSource string  `json:"relation_source"`
				Shared         float64 `json:"shared_partners"`
			}
			if err := json.Unmarshal(p.analysis, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Relation != "waves" || doc.RelationSource != tc.source {
				t.Fatalf("%v: relation %q from %q, want waves from %q", args, doc.Relation, doc.RelationSource, tc.source)
			}
			share := pageFormat("largest_component_share", doc.Shared, lang)
			given := strings.Contains(p.relation, "(--waves)")
			if given != tc.flag || !strings.Contains(p.relation, share) || strings.Contains(p.relation, atLeast[lang]) == tc.flag {
				t.Errorf("%v (shared %s): the page says %q", args, share, p.relation)
			}
			if !tc.flag && !strings.Contains(p.relation, "80%") {
				t.Errorf("%v: waves by shared partners do not name the 80%% they share at least: %q", args, p.relation)
			}
		}
	}
}

// TestDutchHelpOfAFlagPerCommand: a flag two commands give different
// meanings (--waves of compare and of export) has its own Dutch help in
// each (help.flag.COMMAND.NAME before help.flag.NAME), and the English help
// is untouched.
func TestDutchHelpOfAFlagPerCommand(t *testing.T) {
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for cmd, other := range map[string]string{"compare": "export", "export": "compare"} {
		own, ok := locale.T("nl", "help.flag."+cmd+".waves"), locale.Has("help.flag."+cmd+".waves")
		otherOwn := locale.T("nl", "help.flag."+other+".waves")
		if !ok || own == otherOwn {
			t.Fatalf("%s --waves has no Dutch help of its own", cmd)
		}
		nl := flat(helpOf(t, "--lang", "nl", cmd, "--help"))
		if !strings.Contains(nl, "--waves "+flat(own)) || strings.Contains(nl, flat(otherOwn)) {
			t.Errorf("gbo --lang nl %s --help does not give its own --waves help %q:\n%s", cmd, own, nl)
		}
		if en := flat(helpOf(t, cmd, "--help")); strings.Contains(en, flat(own)) {
			t.Errorf("gbo %s --help (English) gives the Dutch help of --waves", cmd)
		}
	}
	// A command without a help of its own for a flag takes the flag's.
	nl := flat(helpOf(t, "--lang", "nl", "metrics", "--help"))
	if asOf := locale.T("nl", "help.flag.as-of"); !strings.Contains(nl, flat(asOf)) {
		t.Errorf("gbo --lang nl metrics --help lacks the Dutch help of --as-of")
	}
}
