package casedata

import (
	"slices"
	"strings"
)

// DefaultTargetRung is the rung a GBO partnership measures its core ties
// against: referral (docs/depth-model.md#sources-and-own-choices), "should
// reach at least referral".
const DefaultTargetRung = 3

// DefaultLanguage is the language a case's words fall back to first when
// they are not given in the one asked for: English, the catalogue's default
// (graph/locale.Default).
const DefaultLanguage = "en"

// Labels are the case's own words for what the outputs name: the [labels]
// table of case.toml, or the labels.* keys of a workbook's case sheet
// (docs/formats.md#labels). The zero value means GBO's words everywhere
// (core partners, social workers, the rung names of docs/formats.md#labels,
// target rung 3).
//
// Each map is keyed by language code ("en", "fr", "nl", as the catalogue
// spells it) or "*" for a value given for every language. The methods look
// a language up in this order: the language itself (trimmed, lower-cased,
// without a region: "nl-BE" is "nl"), "*", DefaultLanguage, then the other
// languages the case names in alphabetical order; only when none is there
// do they report that the case keeps GBO's words. The reader keeps only the
// catalogue's languages, so "the other languages" are the catalogue's
// (French, then Dutch).
type Labels struct {
	// Core names the core group, per language: singular and plural.
	Core map[string][2]string
	// Person is the word for a person (a social worker), per language.
	Person map[string][2]string
	// Rungs are the names of rungs 0-5, per language.
	Rungs map[string][6]string
	// Target is the rung the report measures against, 0-5; nil: GBO's 3.
	Target *int
}

// normLang is lang as the catalogue spells it: trimmed and lower-cased,
// with a region dropped (graph/locale.Norm, which this must match).
func normLang(lang string) string {
	l := strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// pick returns m's entry for lang in the order of Labels' doc.
func pick[V any](m map[string]V, lang string) (V, bool) {
	order := []string{normLang(lang), "*", DefaultLanguage}
	for _, k := range order {
		if v, ok := m[k]; ok {
			return v, true
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		return m[k], true
	}
	var zero V
	return zero, false
}

// CoreName is the case's name for one member of the core group and for the
// group (plural) in lang; ok is false when the case keeps GBO's words.
func (l Labels) CoreName(lang string) (one, many string, ok bool) {
	v, ok := pick(l.Core, lang)
	return v[0], v[1], ok
}

// PersonName is the case's word for a person, singular and plural, in
// lang; ok is false when the case keeps GBO's "social worker".
func (l Labels) PersonName(lang string) (one, many string, ok bool) {
	v, ok := pick(l.Person, lang)
	return v[0], v[1], ok
}

// RungName is the case's name of rung r (0-5) in lang; ok is false when
// the case keeps the names of docs/depth-model.md#rungs or r is not a rung.
func (l Labels) RungName(r int, lang string) (string, bool) {
	if r < 0 || r > 5 {
		return "", false
	}
	v, ok := pick(l.Rungs, lang)
	return v[r], ok
}

// TargetRung is the rung the report measures against: the case's, or
// DefaultTargetRung.
func (l Labels) TargetRung() int {
	if l.Target != nil {
		return *l.Target
	}
	return DefaultTargetRung
}

// IsDefault reports whether the case keeps all of GBO's words.
func (l Labels) IsDefault() bool {
	return len(l.Core) == 0 && len(l.Person) == 0 && len(l.Rungs) == 0 && l.Target == nil
}
