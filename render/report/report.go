package report

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"

	"golang.org/x/net/html"
)

var (
	//go:embed report.tmpl
	reportTmpl string
	//go:embed compare.tmpl
	compareTmpl string
	//go:embed style.css
	styleCSS string
	//go:embed map.js
	mapJS string
)

// funcs returns the template functions for one language.
func funcs(lang string) template.FuncMap { return funcsw(nil, lang) }

// funcsw is funcs with the case's own words (nil: GBO's).
func funcsw(w *Words, lang string) template.FuncMap {
	return template.FuncMap{
		"t": func(key string, args ...any) string { return trw(w, lang, key, args...) },
	}
}

// pages holds the parsed templates; "t" is replaced per language.
var pages = template.Must(template.New("gbo").Funcs(funcs("en")).Parse(reportTmpl + compareTmpl))

// Write writes the steering-group report as one self-contained HTML page.
func Write(w io.Writer, r Report) error {
	v, err := build(r)
	if err != nil {
		return err
	}
	v.CSS = template.CSS(styleCSS)
	v.JS = template.JS(mapJS)
	return executew(w, &r.Words, v.Lang, "report", v)
}

func execute(w io.Writer, lang, name string, data any) error {
	return executew(w, nil, lang, name, data)
}

// executew is execute with the case's own words (nil: GBO's).
func executew(w io.Writer, words *Words, lang, name string, data any) error {
	t, err := pages.Clone()
	if err != nil {
		return err
	}
	// Render whole before writing, so a failure leaves no half page.
	var buf bytes.Buffer
	if err := t.Funcs(funcsw(words, lang)).ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	page, err := withCSP(buf.Bytes(), pageScripts[name])
	if err != nil {
		return err
	}
	_, err = w.Write(page)
	return err
}

// pageScripts is how many inline scripts each page runs: the report one
// (its map), every other page none.
var pageScripts = map[string]int{"report": 1}

// cspTemplate is the Content-Security-Policy as the "head" template writes
// it; withCSP replaces it with the page's own policy.
const cspTemplate = `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'"`

// withCSP fills in the Content-Security-Policy of a rendered page from the
// page itself: script-src allows exactly the page's inline scripts by their
// SHA-256 ('none' when it has none, as the compare page); style-src allows
// the page's <style> elements by their SHA-256 when no element carries a
// style attribute, and keeps 'unsafe-inline' otherwise (a hash cannot allow
// a style attribute without 'unsafe-hashes', which older browsers lack, so
// the swatches of the rung legend would lose their colour). Everything else
// stays refused: default-src, base-uri, form-action and object-src 'none';
// images only as data: URLs. A page without the template's policy is an
// error, never a page without one; so is a page with another number of
// inline scripts than wantScripts or of <style> elements than one (the
// head's), so that text which slipped past escaping is refused, not
// allowed by a hash.
func withCSP(page []byte, wantScripts int) ([]byte, error) {
	i := bytes.Index(page, []byte(cspTemplate))
	if i < 0 || bytes.Contains(page[i+len(cspTemplate):], []byte(cspTemplate)) {
		return nil, fmt.Errorf("report: the page has not exactly one Content-Security-Policy to fill in")
	}
	scripts, styles, styleAttrs := inlineCode(page)
	if len(scripts) != wantScripts || len(styles) != 1 {
		return nil, fmt.Errorf("report: the page has %d inline scripts and %d style elements, want %d and 1", len(scripts), len(styles), wantScripts)
	}
	out := make([]byte, 0, len(page)+64*(len(scripts)+len(styles)))
	out = append(out, page[:i]...)
	out = append(out, CSP(scripts, styles, styleAttrs)...)
	return append(out, page[i+len(cspTemplate):]...), nil
}

// CSP returns the content attribute (content="…") of the Content-Security-
// Policy of a page with these inline scripts and <style> elements (their
// exact text), styleAttrs telling whether any element has a style attribute.
func CSP(scripts, styles []string, styleAttrs bool) string {
	src := func(texts []string) string {
		if len(texts) == 0 {
			return "'none'"
		}
		seen := map[string]bool{}
		var hs []string
		for _, t := range texts {
			sum := sha256.Sum256([]byte(t))
			h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
			if !seen[h] {
				seen[h] = true
				hs = append(hs, h)
			}
		}
		return strings.Join(hs, " ")
	}
	style := "'unsafe-inline'"
	if !styleAttrs {
		style = src(styles)
	}
	return `content="default-src 'none'; style-src ` + style + `; script-src ` + src(scripts) +
		`; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'"`
}

// inlineCode returns the exact text of each script the browser would run
// (a <script> without a type, or with a JavaScript type; a JSON data block
// is not run) and of each <style> element, and whether any element carries
// a style attribute.
func inlineCode(page []byte) (scripts, styles []string, styleAttrs bool) {
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		typ := ""
		for _, a := range tok.Attr {
			switch strings.ToLower(a.Key) {
			case "style":
				styleAttrs = true
			case "type":
				typ = strings.ToLower(strings.TrimSpace(a.Val))
			}
		}
		if tt == html.SelfClosingTagToken || (tok.Data != "script" && tok.Data != "style") {
			continue
		}
		var text bytes.Buffer
		for {
			nt := z.Next()
			if nt != html.TextToken {
				break
			}
			text.Write(z.Raw())
		}
		switch {
		case tok.Data == "style":
			styles = append(styles, text.String())
		case typ == "" || typ == "text/javascript" || typ == "module" || typ == "application/javascript":
			scripts = append(scripts, text.String())
		}
	}
}
