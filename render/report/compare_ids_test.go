package report

import (
	"bytes"
	"strings"
	"testing"
)

// prefixIDs prefixes every id of an SVG and every reference to one inside
// it, and never the text or other attributes.
func TestPrefixIDsRewritesIDsAndReferencesOnly(t *testing.T) {
	in := `<svg id="legend"><defs><marker id="arrow"/></defs><path marker-end="url(#arrow)" style="fill:url(#arrow)"/>` +
		`<use href="#arrow"/><use xlink:href="#arrow"/><g data-id="x" id="node-1"><title>id="arrow" url(#arrow)</title></g></svg>`
	want := `<svg id="p-legend"><defs><marker id="p-arrow"/></defs><path marker-end="url(#p-arrow)" style="fill:url(#p-arrow)"/>` +
		`<use href="#p-arrow"/><use xlink:href="#p-arrow"/><g data-id="x" id="p-node-1"><title>id="arrow" url(#arrow)</title></g></svg>`
	if got := prefixIDs(in, "p-"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// The lists of changed ties are in the order of the names they show
// (the name first in order first in the pair), then by ids. Was: by id,
// which looks unsorted under the names.
func TestPeriodTieListsAreSortedByTheNamesShown(t *testing.T) {
	names := []PartnerName{{"a1", "Zorgpunt"}, {"a2", "Bibliotheek"}, {"a3", "Wijkhuis"}, {"a4", "apotheek"}, {"a5", "Bibliotheek"}}
	rows := []TieChange{{A: "a1", B: "a2", Before: 1, After: 0}, {A: "a1", B: "a3", Before: 2, After: 0},
		{A: "a3", B: "a4", Before: 3, After: 0}, {A: "a1", B: "a5", Before: 1, After: 0}}
	var buf bytes.Buffer
	err := WriteCompare(&buf, Compare{Lang: "en", Analysis: []byte(`{}`), Cases: []CaseColumn{{Name: "2023"}, {Name: "2024"}},
		Periods: &Periods{Before: "2023", After: "2024", Lost: rows, Deepened: rows, Names: names}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"apotheek – Wijkhuis", "Bibliotheek – Zorgpunt", "Bibliotheek – Zorgpunt", "Wijkhuis – Zorgpunt"}
	page := buf.String()
	for _, list := range []string{"per_lost", "per_deepened"} {
		head := tr("en", list)
		i := strings.Index(page, "<h3>"+head+"</h3>")
		if i < 0 {
			t.Fatalf("no list %q", head)
		}
		rest := page[i:]
		rest = rest[:strings.Index(rest, "</table>")]
		var got []string
		for _, part := range strings.Split(rest, `<td class="name">`)[1:] {
			got = append(got, strings.ReplaceAll(part[:strings.Index(part, "</td>")], "&ndash;", "–"))
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q, want %q", head, got, want)
		}
	}
}
