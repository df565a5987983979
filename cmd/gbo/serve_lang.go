package main

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"gbo/graph/locale"
)

// The languages of gbo serve. The page's first language is, in order:
// the user's own switch (the page's ?lang=, kept by the page in its tab's
// sessionStorage), --lang, else the browser's (the first of the
// catalogue's languages the request's Accept-Language names, by its
// q-values), else English. The window's messages are in --lang, else the
// language of the user's environment (LC_ALL, LC_MESSAGES, LANG: the
// first set), else in every language of the catalogue, one short line
// each (Windows has no such variable).

// acceptLang is the first of the catalogue's languages that an
// Accept-Language header names ("fr-BE,fr;q=0.9,en;q=0.8" is fr), highest
// q-value first (ties in the header's order; q=0 is a refusal); false when
// it names none.
func acceptLang(header string) (string, bool) {
	type pref struct {
		lang string
		q    float64
	}
	var ps []pref
	for i, part := range strings.Split(header, ",") {
		if i >= 64 { // a header of more is no browser's
			break
		}
		fields := strings.Split(part, ";")
		tag := strings.TrimSpace(fields[0])
		q := 1.0
		for _, f := range fields[1:] {
			if v, ok := strings.CutPrefix(strings.TrimSpace(f), "q="); ok {
				if x, err := strconv.ParseFloat(v, 64); err == nil && x >= 0 && x <= 1 {
					q = x
				} else {
					q = 0
				}
			}
		}
		if q > 0 && tag != "*" && locale.Valid(tag) {
			ps = append(ps, pref{locale.Norm(tag), q})
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].q > ps[j].q })
	if len(ps) == 0 {
		return "", false
	}
	return ps[0].lang, true
}

// requestLang is the language of r's answer: ?lang= when it names one of
// the catalogue's languages, else --lang (opt.lang), or without --lang
// (opt.browserLang) the browser's Accept-Language, else English.
func (s *server) requestLang(r *http.Request) (lang string, guessed bool) {
	if l := r.URL.Query().Get("lang"); locale.Valid(l) {
		return locale.Norm(l), false
	}
	if !s.opt.browserLang {
		return s.opt.lang, false
	}
	if l, ok := acceptLang(r.Header.Get("Accept-Language")); ok {
		return l, true
	}
	return locale.Default, true
}

// envLang is the language of the user's environment: the first set of
// LC_ALL, LC_MESSAGES and LANG ("fr_BE.UTF-8" is fr), when the catalogue
// has it; false otherwise (unset, C, POSIX, another language, Windows).
func envLang(getenv func(string) string) (string, bool) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := getenv(v)
		if val == "" {
			continue
		}
		if i := strings.IndexAny(val, ".@"); i >= 0 {
			val = val[:i]
		}
		if locale.Valid(val) {
			return locale.Norm(val), true
		}
		return "", false
	}
	return "", false
}

// windowLangs are the languages of serve's window: --lang, else the
// environment's, else every language of the catalogue.
func windowLangs(flag string, getenv func(string) string) []string {
	if flag != "" {
		return []string{locale.Or(flag)}
	}
	if l, ok := envLang(getenv); ok {
		return []string{l}
	}
	return locale.Languages()
}

// sayIn writes key's message to w in each of langs, a line each; with
// more than one language, short (the message key+"_short" where the
// catalogue has one).
func sayIn(w io.Writer, langs []string, key string, args ...any) {
	if len(langs) > 1 && locale.Has("serve."+key+"_short") {
		key += "_short"
	}
	for _, l := range langs {
		fmt.Fprintln(w, serveT(l, key, args...))
	}
}
