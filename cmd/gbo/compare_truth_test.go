package main

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// writeTruthCase writes a case folder of files into a new temporary folder.
func writeTruthCase(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "case")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// youthCase is a partnership unlike the samples: youth care in another
// region, its own ids, events on 2023–2024 (every 9 days), and extra rows.
func youthCase(extra ...string) map[string]string {
	ids := []string{"jh-oost", "cgg-noord", "school-12", "sportdienst", "kinderopvang-b", "politie-zone"}
	var p, ev strings.Builder
	p.WriteString("id;name;sector\n")
	for i, id := range ids {
		fmt.Fprintf(&p, "%s;Jeugdpartner %d;sector-%d\n", id, i, i%3)
	}
	ev.WriteString("date;from;with;kind\n")
	d := time.Date(2023, 1, 3, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 70; i++ {
		fmt.Fprintf(&ev, "%s;%s;%s;referral\n", d.Format("02/01/2006"), ids[i%6], ids[(i%6+1+(i/6)%5)%6])
		d = d.AddDate(0, 0, 9)
	}
	for _, row := range extra {
		ev.WriteString(row + "\n")
	}
	return map[string]string{"partners.csv": p.String(), "interactions.csv": ev.String(),
		"case.toml": "name = \"Jeugdnetwerk Oost\"\n"}
}

// surveyCase is a partnership known only from a survey outside the
// welfare field (ratings only, no as_of): it has no as-of date at all.
func surveyCase() map[string]string {
	return map[string]string{
		"case.toml":    "name = \"Sportclubs enquête\"\n",
		"partners.csv": "id,name,sector\nfc-a,FC A,sport\nhc-b,HC B,sport\nzwem-c,Zwemclub C,sport\nturn-d,Turnkring D,sport\n",
		"ties.csv":     "from,to,depth\nfc-a,hc-b,3\nhc-b,fc-a,2\nzwem-c,fc-a,1\nturn-d,zwem-c,4\n",
	}
}

var analysisScript = regexp.MustCompile(`(?s)<script type="application/json" id="gbo-analysis">(.*?)</script>`)

// pageAnalysis is the analysis a compare page embeds.
func pageAnalysis(t *testing.T, page string) compareDoc {
	t.Helper()
	m := analysisScript.FindAllStringSubmatch(page, -1)
	if len(m) != 1 {
		t.Fatalf("want one embedded analysis, found %d", len(m))
	}
	var doc compareDoc
	if err := json.Unmarshal([]byte(m[0][1]), &doc); err != nil {
		t.Fatalf("embedded analysis: %v", err)
	}
	return doc
}

// rowCells returns the cells of the measures table's row labelled label.
func rowCells(page, label string) []string {
	re := regexp.MustCompile(`<tr[^>]*><td>` + regexp.QuoteMeta(label) + `</td>((?:<td class="num">[^<]*</td>)*)`)
	m := re.FindStringSubmatch(page)
	if m == nil {
		return nil
	}
	var out []string
	for _, c := range regexp.MustCompile(`<td class="num">([^<]*)</td>`).FindAllStringSubmatch(m[1], -1) {
		out = append(out, html.UnescapeString(c[1]))
	}
	return out
}

// compareRun runs compare with -o and --format json, and returns the page,
// the printed document and the page's embedded one.
func compareRun(t *testing.T, args ...string) (string, compareDoc, compareDoc, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "cmp.html")
	stdout, stderr, code := runGBO(t, append(append([]string{"compare"}, args...), "-o", out, "--format", "json", "--lang", "en")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var printed compareDoc
	if err := json.Unmarshal([]byte(stdout), &printed); err != nil {
		t.Fatalf("printed JSON: %v", err)
	}
	page := string(b)
	embedded := pageAnalysis(t, page)
	if !reflect.DeepEqual(printed, embedded) {
		t.Errorf("the page embeds another analysis than --format json prints")
	}
	return page, printed, embedded, stderr
}

// checkPageAgainst checks the numbers of the page against its analysis:
// as-of dates, warning counts and lists, partners and ties.
func checkPageAgainst(t *testing.T, page string, doc compareDoc) {
	t.Helper()
	asOf, warns := rowCells(page, "As of"), rowCells(page, "Warnings")
	partners, ties := rowCells(page, "Partners"), rowCells(page, "Ties")
	if len(asOf) != len(doc.Cases) || len(warns) != len(doc.Cases) || len(partners) != len(doc.Cases) || len(ties) != len(doc.Cases) {
		t.Fatalf("rows of %d cases: as of %v, warnings %v, partners %v, ties %v", len(doc.Cases), asOf, warns, partners, ties)
	}
	for i, c := range doc.Cases {
		want := "no as-of date (ratings only)"
		if c.AsOf != nil {
			d, _ := time.Parse(time.DateOnly, *c.AsOf)
			want = fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year())
		}
		if asOf[i] != want {
			t.Errorf("%s: as of %q on the page, %q in the analysis", c.Name, asOf[i], want)
		}
		if !strings.Contains(page, want) || !strings.Contains(footer(page), want) {
			t.Errorf("%s: the footer lacks its own as-of date %q: %s", c.Name, want, footer(page))
		}
		if warns[i] != strconv.Itoa(c.WarningCount) || c.WarningCount != len(c.Warnings) {
			t.Errorf("%s: %s warnings on the page, %d (%d listed) in the analysis", c.Name, warns[i], c.WarningCount, len(c.Warnings))
		}
		if partners[i] != strconv.Itoa(c.Network.Partners) || ties[i] != strconv.Itoa(c.Network.Ties) {
			t.Errorf("%s: partners %s, ties %s on the page; %d, %d in the analysis", c.Name, partners[i], ties[i], c.Network.Partners, c.Network.Ties)
		}
		// Its remarks: listed and counted, never "no remarks".
		notes := caseNotes(page, c.Name)
		if c.WarningCount > 0 {
			if strings.Contains(notes, "No remarks") {
				t.Errorf("%s has %d warnings, yet the page says no remarks", c.Name, c.WarningCount)
			}
			count := fmt.Sprintf("%d warnings", c.WarningCount)
			if c.WarningCount == 1 {
				count = "1 warning"
			}
			if !strings.Contains(notes, count) {
				t.Errorf("%s: remarks not counted (%q): %s", c.Name, count, notes)
			}
			for _, w := range c.Warnings {
				if !strings.Contains(notes, "<li>"+html.EscapeString(w)+"</li>") && !strings.Contains(notes, w) {
					t.Errorf("%s: remark %q not listed", c.Name, w)
				}
			}
		} else if !strings.Contains(notes, "No remarks") {
			t.Errorf("%s: no warnings, yet no 'no remarks': %s", c.Name, notes)
		}
	}
}

func footer(page string) string {
	i, j := strings.Index(page, "<footer>"), strings.Index(page, "</footer>")
	if i < 0 || j < i {
		return ""
	}
	return html.UnescapeString(page[i:j])
}

// caseNotes is the part of the notes section about one case.
func caseNotes(page, name string) string {
	i := strings.Index(page, "<h3>"+html.EscapeString(name)+"</h3>")
	if i < 0 {
		return ""
	}
	rest := page[i:]
	if j := strings.Index(rest, "</div>"); j >= 0 {
		rest = rest[:j]
	}
	return html.UnescapeString(rest)
}

// Two unrelated partnerships (youth care with warnings and a typo'd year;
// a sports survey of ratings only): a cross-section with no trend line,
// two lists of remarks, two as-of dates, every number from the analysis.
func TestCompareUnrelatedIsCrossSection(t *testing.T) {
	youth := youthCase("14/03/2042;jh-oost;cgg-noord;info_exchange")
	youth["partners.csv"] += "ongebruikt;Niet actief;sector-9\n" // unused_partner: a second warning
	a := writeTruthCase(t, youth)
	b := writeTruthCase(t, surveyCase())
	page, doc, _, stderr := compareRun(t, a, b)
	if doc.Relation != "cross_section" || doc.SharedPartners != 0 {
		t.Errorf("relation %q, shared %v; want cross_section, 0", doc.Relation, doc.SharedPartners)
	}
	if strings.Contains(page, `class="trend"`) || strings.Contains(page, "<th>Trend</th>") {
		t.Error("a trend line joins two unrelated partnerships")
	}
	if !strings.Contains(page, "These partnerships share no partners, so they are compared side by side, without a trend.") {
		t.Error("the page does not say why there is no trend")
	}
	if doc.Cases[0].WarningCount != 2 || doc.Cases[1].WarningCount != 0 {
		t.Fatalf("warnings %d and %d, want 2 and 0: %v", doc.Cases[0].WarningCount, doc.Cases[1].WarningCount, doc.Cases[0].Warnings)
	}
	if got := strings.Count(page, `<div class="case-notes">`); got != 2 {
		t.Errorf("%d lists of remarks, want 2", got)
	}
	if doc.Cases[0].AsOf == nil || *doc.Cases[0].AsOf != "2042-03-14" || doc.Cases[1].AsOf != nil {
		t.Errorf("as-of dates %v, %v", doc.Cases[0].AsOf, doc.Cases[1].AsOf)
	}
	if !strings.Contains(strings.Join(doc.Cases[0].Warnings, "\n"), "2042-03-14") || !strings.Contains(stderr, "interactions.csv:72:1") {
		t.Errorf("the typo'd year is not warned about at its cell: %v\n%s", doc.Cases[0].Warnings, stderr)
	}
	checkPageAgainst(t, page, doc)
}

// Two waves of one partnership share their partners: a trend line.
func TestCompareWavesHaveTrend(t *testing.T) {
	page, doc, _, _ := compareRun(t, "sample:golf-2024", "sample:golf-2025")
	if doc.Relation != "waves" || doc.SharedPartners < 0.8 {
		t.Errorf("relation %q, shared %v; want waves", doc.Relation, doc.SharedPartners)
	}
	if strings.Count(page, `class="trend"`) < 10 || !strings.Contains(page, "draws the trend") {
		t.Error("two waves of one partnership draw no trend line")
	}
	checkPageAgainst(t, page, doc)
	// The same partnership with most partners renamed is no longer waves:
	// the threshold is 80% of the smaller case's ids.
	y := youthCase()
	z := youthCase()
	z["partners.csv"] = strings.NewReplacer("school-12", "school-13", "sportdienst", "sportdienst-2").Replace(z["partners.csv"])
	z["interactions.csv"] = strings.NewReplacer("school-12", "school-13", "sportdienst", "sportdienst-2").Replace(z["interactions.csv"])
	_, doc2, _, _ := compareRun(t, writeTruthCase(t, y), writeTruthCase(t, z))
	if doc2.Relation != "cross_section" || doc2.SharedPartners > 0.67 || doc2.SharedPartners < 0.66 {
		t.Errorf("4 of 6 partners shared: relation %q, shared %v", doc2.Relation, doc2.SharedPartners)
	}
}

// validate: a typo'd year is a warning with file, line and column that
// names the as-of date it sets; a case of ratings only says it has no
// as-of date, in both languages; an event after today warns on standard
// error but changes no byte of standard output.
func TestValidateAsOf(t *testing.T) {
	typo := writeTruthCase(t, youthCase("14/03/2042;jh-oost;cgg-noord;info_exchange"))
	stdout, stderr, code := runGBO(t, "validate", typo)
	if code != 0 || !strings.Contains(stderr, "interactions.csv:72:1: warning") || !strings.Contains(stderr, "sets the as-of date 2042-03-14") ||
		!strings.Contains(stdout, "1 warning") {
		t.Errorf("typo'd year: exit %d\n%s\n%s", code, stdout, stderr)
	}
	_, stderrNL, _ := runGBO(t, "validate", typo, "--lang", "nl")
	if !strings.Contains(stderrNL, "peildatum 2042-03-14") {
		t.Errorf("Dutch: %s", stderrNL)
	}
	survey := writeTruthCase(t, surveyCase())
	for lang, want := range map[string]string{"en": "3 ties scored, no as-of date (ratings only):", "nl": "3 banden gescoord, geen peildatum (alleen beoordelingen):"} {
		out, _, code := runGBO(t, "validate", survey, "--lang", lang)
		if code != 0 || !strings.Contains(out, want) || strings.Contains(out, " - ") {
			t.Errorf("%s: ratings only: %q", lang, out)
		}
	}
	// Events into 2099, no gap: after today on any day this test runs.
	var rows []string
	d := time.Date(2098, 12, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 5; i++ {
		rows = append(rows, d.Format(time.DateOnly)+";jh-oost;school-12;referral")
		d = d.AddDate(0, 0, 30)
	}
	future := youthCase(rows...)
	dir1 := writeTruthCase(t, future)
	out1, err1, _ := runGBO(t, "validate", dir1)
	out1 = strings.ReplaceAll(out1, dir1, "CASE")
	if !strings.Contains(err1, "events lie after today") || !strings.Contains(err1, "interactions.csv:76:1") {
		t.Errorf("events after today: %s", err1)
	}
	// The same case with as_of: no warning, and the same summary.
	future["case.toml"] += "as_of = 2099-03-31\n"
	dir2 := writeTruthCase(t, future)
	out2, err2, _ := runGBO(t, "validate", dir2)
	out2 = strings.ReplaceAll(out2, dir2, "CASE")
	if strings.Contains(err2, "after today") || out1 != out2 {
		t.Errorf("the warning about today changed standard output:\n%s\n%s", out1, out2)
	}
	_, rep, _, _ := compareRun(t, writeTruthCase(t, youthCase(rows...)), survey)
	if strings.Contains(strings.Join(rep.Cases[0].Warnings, " "), "today") {
		t.Error("the compare page carries a warning that depends on today")
	}
}

// reportEmbedded is the analysis `gbo report` embeds for one case.
func reportEmbedded(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.html")
	if _, stderr, code := runGBO(t, append(append([]string{"report"}, args...), "-o", out)...); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m := analysisScript.FindStringSubmatch(string(b))
	if m == nil {
		t.Fatal("the report embeds no analysis")
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(m[1]), &a); err != nil {
		t.Fatal(err)
	}
	return a
}

// Each case of a compare page (and of compare --format json) is the object
// the report embeds for it; for waves, the partners who joined and left
// and the weak links that appeared and disappeared are computed from
// those objects, shown in the table and listed by id.
func TestCompareEmbedsReportAnalysisAndWaveChanges(t *testing.T) {
	names := []string{"sample:golf-2024", "sample:golf-2025"}
	page, doc, _, _ := compareRun(t, names...)
	for i, n := range names {
		want := reportEmbedded(t, n, "--lang", "en")
		for _, k := range []string{"case", "network", "partners", "weak", "counts", "missing_core_pairs", "isolated_externals", "fragility", "brokers", "objects"} {
			if _, ok := want[k]; !ok {
				t.Errorf("the report lacks %q", k)
			}
		}
		for k, v := range want {
			if !reflect.DeepEqual(doc.Cases[i].Report[k], v) {
				t.Errorf("%s: %q differs between the compare document and the report", n, k)
			}
		}
	}
	ids := func(c caseFigures) map[string]bool {
		m := map[string]bool{}
		for _, p := range c.Report["partners"].([]any) {
			m[p.(map[string]any)["id"].(string)] = true
		}
		return m
	}
	pairs := func(c caseFigures) map[string]bool {
		m := map[string]bool{}
		for _, w := range c.Report["weak"].([]any) {
			a, b := w.(map[string]any)["a"].(string), w.(map[string]any)["b"].(string)
			if b < a {
				a, b = b, a
			}
			m[a+"|"+b] = true
		}
		return m
	}
	minus := func(a, b map[string]bool) (out []string) {
		for k := range a {
			if !b[k] {
				out = append(out, k)
			}
		}
		slices.Sort(out)
		return out
	}
	if len(doc.Changes) != 1 {
		t.Fatalf("%d changes for two waves", len(doc.Changes))
	}
	ch := doc.Changes[0]
	joined, left := minus(ids(doc.Cases[1]), ids(doc.Cases[0])), minus(ids(doc.Cases[0]), ids(doc.Cases[1]))
	if len(joined) == 0 || len(left) == 0 {
		t.Fatalf("golf: a partner joined and one left, found %v, %v", joined, left)
	}
	appeared, vanished := len(minus(pairs(doc.Cases[1]), pairs(doc.Cases[0]))), len(minus(pairs(doc.Cases[0]), pairs(doc.Cases[1])))
	if !slices.Equal(ch.Joined, joined) || !slices.Equal(ch.Left, left) || ch.WeakAppeared != appeared || ch.WeakVanished != vanished {
		t.Errorf("changes %+v; want joined %v, left %v, weak +%d −%d", ch, joined, left, appeared, vanished)
	}
	for label, n := range map[string]int{"Partners joined": len(joined), "Partners left": len(left), "Weak links appeared": appeared, "Weak links disappeared": vanished} {
		if got := rowCells(page, label); !slices.Equal(got, []string{"–", strconv.Itoa(n)}) {
			t.Errorf("row %q: %v, want – and %d", label, got, n)
		}
	}
	for _, id := range append(joined, left...) {
		if !strings.Contains(page, id) {
			t.Errorf("partner %s who joined or left is not named", id)
		}
	}
	// Unrelated partnerships have no changes.
	_, doc2, _, _ := compareRun(t, "sample:grensobject", "sample:golf-2024")
	if doc2.Changes != nil {
		t.Errorf("a cross-section has wave changes: %+v", doc2.Changes)
	}
}

// Dutch table and md output name the measures in Dutch with decimal
// commas; CSV and JSON keep the keys and decimal points.
func TestCompareDutchTable(t *testing.T) {
	args := []string{"compare", "sample:golf-2024", "sample:golf-2025", "--lang", "nl"}
	for _, f := range []string{"table", "md"} {
		out, stderr, code := runGBO(t, append(args, "--format", f)...)
		if code != 0 {
			t.Fatal(stderr)
		}
		for _, w := range []string{"dichtheid", "gemiddelde diepte", "partners bijgekomen", "zwakke schakels verdwenen"} {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q", f, w)
			}
		}
		for _, w := range []string{"density", "mean_depth", "weak_links"} {
			if strings.Contains(out, w) {
				t.Errorf("%s: English key %q in a Dutch table", f, w)
			}
		}
		if regexp.MustCompile(`\d\.\d`).MatchString(out) {
			t.Errorf("%s: a decimal point in Dutch:\n%s", f, out)
		}
		if !regexp.MustCompile(`\d,\d`).MatchString(out) {
			t.Errorf("%s: no decimal comma in Dutch", f)
		}
	}
	// The notes under a Dutch comparison of periods too.
	out, stderr, code := runGBO(t, "compare", "sample:grensobject", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "--lang", "nl")
	if code != 0 {
		t.Fatal(stderr)
	}
	if strings.Contains(out, "betweenness") || regexp.MustCompile(`\d\.\d`).MatchString(out) || !strings.Contains(out, "tussenpositie") {
		t.Errorf("periods: English names or decimal points in Dutch:\n%s", out)
	}
	out, _, _ = runGBO(t, append(args, "--format", "csv")...)
	if !strings.Contains(out, ",density,0.") || !strings.Contains(out, ",partners_joined,\n") {
		t.Errorf("CSV lost its keys or decimal points:\n%s", out)
	}
}

// The Dutch page never calls the data set "casus" or "case", and writes
// decimal commas; a cross-section is worded for unrelated partnerships.
func TestCompareDutchPage(t *testing.T) {
	for _, args := range [][]string{{"sample:golf-2024", "sample:golf-2025"}, {"sample:grensobject", "sample:kennismaking"}} {
		out := filepath.Join(t.TempDir(), "c.html")
		if _, stderr, code := runGBO(t, append(append([]string{"compare"}, args...), "--lang", "nl", "-o", out)...); code != 0 {
			t.Fatal(stderr)
		}
		b, _ := os.ReadFile(out)
		page := string(b)
		// Words the reader sees: the page without the embedded analysis,
		// style sheet and the maps' node data.
		text := analysisScript.ReplaceAllString(page, "")
		text = regexp.MustCompile(`(?s)<style.*?</style>|<[^>]*>`).ReplaceAllStringFunc(text, func(tag string) string {
			// Keep titles and aria-labels: a screen reader says them.
			var keep []string
			for _, m := range regexp.MustCompile(`(?:aria-label|title)="([^"]*)"`).FindAllStringSubmatch(tag, -1) {
				keep = append(keep, m[1])
			}
			return " " + strings.Join(keep, " ") + " "
		})
		text = regexp.MustCompile(`(?s)<title>.*?</title>`).ReplaceAllString(text, "")
		if m := regexp.MustCompile(`(?i)\b(casus|case|cases)\b`).FindString(text); m != "" {
			t.Errorf("%v: %q on the Dutch page", args, m)
		}
		if !strings.Contains(page, "Diepteprofiel per samenwerkingsverband") {
			t.Errorf("%v: the profile chart is not titled per samenwerkingsverband", args)
		}
		for _, v := range rowCells(page, "Dichtheid") {
			if strings.Contains(v, ".") || !strings.Contains(v, ",") {
				t.Errorf("%v: density %q without a decimal comma", args, v)
			}
		}
	}
	out := filepath.Join(t.TempDir(), "c.html")
	runGBO(t, "compare", "sample:grensobject", "sample:golf-2024", "--lang", "en", "-o", out)
	b, _ := os.ReadFile(out)
	if s := string(b); strings.Contains(s, "consecutive") || !strings.Contains(s, "compared side by side, without a trend") {
		t.Error("a cross-section is not worded for unrelated partnerships")
	}
}
