package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// numberLookingCase writes a case in lang whose every id, name and sector
// looks like a decimal number ("1.5"): two groups of partners joined by
// the one partner 1.5 (the only cut point, so a broker), events in 2024 at
// several rungs, an object 8.5 named 9.5 worked on across sectors, people
// and ratings. Any decimal comma in a cell that holds one of these is a
// fault: ids and names stay as they are.
func numberLookingCase(t *testing.T, lang string) (dir string, texts map[string]bool) {
	t.Helper()
	groupA := []string{"2.25", "3.75", "4.5"}
	groupB := []string{"5.5", "6.25", "7.75"}
	all := append(append([]string{"1.5"}, groupA...), groupB...)
	texts = map[string]bool{"8.5": true, "9.5": true}
	var partners, people, events, ties strings.Builder
	partners.WriteString("id,name,sector,core\n")
	people.WriteString("id,partner,role\n")
	for i, id := range all {
		name := fmt.Sprintf("1%d.5", i)
		sector := []string{"0.5", "0.25", "0.75"}[i%3]
		fmt.Fprintf(&partners, "%s,%s,%s,%s\n", id, name, sector, map[bool]string{true: "yes", false: "no"}[i < 4])
		fmt.Fprintf(&people, "p%d,%s,worker\n", i, id)
		texts[id], texts[name], texts[sector] = true, true, true
	}
	events.WriteString("date,from,with,kind,object,people,count\n")
	kinds := []string{"introduction", "info_exchange", "referral", "case_consultation"}
	n := 0
	pair := func(a, b string, k int) {
		for j := 0; j <= k; j++ {
			obj := ""
			if n%3 == 0 {
				obj = "8.5"
			}
			fmt.Fprintf(&events, "2024-%02d-%02d,%s,%s,%s,%s,,1\n", 1+n%12, 1+n%27, a, b, kinds[(j+k)%len(kinds)], obj)
			n++
		}
	}
	for _, g := range [][]string{groupA, groupB} {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pair(g[i], g[j], i+j)
			}
		}
	}
	// 1.5 is the one cut point: two ties into each group.
	pair("1.5", "2.25", 2)
	pair("1.5", "3.75", 0)
	pair("1.5", "5.5", 1)
	pair("1.5", "6.25", 0)
	ties.WriteString("from,to,depth,trust,value,weight\n")
	ties.WriteString("2.25,3.75,3,3,2,0.75\n3.75,2.25,2,2,4,0.25\n1.5,5.5,4,4,,1.5\n")
	dir = writeCaseDir(t, map[string]string{
		"case.toml":        fmt.Sprintf("name = \"nummers\"\nlanguage = %q\nas_of = \"2024-12-31\"\n", lang),
		"partners.csv":     partners.String(),
		"people.csv":       people.String(),
		"interactions.csv": events.String(),
		"objects.csv":      "id,name\n8.5,9.5\n",
		"ties.csv":         ties.String(),
	})
	return dir, texts
}

// pyCSV reads a CSV with Python's csv module and delimiter sep.
func pyCSV(t *testing.T, data string, sep string) [][]string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "t.csv")
	if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("/usr/bin/python3", "-c",
		`import csv, json, sys
print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), delimiter=sys.argv[2], strict=True))))`,
		f, sep)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 csv (delimiter %q): %v\n%s", sep, err, data)
	}
	var rows [][]string
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

// csvCommands are every command that prints --format csv, with the
// arguments that make it print a table of this case.
func csvCommands(dir, dir2 string) [][]string {
	return [][]string{
		{"metrics", dir},
		{"metrics", dir, "--level", "ties"},
		{"metrics", dir, "--level", "network"},
		{"brokers", dir},
		{"objects", dir},
		{"weak", dir},
		{"ties", dir},
		{"ties", dir, "--explain", "1.5,2.25"},
		{"compare", dir, dir2},
		{"compare", dir, "--periods", "2024-01-01..2024-06-30,2024-07-01..2024-12-31"},
		{"sample"},
	}
}

// TestEveryCSVTakesTheSeparator: for every command with a csv format, the
// output with --csv-sep ';' --decimal-comma, read by Python's csv module
// with ';', is the default table with '.' turned to ',' in the numbers
// only (never in an id, name or sector that looks like a number, never in
// a text cell); ';' alone and tab give the default table exactly; and
// --csv-sep ',' gives the default bytes.
func TestEveryCSVTakesTheSeparator(t *testing.T) {
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	for _, lang := range []string{"en", "nl"} {
		dir, texts := numberLookingCase(t, lang)
		dir2, _ := numberLookingCase(t, lang)
		for _, args := range csvCommands(dir, dir2) {
			what := lang + " " + strings.Join(args, " ")
			base := append(append([]string{}, args...), "--format", "csv")
			plain, errOut, code := runGBO(t, base...)
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", what, code, errOut)
			}
			if same, _, _ := runGBO(t, append(base, "--csv-sep", ",")...); same != plain {
				t.Errorf("%s: --csv-sep ',' changed the default bytes", what)
			}
			want := pyCSV(t, plain, ",")
			if len(want) < 2 {
				t.Fatalf("%s: no rows:\n%s", what, plain)
			}
			for _, tc := range []struct {
				flags []string
				sep   string
				comma bool
			}{
				{[]string{"--csv-sep", ";", "--decimal-comma"}, ";", true},
				{[]string{"--csv-sep", ";"}, ";", false},
				{[]string{"--csv-sep", "tab"}, "\t", false},
			} {
				out, errOut, code := runGBO(t, append(base, tc.flags...)...)
				if code != 0 {
					t.Fatalf("%s %v: exit %d: %s", what, tc.flags, code, errOut)
				}
				got := pyCSV(t, out, tc.sep)
				commas, kept := compareDecimalTable(t, what+" "+strings.Join(tc.flags, " "), got, want, texts, tc.comma)
				// weak's table and the sample list hold whole numbers only
				if tc.comma && args[0] != "sample" && args[0] != "weak" && commas == 0 {
					t.Errorf("%s: no number got a decimal comma", what)
				}
				if tc.comma && args[0] != "sample" && args[0] != "compare" && kept == 0 {
					t.Errorf("%s: the table shows none of the case's number-like ids or names", what)
				}
			}
		}
	}
}

// compareDecimalTable holds got (read with the new separator) to want
// (the default table): the same shape and cells, except that with a
// decimal comma every decimal number that is not one of the case's texts
// (ids, names, sectors) has ',' for '.'. It returns how many cells got a
// comma and how many number-like texts were kept.
func compareDecimalTable(t *testing.T, what string, got, want [][]string, texts map[string]bool, comma bool) (commas, kept int) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows, want %d", what, len(got), len(want))
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Fatalf("%s row %d: %q, want %q", what, i, got[i], want[i])
		}
		for j, w := range want[i] {
			expect := w
			// In compare's tidy CSV the value column holds numbers only,
			// even where one equals a text of the case (a sector "0.5").
			tidy := len(want[0]) == 3 && want[0][0] == "case" && want[0][1] == "measure" && want[0][2] == "value"
			text := texts[w] && !(tidy && j == 2)
			if comma && i > 0 && decimalCell.MatchString(w) && !text {
				expect = strings.Replace(w, ".", ",", 1)
				commas++
			}
			if text {
				kept++
			}
			if got[i][j] != expect {
				t.Errorf("%s row %d col %d (%s): %q, want %q", what, i, j, want[0][j], got[i][j], expect)
			}
		}
	}
	return commas, kept
}

// TestCSVFlagErrorsFollowTheCaseLanguage: a bad --csv-sep, a decimal
// comma without ';', and the flags with another format are refused (exit
// 2, nothing printed) in Dutch for a Dutch case and in English for an
// English one, with --lang winning over the case, for every command with
// a csv format; the Dutch case's problems are not printed first.
func TestCSVFlagErrorsFollowTheCaseLanguage(t *testing.T) {
	words := map[string][3]string{
		"nl": {"scheidingsteken moet", "vraagt --csv-sep", "gelden voor een CSV"},
		"en": {"separator must be", "needs --csv-sep", "shape a CSV"},
	}
	for _, lang := range []string{"nl", "en"} {
		dir, _ := numberLookingCase(t, lang)
		dir2, _ := numberLookingCase(t, lang)
		for _, args := range csvCommands(dir, dir2) {
			if args[0] == "sample" {
				continue // no case: --lang alone (below)
			}
			for k, bad := range [][]string{
				{"--format", "csv", "--csv-sep", "|"},
				{"--format", "csv", "--decimal-comma"},
				{"--format", "json", "--csv-sep", ";"},
			} {
				for _, force := range []string{"", "en", "nl"} {
					a := append(append([]string{}, args...), bad...)
					want := lang
					if force != "" {
						a = append([]string{"--lang", force}, a...)
						want = force
					}
					out, errOut, code := runGBO(t, a...)
					if code != 2 || out != "" || !strings.Contains(errOut, words[want][k]) || strings.Count(errOut, "\n") != 1 {
						t.Errorf("%v: exit %d, stdout %q, stderr %q; want one line in %s with %q", a, code, out, errOut, want, words[want][k])
					}
				}
			}
		}
	}
	// export -o x.csv and the sample list.
	dir, _ := numberLookingCase(t, "nl")
	outDir := t.TempDir()
	for _, a := range [][]string{
		{"export", dir, "-o", filepath.Join(outDir, "x.csv"), "--decimal-comma"},
		{"export", dir, "-o", filepath.Join(outDir, "x.gexf"), "--csv-sep", ";"},
	} {
		_, errOut, code := runGBO(t, a...)
		if code != 2 || !(strings.Contains(errOut, "vraagt --csv-sep") || strings.Contains(errOut, "gelden voor een CSV")) {
			t.Errorf("%v: exit %d, stderr %q; want Dutch", a, code, errOut)
		}
	}
	if ents, _ := os.ReadDir(outDir); len(ents) != 0 {
		t.Errorf("a refused export wrote %d files", len(ents))
	}
	if _, errOut, code := runGBO(t, "--lang", "nl", "sample", "--format", "csv", "--csv-sep", "|"); code != 2 || !strings.Contains(errOut, words["nl"][0]) {
		t.Errorf("sample: exit %d, stderr %q", code, errOut)
	}
	// A case with errors and a bad flag: the flag is refused first, alone.
	bad := writeCaseDir(t, map[string]string{"case.toml": "language = \"nl\"\n", "partners.csv": "id,name\n,\n",
		"interactions.csv": "date,from,with,kind\nmorgen,a,b,c\n"})
	_, errOut, code := runGBO(t, "ties", bad, "--format", "csv", "--csv-sep", "|")
	if code != 2 || !strings.Contains(errOut, words["nl"][0]) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("a broken Dutch case with a bad flag: exit %d, stderr %q", code, errOut)
	}
}

// TestDutchViewsKeepNumberLikeIds: the Dutch table and Markdown views give
// numbers a decimal comma, and ids, names and sectors that look like
// numbers none (the same cell rule as the CSV's decimal comma).
func TestDutchViewsKeepNumberLikeIds(t *testing.T) {
	dir, _ := numberLookingCase(t, "nl")
	for _, format := range []string{"table", "md"} {
		out, errOut, code := runGBO(t, "metrics", dir, "--format", format)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		var row string
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(strings.Trim(line, "| ")); len(f) > 0 && (f[0] == "1.5" || f[0] == "1,5") {
				row = line
			}
		}
		// id 1.5, sector 0.5, then the measures: strength 5.500 and on
		if f := strings.Fields(strings.ReplaceAll(row, "|", " ")); len(f) < 5 || f[0] != "1.5" || f[1] != "0.5" || !strings.Contains(f[3], ",") {
			t.Errorf("%s: partner 1.5's row %q: want id 1.5 and sector 0.5 as they are, numbers with a decimal comma", format, row)
		}
	}
}
