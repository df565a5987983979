package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"gbo/render/mapview"
)

// maxWarnedNames is how many names one map warning lists.
const maxWarnedNames = 10

// printMapWarnings writes the warnings Draw returned for the map written to
// out, one line each, on w. Names are quoted (%q), so no character of theirs
// can steer the terminal, and at most maxWarnedNames are listed.
func printMapWarnings(w io.Writer, lang string, ws []mapview.Warning, out string) {
	for _, wn := range ws {
		switch wn.Code {
		case mapview.WarnPNGGlyphs:
			var names []string
			for i, n := range wn.Names {
				if i == maxWarnedNames {
					names = append(names, tr(lang, "and_more", len(wn.Names)-i))
					break
				}
				if utf8.RuneCountInString(n) > 60 {
					n = string([]rune(n)[:60]) + "…"
				}
				names = append(names, fmt.Sprintf("%q", n))
			}
			svg := strings.TrimSuffix(out, filepath.Ext(out)) + ".svg"
			fmt.Fprintln(w, tr(lang, "map_png_glyphs", filepath.Base(out), len(wn.Names), strings.Join(names, ", "), svg))
		default:
			fmt.Fprintln(w, wn.Code+": "+strings.Join(wn.Names, ", "))
		}
	}
}
