package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMapDateAsThePageAroundIt: the map inside the report says the as-of
// date as the report does ("31 décembre 2024"), gbo map's own picture as
// its layout (map_date_layout), so one page never shows two forms.
func TestMapDateAsThePageAroundIt(t *testing.T) {
	page, _, code := runGBO(t, "report", "sample:grensobject", "--lang", "fr", "-o", "-")
	if code != 0 || !strings.Contains(page, "date de référence 31 décembre 2024") || strings.Contains(page, "date de référence 2024-12-31") {
		t.Errorf("report (exit %d): the map's date is not the report's", code)
	}
	out := filepath.Join(t.TempDir(), "m.svg")
	if _, stderr, code := runGBO(t, "map", "sample:grensobject", "--lang", "fr", "-o", out); code != 0 {
		t.Fatalf("map: exit %d: %s", code, stderr)
	}
	svg, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(svg), "date de référence 2024-12-31") {
		t.Errorf("gbo map's picture lost its own date form (%v)", err)
	}
}
