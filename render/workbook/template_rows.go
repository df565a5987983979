// The rows a template is filled with from a case: its tables and its [labels].

package workbook

import (
	"strings"
	"time"

	"gbo/graph/locale"
	"gbo/graph/output"
)

// tableRows are the data rows of each sheet from c (none when c is nil),
// kinds named as the dropdown offers them,
// by the reader's base name. A cell is a string, a number, a time.Time or
// nil (empty).
func tableRows(c *Case, kinds []Kind, lang string) map[string][][]any {
	out := map[string][][]any{}
	if c == nil {
		return out
	}
	txt := func(s string) any {
		if s == "" {
			return nil
		}
		return output.SafeText(s, true)
	}
	list := func(ss []string) any {
		if len(ss) == 0 {
			return nil
		}
		parts := make([]string, len(ss))
		for i, s := range ss {
			parts[i] = output.SafeText(s, true)
		}
		return strings.Join(parts, "|")
	}
	opt := func(n int) any {
		if n == 0 {
			return nil
		}
		return n
	}
	yes, no := word(lang, "yes"), word(lang, "no")
	attrs := attrNames(c)
	for _, p := range c.Partners {
		core := no
		if p.Core {
			core = yes
		}
		row := []any{txt(p.ID), txt(p.Name), txt(p.Sector), core, txt(p.Municipality)}
		for _, a := range attrs {
			row = append(row, txt(p.Attrs[a]))
		}
		out["partners"] = append(out["partners"], row)
	}
	kindOf := map[string]string{}
	for _, k := range kinds {
		kindOf[k.Kind] = kindName(k, lang)
	}
	for _, e := range c.Events {
		kind := e.Kind
		if k, ok := kindOf[kind]; ok {
			kind = k // as the dropdown offers it
		}
		row := []any{e.Date, txt(e.From), list(e.With), txt(kind), txt(e.Object), list(e.People), max(e.Count, 1)}
		if !c.HasPeople { // no people column (withoutPeople)
			row = append(row[:5], row[6])
		}
		out["interactions"] = append(out["interactions"], row)
	}
	for _, r := range c.Ratings {
		var w any
		if r.Weight > 0 {
			w = r.Weight
		}
		out["ties"] = append(out["ties"], []any{txt(r.From), txt(r.To), r.Depth, opt(r.Trust), opt(r.Value), w})
	}
	for _, o := range c.Objects {
		out["objects"] = append(out["objects"], []any{txt(o.ID), txt(o.Name), txt(o.Origin), txt(o.Description)})
	}
	for _, p := range c.People {
		out["people"] = append(out["people"], []any{txt(p.ID), txt(p.Partner), txt(p.Role)})
	}
	for _, t := range c.Targets {
		out["targets"] = append(out["targets"], []any{txt(t.A), txt(t.B), t.Depth})
	}
	kv := func(k string, v any) {
		if v != nil {
			out["case"] = append(out["case"], []any{k, v})
		}
	}
	kv("name", txt(c.Name))
	kv("region", txt(c.Region))
	if !c.AsOf.IsZero() {
		kv("as_of", c.AsOf.Format(time.DateOnly))
	}
	kv("language", txt(c.Language))
	kv("coordinator", txt(c.Coordinator))
	for _, row := range labelRows(c.Labels) {
		kv(row[0].(string), row[1])
	}
	return out
}

// labelRows are the case's [labels] as rows of the case sheet, read back
// as the same labels: labels.core, labels.person and labels.rungs, each
// for every language or per language (labels.core.nl), names separated by
// | (as a list ["a|b", "c"] when a name holds |), and labels.target_rung.
// Languages in order: every language first, then the catalogue's
// languages in their order (en, fr, nl).
func labelRows(l Labels) [][]any {
	var out [][]any
	key := func(base, lang string) string {
		if lang == "*" {
			return "labels." + base
		}
		return "labels." + base + "." + lang
	}
	langs := func(has func(string) bool) []string {
		var ls []string
		for _, lang := range append([]string{"*"}, locale.Languages()...) {
			if has(lang) {
				ls = append(ls, lang)
			}
		}
		return ls
	}
	names := func(base string, m map[string][2]string) {
		for _, lang := range langs(func(k string) bool { _, ok := m[k]; return ok }) {
			pair := m[lang]
			out = append(out, []any{key(base, lang), labelNames(pair[:])})
		}
	}
	names("core", l.Core)
	names("person", l.Person)
	for _, lang := range langs(func(k string) bool { _, ok := l.Rungs[k]; return ok }) {
		rungs := l.Rungs[lang]
		out = append(out, []any{key("rungs", lang), labelNames(rungs[:])})
	}
	if l.Target != nil {
		out = append(out, []any{"labels.target_rung", *l.Target})
	}
	return out
}

// labelNames writes names as one cell: separated by |, or as a list of
// quoted names when one holds |. A name that would start a formula is
// kept as text (output.SafeText).
func labelNames(ns []string) string {
	safe := make([]string, len(ns))
	list := false
	for i, n := range ns {
		safe[i] = output.SafeText(n, true)
		list = list || strings.Contains(n, "|")
	}
	if !list {
		return strings.Join(safe, "|")
	}
	q := make([]string, len(ns))
	for i, n := range ns {
		q[i] = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(n) + `"`
	}
	return "[" + strings.Join(q, ", ") + "]"
}
