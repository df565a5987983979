// Names on the compare page: partners by name, changed ties ordered by names, and map ids made unique per map.

package report

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
)

func partnerNamer(ns []PartnerName) func(string) string {
	m := make(map[string]string, len(ns))
	for _, n := range ns {
		m[n.ID] = cmp.Or(n.Name, n.ID)
	}
	return func(id string) string {
		if n, ok := m[id]; ok {
			return n
		}
		return id
	}
}

// prefixIDs gives every id inside one inline SVG (svg: markup as mapview
// writes it, text escaped) the prefix p, and rewrites the references to
// them inside it (url(#…), href="#…", xlink:href="#…"), so that several
// maps on one page hold no id twice. Only the inside of tags is touched,
// never text.
func prefixIDs(svg, p string) string {
	return svgTag.ReplaceAllStringFunc(svg, func(tag string) string {
		tag = svgID.ReplaceAllString(tag, "${1}id=\""+p)
		tag = svgHref.ReplaceAllString(tag, "${1}href=\"#"+p)
		return svgURL.ReplaceAllString(tag, "url(#"+p)
	})
}

var (
	svgTag  = regexp.MustCompile(`<[A-Za-z][^<>]*>`)
	svgID   = regexp.MustCompile(`(\s)id="`)
	svgHref = regexp.MustCompile(`(\s(?:xlink:)?)href="#`)
	svgURL  = regexp.MustCompile(`url\(#`)
)

// byNames orders changed ties as the page shows them, by the names of
// their partners (name gives them), the name first in order first in the
// pair; then by ids. Each TieChange comes back with A and B set to the
// names to show, in that order.
func byNames(rows []TieChange, name func(string) string) []TieChange {
	type row struct {
		TieChange
		ida, idb string
	}
	out := make([]row, len(rows))
	for i, r := range rows {
		a, b, ida, idb := name(r.A), name(r.B), r.A, r.B
		if c := cmp.Or(strings.Compare(strings.ToLower(b), strings.ToLower(a)), strings.Compare(b, a)); c < 0 {
			a, b, ida, idb = b, a, idb, ida
		}
		out[i] = row{TieChange{A: a, B: b, Before: r.Before, After: r.After}, ida, idb}
	}
	slices.SortStableFunc(out, func(x, y row) int {
		return cmp.Or(strings.Compare(strings.ToLower(x.A), strings.ToLower(y.A)), strings.Compare(strings.ToLower(x.B), strings.ToLower(y.B)),
			strings.Compare(x.A, y.A), strings.Compare(x.B, y.B), strings.Compare(x.ida, y.ida), strings.Compare(x.idb, y.idb))
	})
	res := make([]TieChange, len(out))
	for i, r := range out {
		res[i] = r.TieChange
	}
	return res
}
