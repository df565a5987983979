package chart

import (
	"fmt"
	"strings"

	"gbo/graph/locale"
)

// DepthOptions shape a depth-profile chart. The zero value draws a
// 640 × 280 chart of rungs 1..5.
type DepthOptions struct {
	Width, Height float64 // pixels; default 640 × 280
	ShowNone      bool    // also draw rung 0 (pairs whose contact stayed below rung 1)
	Label         string  // accessible name; default "Depth profile" in lang
	// Scale, when > 0, is the share (0..1) that fills the full bar height, so
	// several charts can share one scale. By default the highest bar fills it.
	Scale float64
	// Compact drops the rung names under the bars (for small multiples).
	Compact bool
	// Rungs are the case's names of the rungs; "" keeps docs/depth-model.md#rungs's.
	Rungs RungNames
}

// DepthProfile draws a bar chart of ties per rung: counts[r] is the number of
// ties whose depth is rung r. Each bar carries its count and its share of all
// ties drawn; bars darken as collaboration deepens.
func DepthProfile(counts [6]int, lang string, o DepthOptions) string {
	var b strings.Builder
	depthProfile(&b, counts, lang, o, 0, 0, true)
	return b.String()
}

// depthProfile writes the chart at (x0, y0); standalone adds the svg element.
func depthProfile(b *strings.Builder, counts [6]int, lang string, o DepthOptions, x0, y0 float64, standalone bool) {
	w, h := o.Width, o.Height
	if w <= 0 {
		w = 640
	}
	if h <= 0 {
		h = 280
	}
	label := o.Label
	if label == "" {
		label = locale.T(lang, "chart.depth_title")
	}
	first := 1
	if o.ShowNone {
		first = 0
	}
	total := 0
	for r := first; r <= 5; r++ {
		total += max(counts[r], 0)
	}
	if standalone {
		open(b, w, h, "chart depth-profile", label)
	}
	fmt.Fprintf(b, `<g class="bars" transform="translate(%s %s)">`, num(x0), num(y0))
	n := 6 - first
	bottom := 44.0
	if o.Compact {
		bottom = 18
	}
	top := 28.0
	slot := w / float64(n)
	fs := 13.0
	if o.Compact {
		fs = 10
	}
	// The rung names under the bars, each in as many lines (at most
	// maxNameLines) and as small a font (down to minNameFS) as it needs to
	// fit its slot; the bottom margin grows to hold the longest.
	var names [6]rungLabel
	if !o.Compact {
		lines := 1
		for r := first; r <= 5; r++ {
			names[r] = layoutRungName(o.Rungs.of(r, lang), fs, slot-4)
			lines = max(lines, len(names[r].lines))
		}
		bottom = max(bottom, 32+nameLineH*float64(lines-1)+6)
	}
	plotH := h - top - bottom
	barW := slot * 0.62
	scale := o.Scale
	if scale <= 0 {
		for r := first; r <= 5; r++ {
			if total > 0 {
				scale = max(scale, float64(counts[r])/float64(total))
			}
		}
	}
	for i, r := 0, first; r <= 5; i, r = i+1, r+1 {
		c := max(counts[r], 0)
		share := 0.0
		if total > 0 {
			share = float64(c) / float64(total)
		}
		bh := 0.0
		if scale > 0 {
			bh = min(share/scale, 1) * plotH
		}
		x := float64(i)*slot + (slot-barW)/2
		y := top + plotH - bh
		fmt.Fprintf(b, `<rect class="bar rung-%d" x="%s" y="%s" width="%s" height="%s" fill="%s" rx="2"><title>%s</title></rect>`,
			r, num(x), num(y), num(barW), num(max(bh, 0.5)), RungColor(r),
			esc(fmt.Sprintf("%d %s: %d (%s)", r, o.Rungs.of(r, lang), c, Percent(share, lang))))
		cx := x + barW/2
		if o.Compact {
			text(b, cx, y-4, fs, "middle", "#1a1a1a", fmt.Sprint(c), ` class="count"`)
			text(b, cx, h-5, fs, "middle", "#555555", fmt.Sprint(r), ` class="rung"`)
			continue
		}
		text(b, cx, y-6, fs, "middle", "#1a1a1a", fmt.Sprintf("%d · %s", c, Percent(share, lang)), ` class="count" font-weight="600"`)
		text(b, cx, top+plotH+17, fs, "middle", "#1a1a1a", fmt.Sprint(r), ` class="rung" font-weight="700"`)
		if l := names[r]; len(l.lines) == 1 {
			text(b, cx, top+plotH+33, l.size, "middle", "#444444", l.lines[0], ` class="rung-name"`)
		} else {
			for k, line := range l.lines {
				text(b, cx, top+plotH+32+nameLineH*float64(k), l.size, "middle", "#444444", line, ` class="rung-name"`)
			}
		}
	}
	fmt.Fprintf(b, `<line x1="0" y1="%s" x2="%s" y2="%s" stroke="#888888" stroke-width="1"/>`, num(top+plotH), num(w), num(top+plotH))
	b.WriteString(`</g>`)
	if standalone {
		b.WriteString(`</svg>`)
	}
}

// SmallMultiples draws one compact depth profile per case side by side, on
// one shared scale of shares so that cases of different sizes compare.
// names[i] titles profiles[i]; rungs, when given, are the case's names of
// the rungs (in the bars' tooltips).
func SmallMultiples(names []string, profiles [][6]int, lang string, rungs ...RungNames) string {
	const cellW, cellH, titleH, titleFS = 200.0, 140.0, 38.0, 13.0
	cols := min(max(len(profiles), 1), 4)
	rows := (len(profiles) + cols - 1) / cols
	w, h := cellW*float64(cols), (cellH+titleH)*float64(max(rows, 1))
	scale := 0.0
	for _, p := range profiles {
		t := 0
		for r := 1; r <= 5; r++ {
			t += max(p[r], 0)
		}
		for r := 1; r <= 5 && t > 0; r++ {
			scale = max(scale, float64(p[r])/float64(t))
		}
	}
	var b strings.Builder
	open(&b, w, h, "chart small-multiples", locale.T(lang, "chart.multiples_title"))
	for i, p := range profiles {
		x := float64(i%cols) * cellW
		y := float64(i/cols) * (cellH + titleH)
		name := ""
		if i < len(names) {
			name = names[i]
		}
		fmt.Fprintf(&b, `<g class="multiple">`)
		// The name in at most two lines of the cell's width (cut with "…"
		// after that), the whole name in the title: no name runs into the next.
		fmt.Fprintf(&b, `<text class="multiple-title" x="%s" y="%s" font-size="%s" text-anchor="middle" fill="#1a1a1a" font-weight="600"><title>%s</title>`,
			num(x+cellW/2), num(y+14), num(titleFS), esc(name))
		for k, line := range wrapText(name, titleFS*1.12, cellW-12, 2) { // bold, and fonts wider than the estimate
			fmt.Fprintf(&b, `<tspan x="%s" dy="%s">%s</tspan>`, num(x+cellW/2), num(float64(min(k, 1))*titleFS*1.2), esc(line))
		}
		b.WriteString(`</text>`)
		depthProfile(&b, p, lang, DepthOptions{Width: cellW - 16, Height: cellH, Compact: true, Scale: scale, Rungs: ownNames(rungs)}, x+8, y+titleH, false)
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// Sparkline draws values as a small line (w × h pixels), NaN values left
// out; the last point is marked.
func Sparkline(values []float64, w, h float64) string {
	var b strings.Builder
	open(&b, w, h, "chart sparkline", "")
	lo, hi := 0.0, 0.0
	seen := false
	for _, v := range values {
		if v != v {
			continue
		}
		if !seen || v < lo {
			lo = v
		}
		if !seen || v > hi {
			hi = v
		}
		seen = true
	}
	if seen && len(values) > 0 {
		var pts []string
		var lx, ly float64
		for i, v := range values {
			if v != v {
				continue
			}
			x := 2.0
			if len(values) > 1 {
				x = 2 + float64(i)*(w-4)/float64(len(values)-1)
			}
			y := h / 2
			if hi > lo {
				y = h - 2 - (v-lo)/(hi-lo)*(h-4)
			}
			pts = append(pts, num(x)+","+num(y))
			lx, ly = x, y
		}
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#2c7fb8" stroke-width="1.5"/>`, strings.Join(pts, " "))
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="2" fill="#253494"/>`, num(lx), num(ly))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// Layout of the rung names under a depth profile's bars.
const (
	maxNameLines = 3    // lines a rung name may take
	nameLineH    = 13.0 // pixels between their baselines
	minNameFS    = 7.0  // the smallest font a long name shrinks to
)

// rungLabel is a rung name laid out under its bar: its lines and font size.
type rungLabel struct {
	lines []string
	size  float64
}

// layoutRungName breaks name at spaces into at most maxNameLines lines no
// wider than maxW, in a font of fs-1 points measured one point larger
// (room for fonts wider than textWidth's estimate); a name that does not
// fit so takes a smaller font, half a point at a time down to minNameFS,
// and only what is wider even then is cut with "…" (the bar's tooltip has
// the whole name).
func layoutRungName(name string, fs, maxW float64) rungLabel {
	words := strings.Fields(name)
	wrap := func(size float64) ([]string, bool) {
		var lines []string
		cur := ""
		for _, w := range words {
			switch next := cur + " " + w; {
			case cur == "":
				cur = w
			case textWidth(next, size+1) <= maxW || len(lines) == maxNameLines-1:
				cur = next
			default:
				lines = append(lines, cur)
				cur = w
			}
		}
		lines = append(lines, cur)
		for _, l := range lines {
			if textWidth(l, size+1) > maxW {
				return lines, false
			}
		}
		return lines, true
	}
	for size := fs - 1; size >= minNameFS; size -= 0.5 {
		if lines, ok := wrap(size); ok {
			return rungLabel{lines: lines, size: size}
		}
	}
	lines, _ := wrap(minNameFS)
	for i, l := range lines {
		lines[i] = truncate(l, int(maxW/((minNameFS+1)*0.56)))
	}
	return rungLabel{lines: lines, size: minNameFS}
}

// wrapText breaks s at spaces into at most maxLines lines no wider than
// maxW (textWidth at size); a word wider than a line is cut, and text left
// over after the last line ends it with "…".
func wrapText(s string, size, maxW float64, maxLines int) []string {
	perLine := max(int(maxW/(size*0.56)), 2)
	var lines []string
	cur := ""
	words := strings.Fields(s)
	for i, w := range words {
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if textWidth(next, size) <= maxW {
			cur = next
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = w
		if len(lines) == maxLines-1 {
			cur = strings.Join(words[i:], " ")
			break
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	for i, l := range lines {
		lines[i] = truncate(l, perLine)
	}
	if len(lines) > maxLines {
		lines = lines[:maxLines]
	}
	return lines
}
