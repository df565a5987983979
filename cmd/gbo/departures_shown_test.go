package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeparturesThatCutPairsAreListedFirst pins the kind "a figure the
// text cites hidden behind show all" in gbo weak and gbo report: a clique
// of 20 partners whose every departure loses 19 deep ties but cuts no pair,
// and one social worker who alone carries the only tie to partner z: her
// departure (1 deep tie lost) cuts 20 pairs, and the report's key figures
// say so. She heads gbo weak's list of departures (15 shown) and the
// report's table (20 shown before "show all").
func TestDeparturesThatCutPairsAreListedFirst(t *testing.T) {
	dir := t.TempDir()
	var partners, ties strings.Builder
	partners.WriteString("id,name,sector\nz,Zed,CAW\n")
	ties.WriteString("from,to,depth\n")
	for i := range 20 {
		fmt.Fprintf(&partners, "p%02d,Partner %02d,CPAS\n", i, i)
		for j := range 20 {
			if i != j {
				fmt.Fprintf(&ties, "p%02d,p%02d,4\n", i, j)
			}
		}
	}
	var ev strings.Builder
	ev.WriteString("date,from,with,kind,people\n")
	for m := 1; m <= 5; m++ {
		fmt.Fprintf(&ev, "2025-0%d-10,p00,z,case_consultation,w1\n", m)
	}
	for name, text := range map[string]string{
		"partners.csv": partners.String(), "ties.csv": ties.String(), "interactions.csv": ev.String(),
		"people.csv": "id,partner\nw1,p00\n", "case.toml": "name = \"cut\"\nas_of = 2025-06-30\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runGBO(t, "weak", dir, "--people", "names")
	if code != 0 {
		t.Fatalf("weak: %d %s", code, stderr)
	}
	_, list, _ := strings.Cut(out, "What a departure would cost")
	lines := strings.Split(list, "\n")
	if len(lines) < 2 || !strings.Contains(lines[1], "w1") || !strings.Contains(lines[1], "20 pairs cut off") {
		t.Errorf("gbo weak: the departure that cuts 20 pairs does not head the list:\n%s", list)
	}

	page := filepath.Join(t.TempDir(), "r.html")
	if _, stderr, code := runGBO(t, "report", dir, "--people", "names", "-o", page); code != 0 {
		t.Fatalf("report: %d %s", code, stderr)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	html := string(b)
	if !strings.Contains(html, "the departure of 1 person would cut") {
		t.Fatal("report: the key figures do not cite the departure that cuts pairs")
	}
	i := strings.Index(html, `<td class="name">w1</td>`)
	if i < 0 {
		t.Fatal("report: w1 not in the departures table")
	}
	if d, e := strings.LastIndex(html[:i], `<details class="more">`), strings.LastIndex(html[:i], `</details>`); d > e {
		t.Error("report: the departure the key figures cite is only shown behind show all")
	}
}
