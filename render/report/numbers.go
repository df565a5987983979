package report

import (
	"strings"

	"gbo/graph/locale"
	"gbo/render/chart"
)

// number writes v with the given decimals in lang's notation: the
// decimal mark of the catalogue (locale.Decimal: "2.4" in English, "2,4" in
// Dutch and French); "–" for NaN or an infinity. Digits are not grouped,
// as chart.Number does not group them.
func number(v float64, decimals int, lang string) string {
	return locale.Number(lang, chart.Number(v, decimals, locale.Default))
}

// percent writes a share in [0, 1] as a whole percentage in lang's way
// (the catalogue's "percent": "31%" in English and Dutch, "31 %" with a
// narrow no-break space in French), "<1%" and ">99%" for shares that round
// to none or all but are not (chart.Percent), "–" for NaN.
func percent(share float64, lang string) string {
	s := chart.Percent(share, locale.Default)
	if p, ok := strings.CutSuffix(s, "%"); ok {
		return tr(lang, "percent", locale.Number(lang, p))
	}
	return s
}
