package main

import (
	"bytes"
	"encoding/csv"
	"io/fs"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/metrics/depth"
	"gbo/samples"
)

// TestExplainNamesTheSheetAndTheKindsInTheRunsLanguage: ties --explain on
// a workbook case names each rating's row as the case has it (the ratings
// sheet, banden:N, and that row of that sheet holds that rating), never
// ties.csv; a tie of ratings only says its depth comes from that sheet;
// the events' kinds are shown in the run's language (casusoverleg in
// Dutch, case_consultation in English), whatever the workbook typed.
func TestExplainNamesTheSheetAndTheKindsInTheRunsLanguage(t *testing.T) {
	tmp := t.TempDir()
	book := filepath.Join(tmp, "vlietland.xlsx")
	if code, _, errs := runGbo("template", "--from", "sample:golf-2024", "--lang", "nl", "-o", book); code != 0 {
		t.Fatalf("template: %s", errs)
	}
	// A rating of a pair without events, added at the end of banden.
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("banden")
	if err != nil {
		t.Fatal(err)
	}
	ratedOnly := pairWithoutTie(t, book)
	if err := f.SetSheetRow("banden", "A"+strconv.Itoa(len(rows)+1), &[]any{ratedOnly[0], ratedOnly[1], 3, 2, 4}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if tiesOf := tiesJSON(t, book, "--explain", ratedOnly[0]+","+ratedOnly[1]); tiesOf["events"] == nil || len(tiesOf["events"].([]any)) != 0 {
		t.Fatalf("%v is not a tie of ratings only: %v", ratedOnly, tiesOf["events"])
	}
	f, err = excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheetRow := func(n int) []string {
		r, err := f.GetRows("banden")
		if err != nil || n < 1 || n > len(r) {
			t.Fatalf("banden has no row %d", n)
		}
		return r[n-1]
	}

	// A pair with a case consultation among its events, from the sample.
	fsys, _ := samples.FS("golf-2024")
	b, err := fs.ReadFile(fsys, "interactions.csv")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var pair string
	for _, r := range recs[1:] {
		if r[3] == "case_consultation" && !strings.Contains(r[2], "|") {
			pair = r[1] + "," + r[2]
			break
		}
	}
	if pair == "" {
		t.Fatal("no case consultation in golf-2024")
	}
	dutch := map[string]string{}
	for _, k := range depth.DefaultModel().Kinds() {
		if len(k.Aliases) > 0 {
			dutch[k.Kind] = k.Aliases[0]
		}
	}
	if dutch["case_consultation"] != "casusoverleg" {
		t.Fatalf("the model's Dutch name of case_consultation is %q", dutch["case_consultation"])
	}
	rating := regexp.MustCompile(`(?m)^  (\S+) (?:rates|beoordeelt) (\S+): .*\((\S+):(\d+)\), (?:weight|gewicht) \S+$`)
	for _, lang := range []string{"nl", "en"} {
		for _, p := range []string{pair, "ocmw-vlietbeek,ocmw-brugveld", ratedOnly[0] + "," + ratedOnly[1]} {
			code, out, errs := runGbo("ties", book, "--explain", p, "--lang", lang)
			if code != 0 {
				t.Fatalf("%s %s: %s", lang, p, errs)
			}
			if strings.Contains(out, "ties.csv") {
				t.Errorf("%s %s: a workbook case's explanation says ties.csv:\n%s", lang, p, out)
			}
			for _, m := range rating.FindAllStringSubmatch(out, -1) {
				n, _ := strconv.Atoi(m[4])
				if m[3] != "banden" {
					t.Errorf("%s %s: a rating is placed in %q, not the sheet banden", lang, p, m[3])
					continue
				}
				if row := sheetRow(n); len(row) < 2 || row[0] != m[1] || row[1] != m[2] {
					t.Errorf("%s %s: banden:%d is %v, not %s about %s", lang, p, n, row, m[1], m[2])
				}
			}
			if p == ratedOnly[0]+","+ratedOnly[1] {
				if !strings.Contains(out, "(banden)") || len(rating.FindAllString(out, -1)) != 1 {
					t.Errorf("%s: a tie of ratings only does not say banden:\n%s", lang, out)
				}
				continue
			}
			// The kinds column of the events table.
			kinds := map[string]bool{}
			lines := strings.Split(out, "\n")
			start := -1
			for i, l := range lines {
				if strings.HasPrefix(l, "datum ") || strings.HasPrefix(l, "date ") {
					start = i
				}
			}
			if start < 0 {
				t.Fatalf("%s %s: no events table:\n%s", lang, p, out)
			}
			// The column lies between the headers kind/soort and rung/trede
			// (a Dutch name may hold a space: warme overdracht).
			head := []rune(lines[start])
			col := func(words ...string) int {
				for _, w := range words {
					if i := strings.Index(string(head), " "+w+" "); i >= 0 {
						return len([]rune(string(head)[:i+1]))
					}
				}
				t.Fatalf("no column %v in %q", words, string(head))
				return 0
			}
			from, to := col("soort", "kind"), col("trede", "rung")
			for _, l := range lines[start+1:] {
				if r := []rune(l); len(r) >= to {
					kinds[strings.TrimSpace(string(r[from:to]))] = true
				}
			}
			for k := range kinds {
				id := k
				for en, nl := range dutch {
					if nl == k {
						id = en
					}
				}
				if _, known := dutch[id]; !known && lang == "nl" {
					t.Errorf("nl %s: kind %q is not a Dutch name of the model", p, k)
				}
				if lang == "nl" && k == id && dutch[id] != "" {
					t.Errorf("nl %s: kind %q shown by its English id", p, k)
				}
				if lang == "en" && k != id {
					t.Errorf("en %s: kind %q shown by its Dutch name", p, k)
				}
			}
			if p == pair {
				want := map[string]string{"nl": "casusoverleg", "en": "case_consultation"}[lang]
				if !kinds[want] {
					t.Errorf("%s %s: the events table does not show %q: %v", lang, p, want, kinds)
				}
			}
		}
	}
}

// pairWithoutTie is the first pair of partners (in the order of the ties
// JSON) that has no tie in case.
func pairWithoutTie(t *testing.T, c string) [2]string {
	t.Helper()
	doc := tiesJSON(t, c)
	tied := map[[2]string]bool{}
	var ids []string
	seen := map[string]bool{}
	for _, x := range doc["ties"].([]any) {
		tie := x.(map[string]any)
		a, b := tie["a"].(string), tie["b"].(string)
		tied[[2]string{a, b}], tied[[2]string{b, a}] = true, true
		for _, id := range []string{a, b} {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	for _, a := range ids {
		for _, b := range ids {
			if a != b && !tied[[2]string{a, b}] {
				return [2]string{a, b}
			}
		}
	}
	t.Fatal("every pair has a tie")
	return [2]string{}
}
