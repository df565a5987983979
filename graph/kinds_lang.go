package graph

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gbo/graph/casedata"
	"gbo/graph/locale"
)

// The unknown-kind message in each language.
//
// The message lists the kinds of the depth model in force, rung by rung,
// by their names in the message's language: each kind by the catalogue's
// name for it in that language (analysis.kind.KIND, when the model reads
// it back as that kind; a case's own kind by its name), then in brackets
// its other names in alphabetical order (accents aside). Two names that
// differ only by accents, case or the shape of an apostrophe are one name
// (the accented one is shown). A rung's text is at most maxKindsText
// characters: whole names are left out, the place marked "…" with the
// count of names left out ("… +3"), never a word cut. The problem carries
// the lists of every language of the catalogue (Problem.langArgs), so the
// message is in the language it is said in.

// maxKindsText bounds one rung's text of the unknown-kind message
// (characters), under maxArgChars so that safeArgs never cuts it.
const maxKindsText = maxArgChars - 10

// kindGroup is one kind of a vocabulary and its names.
type kindGroup struct {
	name  string // the kind as the model names it
	rung  int
	names []string // every name of it, the kind's own included
	kind  bool     // holds a name that is not a rung name
}

// vocabGroups are the kinds of v (rung names alone left out), by name.
func vocabGroups(v Vocabulary) []*kindGroup {
	groups := map[string]*kindGroup{}
	for _, n := range v.Names() {
		name, rung, ok := v.Kind(n)
		if !ok || rung < 0 || rung > 5 {
			continue
		}
		g := groups[name]
		if g == nil {
			g = &kindGroup{name: name, rung: rung, names: []string{name}}
			groups[name] = g
		}
		if _, isRung := v.Rung(n); !isRung {
			g.kind = true
		}
		if _, isRung := v.Rung(name); !isRung {
			g.kind = true
		}
		if !slices.Contains(g.names, n) {
			g.names = append(g.names, n)
		}
	}
	var out []*kindGroup
	for _, g := range groups {
		if g.kind {
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// kindsByRungIn is the unknown-kind message's list for lang: one text per
// rung 0..5, "3: orientation (réorientation, referral, doorverwijzing)",
// each after the first non-empty one starting with the catalogue's
// separator (problems.kinds.next), "" for a rung without kinds.
func kindsByRungIn(v Vocabulary, lang string) [6]string {
	if nv, ok := v.(numberVocabulary); ok {
		return kindsByRung(nv)
	}
	var parts [6][]string
	for _, g := range vocabGroups(v) {
		parts[g.rung] = append(parts[g.rung], strings.Join(orderNames(g, v, lang), "\x00"))
	}
	var out [6]string
	first := true
	for r, p := range parts {
		if len(p) == 0 {
			continue
		}
		// By the first name shown, accents aside, so the list reads in
		// the language's order.
		sortFolded(p, false)
		prefix := locale.T(lang, "problems.kinds.rung", strconv.Itoa(r))
		if !first {
			prefix = locale.T(lang, "problems.kinds.next") + prefix
		}
		first = false
		out[r] = prefix + fitKinds(p, maxKindsText-utf8.RuneCountInString(prefix))
	}
	return out
}

// orderNames is g's names for lang: the catalogue's name first (else the
// kind's own), then the others in alphabetical order accents aside, one of
// each set of names equal but for accents, case and apostrophes.
func orderNames(g *kindGroup, v Vocabulary, lang string) []string {
	primary := g.name
	if key := "analysis.kind." + g.name; locale.Has(key) {
		if n := locale.T(lang, key); n != "" {
			if name, _, ok := v.Kind(n); ok && name == g.name {
				primary = n
			}
		}
	}
	// One name per folded form, the one with the most accents.
	best := map[string]string{}
	for _, n := range append([]string{primary}, g.names...) {
		k := foldName(n)
		if b, ok := best[k]; !ok || betterName(n, b) {
			best[k] = n
		}
	}
	var other []string
	pk := foldName(primary)
	for k, n := range best {
		if k != pk {
			other = append(other, n)
		}
	}
	sortFolded(other, true)
	return append([]string{best[pk]}, other...)
}

// sortFolded sorts names in place by foldName, each name folded once
// (not at every comparison); with byteTie, names of one folded form in
// byte order. Without it the order of such names is sort.Slice's, as a
// comparator calling foldName would leave it.
func sortFolded(names []string, byteTie bool) {
	type keyed struct{ key, name string }
	ks := make([]keyed, len(names))
	for i, n := range names {
		ks[i] = keyed{foldName(n), n}
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].key != ks[j].key || !byteTie {
			return ks[i].key < ks[j].key
		}
		return ks[i].name < ks[j].name
	})
	for i, k := range ks {
		names[i] = k.name
	}
}

// betterName says whether a is shown rather than b, two names of one
// folded form: the one with more accented letters, then a straight
// apostrophe, then byte order.
func betterName(a, b string) bool {
	accents := func(s string) int {
		n := 0
		for _, r := range s {
			if r > unicode.MaxASCII && r != '\u2019' {
				n++
			}
		}
		return n
	}
	if x, y := accents(a), accents(b); x != y {
		return x > y
	}
	if x, y := strings.ContainsRune(a, '\u2019'), strings.ContainsRune(b, '\u2019'); x != y {
		return !x
	}
	return a < b
}

// foldName is a name without case, accents, or the difference between
// apostrophes, spaces, hyphens and underscores.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 0x300 && r <= 0x36F:
			continue
		case r == '\u2019':
			r = '\''
		case r == '-' || r == '_':
			r = ' '
		}
		b.WriteRune(casedata.FoldLetter(r))
	}
	return b.String()
}

// fitKinds joins the kinds (each its names joined by NUL, the first the
// kind's name) as "a (b, c), d" in at most limit characters, leaving out
// whole names: a kind's names that do not fit end its brackets with
// "… +N", kinds that do not fit end the list with "… +N" (N the names left
// out). Every kind's first name is kept before any other name is.
func fitKinds(kinds []string, limit int) string {
	split := make([][]string, len(kinds))
	for i, k := range kinds {
		split[i] = strings.Split(k, "\x00")
	}
	runes := utf8.RuneCountInString
	const reserve = 8 // room for ", … +NN" or " (… +NN)"
	var b strings.Builder
	used := 0
	for i, names := range split {
		// What the later kinds' first names need.
		later := 0
		for _, n := range split[i+1:] {
			later += runes(n[0]) + 2
		}
		head := names[0]
		if i > 0 {
			head = ", " + head
		}
		if used+runes(head)+reserve > limit {
			left := 0
			for _, n := range split[i:] {
				left += len(n)
			}
			b.WriteString(", … +" + strconv.Itoa(left))
			break
		}
		b.WriteString(head)
		used += runes(head)
		if len(names) == 1 {
			continue
		}
		b.WriteString(" (")
		used += 2
		for j, n := range names[1:] {
			add := n
			if j > 0 {
				add = ", " + n
			}
			if used+runes(add)+1+reserve+min(later, limit) > limit {
				mark := "… +" + strconv.Itoa(len(names)-1-j)
				if j > 0 {
					mark = ", " + mark
				}
				b.WriteString(mark)
				used += runes(mark)
				break
			}
			b.WriteString(add)
			used += runes(add)
		}
		b.WriteString(")")
		used++
	}
	return b.String()
}
