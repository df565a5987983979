package main

import (
	"archive/zip"
	"bytes"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// Without --lang the page is in the browser's language: the first of the
// catalogue's languages its Accept-Language names (by q-value), else
// English; --lang wins over the browser, and the page's own ?lang= (the
// user's switch) over both. The page tells its script whether the
// language was guessed (then navigator.languages may decide).
func TestServeLangFollowsBrowser(t *testing.T) {
	auto := newTestServer(t, serveOptions{browserLang: true})
	fixed := newTestServer(t, serveOptions{lang: "nl"})
	htmlLang := regexp.MustCompile(`<html lang="([a-z]+)">`)
	for _, c := range []struct {
		s       *server
		target  string
		accept  string
		want    string
		guessed bool
	}{
		{auto, "/?token=", "fr-BE,fr;q=0.9", "fr", true},
		{auto, "/?token=", "nl-BE", "nl", true},
		{auto, "/?token=", "de", "en", true},
		{auto, "/?token=", "de-DE,de;q=0.9,nl;q=0.5,fr;q=0.8", "fr", true},
		{auto, "/?token=", "fr;q=0, nl;q=0.1", "nl", true},
		{auto, "/?token=", "*", "en", true},
		{auto, "/?token=", "", "en", true},
		{auto, "/", "fr-BE", "fr", true}, // the bare page too
		{auto, "/?lang=nl&token=", "fr-BE,fr", "nl", false},
		{fixed, "/?token=", "fr-BE,fr", "nl", false},
		{fixed, "/?lang=fr&token=", "nl", "fr", false},
	} {
		target := c.target
		if strings.HasSuffix(target, "token=") {
			target += c.s.token
		}
		w := do(t, c.s, http.MethodGet, target, nil, func(r *http.Request) {
			if target == "/" {
				r.Header.Del(tokenHeader)
			}
			if c.accept != "" {
				r.Header.Set("Accept-Language", c.accept)
			}
		})
		m := htmlLang.FindSubmatch(w.Body.Bytes())
		if w.Code != 200 || m == nil || string(m[1]) != c.want || !strings.Contains(w.Body.String(), serveT(c.want, "step_case")) {
			t.Errorf("%s with Accept-Language %q (browserLang %v): %d, page in %q, want %s", c.target, c.accept, c.s.opt.browserLang, w.Code, m, c.want)
		}
		if got := strings.Contains(w.Body.String(), `"guessed":true`); got != c.guessed {
			t.Errorf("%s with Accept-Language %q: guessed %v, want %v", c.target, c.accept, got, c.guessed)
		}
	}
	// An API answer without ?lang= follows the browser too.
	w := do(t, auto, http.MethodGet, "/api/words", nil, func(r *http.Request) { r.Header.Set("Accept-Language", "nl-BE") })
	if !strings.Contains(w.Body.String(), `"lang":"nl"`) {
		t.Errorf("/api/words with Accept-Language nl-BE: %s", w.Body.String()[:min(80, w.Body.Len())])
	}
}

// The window's start message without --lang is in the environment's
// language (LC_ALL, then LC_MESSAGES, then LANG: the first set), else in
// every language, one short line each; --lang wins.
func TestServeStartMessageLang(t *testing.T) {
	short := func() []string {
		var out []string
		for _, l := range locale.Languages() {
			out = append(out, serveT(l, "started_short"))
		}
		return out
	}()
	for _, c := range []struct {
		flag string
		env  map[string]string
		want []string
	}{
		{"", map[string]string{"LANG": "fr_BE.UTF-8"}, []string{serveT("fr", "started")}},
		{"", map[string]string{"LANG": "nl_BE.UTF-8@euro"}, []string{serveT("nl", "started")}},
		{"", map[string]string{"LC_ALL": "nl_BE.UTF-8", "LANG": "fr_BE.UTF-8"}, []string{serveT("nl", "started")}},
		{"", map[string]string{"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_GB.UTF-8"}, []string{serveT("fr", "started")}},
		{"", map[string]string{"LC_ALL": "C", "LANG": "fr_BE.UTF-8"}, short}, // LC_ALL decides: C names no language
		{"", map[string]string{"LANG": "de_DE.UTF-8"}, short},
		{"", map[string]string{}, short}, // Windows
		{"en", map[string]string{"LANG": "fr_BE.UTF-8"}, []string{serveT("en", "started")}},
	} {
		var b bytes.Buffer
		sayIn(&b, windowLangs(c.flag, func(k string) string { return c.env[k] }), "started")
		if got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("--lang %q, environment %v: start message\n%s\nwant\n%s", c.flag, c.env, b.String(), strings.Join(c.want, "\n"))
		}
	}
	for _, l := range short {
		if len([]rune(l)) > 80 {
			t.Errorf("short start line longer than 80 characters: %q", l)
		}
	}
	// The command's own errors before it starts follow the environment.
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fr_BE.UTF-8")
	if _, stderr, code := runGBO(t, "serve", "--port", "70000"); code != 2 || !strings.Contains(stderr, serveT("fr", "bad_port", 70000)) {
		t.Errorf("serve --port 70000 under LANG=fr_BE.UTF-8: %d %s", code, stderr)
	}
}

// Every export format the API offers has its button on the page, named in
// each language; the CSV download is a .zip whose files are named as the
// zip is, in the page's language.
func TestServeDownloadsOnPage(t *testing.T) {
	for _, lang := range locale.Languages() {
		page, err := renderPage(lang, false, "")
		if err != nil {
			t.Fatal(err)
		}
		for cmd, formats := range downloads {
			for f := range formats {
				if !bytes.Contains(page, []byte(`data-api="/api/`+cmd+`?format=`+f+`"`)) {
					t.Errorf("%s: no button for /api/%s?format=%s", lang, cmd, f)
				}
			}
		}
		if !bytes.Contains(page, []byte(serveT(lang, "dl_json"))) {
			t.Errorf("%s: the JSON button's words are missing", lang)
		}
	}
	s := newTestServer(t, serveOptions{})
	for _, c := range []struct{ lang, zipName, ties, partners string }{
		{"fr", "reseau.zip", "reseau.csv", "reseau-partenaires.csv"},
		{"nl", "netwerk.zip", "netwerk.csv", "netwerk-partners.csv"},
		{"en", "network.zip", "network.csv", "network-partners.csv"},
	} {
		f := sample("grensobject")
		f.fields["lang"] = c.lang
		w := do(t, s, http.MethodPost, "/api/export?format=csv", f, nil)
		zr, err := zip.NewReader(bytes.NewReader(w.Body.Bytes()), int64(w.Body.Len()))
		if w.Code != 200 || err != nil || len(zr.File) != 2 {
			t.Fatalf("%s: csv %d %v", c.lang, w.Code, err)
		}
		if zr.File[0].Name != c.ties || zr.File[1].Name != c.partners {
			t.Errorf("%s: the zip holds %s and %s, want %s and %s", c.lang, zr.File[0].Name, zr.File[1].Name, c.ties, c.partners)
		}
		if cd := w.Header().Get("Content-Disposition"); !strings.Contains(cd, `"`+c.zipName+`"`) {
			t.Errorf("%s: Content-Disposition %q, want %s", c.lang, cd, c.zipName)
		}
		if serveT(c.lang, "fn_network")+".zip" != c.zipName {
			t.Errorf("%s: the page names the zip %s.zip", c.lang, serveT(c.lang, "fn_network"))
		}
	}
}
