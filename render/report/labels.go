package report

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gbo/graph/locale"
	"gbo/render/chart"
)

// Words are the case's own words for what the report names (case.toml
// [labels]), already in Report.Lang. A zero field keeps GBO's word: core
// partners, social workers, the rung names of docs/formats.md#labels, target rung 3.
type Words struct {
	CoreOne, Core     string    // one member of the core group, and the group ("public agency", "public agencies")
	PersonOne, Person string    // a person, and people ("staff member", "staff members")
	Rungs             [6]string // names of rungs 0-5; "" keeps docs/depth-model.md#rungs's name
	// Target is the rung the report measures against ("should reach at
	// least …"), 0-5; nil keeps 3 (referral).
	Target *int
}

// own reports whether the case set any word of its own: the report then
// leaves out what speaks of the GBO evaluation itself (its suggestions,
// its findings) and GBO's example kinds.
func (w *Words) own() bool {
	return w != nil && (w.Core != "" || w.CoreOne != "" || w.Person != "" || w.PersonOne != "" ||
		w.Rungs != [6]string{} || w.Target != nil)
}

// ownRungs reports whether the case names its rungs itself.
func (w *Words) ownRungs() bool { return w != nil && w.Rungs != [6]string{} }

// defaultWords are the catalogue keys of GBO's words: [singular, plural]
// ("core partner", "core partners"; "social worker", "social workers").
var defaultWords = map[string][2]string{
	"core":   {"w_core_one", "w_core"},
	"person": {"w_person_one", "w_person"},
}

// rung is the name of rung r in lang: the case's, or docs/depth-model.md#rungs's.
func (w *Words) rung(r int, lang string) string {
	if w != nil && r >= 0 && r <= 5 && w.Rungs[r] != "" {
		return w.Rungs[r]
	}
	return chart.RungName(r, lang)
}

// target is the rung the report measures against.
func (w *Words) target() int {
	if w != nil && w.Target != nil {
		return *w.Target
	}
	return 3
}

// word is one of the case's words or GBO's.
func (w *Words) word(lang, what string, plural bool) string {
	i := 0
	if plural {
		i = 1
	}
	var own [2]string
	if w != nil {
		switch what {
		case "core":
			own = [2]string{w.CoreOne, w.Core}
		case "person":
			own = [2]string{w.PersonOne, w.Person}
		}
	}
	if own[i] != "" {
		return own[i]
	}
	if own[1-i] != "" {
		return own[1-i]
	}
	return tr(lang, defaultWords[what][i])
}

// fill replaces the placeholders of a catalogue message by the case's
// words (or GBO's):
//
//	{core} {core1}      the core group, one member of it ({Core}, {Core1}: capitalised)
//	{person} {person1}  people, a person ({Person}, {Person1}: capitalised)
//	{rungN}             the name of rung N (0-5)
//	{target}            the name of the target rung; {targetN} its number
//	{RungN}             the same, capitalised
//	{coregroup}         the core as a group: "core", "kern", or the case's plural
//	{core_side}         the core beside external partners: "core", "kernpartners", or the case's plural
//	{first_contact}     where a first tie begins: "a first acquaintance"
//	{target_or_next}    "referral (rung 3) or alignment (rung 4)": the target and the rung above
//
// Only the message's own text is filled, never its arguments, so a
// partner named "{core}" stays as it is.
func (w *Words) fill(lang, s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return w.replacer(lang).Replace(s)
}

// fillKey is what fill's replacer depends on: the words' values (not the
// Words, which may be copied, changed, or nil) and the language.
type fillKey struct {
	lang                             string
	coreOne, core, personOne, person string
	rungs                            [6]string
	target                           int
}

// maxFills bounds the replacer cache: past it the cache starts afresh, so
// a server that renders many cases' words holds at most this many.
const maxFills = 256

var (
	fillsMu sync.Mutex
	fills   = map[fillKey]*strings.Replacer{}
)

// replacer is fill's replacer for w in lang, built once per words and
// language (strings.Replacer is safe for concurrent use).
func (w *Words) replacer(lang string) *strings.Replacer {
	k := fillKey{lang: lang, target: w.target()}
	if w != nil {
		k.coreOne, k.core, k.personOne, k.person, k.rungs = w.CoreOne, w.Core, w.PersonOne, w.Person, w.Rungs
	}
	fillsMu.Lock()
	r, ok := fills[k]
	fillsMu.Unlock()
	if ok {
		return r
	}
	r = w.newReplacer(lang)
	fillsMu.Lock()
	if len(fills) >= maxFills {
		clear(fills)
	}
	fills[k] = r
	fillsMu.Unlock()
	return r
}

// newReplacer builds fill's replacer for w in lang.
func (w *Words) newReplacer(lang string) *strings.Replacer {
	rungWord := tr(lang, "w_rung")
	or := locale.T(lang, "lang.or")
	t := w.target()
	targetOrNext := tr(lang, "w_rung_named", w.rung(t, lang), rungWord, fmt.Sprint(t)) // a name and its number: « orientation » (échelon 3)
	if t < 5 {
		targetOrNext += " " + or + " " + tr(lang, "w_rung_named", w.rung(t+1, lang), rungWord, fmt.Sprint(t+1))
	}
	pairs := []string{
		"{core}", w.word(lang, "core", true), "{core1}", w.word(lang, "core", false),
		"{Core}", capital(w.word(lang, "core", true)), "{Core1}", capital(w.word(lang, "core", false)),
		"{person}", w.word(lang, "person", true), "{person1}", w.word(lang, "person", false),
		"{Person}", capital(w.word(lang, "person", true)), "{Person1}", capital(w.word(lang, "person", false)),
		"{target}", w.rung(t, lang), "{targetN}", fmt.Sprint(t), "{target_or_next}", targetOrNext,
	}
	for r := range 6 {
		pairs = append(pairs, fmt.Sprintf("{rung%d}", r), w.rung(r, lang), fmt.Sprintf("{Rung%d}", r), capital(w.rung(r, lang)))
	}
	group, side := tr(lang, "w_coregroup"), tr(lang, "w_core_side")
	if w != nil && (w.Core != "" || w.CoreOne != "") {
		group = w.word(lang, "core", true)
		side = group
	}
	pairs = append(pairs, "{coregroup}", group, "{core_side}", side)
	first := tr(lang, "w_first_contact")
	if w.ownRungs() {
		first = tr(lang, "w_first_contact_own")
	}
	pairs = append(pairs, "{first_contact}", first)
	return strings.NewReplacer(pairs...)
}

// capital writes s with its first letter upper case.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// hasCore reports whether any partner of the analysis is core.
func hasCore(a *Analysis) bool {
	for _, p := range a.Partners {
		if p.Core {
			return true
		}
	}
	return false
}

// missingRung is the rung below which a pair of core partners counts as
// without contact: the tie threshold (Inputs.MinDepth, at least 1), or
// the case's target rung when it sets one and that is higher. The command
// line computes missing_core_pairs the same way.
func missingRung(a *Analysis) int {
	r := max(a.Inputs.MinDepth, 1)
	if a.words != nil && a.words.Target != nil {
		r = max(r, *a.words.Target)
	}
	return r
}

// coreInText puts the case's name of the core group into a text the
// command line wrote with GBO's ("the core partners": measures.Brokers).
func (w *Words) coreInText(s, lang string) string {
	if w == nil || (w.Core == "" && w.CoreOne == "") {
		return s
	}
	def := tr(lang, "w_the_core")
	the := tr(lang, "w_the") + " "
	return strings.ReplaceAll(s, def, the+w.word(lang, "core", true))
}
