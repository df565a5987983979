package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"gbo/render/mapview"
)

func init() {
	texts["map_png_glyphs"] = [2]string{
		"warning: %s: the PNG cannot draw some characters (e.g. Arabic or Chinese script) of %d {name|names}, which it shows incomplete: %s. The SVG map shows them (the browser draws them with the system's fonts): gbo map … -o %s",
		"waarschuwing: %s: de PNG kan sommige tekens (bv. Arabisch of Chinees schrift) van %d {naam|namen} niet tekenen en toont ze onvolledig: %s. De SVG-kaart toont ze wel (de browser tekent ze met de lettertypen van het systeem): gbo map … -o %s",
	}
	texts["and_more"] = [2]string{"and %d more", "en nog %d"}
	texts["map_no_as_of"] = [2]string{"no as-of date (ratings only)", "geen peildatum (alleen beoordelingen)"}
	texts["map_bad_size"] = [2]string{"--size must be degree, strength or betweenness, not %q", "--size moet degree (aantal banden), strength (sterkte) of betweenness (tussenpositie) zijn, niet %q"}
	texts["map_bad_color"] = [2]string{"--color must be sector, community or core, not %q", "--color moet sector, community (groep) of core (kern) zijn, niet %q"}
	texts["map_engine_too_slow"] = [2]string{"--engine %s is too slow for a map of %d partners and objects (at most %d; leave --engine out: sfdp draws any size)",
		"--engine %s is te traag voor een kaart van %d partners en objecten (hoogstens %d; laat --engine weg: sfdp tekent elke grootte)"}
	texts["map_bad_engine"] = [2]string{"--engine must be sfdp, neato, dot, twopi, fdp or circo, not %q", "--engine moet sfdp, neato, dot, twopi, fdp of circo zijn, niet %q"}
	texts["map_no_sector"] = [2]string{"--sector %q: no partner has that sector (%s)", "--sector %q: geen enkele partner heeft die sector (%s)"}
}

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
