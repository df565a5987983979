package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Dutch output calls a bridging partner what the report calls it, a
// "verbindende partner": gbo brokers says so when there is none, and no
// source, template or document of the tree says "brugpartner".
func TestBridgingPartnersHaveOneDutchName(t *testing.T) {
	cs := writeCase(t, t.TempDir(), "no-brokers", map[string]string{
		"partners.csv":     "id,name,sector,core\na,A,OCMW,yes\nb,B,CAW,yes\n",
		"interactions.csv": "date,from,with,kind\n2024-03-01,a,b,referral\n"})
	for _, format := range []string{"table"} {
		stdout, stderr, code := runGBO(t, "--lang", "nl", "brokers", cs, "--format", format)
		if code != 0 {
			t.Fatalf("brokers: exit %d %s", code, stderr)
		}
		if out := stdout + stderr; !strings.Contains(out, "Geen verbindende partners") {
			t.Errorf("%s: no 'Geen verbindende partners' in %q", format, out)
		}
	}
	root := filepath.Join("..", "..")
	word := regexp.MustCompile(`(?i)brug-?partner`)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		switch filepath.Ext(p) {
		case ".go", ".tmpl", ".md", ".toml", ".csv", ".golden", ".html":
		default:
			return nil
		}
		if strings.HasSuffix(p, "words_brokers_test.go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if loc := word.FindIndex(b); loc != nil {
			t.Errorf("%s says %q; the report's word is 'verbindende partner'", p, b[loc[0]:loc[1]])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
