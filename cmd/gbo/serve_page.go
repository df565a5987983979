package main

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"net/http"

	"gbo/graph/locale"
)

// The page of gbo serve: one self-contained HTML page (its style and
// script inline, allowed by their SHA-256 and nothing else), in the
// catalogue's languages (serve.LANG.toml).

var (
	//go:embed serve_page/page.html
	pageHTML string
	//go:embed serve_page/page.css
	pageCSS string
	//go:embed serve_page/page.js
	pageJS string

	pageTmpl = template.Must(template.New("page").Parse(pageHTML))
)

// pageWords are the serve.* keys of the page: its HTML's (data-w) and its
// script's words, all sent with the page and by /api/words, so that the
// page changes language in place.
var pageWords = []string{"title", "skip", "lead", "language", "idle", "step_case", "drop", "pick", "files_help", "or",
	"sample", "sample_none", "settings", "as_of", "as_of_help", "since", "since_help", "min_depth", "min_depth_help",
	"analyse", "problems", "problems_lead", "col_file", "col_line", "col_column", "col_severity", "col_message",
	"report", "downloads", "dl_report", "open_report", "dl_map_svg", "dl_map_png", "dl_gexf", "dl_graphml", "dl_xlsx",
	"dl_csv", "dl_json", "survey_h", "survey_lead", "dl_forms", "survey_key", "forms_drop", "forms_pick", "forms_help", "collect_case",
	"collect_case_help", "collect", "template_h", "template_lead", "dl_template", "private",
	"chosen", "error", "warning", "found_one", "found_other", "failed", "nothing_chosen", "working", "done", "downloaded",
	"no_forms", "stopped", "no_token",
	"fn_report", "fn_map", "fn_network", "fn_template", "fn_forms", "fn_case_survey"}

// pageCSPValue is the page's Content-Security-Policy: its own style and
// script by hash, requests to itself only (connect-src, frame-src: the
// report's frame), nothing else; no site may frame it.
func pageCSPValue() string {
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return "default-src 'none'; style-src " + hash(pageCSS) + "; script-src " + hash(pageJS) +
		"; img-src data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'"
}

type pageLang struct {
	Code, Name string
	Current    bool
}

// wordsOf are the page's words in lang, by key.
func wordsOf(lang string) map[string]string {
	w := map[string]string{}
	for _, k := range pageWords {
		w[k] = serveT(lang, k)
	}
	return w
}

// renderPage is the page in lang; runHash (the SHA-256 of the run secret,
// in hex) is embedded for the page's script ("" for the page given
// without the token). guessed says lang is the browser's (no --lang, no
// ?lang=): the script may then follow navigator.languages instead.
func renderPage(lang string, guessed bool, runHash string) ([]byte, error) {
	w := wordsOf(lang)
	var langs []pageLang
	for _, l := range locale.Languages() {
		langs = append(langs, pageLang{Code: l, Name: locale.T(l, "lang.name"), Current: l == lang})
	}
	var b bytes.Buffer
	err := pageTmpl.Execute(&b, map[string]any{"Lang": lang, "W": w, "Words": w, "Langs": langs,
		"Boot": map[string]any{"run": runHash, "guessed": guessed}, "CSS": template.CSS(pageCSS), "JS": template.JS(pageJS)})
	return b.Bytes(), err
}

// page answers GET /: the page in lang (guessed: the browser's), with
// runHash ("" without a token).
func (s *server) page(w http.ResponseWriter, lang string, guessed bool, runHash string) {
	b, err := renderPage(lang, guessed, runHash)
	if err != nil {
		s.fail(w, lang, err)
		return
	}
	w.Header().Set("Content-Security-Policy", pageCSPValue())
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(b)
}

// words answers GET /api/words?lang=: the page's words in lang, by key,
// and the language's code.
func (s *server) words(w http.ResponseWriter, lang string) {
	writeJSON(w, http.StatusOK, map[string]any{"lang": lang, "words": wordsOf(lang)})
}
