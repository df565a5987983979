package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// writeCase writes files into a new folder under dir and returns it.
func writeCase(t *testing.T, dir, name string, files map[string]string) string {
	t.Helper()
	d := filepath.Join(dir, name)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	for f, body := range files {
		if err := os.WriteFile(filepath.Join(d, f), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// reportPage writes the report of cs in lang and returns the page and
// its visible text.
func reportPage(t *testing.T, cs, lang string) (string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.html")
	if _, stderr, code := runGBO(t, "report", cs, "-o", out, "--lang", lang); code != 0 {
		t.Fatalf("%s %s: exit %d %s", cs, lang, code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	vis := regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]+>`).ReplaceAllString(string(b), " ")
	return string(b), strings.Join(strings.Fields(vis), " ")
}

// Kind 1: pairs rated "no contact" (rung 0) are not contact that faded.
// Every pair below rung 1 here has no event and a rating of 0, so the page
// must not say they had contact that faded; a case without ratings whose
// only contact is years old does say so, and passes its guard.
func TestReportRungZeroPairsAreNotFadedContact(t *testing.T) {
	dir := t.TempDir()
	partners := "id,name,sector,core\na,A,OCMW,yes\nb,B,CAW,yes\nc,C,DMW,yes\nd,D,Cultuur,no\n"
	rated := writeCase(t, dir, "rated-zero", map[string]string{"partners.csv": partners,
		"ties.csv":         "from,to,depth\na,b,3\nb,a,3\na,c,0\nc,a,0\nb,d,0\nd,b,0\nc,d,0\n",
		"interactions.csv": "date,from,with,kind\n2024-03-01,a,b,referral\n"})
	faded := writeCase(t, dir, "faded", map[string]string{"partners.csv": partners,
		"interactions.csv": "date,from,with,kind\n2015-03-01,c,d,introduction\n2024-03-01,a,b,referral\n2024-03-02,b,c,referral\n"})
	for _, lang := range []string{"en", "nl"} {
		page, vis := reportPage(t, rated, lang)
		checkReportClaims(t, "rated-zero "+lang, page, reportNeeds())
		if strings.Contains(page, `data-claim="depth_faded`) || regexp.MustCompile(`faded below|onder trede 1 is gezakt|too little or too long ago to reach rung 1; (it|they) do|te lang geleden is om trede 1 te halen; d`).MatchString(vis) {
			t.Errorf("rated-zero %s: pairs rated 'no contact' told as contact that faded", lang)
		}
		if !strings.Contains(page, `data-claim="depth_rated_zero"`) || !strings.Contains(vis, map[string]string{"en": "3 pairs of partners were rated ‘no contact’ (rung 0)", "nl": "3 paren partners werden door minstens één van de twee als ‘geen contact’ (trede 0) beoordeeld"}[lang]) {
			t.Errorf("rated-zero %s: the pairs at rung 0 are not said to be rated no contact", lang)
		}
		page, vis = reportPage(t, faded, lang)
		checkReportClaims(t, "faded "+lang, page, reportNeeds())
		want := map[string]string{"en": "1 more pair of partners has recorded contact that is too little or too long ago", "nl": "Nog 1 paar partners heeft geregistreerd contact dat te weinig of te lang geleden is"}[lang]
		if !strings.Contains(page, `data-claim="depth_faded_one"`) || !strings.Contains(vis, want) {
			t.Errorf("faded %s: the one faded pair is not said as %q", lang, want)
		}
	}
}

// Kind 2: a deep tie rated by one side only, with a shallower event, is
// not "backed by no event": the sentence says what holds of every tie it
// counts (no recorded event reaches that depth).
func TestReportOneSidedDeepSaysWhatHoldsOfEach(t *testing.T) {
	cs := writeCase(t, t.TempDir(), "one-sided", map[string]string{
		"partners.csv":     "id,name,sector,core\na,A,OCMW,yes\nb,B,CAW,yes\nc,C,DMW,yes\n",
		"ties.csv":         "from,to,depth\na,b,4\na,c,4\n",
		"interactions.csv": "date,from,with,kind\n2024-03-01,a,b,introduction\n2024-03-02,b,c,referral\n"})
	for _, lang := range []string{"en", "nl"} {
		page, vis := reportPage(t, cs, lang)
		checkReportClaims(t, "one-sided "+lang, page, reportNeeds())
		if !strings.Contains(page, `data-claim="depth_one_sided_mixed"`) {
			t.Fatalf("%s: no sentence on the two one-sided deep ties", lang)
		}
		if want := map[string]string{"en": "1 of them with no recorded event, 1 with recorded events at a lower rung only", "nl": "1 ervan zonder geregistreerde gebeurtenis, 1 met geregistreerde gebeurtenissen op alleen een lagere trede"}[lang]; !strings.Contains(vis, want) {
			t.Errorf("%s: the two one-sided deep ties are not split as %q", lang, want)
		}
		if regexp.MustCompile(`no events back it up|geen gebeurtenis bevestigt`).MatchString(vis) {
			t.Errorf("%s: says no event backs ties of which one has an event", lang)
		}
		if want := map[string]string{"en": "2 ties at", "nl": "2 banden op"}[lang]; !strings.Contains(vis, want) {
			t.Errorf("%s: the count of one-sided deep ties is not %q", lang, want)
		}
	}
}

// Kind 5: every shortened table has the rest of its rows on the page, in a
// collapsed <details> right below it, so "3 of 12 shown" plus the rest is
// the whole count; no caption sends the reader to the page's data.
func TestReportShortTablesHoldTheRest(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		page, vis := reportPage(t, "sample:golf-2024", lang)
		if strings.Contains(vis, "embedded in this page") || strings.Contains(vis, "gegevens van deze pagina") {
			t.Errorf("%s: a caption points to the page's embedded data", lang)
		}
		caption := regexp.MustCompile(map[string]string{"en": `<caption>(\d+) of (\d+) (?:with a cost )?shown`, "nl": `<caption>(\d+) van (\d+) (?:met gevolgen )?getoond`}[lang])
		short := 0
		for _, m := range caption.FindAllStringSubmatchIndex(page, -1) {
			n, total := rowsAtoi(page[m[2]:m[3]]), rowsAtoi(page[m[4]:m[5]])
			rest := page[m[1]:]
			tbl, after, _ := strings.Cut(rest, "</table>")
			shown := strings.Count(tbl, "<tr><td")
			if shown != n {
				t.Errorf("%s: caption says %d shown, the table has %d rows", lang, n, shown)
			}
			if strings.Contains(page[m[0]:m[1]], "Survey") || strings.Contains(tbl, "col_view") {
				continue
			}
			if !strings.HasPrefix(strings.TrimSpace(after), `<details class="more"><summary>`) {
				if strings.Contains(tbl, `<th rowspan="2">`) { // the survey's pairs: the rest is named in a note
					continue
				}
				t.Errorf("%s: a table of %d of %d has no collapsed rest below it", lang, n, total)
				continue
			}
			short++
			det, _, _ := strings.Cut(after, "</details>")
			label := map[string]string{"en": "Show all ", "nl": "Toon alle "}[lang]
			if !strings.Contains(det, "<summary>"+label+page[m[4]:m[5]]+"</summary>") {
				t.Errorf("%s: the rest of a table of %d is not labelled %q", lang, total, label+page[m[4]:m[5]])
			}
			if got := strings.Count(det, "<tr><td"); n+got != total {
				t.Errorf("%s: %d shown and %d below, not the %d the caption counts", lang, n, got, total)
			}
		}
		if short < 2 {
			t.Errorf("%s: golf-2024 should have several shortened tables, found %d", lang, short)
		}
	}
}

func rowsAtoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
