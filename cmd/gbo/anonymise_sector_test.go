package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// anonymise --partners sector: the same key gives the same copy byte for
// byte, another key numbers the partners otherwise; the copy keeps no case
// name, region or municipality; standard error says what was dropped and
// what could still point to a partner (sector sizes, single-partner
// sectors).
func TestSectorCopyHidesThePartnership(t *testing.T) {
	dir := t.TempDir()
	k1 := keyFile(t, t.TempDir(), "fd3c24ea5973b5995c542043e24cb460c5ce59b805109bd2816617eb8662c64d")
	k2 := keyFile(t, t.TempDir(), otherKeyHex)
	files := []string{"partners.csv", "interactions.csv", "ties.csv", "people.csv", "targets.csv", "case.toml"}
	copyOf := func(name, key string) (map[string]string, string) {
		out := filepath.Join(dir, name)
		_, stderr, code := runGBO(t, "anonymise", "sample:golf-2024", "--lang", "en", "-o", out, "--partners", "sector", "--pseudonym-key", key)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		m := map[string]string{}
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(out, f))
			if err != nil {
				t.Fatal(err)
			}
			m[f] = string(b)
		}
		return m, stderr
	}
	a, stderr := copyOf("a", k1)
	b, _ := copyOf("b", k1)
	c, _ := copyOf("c", k2)
	for _, f := range files {
		if a[f] != b[f] {
			t.Errorf("%s differs between two copies under one key", f)
		}
	}
	if a["ties.csv"] == c["ties.csv"] && a["interactions.csv"] == c["interactions.csv"] {
		t.Errorf("two keys numbered the partners alike")
	}
	all := strings.Join([]string{a["partners.csv"], a["interactions.csv"], a["ties.csv"], a["people.csv"], a["targets.csv"], a["case.toml"]}, "\n")
	// golf-2024 is "GBO Vlietland 2024", region Vlietland, partners in
	// Vlietbeek, Hoogmolen and Brugveld.
	for _, word := range []string{"Vlietland", "vlietland", "Vlietbeek", "vlietbeek", "Hoogmolen", "Brugveld", "region"} {
		if strings.Contains(all, word) {
			t.Errorf("the copy still holds %q", word)
		}
	}
	if !strings.Contains(a["case.toml"], `name = "geanonimiseerd samenwerkingsverband"`) || !strings.Contains(a["case.toml"], `language = "nl"`) {
		t.Errorf("case.toml:\n%s", a["case.toml"])
	}
	for _, line := range strings.Split(strings.TrimSpace(a["partners.csv"]), "\n")[1:] {
		if !strings.HasSuffix(line, ",") {
			t.Errorf("partner row %q keeps a municipality", line)
		}
	}
	for _, want := range []string{"the case's name and region", "only your pseudonym key", "OCMW 3", "DMW 4", "a single partner", "CAW"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("standard error lacks %q:\n%s", want, stderr)
		}
	}
}
