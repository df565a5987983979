package depth

import (
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gbo/graph/casedata"
)

// docTable is the Markdown table of docs/depth-model.md whose header row
// begins with head: its rows' cells, trimmed, without the header and the
// rule.
func docTable(t *testing.T, head string) [][]string {
	t.Helper()
	b, err := os.ReadFile("../../docs/depth-model.md")
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, head):
			in = true
		case in && strings.HasPrefix(line, "|---"):
		case in && strings.HasPrefix(line, "|"):
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			rows = append(rows, cells)
		case in:
			return rows
		}
	}
	return rows
}

// names splits a cell of names separated by ", ".
func names(cell string) []string {
	if cell == "" {
		return nil
	}
	return strings.Split(cell, ", ")
}

// The tables of docs/depth-model.md are the default model: every kind
// with its rung and its aliases, Dutch then French, each list in the
// order of depthmodel.toml, and every rung with every name it accepts (English,
// Dutch, French), no more and no fewer.
func TestDepthModelDocListsEveryName(t *testing.T) {
	m := DefaultModel()
	kinds := docTable(t, "| kind | Dutch aliases | French aliases | rung |")
	want := m.Kinds()
	if len(kinds) != len(want) {
		t.Fatalf("the doc lists %d kinds, the model has %d", len(kinds), len(want))
	}
	byKind := map[string][]string{}
	for _, row := range kinds {
		if len(row) != 4 {
			t.Fatalf("row %q", row)
		}
		byKind[row[0]] = row
	}
	for _, k := range want {
		row := byKind["`"+k.Kind+"`"]
		if row == nil {
			t.Errorf("the doc lacks kind %s", k.Kind)
			continue
		}
		got := append(names(row[1]), names(row[2])...)
		if row[0] != "`"+k.Kind+"`" || row[3] != strconv.Itoa(k.Rung) || !slices.Equal(got, k.Aliases) {
			t.Errorf("doc row %q, model %s rung %d aliases %q", row, k.Kind, k.Rung, k.Aliases)
		}
		for _, fr := range names(row[2]) {
			if kind, _, ok := m.Kind(fr); !ok || kind != k.Kind {
				t.Errorf("French alias %q of %s is %q in the model", fr, k.Kind, kind)
			}
		}
	}
	rungs := docTable(t, "| rung | English | Dutch | French | names accepted")
	if len(rungs) != MaxRung+1 {
		t.Fatalf("the doc lists %d rungs", len(rungs))
	}
	listed := map[string]bool{}
	for r, row := range rungs {
		if len(row) != 5 || row[0] != strconv.Itoa(r) {
			t.Fatalf("row %q", row)
		}
		for _, n := range append(names(row[4]), row[1:4]...) {
			if got, ok := m.Rung(n); !ok || got != r {
				t.Errorf("rung %d: %q is rung %d (%v) in the model", r, n, got, ok)
			}
			listed[normalise(n)] = true
		}
	}
	for n, r := range m.rungs {
		if !listed[n] {
			t.Errorf("the model's name %q of rung %d is not in the doc", n, r)
		}
	}
}

// A case's own kind may not take a name or alias of a default kind in any
// language, as the doc says: its name (depth_kind_is_alias) nor its
// alias (depth_alias_taken), French names as well as Dutch ones.
func TestOwnKindReusesNoAliasOfAnyLanguage(t *testing.T) {
	for _, tc := range []struct {
		kinds map[string][]string
		code  string
	}{
		{map[string][]string{"concertation de cas": nil}, "depth_kind_is_alias"},
		{map[string][]string{"Réorientation": nil}, "depth_kind_is_alias"},
		{map[string][]string{"casusoverleg": nil}, "depth_kind_is_alias"},
		{map[string][]string{"huisbezoek": {"accueil commun"}}, "depth_alias_taken"},
		{map[string][]string{"visite": {"visite à domicile", "personnel partagé"}}, "depth_alias_taken"},
	} {
		err := newModelWithKinds(tc.kinds)
		if errCode(err) != tc.code {
			t.Errorf("%v: %v (code %q), want %s", tc.kinds, err, errCode(err), tc.code)
		}
	}
	if err := newModelWithKinds(map[string][]string{"visite": {"visite à domicile"}}); err != nil {
		t.Errorf("a name of no language refused: %v", err)
	}
}

// newModelWithKinds lays kinds (name -> aliases, each on rung 2) over the
// default model.
func newModelWithKinds(kinds map[string][]string) error {
	c := casedata.DepthConfig{Kinds: map[string]casedata.KindConfig{}}
	for k, a := range kinds {
		c.Kinds[k] = casedata.KindConfig{Rung: 2, Aliases: a}
	}
	_, err := NewModel(c)
	return err
}

// errCode is the code of a *casedata.DepthError, "" for any other error.
func errCode(err error) string {
	var de *casedata.DepthError
	if errors.As(err, &de) {
		return de.Code
	}
	return ""
}
