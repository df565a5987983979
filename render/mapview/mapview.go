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

// Render draws the map of d in format f (svg, png or dot) to w. Rendering
// holds a package-wide lock around Graphviz, so concurrent calls wait.
func Render(ctx context.Context, d Data, f Format, w io.Writer) error {
	p, err := newPlan(d)
	if err != nil {
		return err
	}
	switch f {
	case DOTFormat:
		_, err := w.Write(p.dot())
		return err
	case SVG, PNG:
	default:
		return fmt.Errorf("map: unknown format %q (want svg, png or dot)", f)
	}
	if err := ctx.Err(); err != nil {
		return err // a layout, once started, cannot be stopped
	}
	if err := p.layout(ctx); err != nil {
		return err
	}
	s := p.draw()
	if f == PNG {
		return s.writePNG(w)
	}
	return s.writeSVG(w)
}
