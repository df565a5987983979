package chart

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"gbo/graph/locale"
)

// FontFamily is the font stack of every chart: fonts a reader's machine
// already has, so that nothing is loaded from elsewhere.
const FontFamily = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif`

// esc escapes text for XML character data and attribute values.
func esc(s string) string { return html.EscapeString(s) }

// num prints a coordinate with at most one decimal, so output is stable.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// Number formats v with the given decimals in the reader's language, with
// its decimal mark (locale.Decimal): "2,4" in Dutch and French, "2.4" in
// English. No thousands separator: chart numbers are depths, shares and
// counts of a few digits.
func Number(v float64, decimals int, lang string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if s == "-0" || strings.HasPrefix(s, "-0.") && strings.Trim(s[3:], "0") == "" {
		s = s[1:]
	}
	if dec := locale.Decimal(lang); dec != "." {
		s = strings.Replace(s, ".", dec, 1)
	}
	return s
}

// Percent formats a share in [0, 1] as a whole percentage in lang's way
// (chart.percent: "31%", in French "31 %").
func Percent(share float64, lang string) string {
	if math.IsNaN(share) || math.IsInf(share, 0) {
		return "–"
	}
	// A share that rounds to 0% or 100% but is not would say "none" or
	// "all" where there are a few: say "<1%" or ">99%".
	switch {
	case share > 0 && share < 0.005:
		return locale.T(lang, "chart.percent", "<1")
	case share < 1 && share > 0.995:
		return locale.T(lang, "chart.percent", ">99")
	}
	return locale.T(lang, "chart.percent", Number(share*100, 0, lang))
}

// textWidth estimates the rendered width of s in a sans-serif font of the
// given size; SVG offers no measuring without a browser.
func textWidth(s string, size float64) float64 {
	return float64(utf8.RuneCountInString(s)) * size * 0.56
}

// truncate shortens s to at most max runes, ending with an ellipsis.
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max || max < 2 {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

// open starts an SVG element sized w × h with an accessible name.
func open(b *strings.Builder, w, h float64, class, label string) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="%s" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s" font-family="%s">`,
		esc(class), num(w), num(h), num(w), num(h), esc(label), esc(FontFamily))
	fmt.Fprintf(b, `<title>%s</title>`, esc(label))
}

// text writes a text element; anchor is start, middle or end.
func text(b *strings.Builder, x, y, size float64, anchor, fill, s string, extra string) {
	fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%s" text-anchor="%s" fill="%s"%s>%s</text>`,
		num(x), num(y), num(size), anchor, fill, extra, esc(s))
}
