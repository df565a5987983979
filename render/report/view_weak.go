// The weak links of the report view, grouped by family and reason.

package report

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Weak-link reasons by family, in the order the report shows them.
var (
	fragileReasons = []string{"bridge", "single_carrier", "one_way", "rating_gap", "one_sided"}
	thinReasons    = []string{"shallow_core", "below_target", "fading"}
)

// reportWeakPerReason is how many of the worst ties each reason shows.
const reportWeakPerReason = 3

// weakFamilies groups the weak links by family and reason, each reason
// with its count and its worst ties (the analysis lists the worst first),
// so no reason crowds out another.
func weakFamilies(lang string, a *Analysis, name func(string) string) ([]familyView, *claim) {
	if c := say(lang, a, "weak_none"); c != nil {
		return nil, c
	}
	fr, th := familyCounts(a)
	fams := []struct {
		id      string
		reasons []string
		n       int
	}{{"fragile", fragileReasons, fr}, {"thin", thinReasons, th}}
	var out []familyView
	for _, f := range fams {
		fv := familyView{ID: f.id, Title: tr(lang, "fam_"+f.id),
			Claim: first(say(lang, a, "fam_"+f.id+"_s", count(lang, "n_tie", f.n)), say(lang, a, "fam_"+f.id+"_none"))}
		for _, code := range f.reasons {
			g := reasonGroup{Code: code, Name: reasonName(a.words, lang, code)}
			for _, w := range a.Weak {
				if !slices.Contains(w.Reasons, code) {
					continue
				}
				g.Count++
				{
					var rs []string
					for _, other := range w.Reasons {
						if other != code {
							rs = append(rs, reasonName(a.words, lang, other))
						}
					}
					g.Rows = append(g.Rows, weakView{A: name(w.A), B: name(w.B),
						Depth: fmt.Sprintf("%d %s", w.Depth, a.words.rung(w.Depth, lang)), Reasons: rs})
				}
			}
			if a.Counts != nil && a.Counts.ByReason != nil {
				if c, ok := a.Counts.ByReason[code]; ok {
					g.Count = c
				}
			}
			if g.Count == 0 {
				continue
			}
			g.Rows, g.More = more(lang, g.Rows, reportWeakPerReason, g.Count)
			g.Shown = shown(lang, len(g.Rows), g.Count, someRows(len(g.Rows)+len(g.More.Rows) < g.Count && g.More.Note == ""))
			if p := shown(lang, len(g.Rows)+len(g.More.Rows), g.Count, "rows_some_elsewhere"); p != g.Shown {
				g.PrintShown = p // on paper the rest is unfolded: every row, or where the whole list is
			}
			fv.Groups = append(fv.Groups, g)
		}
		out = append(out, fv)
	}
	return out, nil
}

func reasonName(w *Words, lang, code string) string {
	if has("reason_" + code) {
		return trw(w, lang, "reason_"+code)
	}
	return code
}

// objectReasonCodes are the reason codes of each object of the embedded
// analysis, by object id and in the order of its reasons (ObjectDoc
// keeps only their texts); nil for an analysis that does not parse.
func objectReasonCodes(raw []byte) map[string][]string {
	var doc struct {
		Objects []struct {
			ID      string `json:"id"`
			Reasons []struct {
				Code string `json:"code"`
			} `json:"reasons"`
		} `json:"objects"`
	}
	if json.Unmarshal(raw, &doc) != nil {
		return nil
	}
	out := make(map[string][]string, len(doc.Objects))
	for _, o := range doc.Objects {
		for _, r := range o.Reasons {
			out[o.ID] = append(out[o.ID], r.Code)
		}
	}
	return out
}
