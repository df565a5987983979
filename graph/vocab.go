package graph

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// rungNames are the English names of the rungs of docs/depth-model.md#rungs's ladder, which
// the fallback vocabulary gives as the kind of an event given by rung.
var rungNames = [6]string{"none", "acquaintance", "knowledge_sharing", "referral", "alignment", "integration"}

// numberVocabulary is the fallback used when Options.Vocabulary is nil: it
// knows no kinds, only rungs by number 0..5.
type numberVocabulary struct{}

func (numberVocabulary) Kind(s string) (string, int, bool) {
	n, ok := numberVocabulary{}.Rung(s)
	if !ok {
		return "", 0, false
	}
	return rungNames[n], n, true
}

func (numberVocabulary) Rung(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > 5 {
		return 0, false
	}
	return n, true
}

func (numberVocabulary) Names() []string { return []string{"0", "1", "2", "3", "4", "5"} }

// setVocabulary calls Options.Vocabulary with the case's depth table. An
// error is reported at pos and the vocabulary of the default model is
// used instead, so the rest of the case is still checked.
func (r *reader) setVocabulary(pos Pos) {
	r.vocab = numberVocabulary{}
	if r.opt.Vocabulary == nil {
		return
	}
	v, err := callVocabulary(r.opt.Vocabulary, r.c.Depth)
	var de *DepthError
	if errors.As(err, &de) {
		// At the key at fault, where the case says where it is.
		if p, ok := r.caseKeys["depth."+joinKey(de.Key)]; ok {
			pos = p
		}
		r.fail(pos, de.Code, de.Args...)
		v, err = callVocabulary(r.opt.Vocabulary, DepthConfig{})
	} else if err != nil {
		r.fail(pos, "bad_depth_model", err.Error())
		v, err = callVocabulary(r.opt.Vocabulary, DepthConfig{})
	}
	if err == nil && v != nil {
		r.vocab = v
	}
}

// callVocabulary calls f, turning a panic on a strange depth table (which
// comes straight from a user's file) into an error: Read never panics.
func callVocabulary(f func(DepthConfig) (Vocabulary, error), d DepthConfig) (v Vocabulary, err error) {
	defer func() {
		if p := recover(); p != nil {
			v, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return f(d)
}

// kindsByRung lists the kinds a vocabulary knows, for the unknown-kind
// message: one text per rung 0..5, "3: referral (doorverwijzing,
// toeleiding), warm_referral (warme doorverwijzing)", each after the first
// non-empty one starting with "; ", "" for a rung without kinds. Names are
// grouped by the kind they resolve to; a group of rung names only (such as
// "acquaintance", "kennismaking") is a rung, not a kind, and left out. The
// number vocabulary, which knows no kinds, gives the rung numbers.
func kindsByRung(v Vocabulary) [6]string {
	var out [6]string
	if _, ok := v.(numberVocabulary); ok {
		for i, n := range rungNames {
			out[i] = strconv.Itoa(i) + " (" + n + ")"
			if i > 0 {
				out[i] = ", " + out[i]
			}
		}
		return out
	}
	type group struct {
		rung    int
		aliases []string
		kind    bool // holds a name that is not a rung name
	}
	groups := map[string]*group{}
	for _, n := range v.Names() {
		name, rung, ok := v.Kind(n)
		if !ok || rung < 0 || rung > 5 {
			continue
		}
		g := groups[name]
		if g == nil {
			g = &group{rung: rung}
			groups[name] = g
		}
		if _, isRung := v.Rung(n); !isRung {
			g.kind = true
		}
		if _, isRung := v.Rung(name); !isRung {
			g.kind = true
		}
		if !strings.EqualFold(strings.TrimSpace(n), name) && !slices.Contains(g.aliases, n) {
			g.aliases = append(g.aliases, n)
		}
	}
	names := make([]string, 0, len(groups))
	for n, g := range groups {
		if g.kind {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var parts [6][]string
	for _, n := range names {
		g := groups[n]
		sort.Strings(g.aliases)
		s := n
		if len(g.aliases) > 0 {
			s += " (" + strings.Join(g.aliases, ", ") + ")"
		}
		parts[g.rung] = append(parts[g.rung], s)
	}
	first := true
	for r, p := range parts {
		if len(p) == 0 {
			continue
		}
		out[r] = strconv.Itoa(r) + ": " + strings.Join(p, ", ")
		if !first {
			out[r] = "; " + out[r]
		}
		first = false
	}
	return out
}
