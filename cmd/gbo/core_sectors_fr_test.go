package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestFrenchCoreSectors: a Brussels case whose core partners are written
// CPAS, Mutualité, "Service social des mutualités" and "caw" has them as
// core partners (no core column), draws each in its family's fixed colour
// on the map (CPAS as OCMW, the mutualités as DMW, caw as CAW; the other
// sector not), and the report names them as written.
func TestFrenchCoreSectors(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"partners.csv": "id,nom,secteur\ncpas,CPAS Ixelles,CPAS\nmut,Mutualité X,Mutualité\n" +
			"ssm,Service social Y,Service social des mutualités\ncaw,CAW Bruxelles,caw\nlog,Logement Z,logement\n",
		"interactions.csv": "date,de,avec,type\n2025-01-01,cpas,mut,orientation\n2025-02-01,mut,ssm,concertation\n" +
			"2025-03-01,ssm,caw,orientation\n2025-04-01,caw,log,concertation\n2025-05-01,log,cpas,orientation\n",
		"case.toml": "name = \"Ixelles\"\nlanguage = \"fr\"\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	svg := filepath.Join(t.TempDir(), "carte.svg")
	if _, stderr, code := runGBO(t, "map", dir, "-o", svg, "--lang", "fr"); code != 0 {
		t.Fatalf("map: %d %s", code, stderr)
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	fill := map[string]string{}
	for _, m := range regexp.MustCompile(`data-id="([^"]+)" data-marks="fill-(#[0-9A-F]{6})( core)?`).FindAllStringSubmatch(string(data), -1) {
		fill[m[1]] = m[2]
		if (m[3] != "") != (m[1] != "log") {
			t.Errorf("partner %s core mark %q: want core for the four core sectors only", m[1], m[3])
		}
	}
	// The families' fixed colours (render/mapview/style.go coreColours).
	for id, want := range map[string]string{"cpas": "#EE8866", "mut": "#EEDD88", "ssm": "#EEDD88", "caw": "#77AADD"} {
		if fill[id] != want {
			t.Errorf("partner %s is drawn %q, want %s (its family's colour); all: %v", id, fill[id], want, fill)
		}
	}
	if c := fill["log"]; c == "" || c == "#EE8866" || c == "#EEDD88" || c == "#77AADD" {
		t.Errorf("logement drawn %q: a core colour or none", c)
	}
	html := filepath.Join(t.TempDir(), "rapport.html")
	if _, stderr, code := runGBO(t, "report", dir, "-o", html, "--lang", "fr"); code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	page, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	if want := "4 partenaires clés (caw, CPAS, Mutualité, Service social des mutualités)"; !strings.Contains(string(page), want) {
		t.Errorf("the report does not say %q", want)
	}
	if strings.Contains(string(page), "(OCMW") {
		t.Errorf("the report renames CPAS to OCMW")
	}
}
