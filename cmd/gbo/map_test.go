package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// renamedCase copies sample:grensobject to a temporary folder and gives two
// partners the names in names (by their sample name).
func renamedCase(t *testing.T, names map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "case")
	if _, stderr, code := runGBO(t, "sample", "grensobject", dir); code != 0 {
		t.Fatal(stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "partners.csv"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for old, name := range names {
		if !strings.Contains(s, ","+old+",") {
			t.Fatalf("the sample has no partner %q", old)
		}
		s = strings.Replace(s, ","+old+",", ","+name+",", 1)
	}
	if err := os.WriteFile(filepath.Join(dir, "partners.csv"), []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestPNGMapNamesThePartnersItCannotDraw: partners named in Arabic script
// and in Chinese come out of the PNG incomplete, so `map -o x.png` says so
// on stderr, naming them and pointing to the SVG, in English and Dutch,
// and still writes the PNG (exit 0). Names in Latin with accents, and the
// SVG, give no warning.
func TestPNGMapNamesThePartnersItCannotDraw(t *testing.T) {
	arabic, chinese := "مركز الرعاية الاجتماعية", "社会福利中心"
	dir := renamedCase(t, map[string]string{"OCMW Oostmolen": arabic, "CAW Scheldemeersen": chinese})
	out := filepath.Join(t.TempDir(), "kaart.png")
	for _, c := range []struct{ lang, word string }{{"en", "warning: kaart.png"}, {"nl", "waarschuwing: kaart.png"}} {
		_, stderr, code := runGBO(t, "map", dir, "-o", out, "--lang", c.lang)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if fi, err := os.Stat(out); err != nil || fi.Size() < 1000 {
			t.Errorf("no PNG written: %v", err)
		}
		for _, want := range []string{c.word, `"` + arabic + `"`, `"` + chinese + `"`, "2 ", "kaart.svg"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("--lang %s: stderr lacks %q:\n%s", c.lang, want, stderr)
			}
		}
		if strings.Contains(stderr, "OCMW Meersbeke") {
			t.Errorf("a Latin name is listed:\n%s", stderr)
		}
	}
	_, stderr, code := runGBO(t, "map", dir, "-o", filepath.Join(t.TempDir(), "kaart.svg"))
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("SVG: exit %d, %s", code, stderr)
	}
	latin := renamedCase(t, map[string]string{"OCMW Oostmolen": "Geïntegreerd Onthaal Coördinatie", "CAW Scheldemeersen": "Œuvre Saint-Étienne"})
	_, stderr, code = runGBO(t, "map", latin, "-o", out)
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("Latin names with accents: exit %d, %s", code, stderr)
	}
}
