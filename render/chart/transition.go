package chart

import (
	"fmt"
	"strings"

	"gbo/graph/locale"
)

// TransitionFlow draws how ties moved between two waves or periods as an
// alluvial picture: the pairs at each rung before (a column on the left,
// from rung 0 at the top to rung 5) flow as bands into their rung after (a
// column on the right); a band's thickness is its number of pairs.
// counts[i][j] is the number of pairs at rung i before and rung j after, as
// in TransitionMatrix; negative counts are drawn as 0. Bands that deepen are
// blue, those that weaken orange, the unchanged grey. Each band is a
// <path class="flow" data-from="i" data-to="j" data-count="n"> with its
// count in its <title>, and carries its count in the picture when it is
// thick enough to hold it; the rung boxes carry their totals. from and to
// name the two columns (cut to fit; whole in the title). The picture is
// 404 pixels high (more when thin rungs push their labels apart) and 390
// pixels plus twice the longest rung label wide; without any pair it says
// so. rungs, when given, are the case's names of the rungs.
func TransitionFlow(counts [6][6]int, lang, from, to string, rungs ...RungNames) string {
	names := ownNames(rungs)
	const fs, boxW, top, plotH, gap = 12.0, 16.0, 40.0, 340.0, 8.0
	var out, in [6]int
	total := 0
	for i := range 6 {
		for j := range 6 {
			c := max(counts[i][j], 0)
			out[i] += c
			in[j] += c
			total += c
		}
	}
	labelW := 0.0
	for r := range 6 {
		labelW = max(labelW, textWidth(fmt.Sprintf("%d %s: %d", r, names.of(r, lang), max(out[r], in[r])), fs))
	}
	left := labelW + 14
	right := left + 360
	w := right + boxW + labelW + 14
	// Rung boxes: stacked from the top, gap between the rungs that have pairs.
	column := func(sums [6]int) (y0 [6]float64, k float64) {
		used := 0
		for _, s := range sums {
			if s > 0 {
				used++
			}
		}
		k = (plotH - gap*float64(max(used-1, 0))) / float64(max(total, 1))
		y := top
		for r, s := range sums {
			y0[r] = y
			if s > 0 {
				y += float64(s)*k + gap
			}
		}
		return y0, k
	}
	ly, k := column(out)
	ry, _ := column(in)
	// Each box's label at its middle, pushed down where a thin box above
	// would make two labels touch.
	labelY := func(y0 [6]float64, sums [6]int) (ys [6]float64, bottom float64) {
		last := -1e9
		for r, s := range sums {
			if s == 0 {
				continue
			}
			ys[r] = max(y0[r]+max(float64(s)*k, 1)/2+4, last+fs+2)
			last = ys[r]
		}
		return ys, last
	}
	lLab, lBottom := labelY(ly, out)
	rLab, rBottom := labelY(ry, in)
	h := max(top+plotH, lBottom, rBottom) + 24
	label := locale.T(lang, "chart.flow_title")
	var b strings.Builder
	open(&b, w, h, "chart transition-flow", label+": "+from+" → "+to)
	text(&b, left+boxW/2, 16, fs, "middle", "#1a1a1a", truncate(from, int((right-left)/2/(fs*0.56))), ` font-weight="600"`)
	text(&b, right+boxW/2, 16, fs, "middle", "#1a1a1a", truncate(to, int((right-left)/2/(fs*0.56))), ` font-weight="600"`)
	if total == 0 {
		text(&b, w/2, top+plotH/2, fs+1, "middle", "#555555", locale.T(lang, "chart.flow_empty"), "")
		b.WriteString(`</svg>`)
		return b.String()
	}
	// Bands under the boxes: leaving each left box in the order of their
	// rung after, entering each right box in the order of their rung before.
	lcur, rcur := ly, ry
	mid := (left + boxW + right) / 2
	b.WriteString(`<g class="flows">`)
	var labels strings.Builder
	for i := range 6 {
		for j := range 6 {
			c := max(counts[i][j], 0)
			if c == 0 {
				continue
			}
			t := float64(c) * k
			a0, b0 := lcur[i], rcur[j]
			lcur[i] += t
			rcur[j] += t
			colour := "#969696"
			switch {
			case j > i:
				colour = "#2c7fb8"
			case j < i:
				colour = "#d55e00"
			}
			x1, x2 := left+boxW, right
			fmt.Fprintf(&b, `<path class="flow" data-from="%d" data-to="%d" data-count="%d" d="M%s %sC%s %s %s %s %s %sL%s %sC%s %s %s %s %s %sZ" fill="%s" fill-opacity="0.42" stroke="%s" stroke-opacity="0.6" stroke-width="0.5"><title>%s</title></path>`,
				i, j, c,
				num(x1), num(a0), num(mid), num(a0), num(mid), num(b0), num(x2), num(b0),
				num(x2), num(b0+t), num(mid), num(b0+t), num(mid), num(a0+t), num(x1), num(a0+t),
				colour, colour, esc(fmt.Sprintf("%d %s → %d %s: %d", i, names.of(i, lang), j, names.of(j, lang), c)))
			if t >= fs+2 {
				// The count just right of the left box, in the band.
				text(&labels, x1+4, a0+t/2+4, fs-1, "start", "#1a1a1a", fmt.Sprint(c), ` class="flow-count"`)
			}
		}
	}
	b.WriteString(`</g>`)
	b.WriteString(labels.String())
	for r := range 6 {
		for side, sums := range [2][6]int{out, in} {
			if sums[r] == 0 {
				continue
			}
			x, y, ty := left, ly[r], lLab[r]
			anchor, tx := "end", left-6
			if side == 1 {
				x, y, ty, anchor, tx = right, ry[r], rLab[r], "start", right+boxW+6
			}
			bh := float64(sums[r]) * k
			fmt.Fprintf(&b, `<rect class="rung-box rung-%d" x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#555555" stroke-width="0.6"><title>%s</title></rect>`,
				r, num(x), num(y), num(boxW), num(max(bh, 1)), RungColor(r),
				esc(fmt.Sprintf("%d %s: %d", r, names.of(r, lang), sums[r])))
			text(&b, tx, ty, fs, anchor, "#1a1a1a", fmt.Sprintf("%d %s: %d", r, names.of(r, lang), sums[r]), ` class="rung-total"`)
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}
