package mapview

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// FormatForPath is the format a file name asks for by its extension
// (.svg, .png, .dot or .gv, in any case).
func FormatForPath(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".svg":
		return SVG, true
	case ".png":
		return PNG, true
	case ".dot", ".gv":
		return DOTFormat, true
	}
	return "", false
}

// Format is an output format of Render.
type Format string

const (
	SVG       Format = "svg"
	PNG       Format = "png"
	DOTFormat Format = "dot"
)

// Render draws the map of d in format f (svg, png or dot) to w, like Draw,
// without its warnings.
func Render(ctx context.Context, d Data, f Format, w io.Writer) error {
	_, err := Draw(ctx, d, f, w)
	return err
}

// Warning is something the map could not show as asked; the map is still
// drawn, and the caller tells the user.
type Warning struct {
	// Code is the kind of warning: WarnPNGGlyphs.
	Code string
	// Names are the texts concerned as the map shows them (cleaned, at most
	// 200 runes each): partner and object names in map order, then any
	// other text (title, subtitle, legend entries).
	Names []string
}

// WarnPNGGlyphs: the PNG's font (the Go fonts: Latin, Greek, Cyrillic)
// has no glyph for some characters of these names, e.g. Arabic or CJK
// script, so the PNG leaves them out. The SVG shows them: the browser draws
// its text with the system's fonts.
const WarnPNGGlyphs = "png_glyphs"

// Result is what Draw reports besides the picture.
type Result struct {
	Warnings []Warning
}

// Draw draws the map of d in format f (svg, png or dot) to w and returns
// the warnings about what the picture cannot show. Every text is drawn
// cleaned and cut to a bounded length (see clean), so any input draws in
// bounded time and space. Drawing holds a package-wide lock around
// Graphviz, so concurrent calls wait. Errors: bad data (an empty or
// repeated id, a tie to an unknown partner), an unknown format or engine,
// a failed layout, or w's own error.
func Draw(ctx context.Context, d Data, f Format, w io.Writer) (Result, error) {
	p, err := newPlan(d)
	if err != nil {
		return Result{}, err
	}
	switch f {
	case DOTFormat:
		_, err := w.Write(p.dot())
		return Result{}, err
	case SVG, PNG:
	default:
		return Result{}, fmt.Errorf("map: unknown format %q (want svg, png or dot)", f)
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err // a layout, once started, cannot be stopped
	}
	if err := p.layout(ctx); err != nil {
		return Result{}, err
	}
	s := p.draw()
	if err := s.finite(); err != nil {
		return Result{}, err
	}
	if f == SVG {
		return Result{}, s.writeSVG(w)
	}
	var res Result
	if names := s.undrawable(); len(names) > 0 {
		res.Warnings = append(res.Warnings, Warning{Code: WarnPNGGlyphs, Names: names})
	}
	if err := s.writePNG(w); err != nil {
		return Result{}, err
	}
	return res, nil
}
