package workbook

// template_model.go carries what a case has beyond the fixed columns into
// the template: the partners' own attribute columns, and the depth model
// (kinds of the case's own, half-life, threshold, combine rule) as
// depth.* rows of the case sheet, which the reader reads as case.toml's
// [depth] table (graph: readCaseSheet). A workbook filled from a case
// therefore reads back to the same partners and the same scores.

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gbo/graph/output"
)

// attrNames are the partners' attribute columns (Partner.Attrs), in
// byte order, as graph.WriteCase orders them.
func attrNames(c *Case) []string {
	if c == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range c.Partners {
		for k := range p.Attrs {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// withAttrColumns is the sheets with the partners sheet (the first) given
// one more column per attribute, headed by its name as the case writes it.
func withAttrColumns(base []sheet, attrs []string) []sheet {
	out := slices.Clone(base)
	if len(attrs) == 0 {
		return out
	}
	p := out[0]
	p.cols = slices.Clone(p.cols)
	for _, a := range attrs {
		name := output.SafeText(a, false)
		p.cols = append(p.cols, col{key: name, own: name, width: 18})
	}
	out[0] = p
	return out
}

// ownKinds are the kinds of kinds that the default model (def) lacks or
// has with another rung or other aliases, in the order of kinds; replace
// reports that a default kind is missing from kinds, so that the case
// sheet must replace the default kinds (depth.replace_kinds) and list all.
func ownKinds(kinds, def []Kind) (own []Kind, replace bool) {
	if len(kinds) == 0 {
		return nil, false
	}
	have := map[string]Kind{}
	for _, k := range kinds {
		have[k.Kind] = k
	}
	byName := map[string]Kind{}
	for _, d := range def {
		byName[d.Kind] = d
		if _, ok := have[d.Kind]; !ok {
			replace = true
		}
	}
	for _, k := range kinds {
		d, ok := byName[k.Kind]
		if replace || !ok || d.Rung != k.Rung || !slices.Equal(d.Aliases, k.Aliases) {
			own = append(own, k)
		}
	}
	return own, replace
}

// depthRows are the case sheet's depth.* rows (key, value) for opt: its
// depth figures (Options.Depth), and the kinds that differ from the
// default model's. A value is a number or the text of a TOML value, as
// the reader takes it.
func depthRows(opt Options) [][]any {
	var out [][]any
	kv := func(k string, v any) { out = append(out, []any{k, v}) }
	if d := opt.Depth; d.HalfLife != nil {
		kv("depth.half_life", *d.HalfLife)
	}
	if d := opt.Depth; d.Threshold != nil {
		kv("depth.threshold", *d.Threshold)
	}
	if opt.Depth.Combine != "" {
		kv("depth.combine", output.SafeText(opt.Depth.Combine, false))
	}
	own, replace := ownKinds(opt.Kinds, opt.DefaultKinds)
	if replace {
		kv("depth.replace_kinds", "true")
	}
	for _, k := range own {
		kv("depth.kinds."+tomlKey(k.Kind), kindValue(k))
	}
	return out
}

// kindValue is a kind as a TOML value: its rung, or a table with its
// aliases: { rung = 3, aliases = ["warme overdracht"] }.
func kindValue(k Kind) any {
	if len(k.Aliases) == 0 {
		return k.Rung
	}
	q := make([]string, len(k.Aliases))
	for i, a := range k.Aliases {
		q[i] = tomlString(a)
	}
	return "{ rung = " + strconv.Itoa(k.Rung) + ", aliases = [" + strings.Join(q, ", ") + "] }"
}

var bareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// tomlKey writes a kind name as a TOML key: bare when it may be, else
// quoted.
func tomlKey(s string) string {
	if bareKey.MatchString(s) {
		return s
	}
	return tomlString(s)
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range output.SafeText(s, false) {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\u00`)
			b.WriteString(strconv.FormatInt(int64(r)>>4, 16))
			b.WriteString(strconv.FormatInt(int64(r)&15, 16))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ownKindLines are the instructions sheet's lines about what the case has
// of its own, in lang: no people (withoutPeople), and the kinds of its
// depth model that are not the default ones.
func ownKindLines(opt Options, lang string) []string {
	var lines []string
	if opt.Case != nil && !opt.Case.HasPeople {
		lines = append(lines, "", word(lang, "no_people"))
	}
	own, replace := ownKinds(opt.Kinds, opt.DefaultKinds)
	if len(own) == 0 {
		return lines
	}
	names := make([]string, len(own))
	for i, k := range own {
		names[i] = kindName(k, lang) + " (" + strconv.Itoa(k.Rung) + ")"
	}
	lines = append(lines, "", word(lang, "own_kinds")+strings.Join(names, ", ")+".", word(lang, "own_kinds_where"))
	if replace {
		lines = append(lines, word(lang, "own_kinds_replace"))
	}
	return lines
}

// withoutPeople is the sheets without the people sheet and the people
// column of interactions, for a case that names no people: the reader
// takes a people sheet or column, even an empty one, to mean that the
// case names its people (graph.Case.HasPeople), and a tie carried by no
// one named would then read as carried by nobody.
func withoutPeople(base []sheet) []sheet {
	var out []sheet
	for _, s := range base {
		switch s.base {
		case "people":
			continue
		case "interactions":
			var cols []col
			for _, c := range s.cols {
				if c.key != "people" {
					cols = append(cols, c)
				}
			}
			s.cols = cols
		}
		out = append(out, s)
	}
	return out
}
