package report

import "gbo/render/chart"

// number writes v with the given decimals in lang's notation: the
// decimal mark of the catalogue (locale.Decimal: "2.4" in English, "2,4" in
// Dutch and French); "–" for NaN or an infinity. Digits are not grouped,
// as chart.Number does not group them.
func number(v float64, decimals int, lang string) string {
	return chart.Number(v, decimals, lang)
}

// percent writes a share in [0, 1] as a whole percentage in lang's way
// (the catalogue's "chart.percent": "31%" in English and Dutch, "31 %"
// with a narrow no-break space in French), "<1%" and ">99%" for shares that
// round to none or all but are not, "–" for NaN (chart.Percent).
func percent(share float64, lang string) string {
	return chart.Percent(share, lang)
}
