// The fragility section of the report view: departures, people, missing core pairs, and shortened tables.

package report

import (
	"cmp"
	"slices"
	"strings"
)

// moreRows are the rows of a shortened table beyond those it shows, for a
// collapsed <details> below it: at most reportMoreRows of them, Label the
// summary ("Show all 12"), Note where the whole list is when it stops.
type moreRows[T any] struct {
	Rows        []T
	Label, Note string
}

// reportMoreRows is the most rows a table's collapsed rest holds, to keep
// a page of a huge partnership printable; beyond it the page says where
// the whole list is.
const reportMoreRows = 500

// more splits rows, of total in all, into the n the table shows and the
// collapsed rest.
func more[T any](lang string, rows []T, n, total int) ([]T, moreRows[T]) {
	if len(rows) <= n {
		return rows, moreRows[T]{}
	}
	rest := rows[n:min(len(rows), n+reportMoreRows)]
	m := moreRows[T]{Rows: rest, Label: tr(lang, "more_all", total)}
	if n+len(rest) < total {
		m.Label = tr(lang, "more_capped", len(rest), total)
		m.Note = tr(lang, "more_cap_note", count(lang, "n_row", n+len(rest)))
	}
	return rows[:n], m
}

// someRows is the caption of a shortened table: the rest below it, or,
// when the page holds no more of them, where the whole list is.
func someRows(elsewhere bool) string {
	if elsewhere {
		return "rows_some_elsewhere"
	}
	return "rows_some"
}

// shown says how many rows a table shows of how many.
func shown(lang string, n, total int, some string) string {
	if n >= total {
		return trn(lang, "rows_all", total, total)
	}
	return tr(lang, some, n, total)
}

// fragilityRows lists the departures with any cost, those that cut pairs
// apart first (most pairs first), then in the analysis's order, with a
// person's partner and role where the analysis has them; and how many have
// a cost (the analysis may list them bounded), and whether any row names a
// person's partner or role.
func fragilityRows(lang string, a *Analysis, name func(string) string) ([]fragView, int, bool) {
	var out []fragView
	people := false
	withCost := 0
	for _, f := range a.Fragility { // gbo weak's order (worst first): not sorted again
		if f.PairsDisconnected+f.DeepTiesLost+f.TiesWeakened == 0 {
			continue
		}
		withCost++
		fv := fragView{Who: f.ID, DeepLost: f.DeepTiesLost, Weakened: f.TiesWeakened, Disconnected: f.PairsDisconnected}
		switch f.Kind {
		case "partner":
			fv.Who = cmp.Or(f.Name, name(f.ID))
			fv.Kind = tr(lang, "kind_partner")
		case "person":
			fv.Kind = tr(lang, "kind_person")
			if f.Partner != "" {
				fv.Partner = cmp.Or(f.PartnerName, name(f.Partner))
			}
			fv.Role = f.Role
			people = people || f.Partner != "" || f.Role != ""
		default:
			fv.Kind = f.Kind
		}
		out = append(out, fv)
	}
	// The departures that would cut pairs apart first, most pairs first
	// (the key figures cite them, so they must show without "show all"),
	// then in the analysis' order.
	slices.SortStableFunc(out, func(x, y fragView) int { return cmp.Compare(y.Disconnected, x.Disconnected) })
	return out, withCost, people
}

// fragShown says how many departures are shown of those with a cost, and
// how many the analysis lists in all.
func fragShown(lang string, n, withCost, all int) string {
	if n < withCost {
		return tr(lang, "rows_some_frag", n, withCost, all)
	}
	return trn(lang, "rows_frag_all", n, n, all)
}

// peopleCut counts the people whose departure would cut a pair of
// partners off from each other.
func peopleCut(a *Analysis) int {
	k := 0
	for _, f := range a.Fragility {
		if f.Kind == "person" && f.PairsDisconnected > 0 {
			k++
		}
	}
	return k
}

// missingCount is the number of pairs of core partners without a tie:
// gbo weak's count when it printed one (the list may be bounded).
func missingCount(a *Analysis) int {
	n := len(a.MissingCorePairs)
	if a.Counts != nil {
		n = max(n, a.Counts.MissingCorePairs)
	}
	return n
}

// coreSectors is " (OCMW, CAW)": the sectors of the case's own core
// partners in order of first appearance, or "" when none has a sector.
func coreSectors(a *Analysis) string {
	var ss []string
	for _, p := range a.Partners {
		if p.Core && p.Sector != "" && !slices.Contains(ss, p.Sector) {
			ss = append(ss, p.Sector)
		}
	}
	if len(ss) == 0 {
		return ""
	}
	return " (" + strings.Join(ss, ", ") + ")"
}

// reportFragilityRows is how many departures the report lists.
const reportFragilityRows = 20
