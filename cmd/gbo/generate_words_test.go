package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateRefusalsInEveryLanguage: generate's range and limit refusals
// come from the catalogue in the asked language, with the language's
// thousands (the samples package returns codes and numbers only).
func TestGenerateRefusalsInEveryLanguage(t *testing.T) {
	cases := []struct {
		lang string
		args []string
		want []string
	}{
		{"en", []string{"--partners", "1", "--events", "0"}, []string{"generate: partners must be from 2 to 25,000, got 1; events must be from 1 to 5,000,000"}},
		{"nl", []string{"--partners", "1", "--events", "0"}, []string{"partners moet van 2 tot 25.000 zijn, niet 1; events moet van 1 tot 5.000.000 zijn"}},
		{"fr", []string{"--partners", "1", "--events", "0"}, []string{"partners doit aller de 2 à 25\u202f000, et non 1\u00a0; events doit aller de 1 à 5\u202f000\u202f000"}},
		{"fr", []string{"--partners", "30", "--events", "1000", "--objects", "1001"}, []string{"1\u202f001 objets\u00a0: gbo en analyse au plus 1\u202f000 par défaut"}},
	}
	for _, c := range cases {
		args := append([]string{"--lang", c.lang, "generate"}, c.args...)
		args = append(args, filepath.Join(t.TempDir(), "g"))
		_, stderr, code := runGBO(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		for _, w := range c.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%v: stderr %q lacks %q", args, stderr, w)
			}
		}
	}
}
