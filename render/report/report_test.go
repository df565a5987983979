package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var missingMessage = regexp.MustCompile(`\[\[[a-z0-9_]+\]\]`)

func render(t *testing.T, r Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// voidElements never have an end tag in HTML.
var voidElements = map[string]bool{"meta": true, "link": true, "br": true, "hr": true, "img": true, "input": true, "col": true, "area": true, "base": true, "wbr": true, "source": true}

// checkBalanced walks the tokens and fails on an end tag that does not
// close the innermost open element, or on elements left open.
func checkBalanced(t *testing.T, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(stack) > 0 {
				t.Fatalf("elements left open: %v", stack)
			}
			return
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				stack = append(stack, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(stack) == 0 || stack[len(stack)-1] != string(name) {
				t.Fatalf("</%s> does not close the open element (open: %v)", name, stack[max(0, len(stack)-4):])
			}
			stack = stack[:len(stack)-1]
		}
	}
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

func TestReportIsOneSafeSelfContainedPage(t *testing.T) {
	for _, lang := range []string{"nl", "en", "fr"} {
		t.Run(lang, func(t *testing.T) {
			page := render(t, sampleReport(lang))
			checkBalanced(t, page)
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var h2s, cells []string
			scripts, csp := 0, false
			walk(doc, func(n *html.Node) {
				if n.Type != html.ElementNode {
					return
				}
				switch n.Data {
				case "h2":
					h2s = append(h2s, textOf(n))
				case "td":
					cells = append(cells, textOf(n))
				case "script":
					scripts++
				case "meta":
					for _, a := range n.Attr {
						if a.Key == "http-equiv" && strings.EqualFold(a.Val, "Content-Security-Policy") {
							csp = true
						}
					}
				}
				for _, a := range n.Attr {
					key := strings.ToLower(a.Key)
					if key == "src" || key == "href" || strings.HasSuffix(key, ":href") || key == "action" || key == "poster" {
						v := strings.ToLower(strings.TrimSpace(a.Val))
						if !strings.HasPrefix(v, "#") && !strings.HasPrefix(v, "data:") {
							t.Errorf("<%s %s=%q> may load from elsewhere", n.Data, a.Key, a.Val)
						}
					}
				}
			})
			if !csp {
				t.Error("no Content-Security-Policy")
			}
			if scripts != 2 {
				t.Errorf("%d script elements, want our two (the analysis as JSON, and the map's script)", scripts)
			}
			for _, key := range []string{"sec_key", "sec_depth", "sec_map", "sec_sectors", "sec_brokers", "sec_objects", "sec_weak", "sec_notes", "sec_method", "sec_partners"} {
				want := tr(lang, key)
				found := false
				for _, h := range h2s {
					found = found || h == want
				}
				if !found {
					t.Errorf("no section heading %q", want)
				}
			}
			// Hostile names arrive as text, whole.
			for _, name := range []string{hostileScript, hostileCafe} {
				found := false
				for _, c := range cells {
					found = found || strings.Contains(c, name)
				}
				if !found {
					t.Errorf("name %q not shown as text", name)
				}
			}
			if strings.Contains(page, "<script>alert") || strings.Contains(page, "<b>&</b>") {
				t.Error("hostile markup passed through unescaped")
			}
			// Nothing remote: the only URLs are XML namespace names.
			rest := regexp.MustCompile(`xmlns(:\w+)?="http://www\.w3\.org/[^"]*"`).ReplaceAllString(page, "")
			for _, bad := range []string{"http://", "https://", "@import", "url("} {
				if strings.Contains(rest, bad) {
					t.Errorf("page contains %q", bad)
				}
			}
			if m := missingMessage.FindString(page); m != "" {
				t.Errorf("missing message %s", m)
			}
			if strings.Contains(page, "ZgotmplZ") || strings.Contains(page, "NaN") || strings.Contains(page, "%!") || strings.Contains(page, "%%") {
				t.Error("template rejected a value, a NaN was printed, or a format verb went wrong")
			}
			if page != render(t, sampleReport(lang)) {
				t.Error("same model gave different bytes")
			}
		})
	}
}

func TestReportSaysWhatCannotBeJudged(t *testing.T) {
	r := sampleReport("nl")
	r.PeopleUnknown = true
	r.Fragility = nil
	page := render(t, r)
	if !strings.Contains(page, "Alleen het vertrek van partners is hier te beoordelen, niet dat van personen: er zijn geen gegevens over personen") {
		t.Error("no 'cannot be judged' note in Dutch")
	}
	// Without people data only the people's part cannot be judged: the
	// note says so, and the partners' departures follow in their table
	// (not "cannot be judged" above a table that judges them).
	for _, lang := range []string{"en", "nl", "fr"} {
		r = sampleReport(lang)
		r.PeopleUnknown = true
		page := pageText(render(t, r))
		note := tr(lang, "people_unknown", "")
		head, _, _ := strings.Cut(note, "(")
		i := strings.Index(page, strings.TrimSpace(head[:40]))
		j := -1
		if i >= 0 {
			j = strings.Index(page[i:], "\n"+tr(lang, "kind_partner")+"\n") // a row of the departures table
		}
		if i < 0 || j < 0 {
			t.Errorf("%s: the people note (at %d) is not followed by the partners' departures (at %d)", lang, i, j)
		}
		for _, whole := range []string{"Cannot be judged", "Niet te beoordelen", "Impossible à évaluer"} {
			if strings.Contains(page, whole) {
				t.Errorf("%s: %q says the whole question cannot be judged, though the partners' part is answered", lang, whole)
			}
		}
	}
}

func TestReportSentencesReadInTheChosenLanguage(t *testing.T) {
	nl := render(t, sampleReport("nl"))
	for _, want := range []string{
		"19% van alle mogelijke paren partners heeft zo&#39;n band",
		"Gemiddeld haalt een band trede 2,4 van 5: tussen kennisdeling en doorverwijzing.",
		"Het netwerk valt uiteen in 2 losse delen: sommige partners kunnen elkaar niet bereiken, ook niet via anderen.",
		`lang="nl-BE"`,
		"OCMW Gent neemt de regierol op",
		"1 van de 4 gedeelde thema&#39;s brengt kernpartners",
	} {
		if !strings.Contains(nl, want) {
			t.Errorf("Dutch report lacks %q", want)
		}
	}
	en := render(t, sampleReport("en"))
	for _, want := range []string{
		"19% of all possible pairs of partners have such a tie",
		"On average a tie reaches rung 2.4 of 5: between knowledge sharing and referral.",
		"one such event in the last 365 days is enough",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English report lacks %q", want)
		}
	}
}

func TestReportOfAnEmptyModelStillRenders(t *testing.T) {
	page := render(t, Report{})
	checkBalanced(t, page)
	if missingMessage.MatchString(page) || strings.Contains(page, "NaN") {
		t.Error("empty model shows a missing message or NaN")
	}
}

func TestMapSVGLosesItsPrologAndKeepsItsShape(t *testing.T) {
	r := sampleReport("en")
	r.MapSVG = handMadeGraphvizSVG
	page := render(t, r)
	checkBalanced(t, page)
	if strings.Contains(page, "<?xml") || strings.Contains(page, "<!DOCTYPE svg") {
		t.Error("XML prolog or SVG doctype left in the page")
	}
	if !strings.Contains(page, `<g id="node1" class="node">`) {
		t.Error("map not embedded")
	}
}

// handMadeGraphvizSVG is a small map in the shape Graphviz writes: an XML
// prolog, a doctype, node and edge groups with titles, "-" written as &#45;.
const handMadeGraphvizSVG = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
 "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Generated by graphviz version 12.2.1 -->
<svg width="404pt" height="260pt" viewBox="0.00 0.00 404.00 260.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<g id="graph0" class="graph" transform="scale(1 1) rotate(0) translate(4 256)">
<polygon fill="white" stroke="none" points="-4,4 -4,-256 400,-256 400,4 -4,4"/>
<g id="edge1" class="edge"><title>caw&#45;ov&#45;&#45;ocmw&#45;gent</title><path fill="none" stroke="#2c7fb8" stroke-width="3" d="M80,-200C120,-180 160,-160 200,-140"/></g>
<g id="edge2" class="edge"><title>caw&#45;ov&#45;&#45;hvhk&#45;zoe</title><path fill="none" stroke="#7fcdbb" stroke-width="2" d="M80,-200C90,-150 100,-100 110,-60"/></g>
<g id="edge3" class="edge"><title>ocmw&#45;gent&#45;&#45;cafe</title><path fill="none" stroke="#c7e9b4" stroke-width="1" d="M200,-140C250,-120 300,-100 340,-60"/></g>
<g id="node1" class="node"><title>caw&#45;ov</title><ellipse fill="#56B4E9" stroke="black" cx="80" cy="-200" rx="30" ry="18"/><text text-anchor="middle" x="80" y="-196" font-family="Helvetica,sans-Serif" font-size="10.00">CAW</text></g>
<g id="node2" class="node"><title>ocmw&#45;gent</title><ellipse fill="#E69F00" stroke="black" cx="200" cy="-140" rx="34" ry="18"/><text text-anchor="middle" x="200" y="-136" font-family="Helvetica,sans-Serif" font-size="10.00">OCMW Gent</text></g>
<g id="node3" class="node"><title>hvhk&#45;zoe</title><ellipse fill="#009E73" stroke="black" cx="110" cy="-60" rx="44" ry="18"/><text text-anchor="middle" x="110" y="-56" font-family="Helvetica,sans-Serif" font-size="10.00">Huis van het Kind Zoë</text></g>
<g id="node4" class="node"><title>cafe</title><ellipse fill="#CC79A7" stroke="black" cx="340" cy="-60" rx="50" ry="18"/><text text-anchor="middle" x="340" y="-56" font-family="Helvetica,sans-Serif" font-size="10.00">Café &quot;De Brug&quot; &amp; co</text></g>
</g>
</svg>
`
