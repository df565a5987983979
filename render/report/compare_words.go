// The compare page's words: rung and core names across cases, the maps' legend, as-of dates and note counts.

package report

import (
	"strings"
)

// CompareWords are the words a compare page of cases names the rungs and
// the core group with, in lang (see CaseColumn.Words): nil when every case
// keeps GBO's. A text table of the same comparison names its measures
// with MeasureNameIn(code, lang, CompareWords(cases, lang)).
func CompareWords(cases []CaseColumn, lang string) *Words {
	w, _ := pageWords(cases, normLang(lang))
	return w
}

// pageWords are the words the compare page names the rungs and the core
// group with (nil: every case keeps GBO's). Where the cases name a rung or
// the core group differently, the name is each case's, once, in the order
// of the cases, joined by " / " ("informed / knowledge sharing"); mixed is
// then the sentence saying which case names them how ("" when they agree).
func pageWords(cases []CaseColumn, lang string) (words *Words, mixed string) {
	own := false
	for _, k := range cases {
		own = own || k.Words.own()
	}
	if !own {
		return nil, ""
	}
	var rungs [6][]string
	var core, coreOne []string
	for _, k := range cases {
		for r := range rungs {
			rungs[r] = addOnce(rungs[r], k.Words.rung(r, lang))
		}
		core = addOnce(core, k.Words.word(lang, "core", true))
		coreOne = addOnce(coreOne, k.Words.word(lang, "core", false))
	}
	words = &Words{Core: strings.Join(core, " / "), CoreOne: strings.Join(coreOne, " / ")}
	mixedRungs := false
	for r := range rungs {
		words.Rungs[r] = strings.Join(rungs[r], " / ")
		mixedRungs = mixedRungs || len(rungs[r]) > 1
	}
	if !mixedRungs && len(core) == 1 {
		return words, ""
	}
	var each []string
	for _, k := range cases {
		var says []string
		if mixedRungs {
			var names []string
			for r := 1; r <= 5; r++ {
				names = append(names, k.Words.rung(r, lang))
			}
			says = append(says, tr(lang, "cmpx_words_rungs", strings.Join(names, ", ")))
		}
		if len(core) > 1 {
			says = append(says, tr(lang, "cmpx_words_core", k.Words.word(lang, "core", true)))
		}
		each = append(each, k.Name+": "+strings.Join(says, "; "))
	}
	return words, tr(lang, "cmpx_words_mixed", strings.Join(each, ". "))
}

// addOnce appends s to list unless list holds it.
func addOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// mapLegend is the maps' shared colour legend, and what the page says of
// the maps; a colour that is not "#" and six hex digits is left out.
func mapLegend(lang string, keys []SectorKey, pinned bool) ([]sectorView, string) {
	var out []sectorView
	for _, k := range keys {
		if !hexColour(k.Colour) {
			continue
		}
		sv := sectorView{Name: k.Name, Colour: k.Colour}
		if k.Other {
			sv.Name = tr(lang, "cmpx_maps_other")
		}
		if k.Other || len(k.Sectors) > 1 || (len(k.Sectors) == 1 && k.Sectors[0] != k.Name) {
			sv.Members = strings.Join(k.Sectors, ", ")
		}
		out = append(out, sv)
	}
	note := ""
	if pinned {
		note = tr(lang, "cmpx_maps_pinned")
	}
	return out, note
}

func hexColour(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// asOfWords writes an as-of date as a reader says it, and a missing one
// (a case of ratings only) in words, never as a blank.
func asOfWords(lang, iso string) string {
	if strings.TrimSpace(iso) == "" {
		return tr(lang, "cmpx_no_as_of")
	}
	return date(lang, iso)
}

// notesCount says how many warnings a case has.
func notesCount(lang string, n int) string {
	return trn(lang, "cmpx_notes_n", n, number(float64(n), 0, lang))
}
