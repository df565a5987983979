package chart

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"gbo/graph/locale"
)

// Heatmap draws a rows × cols grid of mean depths: values[i][j] is the mean
// depth (0..5) of the ties between row i and column j, NaN where they have
// none; counts[i][j], when given, is the number of ties behind the mean and
// is printed under it. Cells darken as the mean depth rises; a legend names
// the rungs: by rungs, when given (the case's names), else docs/depth-model.md#rungs's.
func Heatmap(rows, cols []string, values [][]float64, counts [][]int, lang string, rungs ...RungNames) string {
	names := ownNames(rungs)
	const cellW, cellH, fs = 66.0, 44.0, 13.0
	left := 0.0
	for _, r := range rows {
		left = max(left, labelWidth(truncate(r, 30), fs))
	}
	left = math.Min(left, 30*fs*0.7) + 14
	colLab := 0.0
	for _, c := range cols {
		colLab = max(colLab, labelWidth(truncate(c, 24), fs))
	}
	top := colLab*math.Sin(40*math.Pi/180) + 18
	w := left + cellW*float64(len(cols)) + colLab*math.Cos(40*math.Pi/180)*0.5 + 10
	w = max(w, 540)
	// The legend wraps to the chart's width, and the chart is as tall as it.
	legendH := 16 + legend(&strings.Builder{}, 0, 0, w, lang, names) + 6
	h := top + cellH*float64(len(rows)) + legendH
	var b strings.Builder
	open(&b, w, h, "chart heatmap", locale.T(lang, "chart.heatmap_title"))
	for j, c := range cols {
		x := left + float64(j)*cellW + cellW/2
		fmt.Fprintf(&b, `<text class="col-label" x="%s" y="%s" font-size="%s" text-anchor="start" fill="#1a1a1a" transform="rotate(-40 %s %s)"><title>%s</title>%s</text>`,
			num(x), num(top-8), num(fs), num(x), num(top-8), esc(c), esc(truncate(c, 24)))
	}
	for i, r := range rows {
		y := top + float64(i)*cellH
		fmt.Fprintf(&b, `<text class="row-label" x="%s" y="%s" font-size="%s" text-anchor="end" fill="#1a1a1a"><title>%s</title>%s</text>`,
			num(left-8), num(y+cellH/2+4), num(fs), esc(r), esc(truncate(r, 30)))
		for j, c := range cols {
			v := math.NaN()
			if i < len(values) && j < len(values[i]) {
				v = values[i][j]
			}
			n := -1
			if i < len(counts) && j < len(counts[i]) {
				n = counts[i][j]
			}
			x := left + float64(j)*cellW
			var tip string
			if math.IsNaN(v) {
				tip = fmt.Sprintf("%s × %s: %s", r, c, locale.T(lang, "chart.no_ties"))
			} else if n >= 0 {
				tip = fmt.Sprintf("%s × %s: %s", r, c, locale.T(lang, "chart.cell_ties", Number(v, 1, lang), n))
			} else {
				tip = fmt.Sprintf("%s × %s: %s", r, c, locale.T(lang, "chart.cell", Number(v, 1, lang)))
			}
			fmt.Fprintf(&b, `<g class="cell"><rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#ffffff" stroke-width="2"/><title>%s</title>`,
				num(x), num(y), num(cellW), num(cellH), DepthColor(v), esc(tip))
			ink := inkOn(v)
			if math.IsNaN(v) {
				text(&b, x+cellW/2, y+cellH/2+5, fs, "middle", "#999999", "–", "")
			} else {
				text(&b, x+cellW/2, y+19, fs+1, "middle", ink, Number(v, 1, lang), ` font-weight="600"`)
				if n >= 0 {
					text(&b, x+cellW/2, y+35, fs-3, "middle", ink, fmt.Sprintf("n = %d", n), "")
				}
			}
			b.WriteString(`</g>`)
		}
	}
	legend(&b, 0, top+cellH*float64(len(rows))+16, w, lang, names)
	b.WriteString(`</svg>`)
	return b.String()
}

// legend draws the rung swatches 1..5 and "no ties" in rows from (x, y),
// starting a new row before an entry that would pass width, and returns
// its height.
func legend(b *strings.Builder, x, y, width float64, lang string, names RungNames) float64 {
	const row = 20.0
	b.WriteString(`<g class="legend">`)
	x0, y0 := x, y
	entry := func(fill, stroke, label string) {
		ew := 18 + 1.15*textWidth(label, 11) // room for fonts wider than the estimate
		if x > x0 && x+ew > width-4 {
			x, y = x0, y+row
		}
		fmt.Fprintf(b, `<rect x="%s" y="%s" width="14" height="14" fill="%s"%s/>`, num(x), num(y), fill, stroke)
		text(b, x+18, y+11, 11, "start", "#333333", label, "")
		x += ew + 6
	}
	for r := 1; r <= 5; r++ {
		entry(RungColor(r), "", fmt.Sprintf("%d %s", r, names.of(r, lang)))
	}
	entry(DepthColor(math.NaN()), ` stroke="#cccccc"`, locale.T(lang, "chart.legend_no_ties"))
	b.WriteString(`</g>`)
	return y - y0 + 14
}

// TransitionMatrix draws how ties moved between two periods: counts[i][j] is
// the number of pairs at rung i in the first period and rung j in the
// second. Cells above the diagonal (deepened) are tinted blue, below it
// (weakened) orange, the diagonal (unchanged) grey; darker is more. rungs,
// when given, are the case's names of the rungs.
func TransitionMatrix(counts [6][6]int, lang, from, to string, rungs ...RungNames) string {
	names := ownNames(rungs)
	const cell, fs = 58.0, 12.0
	left, top := 150.0, 50.0
	w, h := left+6*cell+16, top+6*cell+12
	most := 0
	for i := range 6 {
		for j := range 6 {
			most = max(most, counts[i][j])
		}
	}
	var b strings.Builder
	open(&b, w, h, "chart transitions", locale.T(lang, "chart.transitions_title"))
	text(&b, left+3*cell, 16, fs, "middle", "#1a1a1a", to, ` font-weight="600"`)
	fmt.Fprintf(&b, `<text x="14" y="%s" font-size="%s" text-anchor="middle" fill="#1a1a1a" font-weight="600" transform="rotate(-90 14 %s)">%s</text>`,
		num(top+3*cell), num(fs), num(top+3*cell), esc(from))
	for j := range 6 {
		// Only numbers over the columns: the rows next to them name the rungs.
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" text-anchor="middle" fill="#1a1a1a" font-weight="700"><title>%s</title>%d</text>`,
			num(left+float64(j)*cell+cell/2), num(top-10), num(fs), esc(names.of(j, lang)), j)
	}
	for i := range 6 {
		y := top + float64(i)*cell
		text(&b, left-8, y+cell/2+4, fs, "end", "#1a1a1a", fmt.Sprintf("%d %s", i, names.of(i, lang)), "")
		for j := range 6 {
			x := left + float64(j)*cell
			c := counts[i][j]
			t := 0.0
			if most > 0 {
				t = float64(c) / float64(most)
			}
			base := [3]float64{150, 150, 150}
			if j > i {
				base = [3]float64{44, 127, 184}
			} else if j < i {
				base = [3]float64{213, 94, 0}
			}
			fill := "#fafafa"
			if c > 0 {
				a := 0.15 + 0.85*t
				fill = fmt.Sprintf("#%02x%02x%02x", mix(base[0], a), mix(base[1], a), mix(base[2], a))
			}
			ink := "#1a1a1a"
			if c > 0 && t > 0.55 {
				ink = "#ffffff"
			}
			tip := fmt.Sprintf("%s %d → %s %d: %d", from, i, to, j, c)
			fmt.Fprintf(&b, `<g class="cell"><rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#ffffff" stroke-width="2"/><title>%s</title>`,
				num(x), num(y), num(cell), num(cell), fill, esc(tip))
			if c > 0 {
				text(&b, x+cell/2, y+cell/2+5, fs+1, "middle", ink, fmt.Sprint(c), "")
			}
			b.WriteString(`</g>`)
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// mix blends channel c with white: a = 1 gives c, a = 0 gives white.
func mix(c, a float64) int { return int(math.Round(255 - a*(255-c))) }

// labelWidth estimates a label's width generously, for room that must
// not clip: capitals and wide letters (sector names are often acronyms:
// OCMW, CAW) at 0.75 of the size, other characters at 0.6.
func labelWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.IsUpper(r) || r == 'm' || r == 'w' {
			w += 0.75 * size
		} else {
			w += 0.6 * size
		}
	}
	return w
}
