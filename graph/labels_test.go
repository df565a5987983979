package graph

import (
	"path/filepath"
	"strings"
	"testing"
)

const labelsTOML = `name = "Response network"
[labels]
core = {en = "responding agency|responding agencies", nl = "hulpdienst|hulpdiensten"}
person = "staff member|staff members"
target_rung = 2
[labels.rungs]
en = ["none", "aware", "informed", "coordinated", "joint", "merged"]
nl = "geen|bewust|geïnformeerd|gecoördineerd|samen|versmolten"
`

func TestLabelsAreReadFromCaseTOML(t *testing.T) {
	c, ps := readMap(with(minimal(), "case.toml", labelsTOML), fakeOptions)
	if len(ps.Errors()) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	l := c.Labels
	if one, many, ok := l.CoreName("nl"); !ok || one != "hulpdienst" || many != "hulpdiensten" {
		t.Errorf("core nl = %q %q %v", one, many, ok)
	}
	if one, many, ok := l.PersonName("nl"); !ok || one != "staff member" || many != "staff members" {
		t.Errorf("person for every language = %q %q %v", one, many, ok)
	}
	if n, _ := l.RungName(3, "en"); n != "coordinated" {
		t.Errorf("rung 3 en = %q", n)
	}
	if n, _ := l.RungName(2, "nl"); n != "geïnformeerd" {
		t.Errorf("rung 2 nl = %q", n)
	}
	if l.TargetRung() != 2 {
		t.Errorf("target = %d", l.TargetRung())
	}
}

func TestLabelsDefaultToGBO(t *testing.T) {
	c, _ := readMap(minimal(), fakeOptions)
	if !c.Labels.IsDefault() || c.Labels.TargetRung() != DefaultTargetRung {
		t.Fatalf("labels of a case without [labels]: %+v", c.Labels)
	}
	if _, _, ok := c.Labels.CoreName("en"); ok {
		t.Error("a case without [labels] has a core name of its own")
	}
}

// A language the case does not name takes the case's English words, not
// GBO's: a Dutch report of an English-labelled case keeps its vocabulary.
func TestLabelsFallBackToTheCasesOtherLanguage(t *testing.T) {
	c, _ := readMap(with(minimal(), "case.toml", "[labels]\ncore = {en = \"agencies\"}\n"), fakeOptions)
	if _, many, ok := c.Labels.CoreName("nl"); !ok || many != "agencies" {
		t.Errorf("core nl falls back to %q %v", many, ok)
	}
}

// Every bad [labels] value is an error (or, for an unknown key, a warning
// with a suggestion) at case.toml's line and column.
func TestBadLabelsNameFileLineAndColumn(t *testing.T) {
	cases := []struct {
		name, toml, code string
		line, col        int
		suggest          string
	}{
		{"five rungs", "[labels]\nrungs = [\"a\", \"b\", \"c\", \"d\", \"e\"]\n", "labels_rung_count", 2, 9, ""},
		{"seven rungs in Dutch", "[labels.rungs]\nnl = \"a|b|c|d|e|f|g\"\n", "labels_rung_count", 2, 6, ""},
		{"a rung named twice", "[labels]\nrungs = \"a|b|c|d|b|f\"\n", "labels_rung_twice", 2, 9, ""},
		{"an empty rung name", "[labels]\nrungs = \"a|b||d|e|f\"\n", "labels_empty", 2, 9, ""},
		{"a number as rung name", "[labels]\nrungs = [\"a\", 1, \"c\", \"d\", \"e\", \"f\"]\n", "labels_not_text", 2, 9, ""},
		{"target above 5", "name = \"x\"\n[labels]\ntarget_rung = 6\n", "labels_target", 3, 15, ""},
		{"target below 0", "[labels]\ntarget_rung = -1\n", "labels_target", 2, 15, ""},
		{"target as text", "[labels]\ntarget_rung = \"three\"\n", "labels_target", 2, 15, ""},
		{"three forms of a name", "[labels]\nperson = [\"a\", \"b\", \"c\"]\n", "labels_bad_name", 2, 10, ""},
		{"labels not a table", "labels = \"core\"\n", "labels_not_table", 1, 10, ""},
		{"unknown key", "[labels]\ntarget = 2\n", "unknown_key", 2, 10, "target_rung"},
		{"misspelt key", "[labels]\npersn = \"x\"\n", "unknown_key", 2, 9, "person"},
		{"unknown language", "[labels]\ncore = {en = \"x\", nk = \"y\"}\n", "unknown_key", 2, 8, "nl"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := readMap(with(minimal(), "case.toml", tc.toml), fakeOptions)
			got := only(ps, tc.code)
			if len(got) != 1 {
				t.Fatalf("want one %s, got %v (all: %v)", tc.code, got, ps)
			}
			p := got[0]
			if baseFile(p.Pos) != "case.toml" || p.Pos.Line != tc.line || p.Pos.Col != tc.col {
				t.Errorf("at %s:%d:%d, want case.toml:%d:%d", baseFile(p.Pos), p.Pos.Line, p.Pos.Col, tc.line, tc.col)
			}
			if tc.code == "unknown_key" && p.Severity != Warning || tc.code != "unknown_key" && p.Severity != Error {
				t.Errorf("severity %v", p.Severity)
			}
			if p.Suggest != tc.suggest {
				t.Errorf("suggest %q, want %q", p.Suggest, tc.suggest)
			}
			for _, lang := range []string{"en", "nl"} {
				if s := p.Message(lang); strings.Contains(s, "labels_") {
					t.Errorf("%s message has no text: %s", lang, s)
				}
			}
		})
	}
}

// The workbook's case sheet carries [labels] as labels.* keys, one row
// each; its problems name the sheet's row and value column.
func TestLabelsFromTheCaseSheet(t *testing.T) {
	book := func(rows ...[]any) string {
		return writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
			{"partners", [][]any{{"id", "sector"}, {"A", "Fire"}, {"B", "Police"}}},
			{"interactions", [][]any{{"date", "from", "with", "kind"}, {"2024-01-10", "A", "B", "referral"}}},
			{"case", append([][]any{{"key", "value"}}, rows...)},
		})
	}
	c, ps := readBook(t, book(
		[]any{"labels.core", "responding agency|responding agencies"},
		[]any{"labels.person.nl", "medewerker|medewerkers"},
		[]any{"labels.rungs.en", "none|aware|informed|coordinated|joint|merged"},
		[]any{"labels.target_rung", 2.0},
	))
	if len(ps.Errors()) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if _, many, _ := c.Labels.CoreName("nl"); many != "responding agencies" {
		t.Errorf("core = %q", many)
	}
	if one, _, _ := c.Labels.PersonName("nl"); one != "medewerker" {
		t.Errorf("person nl = %q", one)
	}
	if n, _ := c.Labels.RungName(5, "en"); n != "merged" || c.Labels.TargetRung() != 2 {
		t.Errorf("rung 5 = %q, target %d", n, c.Labels.TargetRung())
	}

	_, ps = readBook(t, book([]any{"name", "x"}, []any{"labels.rungs", "a|b|c"}, []any{"labels.target_rung", 9.0}))
	for _, code := range []string{"labels_rung_count", "labels_target"} {
		got := only(ps, code)
		if len(got) != 1 || !strings.HasSuffix(got[0].Pos.File, ":case") || got[0].Pos.Col != 2 {
			t.Errorf("%s: %v", code, got)
		}
	}
	if p := only(ps, "labels_rung_count"); len(p) == 1 && p[0].Pos.Line != 3 {
		t.Errorf("rung count at row %d, want 3", p[0].Pos.Line)
	}
	if p := only(ps, "labels_target"); len(p) == 1 && p[0].Pos.Line != 4 {
		t.Errorf("target at row %d, want 4", p[0].Pos.Line)
	}
}
