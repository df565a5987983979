package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzNamesStayText puts arbitrary text in every name the report prints
// and checks that the page still parses with exactly one script (its own)
// and that the text never becomes markup.
func FuzzNamesStayText(f *testing.F) {
	for _, s := range []string{`"><script>alert(1)</script>`, "Café \"De Brug\" & co", "</style><img src=x onerror=1>", "\x00\xff", "{{.}}", "]]><!--"} {
		f.Add(s, "nl")
	}
	f.Fuzz(func(t *testing.T, name, lang string) {
		r := sampleReport(map[bool]string{true: "nl", false: "en"}[lang == "nl"])
		r.CaseName = name
		r.Region = name
		if len(r.Partners) > 0 {
			r.Partners[0].Name = name
			r.Partners[0].Sector = name
		}
		if len(r.Brokers) > 0 {
			r.Brokers[0].Name = name
			r.Brokers[0].Reasons = []string{name}
		}
		if len(r.Objects) > 0 {
			r.Objects[0].Name = name
		}
		r.DataNotes = append(r.DataNotes, name)
		var b bytes.Buffer
		if err := Write(&b, r); err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		scripts, imgs := 0, 0
		var walkNodes func(*html.Node)
		walkNodes = func(n *html.Node) {
			if n.Type == html.ElementNode {
				switch n.Data {
				case "script":
					// the analysis as data (type application/json) is not a script that runs
					if !slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "type" && a.Val == "application/json" }) {
						scripts++
					}
				case "img", "iframe", "object", "embed":
					imgs++
				}
				for _, a := range n.Attr {
					if strings.HasPrefix(strings.ToLower(a.Key), "on") {
						t.Fatalf("event handler %s=%q on <%s>", a.Key, a.Val, n.Data)
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walkNodes(c)
			}
		}
		walkNodes(doc)
		if scripts != 1 || imgs != 0 {
			t.Fatalf("%d scripts and %d embedded elements for name %q", scripts, imgs, name)
		}
	})
}
