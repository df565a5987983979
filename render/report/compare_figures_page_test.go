package report

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"testing"
)

// figureCells are the value cells of the row labelled label, as written.
func figureCells(t *testing.T, page, label string) []string {
	t.Helper()
	re := regexp.MustCompile(`<tr(?: title="[^"]*")?><td>` + regexp.QuoteMeta(escapeText(label)) + `</td>(.*?)</tr>`)
	m := re.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no row %q", label)
	}
	return regexp.MustCompile(`<td class="num[^"]*"[^>]*>.*?</td>`).FindAllString(m[1], -1)
}

// TestCompareFigureCells: counts are whole, shares are percentages in
// the report's style, and a NaN with a reason is "—" with a footnote
// whose number is the same for the same reason in any row, the reason in
// the cell's title and in the footnote; a value that applies ignores a
// reason given with it. In English and Dutch.
func TestCompareFigureCells(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		c := Compare{Lang: lang, Shared: 0.1, Analysis: []byte("{}"),
			Cases: []CaseColumn{{Name: "A", AsOf: "2024-12-31"}, {Name: "B", AsOf: "2024-12-31"}, {Name: "C", AsOf: "2024-12-31"}},
			Measures: []MeasureRow{
				{Code: "largest_component", Values: []float64{24, 3, 1}},
				{Code: "largest_component_share", Values: []float64{0.2412, 1, 0.001}},
				{Code: "depth_share_3", Values: []float64{0.5, math.NaN(), 0.999}, Why: []string{"", "no tie", ""}},
				{Code: "core_pairs_at_target", Values: []float64{math.NaN(), 0.126, math.NaN()}, Why: []string{"no core partner", "ignored", "no tie"}},
				{Code: "isolated_externals_count", Values: []float64{12, 0, math.NaN()}, Why: []string{"", "", "no core partner"}},
				{Code: "mean_rating_gap", Values: []float64{0.369, math.NaN(), 2}},
			}}
		var b bytes.Buffer
		if err := WriteCompare(&b, c); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		checkBalanced(t, page)
		na := func(n, why string) string {
			return `<td class="num na" title="` + why + `">—<sup><a href="#cmp-fn-` + n + `">` + n + `</a></sup></td>`
		}
		num := func(s string) string { return `<td class="num">` + s + `</td>` }
		dec := map[string]string{"en": "0.37", "nl": "0,37"}[lang]
		dec2 := map[string]string{"en": "2.00", "nl": "2,00"}[lang]
		for code, want := range map[string][]string{
			"largest_component":        {num("24"), num("3"), num("1")},
			"largest_component_share":  {num("24%"), num("100%"), num("&lt;1%")},
			"depth_share_3":            {num("50%"), na("1", "no tie"), num("&gt;99%")},
			"core_pairs_at_target":     {na("2", "no core partner"), num("13%"), na("1", "no tie")},
			"isolated_externals_count": {num("12"), num("0"), na("2", "no core partner")},
			"mean_rating_gap":          {num(dec), num("–"), num(dec2)},
		} {
			got := figureCells(t, page, tr(lang, "m_"+code))
			if strings.Join(got, "") != strings.Join(want, "") {
				t.Errorf("%s: %s:\n got %q\nwant %q", lang, code, got, want)
			}
		}
		for n, why := range map[string]string{"1": "no tie", "2": "no core partner"} {
			if !strings.Contains(page, `<li id="cmp-fn-`+n+`" value="`+n+`">`+why+`</li>`) {
				t.Errorf("%s: no footnote %s %q", lang, n, why)
			}
		}
		if strings.Contains(page, "ignored") || strings.Contains(page, `id="cmp-fn-3"`) {
			t.Errorf("%s: a reason given with a value that applies is shown", lang)
		}
		for _, code := range []string{"largest_component", "core_pairs_at_target", "mean_rating_gap"} {
			def := escapeText(tr(lang, "mdef_"+code))
			if !strings.Contains(page, `<tr title="`+def+`"><td>`) || !strings.Contains(page, `<dd>`+def+`</dd>`) {
				t.Errorf("%s: %s has no definition on the page", lang, code)
			}
		}
	}
}

// TestCompareWavesSentence: the sentence on how the cases are read says
// "at least 80%" only when the cases were read as waves because they
// share that many partners; given as waves (--waves) it says so with the
// share, whatever the share; read as waves without the flag and sharing
// less (a caller's mistake), it claims no minimum. Periods keep their
// own sentence. In English and Dutch.
func TestCompareWavesSentence(t *testing.T) {
	atLeast := map[string]string{"en": "at least", "nl": "minstens"}
	for _, lang := range []string{"en", "nl"} {
		for _, tc := range []struct {
			given, periods  bool
			shared          float64
			flag, minimum   bool
			share, notShare string
		}{
			{given: true, shared: 0.4, flag: true, share: "40%"},
			{given: true, shared: 0.9, flag: true, share: "90%"},
			{given: false, shared: 0.9, minimum: true, share: "90%"},
			{given: false, shared: 0.4, share: "40%"},
			{given: true, shared: math.NaN(), flag: true, notShare: "%"},
			{given: true, periods: true, shared: math.NaN(), notShare: "%"},
		} {
			c := Compare{Lang: lang, Trend: true, Waves: !tc.periods, WavesGiven: tc.given, Shared: tc.shared, Analysis: []byte("{}"),
				Cases: []CaseColumn{{Name: "2023", AsOf: "2023-12-31"}, {Name: "2024", AsOf: "2024-12-31"}}}
			if tc.periods {
				c.Periods = &Periods{Before: "2023", After: "2024"}
			}
			var b bytes.Buffer
			if err := WriteCompare(&b, c); err != nil {
				t.Fatal(err)
			}
			m := regexp.MustCompile(`<p class="intro" id="cmp-relation">(.*?)</p>`).FindStringSubmatch(b.String())
			if m == nil {
				t.Errorf("%s %+v: no sentence on how the cases are read", lang, tc)
				continue
			}
			s := m[1]
			if strings.Contains(s, "(--waves)") != tc.flag || strings.Contains(s, atLeast[lang]) != tc.minimum ||
				(tc.share != "" && !strings.Contains(s, tc.share)) || (tc.notShare != "" && strings.Contains(s, tc.notShare)) {
				t.Errorf("%s %+v: %q", lang, tc, s)
			}
		}
	}
}
