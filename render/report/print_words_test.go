package report

import (
	"regexp"
	"strings"
	"testing"
)

// claimKeys are the data-claim keys of a page, in order.
func claimKeys(page string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`data-claim="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		out = append(out, m[1])
	}
	return out
}

func hasKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// The brokers card's sentence on people who hold pairs together opens
// with a connective that follows the card's first sentence: "Yet" only
// after one that says no partner is the only link, "Moreover" after one
// that names cut points; in every language.
func TestPeopleCutConnectiveFollowsTheCard(t *testing.T) {
	for _, lang := range []string{"en", "nl", "fr"} {
		for _, cuts := range []int{0, 1, 2} {
			r := sampleReport(lang)
			for i := range r.Partners {
				r.Partners[i].Articulation = i < cuts
			}
			r.Fragility = append(r.Fragility, FragilityRow{ID: "P-09", Kind: "person", PairsDisconnected: 3})
			page := render(t, r)
			if !hasKey(claimKeys(page), "kf_people_cut") {
				t.Errorf("%s, %d cut points: no people sentence", lang, cuts)
			}
			text := pageText(page)
			yet := map[string]string{"en": "Yet ", "nl": "Toch ", "fr": "Pourtant"}[lang]
			more := map[string]string{"en": "Moreover, ", "nl": "Bovendien ", "fr": "De plus, "}[lang]
			if strings.Contains(text, yet) != (cuts == 0) || strings.Contains(text, more) != (cuts > 0) {
				t.Errorf("%s, %d cut points: %q said %v, %q said %v", lang, cuts, yet, strings.Contains(text, yet), more, strings.Contains(text, more))
			}
		}
	}
}

// The centralisation card says what its value says: "clearly"/"duidelijk"/
// "nettement", or "far more", only from the band that states it
// (centralMid, centralHigh); degrees 3, 3, 3, 2, 1 (0.25) are "some
// partners have more ties".
func TestCentralisationSentenceFollowsItsValue(t *testing.T) {
	strong := regexp.MustCompile(`(?i)clearly|duidelijk|nettement|far more|veel meer|beaucoup plus`)
	for _, lang := range []string{"en", "nl", "fr"} {
		for _, tc := range []struct {
			c      float64
			key    string
			strong bool
		}{{0.1, "kf_central_low", false}, {0.25, "kf_central_mid", false}, {0.49, "kf_central_mid", false}, {0.5, "kf_central_high", true}, {0.9, "kf_central_high", true}} {
			r := sampleReport(lang)
			r.Figures.Centralization = tc.c
			page := render(t, r)
			if !hasKey(claimKeys(page), tc.key) {
				t.Errorf("%s %.2f: no %s", lang, tc.c, tc.key)
			}
			s := tr(lang, tc.key)
			if strong.MatchString(s) != tc.strong {
				t.Errorf("%s %.2f: %q; strong words only at %.2f or more", lang, tc.c, s, centralHigh)
			}
		}
	}
}

// The header's labels end with the language's colon, from the catalogue
// (a no-break space before it in French), not one added by the style.
func TestHeaderLabelsTakeTheLanguagesColon(t *testing.T) {
	if strings.Contains(styleCSS, `content: ":"`) {
		t.Error("the style adds a colon of its own")
	}
	for lang, want := range map[string]string{"en": "Region:", "nl": "Regio:", "fr": "Région\u00a0:"} {
		page := render(t, sampleReport(lang))
		if !strings.Contains(page, "<dt>"+want+"</dt>") {
			t.Errorf("%s: no <dt>%s</dt>", lang, want)
		}
		if lang == "fr" && regexp.MustCompile(`<dt>[^<]*[^\x{a0}]:</dt>`).MatchString(page) {
			t.Errorf("fr: a header label without the no-break space before its colon")
		}
	}
}

// The kinds table names each name once: names that differ only by
// accents, case or hyphens (as input matches them) show once, accented.
func TestKindsListEachNameOnce(t *testing.T) {
	r := sampleReport("fr")
	r.Method.Kinds = append(r.Method.Kinds,
		KindRow{"adapted_offer", 5, []string{"aangepast aanbod", "offre adaptee", "offre adaptée", "Offre-Adaptée"}},
		KindRow{"Réunion de réseau", 1, []string{"reunion de reseau", "netwerkmoment"}})
	text := pageText(render(t, r))
	for _, bad := range []string{"offre adaptee", "Offre-Adaptée", "reunion de reseau"} {
		if strings.Contains(text, bad) {
			t.Errorf("the kinds table lists %q beside its accented twin", bad)
		}
	}
	if !strings.Contains(text, "offre adaptée") {
		t.Error("the accented name is gone too")
	}
	if got, want := distinctNames("x", "a, é, e, b, É"), "a, é, b"; got != want {
		t.Errorf("distinctNames = %q, want %q", got, want)
	}
}

// DateText is the report's date in each language, for the map it embeds.
func TestDateTextIsTheReportsDate(t *testing.T) {
	for lang, want := range map[string]string{"en": "31 December 2024", "nl": "31 december 2024", "fr": "31 décembre 2024", "fr-BE": "31 décembre 2024"} {
		if got := DateText(lang, "2024-12-31"); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := DateText("fr", "2024-06-01"); got != "1er juin 2024" {
		t.Errorf("fr first of month: %q", got)
	}
}
