package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
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
	_, err = w.Write(buf.Bytes())
	return err
}
