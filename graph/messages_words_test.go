package graph

import (
	"regexp"
	"strings"
	"testing"
)

// TestDutchMessagesSayGegevens walks every Dutch problem message for the
// words GBO readers misread for the data set ("casus" is a client
// situation, "case" is English) and for "(s)"-style plurals. case.toml and
// the sheet called case are names, not words.
func TestDutchMessagesSayGegevens(t *testing.T) {
	slip := regexp.MustCompile(`(?i)\b(cases?|casus\w*)\b|\((s|en|n)\)|\bnaam/namen\b`)
	names := strings.NewReplacer("case.toml", "", "blad case", "", "blad `case`", "")
	for code, m := range messages {
		if w := slip.FindString(names.Replace(m.nl)); w != "" {
			t.Errorf("%s (nl) says %q: %s", code, w, m.nl)
		}
		if strings.Contains(m.en, "(s)") {
			t.Errorf("%s (en) says (s): %s", code, m.en)
		}
	}
}
