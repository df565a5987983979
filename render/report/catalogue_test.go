package report

import (
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

func TestEveryMessageExistsInBothLanguagesWithTheSameVerbs(t *testing.T) {
	for key, m := range catalogue {
		if m.en == "" || m.nl == "" {
			t.Errorf("%s: missing a language (en %q, nl %q)", key, m.en, m.nl)
			continue
		}
		if en, nl := verb.FindAllString(m.en, -1), verb.FindAllString(m.nl, -1); !slices.Equal(en, nl) {
			t.Errorf("%s: verbs differ: en %v, nl %v", key, en, nl)
		}
	}
}

func TestMissingMessageIsVisible(t *testing.T) {
	if got := tr("nl", "no_such_key"); got != "[[no_such_key]]" {
		t.Errorf("got %q", got)
	}
}
