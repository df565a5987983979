package graph

import (
	"regexp"
	"strings"
	"testing"

	"gbo/graph/locale"
)

// TestDutchMessagesSayGegevens walks every Dutch problem message of the
// catalogue for the
// words GBO readers misread for the data set ("casus" is a client
// situation, "case" is English) and for "(s)"-style plurals. case.toml and
// the sheet called case are names, not words.
func TestDutchMessagesSayGegevens(t *testing.T) {
	slip := regexp.MustCompile(`(?i)\b(cases?|casus\w*)\b|\((s|en|n)\)|\bnaam/namen\b`)
	names := strings.NewReplacer("case.toml", "", "blad case", "", "blad `case`", "")
	n := 0
	for _, key := range locale.Keys("nl") {
		if !strings.HasPrefix(key, problemsArea) {
			continue
		}
		n++
		nl, _ := locale.Raw("nl", key)
		en, _ := locale.Raw("en", key)
		if w := slip.FindString(names.Replace(nl)); w != "" {
			t.Errorf("%s (nl) says %q: %s", key, w, nl)
		}
		if strings.Contains(en, "(s)") {
			t.Errorf("%s (en) says (s): %s", key, en)
		}
	}
	if n < 100 {
		t.Errorf("only %d Dutch problem messages", n)
	}
}
