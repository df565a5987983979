package graph

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"gbo/graph/locale"
)

// Labels (casedata.Labels, an alias in case.go) are the case's own words
// for what the outputs name: the [labels] table of case.toml, or the
// labels.* keys of a workbook's case sheet, read here. The zero value means
// GBO's words everywhere (core partners, social workers, the rung names of
// docs/formats.md#labels, target rung 3).
//
// In case.toml:
//
//	[labels]
//	core = {en = "responding agency|responding agencies", nl = "hulpdienst|hulpdiensten"}
//	person = "staff member|staff members"   # the same in every language
//	target_rung = 2
//	[labels.rungs]
//	en = ["none", "aware", "informed", "coordinated", "joint", "merged"]
//
// A name is a string "singular|plural" or an array [singular, plural] (two
// elements); a string without "|" is both. Rungs are six names, 0 to 5, as
// an array or one string split at "|", no two alike: names are compared
// NFKC-normalised, without invisible (Unicode Cf) characters and
// case-folded, so "ﬀ" and "ff", or "a" and "a" with a zero-width space,
// are one name. An empty name is reported once per key. A value given as a plain string or array holds
// for every language; a table gives it per language (a language of the
// catalogue, locale.Languages: en, fr, nl; others are warned of and
// dropped). A language the case does not name takes the English words of
// the case, then those of the other languages in locale.Languages' order
// (French, then Dutch), and only then GBO's (casedata.Labels' methods).

// labelLangs returns the languages a [labels] value may be given in: those
// of the catalogue, sorted. Computed on first use (not at package load, so
// that importing graph does not parse the catalogue); callers must not
// modify the slice.
var labelLangs = sync.OnceValue(locale.Languages)

// labelKeys are the keys of [labels].
var labelKeys = []string{"core", "person", "rungs", "target_rung"}

// readLabels reads the decoded [labels] table v into the case. at places a
// dotted key within the table ("rungs.en"); every problem names it.
func (r *reader) readLabels(v any, at func(key string) Pos) {
	tab, ok := v.(map[string]any)
	if !ok {
		r.fail(at(""), "labels_not_table")
		return
	}
	var l Labels
	for _, k := range slices.Sorted(maps.Keys(tab)) {
		switch strings.ToLower(k) {
		case "core":
			l.Core = r.labelNames(tab[k], "core", at)
		case "person":
			l.Person = r.labelNames(tab[k], "person", at)
		case "rungs":
			l.Rungs = r.labelRungs(tab[k], at)
		case "target_rung":
			l.Target = r.labelTarget(tab[k], at("target_rung"))
		default:
			r.unknownLabel(at(k), "labels."+k, k, labelKeys)
		}
	}
	r.c.Labels = l
}

// unknownLabel warns of an unknown key, with the closest known one (by
// edit distance, or the one it begins).
func (r *reader) unknownLabel(pos Pos, shown, key string, known []string) {
	hint := suggest(key, known)
	for _, k := range known { // "target" for target_rung
		if hint == "" && len(key) >= 3 && strings.HasPrefix(k, strings.ToLower(key)) {
			hint = k
		}
	}
	r.add(Problem{Pos: pos, Severity: Warning, Code: "unknown_key", Args: []string{shown}, Suggest: hint})
}

// perLanguage splits a value given for every language or per language (a
// table whose keys are languages of labelLangs) into language -> value;
// unknown languages are warned of, with the closest known one, and
// dropped.
func (r *reader) perLanguage(v any, key string, at func(string) Pos) map[string]any {
	tab, ok := v.(map[string]any)
	if !ok {
		return map[string]any{"*": v}
	}
	out := map[string]any{}
	for _, k := range slices.Sorted(maps.Keys(tab)) {
		lang := strings.ToLower(k)
		if !slices.Contains(labelLangs(), lang) {
			r.unknownLabel(at(key+"."+k), "labels."+key+"."+k, lang, labelLangs())
			continue
		}
		out[lang] = tab[k]
	}
	return out
}

// labelText is one name: cleaned, not empty, at most maxNameChars. An
// empty name is reported once for key: *empty says it was.
func (r *reader) labelText(pos Pos, key string, v any, empty *bool) (string, bool) {
	s, ok := v.(string)
	if !ok {
		r.fail(pos, "labels_not_text", key, fmt.Sprint(v))
		return "", false
	}
	s = strings.TrimSpace(r.clean(pos, s))
	if s == "" {
		if !*empty {
			r.fail(pos, "labels_empty", key)
		}
		*empty = true
		return "", false
	}
	return s, r.checkChars(pos, s, maxNameChars, key)
}

// nameKey is the form in which two names are compared: NFKC-normalised,
// without invisible (format, Cf) characters, case-folded, so that "ﬀ"
// and "ff", "a" and "a" with a zero-width space, "Samen" and "samen"
// are one name.
func nameKey(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(c rune) rune {
		if unicode.Is(unicode.Cf, c) {
			return -1
		}
		return c
	}, s)
	return norm.NFKC.String(cases.Fold().String(s))
}

// labelList is a value given as an array, or as a string split at "|".
func labelList(v any) ([]any, bool) {
	switch x := v.(type) {
	case []any:
		return x, true
	case string:
		parts := strings.Split(x, "|")
		out := make([]any, len(parts))
		for i, p := range parts {
			out[i] = p
		}
		return out, true
	}
	return nil, false
}

// labelNames reads core or person: per language, a name or a
// [singular, plural] pair.
func (r *reader) labelNames(v any, key string, at func(string) Pos) map[string][2]string {
	out := map[string][2]string{}
	for lang, x := range r.perLanguage(v, key, at) {
		sub := key
		if lang != "*" {
			sub = key + "." + lang
		}
		pos := at(sub)
		list, ok := labelList(x)
		// A string without | is both names; an array is the pair.
		_, isArray := x.([]any)
		if !ok || len(list) < 1 || len(list) > 2 || isArray && len(list) != 2 {
			r.fail(pos, "labels_bad_name", "labels."+sub)
			continue
		}
		var pair [2]string
		good, empty := true, false
		for i, e := range list {
			s, ok := r.labelText(pos, "labels."+sub, e, &empty)
			good = good && ok
			pair[i] = s
		}
		if len(list) == 1 {
			pair[1] = pair[0]
		}
		if good {
			out[lang] = pair
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// labelRungs reads rungs: per language, six distinct names for rungs 0-5.
func (r *reader) labelRungs(v any, at func(string) Pos) map[string][6]string {
	out := map[string][6]string{}
	for lang, x := range r.perLanguage(v, "rungs", at) {
		sub := "rungs"
		if lang != "*" {
			sub += "." + lang
		}
		pos := at(sub)
		list, ok := labelList(x)
		if !ok {
			r.fail(pos, "labels_bad_rungs", "labels."+sub)
			continue
		}
		if len(list) != 6 {
			r.fail(pos, "labels_rung_count", "labels."+sub, strconv.Itoa(len(list)))
			continue
		}
		var names [6]string
		good, empty := true, false
		seen := map[string]int{}
		for i, e := range list {
			s, ok := r.labelText(pos, "labels."+sub, e, &empty)
			if !ok {
				good = false
				continue
			}
			if j, dup := seen[nameKey(s)]; dup {
				r.fail(pos, "labels_rung_twice", "labels."+sub, s, strconv.Itoa(j), strconv.Itoa(i))
				good = false
				continue
			}
			seen[nameKey(s)] = i
			names[i] = s
		}
		if good {
			out[lang] = names
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// labelTarget reads target_rung: a whole number 0-5 (a workbook cell's
// text "3" too).
func (r *reader) labelTarget(v any, pos Pos) *int {
	var n int64
	switch x := v.(type) {
	case int64:
		n = x
	case string:
		i, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		if err != nil {
			r.fail(pos, "labels_target", strings.TrimSpace(x))
			return nil
		}
		n = i
	default:
		r.fail(pos, "labels_target", fmt.Sprint(v))
		return nil
	}
	if n < 0 || n > 5 {
		r.fail(pos, "labels_target", strconv.FormatInt(n, 10))
		return nil
	}
	t := int(n)
	return &t
}

// nearestKey is the position of key in keys, or of its nearest parent
// that is there, or else def.
func nearestKey(keys map[string]Pos, key string, def Pos) Pos {
	for key != "" {
		if p, ok := keys[key]; ok {
			return p
		}
		i := strings.LastIndexByte(key, '.')
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return def
}

// labelsAt places a key of the [labels] table of case.toml (named k in the
// file, "labels" or a case variant of it): at the key's own line where the
// scanner found it (an inline table's keys share their parent's line).
func labelsAt(keys keyPositions, k string) func(string) Pos {
	return func(key string) Pos {
		full := k
		if key != "" {
			full += "." + key
		}
		return nearestKey(keys.at_, joinKey(full), keys.at(k))
	}
}
