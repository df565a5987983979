package graph

import (
	"errors"
	"fmt"
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

// kindsByRung is the unknown-kind message's list for the number
// vocabulary, which knows no kinds: the rung numbers with the names of the
// ladder, "0 (none), 1 (acquaintance), …" (the names a kind given by rung
// takes). A model's kinds are listed by kindsByRungIn, in the message's
// language.
func kindsByRung(numberVocabulary) [6]string {
	var out [6]string
	for i, n := range rungNames {
		out[i] = strconv.Itoa(i) + " (" + n + ")"
		if i > 0 {
			out[i] = ", " + out[i]
		}
	}
	return out
}
