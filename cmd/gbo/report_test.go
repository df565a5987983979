package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"gbo/samples"
)

var remoteRef = regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?\s*(https?:)?//|@import|url\(\s*["']?\s*(https?:)?//`)

// The report of every sample, in both languages, is one valid HTML file
// that loads nothing from anywhere and names the case.
func TestReportOfEverySampleInBothLanguages(t *testing.T) {
	dir := t.TempDir()
	for _, s := range samples.List() {
		for _, lang := range []string{"nl", "en"} {
			out := filepath.Join(dir, s.Name+"-"+lang+".html")
			_, stderr, code := runGBO(t, "report", "sample:"+s.Name, "-o", out, "--lang", lang)
			if code != 0 {
				t.Fatalf("%s %s: exit %d %s", s.Name, lang, code, stderr)
			}
			b, _ := os.ReadFile(out)
			page := string(b)
			if _, err := html.Parse(strings.NewReader(page)); err != nil {
				t.Errorf("%s %s: %v", s.Name, lang, err)
			}
			if m := remoteRef.FindString(page); m != "" {
				t.Errorf("%s %s: remote reference %q", s.Name, lang, m)
			}
			if !strings.Contains(page, "Content-Security-Policy") || !strings.Contains(page, "default-src 'none'") {
				t.Errorf("%s %s: no CSP forbidding remote loads", s.Name, lang)
			}
			heading := map[string]string{"nl": "Verbindende partners", "en": "Bridging partners"}[lang]
			if !strings.Contains(page, heading) || strings.Count(page, `class="node"`) < s.Partners {
				t.Errorf("%s %s: heading %q or map nodes missing", s.Name, lang, heading)
			}
			if strings.Contains(page, "NaN") || strings.Contains(page, "%!") {
				t.Errorf("%s %s: a broken number or format in the page", s.Name, lang)
			}
		}
	}
}

func TestCompareTwoSamplesAndTwoWaves(t *testing.T) {
	out, stderr, code := runGBO(t, "compare", "sample:golf-2024", "sample:golf-2025", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var doc struct {
		Cases []struct {
			Name    string
			Network struct {
				Partners  int
				Ties      int
				MeanDepth float64 `json:"mean_depth"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	// The second wave is deeper: the sample's story (several core ties with
	// external partners deepened).
	if len(doc.Cases) != 2 || doc.Cases[1].Network.MeanDepth <= doc.Cases[0].Network.MeanDepth {
		t.Errorf("waves: %+v", doc.Cases)
	}
	golden(t, "compare-golf.json", out)

	out, stderr, code = runGBO(t, "compare", "sample:grensobject", "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "--format", "json")
	if code != 0 {
		t.Fatal(stderr)
	}
	var pd struct {
		Periods []struct{ Start, End string }
		Changes []struct {
			New, Lost, Deepened, Weakened []struct {
				A, B     string
				From, To int
			}
			Transitions [6][6]int
		}
	}
	if err := json.Unmarshal([]byte(out), &pd); err != nil {
		t.Fatal(err)
	}
	if len(pd.Periods) != 2 || len(pd.Changes) != 1 ||
		pd.Periods[0].Start != "2023-01-01" || pd.Periods[0].End != "2023-12-31" ||
		pd.Periods[1].Start != "2024-01-01" || pd.Periods[1].End != "2024-12-31" {
		t.Fatalf("periods: %+v", pd)
	}
	// The transition matrix and the lists of changes are two views of the
	// same pairs (at --min-depth 1): from rung 0 to 1+ is new, from 1+ to
	// 0 lost, up between rungs 1+ deepened, down between rungs 1+ weakened.
	ch := pd.Changes[0]
	var total, newT, lostT, deeperT, weakerT int
	for i := range ch.Transitions {
		for j, n := range ch.Transitions[i] {
			total += n
			switch {
			case i == 0 && j >= 1:
				newT += n
			case i >= 1 && j == 0:
				lostT += n
			case i >= 1 && j > i:
				deeperT += n
			case j >= 1 && j < i:
				weakerT += n
			}
		}
	}
	if newT != len(ch.New) || lostT != len(ch.Lost) || deeperT != len(ch.Deepened) || weakerT != len(ch.Weakened) {
		t.Errorf("transition matrix says %d new, %d lost, %d deepened, %d weakened; the lists hold %d, %d, %d, %d",
			newT, lostT, deeperT, weakerT, len(ch.New), len(ch.Lost), len(ch.Deepened), len(ch.Weakened))
	}
	// The sample's story has ties made, deepened and lost between the years.
	if total == 0 || len(ch.New) == 0 || len(ch.Deepened) == 0 {
		t.Errorf("grensobject 2023→2024: %d pairs, %d new, %d deepened", total, len(ch.New), len(ch.Deepened))
	}
	for kind, list := range map[string][]struct {
		A, B     string
		From, To int
	}{"new": ch.New, "lost": ch.Lost, "deepened": ch.Deepened, "weakened": ch.Weakened} {
		for _, c := range list {
			ok := map[string]bool{
				"new":      c.From == 0 && c.To >= 1,
				"lost":     c.From >= 1 && c.To == 0,
				"deepened": c.From >= 1 && c.To > c.From,
				"weakened": c.To >= 1 && c.To < c.From,
			}[kind]
			if !ok || c.To > 5 || c.A >= c.B {
				t.Errorf("%s %+v", kind, c)
			}
		}
	}
	_, stderr, code = runGBO(t, "compare", "sample:grensobject", "--periods", "2023-01-01..2023-12-31", "--lang", "en")
	if code != 2 || !strings.Contains(stderr, "--periods needs 2 to 24 periods") {
		t.Errorf("one period: exit %d, %s", code, stderr)
	}
	dir := t.TempDir()
	_, stderr, code = runGBO(t, "compare", "sample:kennismaking", "sample:grensobject", "-o", dir+"/c.html")
	b, _ := os.ReadFile(dir + "/c.html")
	if code != 0 || !strings.Contains(string(b), "GBO Scheldemeersen") || remoteRef.MatchString(string(b)) {
		t.Errorf("compare page: exit %d %s", code, stderr)
	}
}
