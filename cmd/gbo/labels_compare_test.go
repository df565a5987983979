package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbo/render/report"
)

// The compare page, gbo weak and gbo objects of a case with [labels]
// (testdata/labels-response) speak the case's words: none of GBO's rung
// names or "core partner" where the case gave its own, and the case's
// words in their place. Uses ownRungs, gboRungs, hasNone, hasAll and
// svgText of labels_outputs_test.go.

var ownCoreGroup = map[string]string{"en": "responding agencies", "nl": "hulpdiensten"}

// gboWords are GBO's words the case replaces, in lang.
func gboWords(lang string) []string {
	return append(append([]string{}, gboRungs[lang]...), gboCore[lang])
}

// copyCase copies the folder case src into dir/name and returns its path.
func copyCase(t *testing.T, src, dir, name string) string {
	t.Helper()
	dst := filepath.Join(dir, name)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// editFile rewrites path with edit applied to its text.
func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(edit(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// twoWaves makes two waves of labels-response: the first its events up
// to April (as of 2024-04-30), the second all of them.
func twoWaves(t *testing.T) (w1, w2 string) {
	dir := t.TempDir()
	src := filepath.Join("testdata", "labels-response")
	w1, w2 = copyCase(t, src, dir, "wave1"), copyCase(t, src, dir, "wave2")
	editFile(t, filepath.Join(w1, "interactions.csv"), func(s string) string {
		lines := strings.SplitAfter(s, "\n")
		return strings.Join(lines[:6], "") // the header and the events of February to April
	})
	editFile(t, filepath.Join(w1, "case.toml"), func(s string) string {
		return strings.Replace(s, `as_of = "2024-09-30"`, `as_of = "2024-04-30"`, 1)
	})
	return w1, w2
}

// pageText is what a compare page says: its text, its tooltips and the
// text of its charts and maps, tags dropped.
func comparePageText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return svgText(string(b))
}

// gbo compare of two waves (given as --waves, and read as waves by their
// shared partners) and of periods: the page's table (depth shares, core
// pairs, isolated externals), the depth profiles, the rung-transition
// pictures, the lists of changed ties and the maps name the rungs and the
// core group as the case does.
func TestComparePageSpeaksTheCasesWords(t *testing.T) {
	w1, w2 := twoWaves(t)
	dir := t.TempDir()
	for _, lang := range []string{"en", "nl"} {
		for _, run := range []struct {
			name string
			args []string
			core bool // the page has figures naming the core group
		}{
			{"waves", []string{"compare", w1, w2, "--waves"}, true},
			{"shared partners", []string{"compare", w1, w2}, true},
			{"periods", []string{"compare", filepath.Join("testdata", "labels-response"),
				"--periods", "2024-01-01..2024-04-30,2024-05-01..2024-09-30"}, false},
		} {
			out := filepath.Join(dir, lang+"-"+strings.ReplaceAll(run.name, " ", "-")+".html")
			args := append(append([]string{"--lang", lang}, run.args...), "-o", out)
			if _, stderr, code := runGBO(t, args...); code != 0 {
				t.Fatalf("%s %s: exit %d %s", lang, run.name, code, stderr)
			}
			text := comparePageText(t, out)
			what := lang + " compare page (" + run.name + ")"
			hasNone(t, what, text, gboWords(lang)...)
			hasAll(t, what, text, ownRungs[lang]...)
			if run.core {
				hasAll(t, what, text, ownCoreGroup[lang])
			}
		}
	}
}

// A cross-section of a case with [labels] and one with GBO's words: the
// page names each rung and the core group by both cases' names and says
// which case calls them what.
func TestComparePageNamesMixedWordsAndSaysWhich(t *testing.T) {
	out := filepath.Join(t.TempDir(), "mix.html")
	if _, stderr, code := runGBO(t, "compare", filepath.Join("testdata", "labels-response"), "sample:grensobject", "-o", out); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	text := strings.Join(strings.Fields(comparePageText(t, out)), " ")
	hasAll(t, "mixed page", text,
		"Share of ties at handing over / referral (rung 3)",
		"Pairs of responding agencies / core partners at the target rung or deeper",
		"Harbour emergency response: rungs 1–5 are aware, informed, handing over, commanding jointly, merged; the core group are the responding agencies",
		"rungs 1–5 are acquaintance, knowledge sharing, referral, alignment, integration; the core group are the core partners")
}

// Cases without [labels] keep GBO's words on the compare page, and no
// sentence about words.
func TestComparePageOfDefaultCasesKeepsGBOsWords(t *testing.T) {
	out := filepath.Join(t.TempDir(), "p.html")
	if _, stderr, code := runGBO(t, "compare", "sample:grensobject", "sample:kennismaking", "-o", out); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	text := strings.Join(strings.Fields(comparePageText(t, out)), " ")
	hasAll(t, "default page", text, "Share of ties at referral (rung 3)", "Pairs of core partners at the target rung or deeper")
	hasNone(t, "default page", text, "in their own words", " / referral", "referral / ")
}

// gbo weak of a case with [labels]: the reasons (table, md, csv, json
// texts), the missing core pairs and the isolated externals name the
// case's core group and rungs; none of GBO's.
func TestWeakSpeaksTheCasesWords(t *testing.T) {
	c := filepath.Join("testdata", "labels-response")
	for _, lang := range []string{"en", "nl"} {
		for _, format := range []string{"table", "md", "csv", "json"} {
			out, stderr, code := runGBO(t, "--lang", lang, "weak", c, "--format", format)
			if code != 0 {
				t.Fatalf("%s %s: exit %d %s", lang, format, code, stderr)
			}
			what := lang + " weak --format " + format
			hasNone(t, what, out, gboWords(lang)...)
			// police-hq–redcross (rung 2) and fire-north–redcross (rung 1)
			// are shallow core ties: "… not got beyond informed".
			hasAll(t, what, out, ownCoreGroup[lang], ownRungs[lang][1])
		}
		table, _, _ := runGBO(t, "--lang", lang, "weak", c)
		// fire-south–redcross has no tie; radio and school-a only an alert.
		hasAll(t, lang+" weak notes", table,
			map[string]string{"en": "Responding agencies without a tie at rung 2", "nl": "Hulpdiensten zonder band van trede 2"}[lang],
			map[string]string{"en": "rung 2 (informed) or more to any responding agency: radio, school-a",
				"nl": "trede 2 (geïnformeerd) of hoger met een hulpdienst: radio, school-a"}[lang])
	}
}

// gbo weak of a case without [labels] keeps GBO's words.
func TestWeakOfADefaultCaseKeepsGBOsWords(t *testing.T) {
	out, stderr, code := runGBO(t, "--lang", "en", "weak", "sample:intersectoraal")
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	hasAll(t, "default weak", out, "two core partners who have not got beyond knowledge sharing")
}

// objectsCase is labels-response with an object column: "flood plan"
// brings responding agencies and externals together at rung 4, "radio
// alerts" stays at rung 1, "night care" has only external partners.
func objectsCase(t *testing.T) string {
	c := copyCase(t, filepath.Join("testdata", "labels-response"), t.TempDir(), "objects")
	path := filepath.Join(c, "interactions.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	objects := map[int]string{1: "flood plan", 2: "flood plan", 3: "flood plan", 5: "radio alerts", 9: "flood plan", 10: "radio alerts"}
	for i := range rows {
		o := objects[i]
		if i == 0 {
			o = "object"
		}
		rows[i] = append(rows[i][:4:4], append([]string{o}, rows[i][4:]...)...)
	}
	rows = append(rows, []string{"2024-09-01", "hospital", "shelter|school-a", "briefing", "night care", ""})
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return c
}

// gbo objects of a case with [labels]: the reasons core_external, no_core
// and below_rung name the case's core group and rung 3, in every format.
func TestObjectsSpeakTheCasesWords(t *testing.T) {
	c := objectsCase(t)
	want := map[string][]string{
		"en": {"responding agencies and external partners meet on it", "no responding agency takes part", "stays at rung 1, below handing over (3)"},
		"nl": {"hulpdiensten en externe partners vinden elkaar erin", "geen hulpdienst neemt deel", "blijft op trede 1, onder overdragend (3)"},
	}
	for _, lang := range []string{"en", "nl"} {
		for _, format := range []string{"table", "md", "csv", "json"} {
			out, stderr, code := runGBO(t, "--lang", lang, "objects", c, "--format", format)
			if code != 0 {
				t.Fatalf("%s %s: exit %d %s", lang, format, code, stderr)
			}
			what := lang + " objects --format " + format
			out = strings.ReplaceAll(out, `\`, "") // markdown escapes "(3)" as "\(3\)"
			hasNone(t, what, out, gboWords(lang)...)
			hasAll(t, what, out, want[lang]...)
		}
	}
}

// The measure names a text table of a comparison takes from
// report.MeasureNameIn with report.CompareWords: the case's rung and core
// words, both cases' where they differ, GBO's for cases without [labels].
func TestCompareWordsNameTheMeasures(t *testing.T) {
	own := &report.Words{Core: "responding agencies", CoreOne: "responding agency", Rungs: [6]string{"no contact", "aware", "informed", "handing over", "commanding jointly", "merged"}}
	for _, c := range []struct {
		cases      []report.CaseColumn
		code, want string
	}{
		{[]report.CaseColumn{{Words: own}, {Words: own}}, "depth_share_3", "Share of ties at handing over (rung 3)"},
		{[]report.CaseColumn{{Words: own}, {Words: own}}, "core_pairs_at_target", "Pairs of responding agencies at the target rung or deeper"},
		{[]report.CaseColumn{{Words: own}, {}}, "depth_share_2", "Share of ties at informed / knowledge sharing (rung 2)"},
		{[]report.CaseColumn{{}, {}}, "depth_share_3", "Share of ties at referral (rung 3)"},
		{[]report.CaseColumn{{}, {}}, "core_pairs_at_target", "Pairs of core partners at the target rung or deeper"},
	} {
		if got := report.MeasureNameIn(c.code, "en", report.CompareWords(c.cases, "en")); got != c.want {
			t.Errorf("%s: %q, want %q", c.code, got, c.want)
		}
	}
}
