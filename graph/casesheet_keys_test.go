package graph

import (
	"regexp"
	"strings"
	"testing"
)

// acceptedCaseKey is the grammar of column 1 of the case sheet
// (casesheet.go): a row whose trimmed key does not match it sets nothing.
var acceptedCaseKey = regexp.MustCompile(`^(?:(?i:name|naam|region|regio|as_of|as-of|asof|peildatum|language|taal|coordinator|coördinator|regie)` +
	`|(?i:labels|woorden)\.(?:(?:core|person|rungs)(?:\.(?:en|nl))?|target_rung)` +
	`|(?i:depth|diepte)\.(?:half_life|threshold|combine|replace_kinds|kinds\..+|rungs\..+))$`)

// settingsOf is what the case sheet can set, for comparing a case with
// GBO's defaults.
func settingsOf(c *Case) string {
	if c == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(c.Name + "|" + c.Region + "|" + c.Language + "|" + c.Coordinator + "|")
	if !c.AsOf.IsZero() {
		b.WriteString(c.AsOf.String())
	}
	if !c.Labels.IsDefault() {
		b.WriteString("|labels")
	}
	d := c.Depth
	if d.HalfLife != nil || d.Threshold != nil || d.Combine != "" || d.ReplaceKinds || len(d.Kinds) > 0 || len(d.Rungs) > 0 {
		b.WriteString("|depth")
	}
	return b.String()
}

// Kind: column 1 of the case sheet pasted into TOML. Each hostile key
// (a value after =, a comment, quotes, a key in another case, an empty
// part, a key given twice) changes no setting and is a problem at its
// own cell in column 1 of the sheet, in both languages in words (never
// the TOML parser's), naming the accepted keys.
func TestCaseSheetKeysAreNeverTOML(t *testing.T) {
	for _, tc := range []struct {
		rows [][]any
		code string
		row  int
	}{
		{[][]any{{"depth.half_life = 1 #", 365}}, "case_key_bad", 2},
		{[][]any{{"labels.target_rung = 5 #", 2}}, "case_key_bad", 2},
		{[][]any{{`labels.person = "INJ|INJS" #`, "x"}}, "case_key_bad", 2},
		{[][]any{{"labels.=x", "a"}}, "case_key_bad", 2},
		{[][]any{{`labels."core"`, "a|b"}}, "case_key_bad", 2},
		{[][]any{{"labels.core. nl", "a|b"}}, "case_key_bad", 2},
		{[][]any{{"labels..core", "a|b"}}, "case_key_bad", 2},
		{[][]any{{"labels", "a|b"}}, "case_key_bad", 2},
		{[][]any{{"Labels.Core", "a|b"}}, "case_key_unknown", 2},
		{[][]any{{"labels.target_rung.nl", 2}}, "case_key_unknown", 2},
		{[][]any{{"labels.core.de", "a|b"}}, "case_key_unknown", 2},
		{[][]any{{`name = "X" #`, "y"}}, "case_key_bad", 2},
		{[][]any{{"name.x", "y"}}, "case_key_bad", 2},
		{[][]any{{"depth.threshold.x", 0.5}}, "case_key_bad", 2},
		{[][]any{{`depth."half_life"`, 1}}, "case_key_bad", 2},
		{[][]any{{"depth.kinds.x.rung = 5 #", 1}}, "case_key_bad", 2},
		{[][]any{{"depth.Half_Life", 1}}, "unknown_key", 2},
		{[][]any{{"depth", 1}}, "case_key_bad", 2},
	} {
		_, ps := readBook(t, caseSheetBook(t, append(tc.rows, []any{"depth.kinds.warme overdracht", 3})...))
		c, _ := readBook(t, caseSheetBook(t, []any{"depth.kinds.warme overdracht", 3}))
		want := settingsOf(c)
		got, _ := readBook(t, caseSheetBook(t, append(tc.rows, []any{"depth.kinds.warme overdracht", 3})...))
		if settingsOf(got) != want || got != nil && got.Depth.HalfLife != nil {
			t.Errorf("%v changed a setting: %q, want %q", tc.rows, settingsOf(got), want)
		}
		var found bool
		for _, p := range ps {
			if !strings.HasSuffix(p.Pos.File, ":Instellingen") {
				continue
			}
			if p.Pos.Col != 1 || p.Pos.Line != tc.row {
				t.Errorf("%v: a problem at row %d column %d: %v", tc.rows, p.Pos.Line, p.Pos.Col, p)
			}
			for _, lang := range []string{"en", "nl"} {
				m := Text(p.Code, lang, p.Args...)
				if parserWords.MatchString(m) || strings.Contains(m, "%!") {
					t.Errorf("%v %s: parser's words: %s", tc.rows, lang, m)
				}
				if tc.code != "unknown_key" && !strings.Contains(m, "labels.target_rung") {
					t.Errorf("%v %s: the accepted keys are not named: %s", tc.rows, lang, m)
				}
			}
			if p.Code == tc.code {
				found = true
			}
		}
		if !found {
			t.Errorf("%v: want %s at row %d column 1, got %v", tc.rows, tc.code, tc.row, ps)
		}
	}
}

// Kind: a key given twice, plain, labels or depth, is an error at its
// second row, column 1, and the first row holds; a part and its whole
// (labels.core next to labels.core.nl) conflict at the second row.
func TestCaseSheetKeyTwiceAtTheSecondRow(t *testing.T) {
	for _, tc := range []struct {
		rows [][]any
		code string
	}{
		{[][]any{{"labels.core.nl", "a|b"}, {"labels.core.nl", "c|d"}}, "case_key_twice"},
		{[][]any{{"labels.core", "a|b"}, {"woorden.core", "c|d"}}, "case_key_twice"},
		{[][]any{{"labels.core", "a|b"}, {"labels.core.nl", "c|d"}}, "case_key_conflict"},
		{[][]any{{"name", "Eerste"}, {"Naam", "Tweede"}}, "case_key_twice"},
		{[][]any{{"depth.half_life", 30}, {"diepte.half_life", 1}}, "case_key_twice"},
	} {
		_, ps := readBook(t, caseSheetBook(t, tc.rows...))
		p := only(ps, tc.code)
		if len(p) != 1 || p[0].Pos.Line != 3 || p[0].Pos.Col != 1 || !strings.HasSuffix(p[0].Pos.File, ":Instellingen") || p[0].Severity != Error {
			t.Errorf("%v: want one %s at row 3 column 1, got %v", tc.rows, tc.code, ps)
		}
	}
}

// The keys as the README writes them still set what they name, in any
// case for a section or plain key, with Dutch names; a name holding | is
// given as an array.
func TestCaseSheetKeysAsWritten(t *testing.T) {
	c, ps := readBook(t, caseSheetBook(t,
		[]any{" Naam ", "Haven"},
		[]any{"LANGUAGE", "nl"},
		[]any{"Woorden.core.nl", `["hulp|dienst", "hulpdiensten"]`},
		[]any{"labels.rungs", "geen|bewust|geïnformeerd|overdragend|samen|versmolten"},
		[]any{"labels.target_rung", 2.0},
		[]any{"Diepte.half_life", 90},
		[]any{"depth.kinds.warme overdracht", 3},
	))
	mustNoErrors(t, ps)
	if c.Name != "Haven" || c.Language != "nl" || c.Depth.HalfLife == nil || *c.Depth.HalfLife != 90 {
		t.Errorf("plain or depth keys: %q %q %v", c.Name, c.Language, c.Depth.HalfLife)
	}
	if one, many, _ := c.Labels.CoreName("nl"); one != "hulp|dienst" || many != "hulpdiensten" {
		t.Errorf("core nl = %q, %q", one, many)
	}
	if n, _ := c.Labels.RungName(4, "en"); n != "samen" || c.Labels.TargetRung() != 2 {
		t.Errorf("rung 4 = %q, target %d", n, c.Labels.TargetRung())
	}
}

// Kind: rung names that look alike are one name (NFKC, case folding,
// invisible characters dropped); a [singular, plural] array needs two
// names; an empty name is reported once per key.
func TestLabelNamesThatLookAlike(t *testing.T) {
	for _, tc := range []struct {
		toml string
		code string
		n    int
	}{
		{"[labels]\nrungs = [\"a\", \"a\u200b\", \"c\", \"d\", \"e\", \"f\"]\n", "labels_rung_twice", 1},
		{"[labels]\nrungs = [\"ﬀ\", \"ff\", \"c\", \"d\", \"e\", \"f\"]\n", "labels_rung_twice", 1},
		{"[labels]\nrungs = [\"Straße\", \"STRASSE\", \"c\", \"d\", \"e\", \"f\"]\n", "labels_rung_twice", 1},
		{"[labels]\nrungs.nl = \"a|\u00ad|c|d|e|A\"\n", "labels_rung_twice", 1},
		{"[labels]\ncore = [\"a\"]\n", "labels_bad_name", 1},
		{"[labels]\nperson = [\"a\", \"b\", \"c\"]\n", "labels_bad_name", 1},
		{"[labels]\ncore = \"|\"\n", "labels_empty", 1},
		{"[labels]\nrungs = \"a||c||e|f\"\n", "labels_empty", 1},
	} {
		c, ps := readMap(with(minimal(), "case.toml", tc.toml), fakeOptions)
		if got := only(ps, tc.code); len(got) != tc.n || got[0].Pos.Line != 2 {
			t.Errorf("%q: want %d %s at line 2, got %v", tc.toml, tc.n, tc.code, ps)
		}
		if c != nil && !c.Labels.IsDefault() {
			t.Errorf("%q: labels taken: %+v", tc.toml, c.Labels)
		}
	}
	// Distinct names stay distinct; a plain string is both names.
	c, ps := readMap(with(minimal(), "case.toml", "[labels]\ncore = \"a\"\nrungs = [\"a\", \"ab\", \"c\", \"d\", \"e\", \"f\"]\n"), fakeOptions)
	mustNoErrors(t, ps)
	if one, many, _ := c.Labels.CoreName("en"); one != "a" || many != "a" {
		t.Errorf("core = %q, %q", one, many)
	}
}

// FuzzCaseSheetRow: any (key, value) row of the case sheet. A key outside
// the accepted grammar sets nothing and is a problem at its own cell in
// column 1; no row's problem lands elsewhere than its row; no message
// shows the TOML parser's words.
func FuzzCaseSheetRow(f *testing.F) {
	for _, s := range [][2]string{
		{"depth.half_life = 1 #", "365"}, {"labels.target_rung = 5 #", "2"}, {`labels.person = "INJ|INJS" #`, "x"},
		{"labels.=x", "a"}, {"Labels.Core", "a|b"}, {`labels."core"`, "a|b"}, {"labels.core.nl", `["a", "b"]`},
		{"name", "x"}, {"depth.kinds.\"a.b\"", "2"}, {"depth.kinds.x.aliases", "a|b"}, {"labels.rungs", "a|b|c|d|e|f"},
		{"depth.rungs.1", "contact"}, {"as_of", "45000"}, {"labels.core", "[[[["}, {"labels.target_rung", "[1]"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, key, val string) {
		r := &reader{lim: newLimits(Options{}), counts: map[capKey]int{}, caseKeys: map[string]Pos{}, c: &Case{}}
		var cs caseSheetRows
		r.caseSheetRow(&cs, key, val, Pos{File: "b.xlsx:case", Line: 7, Col: 2}, true)
		r.finishCaseSheet(&cs)
		for _, p := range r.probs {
			if p.Pos.File != "b.xlsx:case" || p.Pos.Line != 7 {
				t.Fatalf("%q=%q: problem away from its row: %v", key, val, p)
			}
			for _, lang := range []string{"en", "nl"} {
				args := make([]string, len(p.Args)) // the row's own text aside
				for i := range args {
					args[i] = "ARG"
				}
				if m := Text(p.Code, lang, args...); regexp.MustCompile(`(?i)toml|\bkey '|unexpected|already been defined|appears blank`).MatchString(m) {
					t.Fatalf("%q=%q: parser's words: %s", key, val, m)
				}
			}
		}
		if acceptedCaseKey.MatchString(strings.TrimSpace(key)) {
			return
		}
		if s := settingsOf(r.c); s != "||||" {
			t.Fatalf("%q=%q: set %q", key, val, s)
		}
		var atKey bool
		for _, p := range r.probs {
			atKey = atKey || p.Pos.Col == 1
		}
		if !atKey && strings.TrimSpace(key) != "" {
			t.Fatalf("%q=%q: no problem at column 1: %v", key, val, r.probs)
		}
	})
}
