package mapview

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Text is measured with the Go fonts' real metrics (they cover Latin-1 and
// Latin Extended, so ë é ï have their true widths) instead of Graphviz's
// estimate, which sizes every non-ASCII character as a space. The same fonts
// draw the PNG; the SVG names them first and pins each label's length with
// textLength, so a label fits its node whatever font the viewer substitutes.
var fonts = struct {
	once          sync.Once
	regular, bold *opentype.Font
	mu            sync.Mutex
	measure       [2]font.Face // at measureSize, regular and bold
	err           error
}{}

const measureSize = 100

func loadFonts() error {
	fonts.once.Do(func() {
		if fonts.regular, fonts.err = opentype.Parse(goregular.TTF); fonts.err != nil {
			return
		}
		if fonts.bold, fonts.err = opentype.Parse(gobold.TTF); fonts.err != nil {
			return
		}
		for i, f := range []*opentype.Font{fonts.regular, fonts.bold} {
			if fonts.measure[i], fonts.err = opentype.NewFace(f, &opentype.FaceOptions{Size: measureSize, DPI: 72, Hinting: font.HintingNone}); fonts.err != nil {
				return
			}
		}
	})
	return fonts.err
}

// textWidth is the advance width of s in points at size points.
func textWidth(s string, size float64, bold bool) float64 {
	if loadFonts() != nil {
		return float64(utf8.RuneCountInString(s)) * size * 0.6 // never reached: the fonts are embedded
	}
	i := 0
	if bold {
		i = 1
	}
	fonts.mu.Lock()
	adv := font.MeasureString(fonts.measure[i], s)
	fonts.mu.Unlock()
	return fixedToFloat(adv) * size / measureSize
}

func fixedToFloat(x fixed.Int26_6) float64 { return float64(x) / 64 }

// longWord is how much wider than a line a single word may be before it is cut.
const longWord = 1.7

// wrap breaks a label into at most maxLines lines of at most maxWidth points
// each, at spaces (and after hyphens and slashes); a word longer than a line
// is cut, and text that does not fit in maxLines ends with "…".
func wrap(s string, size, maxWidth float64, maxLines int) []string {
	words := splitWords(s)
	var lines []string
	cur := ""
	for len(words) > 0 {
		w := words[0]
		try := cur + w
		if cur != "" && !strings.HasSuffix(cur, "-") && !strings.HasSuffix(cur, "/") {
			try = cur + " " + w
		}
		switch {
		case textWidth(try, size, false) <= maxWidth:
			cur = try
			words = words[1:]
		case cur == "" && textWidth(w, size, false) <= longWord*maxWidth:
			lines = append(lines, w) // a long word widens its line rather than break
			words = words[1:]
		case cur == "":
			head, tail := cutToWidth(w, size, maxWidth)
			lines = append(lines, head)
			words[0] = tail
		default:
			lines = append(lines, cur)
			cur = ""
		}
		if len(lines) == maxLines {
			break
		}
	}
	if cur != "" && len(lines) < maxLines {
		lines = append(lines, cur)
		cur = ""
	}
	if len(words) > 0 || cur != "" {
		last := lines[len(lines)-1]
		for last != "" && textWidth(last+"…", size, false) > maxWidth {
			_, n := utf8.DecodeLastRuneInString(last)
			last = last[:len(last)-n]
		}
		lines[len(lines)-1] = strings.TrimRight(last, " ") + "…"
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

// splitWords splits at spaces and keeps a hyphen or slash with the word
// before it, so "Zuid-West-Vlaanderen" may break after each hyphen.
func splitWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		for f != "" {
			i := strings.IndexAny(f, "-/")
			if i < 0 || i == len(f)-1 {
				out = append(out, f)
				break
			}
			out = append(out, f[:i+1])
			f = f[i+1:]
		}
	}
	return out
}

// cutToWidth splits w after the most runes that fit in maxWidth (at least one).
func cutToWidth(w string, size, maxWidth float64) (string, string) {
	end := 0
	for i, r := range w {
		next := i + utf8.RuneLen(r)
		if end > 0 && textWidth(w[:next], size, false) > maxWidth {
			break
		}
		end = next
	}
	return w[:end], w[end:]
}
