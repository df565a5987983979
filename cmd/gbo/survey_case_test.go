package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gbo/samples"
)

// filledRating is what a test writes into a form: rung, trust, value (0:
// left blank).
type filledRating struct{ depth, trust, value int }

// fillSurvey fills the forms of sample golf-2024 in dir (made in lang)
// through openpyxl with ratings that differ from the sample's own: each
// respondent but the skipped rates the first few other partners (pairs
// without any event among them), and returns what it filled,
// from -> to -> rating.
func fillSurvey(t *testing.T, dir, lang string, skip map[string]bool) map[string]map[string]filledRating {
	t.Helper()
	sheet := "Ratings"
	if lang == "nl" {
		sheet = "Beoordelingen"
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range ents {
		ids = append(ids, strings.TrimSuffix(e.Name(), ".xlsx"))
	}
	sort.Strings(ids)
	want := map[string]map[string]filledRating{}
	var jobs []map[string]any
	for i, from := range ids {
		if skip[from] {
			continue
		}
		rows := map[string]map[string]any{}
		want[from] = map[string]filledRating{}
		for k := 1; k <= 4; k++ {
			to := ids[(i+k*3)%len(ids)]
			if to == from {
				continue
			}
			r := filledRating{depth: (i + k) % 6, trust: 1 + (i*k)%4}
			cells := map[string]any{"4": r.depth, "5": r.trust, "7": "never read"}
			if k%2 == 0 {
				r.value = 1 + (i+2*k)%4
				cells["6"] = r.value
			}
			rows[to] = cells
			want[from][to] = r
		}
		p := filepath.Join(dir, from+".xlsx")
		jobs = append(jobs, map[string]any{"src": p, "dst": p, "sheet": sheet, "rows": rows})
	}
	fillForms(t, jobs)
	return want
}

// writeSampleDir writes sample name as a folder case with its ties.csv
// replaced by tiesCSV (nil: no ties.csv).
func writeSampleDir(t *testing.T, name, dir string, tiesCSV []byte) {
	t.Helper()
	fsys, ok := samples.FS(name)
	if !ok {
		t.Fatal("no sample " + name)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range ents {
		n := en.Name()
		if n == "ties.csv" || en.IsDir() {
			continue
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if tiesCSV != nil {
		if err := os.WriteFile(filepath.Join(dir, "ties.csv"), tiesCSV, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tiesJSON is gbo ties --format json of args, decoded.
func tiesJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	code, out, errs := runGbo(append([]string{"ties", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("ties %v: %d %s", args, code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSurveyCollectIntoWorkbook: forms made from a workbook case (Dutch
// and English), filled through openpyxl with new ratings, collected with
// --case into a new workbook. The new workbook's ties carry exactly the
// ratings filled in (the case's own ratings are replaced), and every
// other figure equals that of the same case as a folder with the ties.csv
// collect -o writes from the same forms. The case workbook is untouched.
func TestSurveyCollectIntoWorkbook(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			tmp := t.TempDir()
			book := filepath.Join(tmp, "vlietland.xlsx")
			if code, _, errs := runGbo("template", "--from", "sample:golf-2024", "--lang", lang, "-o", book); code != 0 {
				t.Fatalf("template: %s", errs)
			}
			before, _ := os.ReadFile(book)
			forms := filepath.Join(tmp, "forms")
			code, out, errs := runGbo("survey", "make", book, "-o", forms, "--lang", lang)
			if code != 0 {
				t.Fatalf("make: %s", errs)
			}
			if !strings.Contains(out, "--case "+book) {
				t.Errorf("make's next step does not name --case %s:\n%s", book, out)
			}
			want := fillSurvey(t, forms, lang, map[string]bool{"ldc-brugveld": true})

			newBook := filepath.Join(tmp, "met-bevraging.xlsx")
			code, out, errs = runGbo("survey", "collect", forms, "--case", book, "-o", newBook)
			if code != 0 {
				t.Fatalf("collect --case: %d %s", code, errs)
			}
			if !strings.Contains(out, newBook) || !strings.Contains(out, "report "+newBook) {
				t.Errorf("collect's next step does not say the new workbook is the case:\n%s", out)
			}
			if after, _ := os.ReadFile(book); !bytes.Equal(before, after) {
				t.Error("the case workbook changed")
			}
			got := tiesJSON(t, newBook)
			// Every rating in the new workbook is one filled in, and every
			// one filled in is there.
			n := 0
			for _, x := range got["ties"].([]any) {
				tie := x.(map[string]any)
				rs, _ := tie["ratings"].(map[string]any)
				for from, rv := range rs {
					r := rv.(map[string]any)
					to := tie["a"].(string)
					if to == from {
						to = tie["b"].(string)
					}
					w, ok := want[from][to]
					if !ok {
						t.Errorf("%s rates %s in the new workbook, but that was not filled in: %v", from, to, r)
						continue
					}
					n++
					num := func(v any) int {
						if v == nil {
							return 0
						}
						return int(v.(float64))
					}
					if g := (filledRating{num(r["depth"]), num(r["trust"]), num(r["value"])}); g != w || r["weight"] != nil {
						t.Errorf("%s about %s: %+v (weight %v), filled %+v", from, to, g, r["weight"], w)
					}
				}
			}
			total := 0
			for _, m := range want {
				total += len(m)
			}
			if n != total || total < 50 {
				t.Errorf("%d ratings in the new workbook, %d filled in", n, total)
			}
			// The same forms as ties.csv in the case's folder give the
			// same ties, figure for figure.
			tiesCSV := filepath.Join(tmp, "ties.csv")
			if code, _, errs := runGbo("survey", "collect", forms, "-o", tiesCSV); code != 0 {
				t.Fatalf("collect -o ties.csv: %s", errs)
			}
			b, _ := os.ReadFile(tiesCSV)
			dir := filepath.Join(tmp, "folder")
			writeSampleDir(t, "golf-2024", dir, b)
			if ref := tiesJSON(t, dir); !reflect.DeepEqual(got, ref) {
				t.Errorf("the new workbook's ties differ from the folder case with the collected ties.csv:\n%s", jsonDiff(got, ref, ""))
			}
			// The sheets are the case's: the new workbook reads as a case
			// without a warning.
			if code, out, errs := runGbo("validate", newBook); code != 0 || !strings.Contains(out, "0 ") {
				t.Errorf("validate the new workbook: %d %s %s", code, out, errs)
			}
		})
	}
}

// TestSurveyCollectRefusals: each kind of bad collect command line is
// refused with status 2, a message saying what to do, and nothing written.
func TestSurveyCollectRefusals(t *testing.T) {
	tmp := t.TempDir()
	book := filepath.Join(tmp, "vlietland.xlsx")
	if code, _, errs := runGbo("template", "--from", "sample:golf-2024", "-o", book); code != 0 {
		t.Fatalf("template: %s", errs)
	}
	forms := filepath.Join(tmp, "forms")
	if code, _, errs := runGbo("survey", "make", book, "-o", forms, "--lang", "en"); code != 0 {
		t.Fatalf("make: %s", errs)
	}
	fillSurvey(t, forms, "en", nil)
	existing := filepath.Join(tmp, "old.xlsx")
	if err := os.WriteFile(existing, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := func(n string) string { return filepath.Join(tmp, n) }
	for _, c := range []struct {
		name  string
		args  []string
		wants []string
	}{
		{"workbook without --case", []string{"-o", out("a.xlsx")}, []string{"add --case"}},
		{"workbook without --case, Dutch", []string{"-o", out("a.xlsx"), "--lang", "nl"}, []string{"voeg --case"}},
		{"forms of another case", []string{"--case", "sample:kennismaking", "-o", out("b.xlsx")},
			[]string{"belong to another case than sample:kennismaking", "on the forms, not in the case", "and "}},
		{"forms of another case, csv", []string{"--case", "sample:kennismaking", "-o", out("b.csv")}, []string{"belong to another case"}},
		{"forms of another case, Dutch", []string{"--case", "sample:kennismaking", "-o", out("b.xlsx"), "--lang", "nl"},
			[]string{"horen bij andere gegevens dan sample:kennismaking"}},
		{"existing file", []string{"--case", book, "-o", existing}, []string{"never overwrites"}},
		{"over the case", []string{"--case", book, "-o", book}, []string{"never overwrites"}},
		{"not csv or xlsx", []string{"--case", book, "-o", out("c.ods")}, []string{".csv or .xlsx"}},
		{"csv flags on a workbook", []string{"--case", book, "-o", out("d.xlsx"), "--csv-sep", ";"}, []string{"--csv-sep", "workbook"}},
		{"bad separator", []string{"-o", out("e.csv"), "--csv-sep", "|"}, []string{"',', ';' or tab"}},
		{"decimal comma without ;", []string{"-o", out("f.csv"), "--decimal-comma"}, []string{"--decimal-comma needs --csv-sep ';'"}},
		{"depth model", []string{"--case", book, "-o", out("g.xlsx"), "--depth-model", "x.toml"}, []string{"--depth-model has no effect on survey collect"}},
		{"as-of", []string{"-o", out("h.csv"), "--as-of", "2024-01-01"}, []string{"--as-of has no effect on survey collect"}},
		{"without", []string{"-o", out("i.csv"), "--without", "caw-vlietland"}, []string{"--without has no effect on survey collect"}},
		{"bad case", []string{"--case", out("nowhere"), "-o", out("j.xlsx")}, []string{"nowhere"}},
	} {
		before, _ := os.ReadDir(tmp)
		code, stdout, stderr := runGbo(append([]string{"survey", "collect", forms}, c.args...)...)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2: %s %s", c.name, code, stdout, stderr)
		}
		for _, w := range c.wants {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: the message does not say %q:\n%s", c.name, w, stderr)
			}
		}
		if after, _ := os.ReadDir(tmp); len(after) != len(before) {
			t.Errorf("%s: something was written: %v", c.name, after)
		}
		if b, _ := os.ReadFile(existing); string(b) != "keep me" {
			t.Fatalf("%s: the existing file was overwritten", c.name)
		}
	}
	// make refuses the flags it would ignore, and its forms' next step
	// names the case.
	for _, f := range [][]string{{"--as-of", "2024-01-01"}, {"--min-depth", "2"}, {"--people", "names"}, {"--since", "2024-01-01"}, {"--without", "x"}} {
		code, _, stderr := runGbo(append([]string{"survey", "make", book, "-o", out("forms2"), "--lang", "en"}, f...)...)
		if code != 2 || !strings.Contains(stderr, f[0]+" has no effect on survey make") {
			t.Errorf("make %s: exit %d: %s", f[0], code, stderr)
		}
	}
}

// TestSurveyCollectCSVSeparator: collect -o ties.csv takes --csv-sep and
// --decimal-comma like every CSV output; a ';' file reads back as the same
// ratings as the ',' one.
func TestSurveyCollectCSVSeparator(t *testing.T) {
	tmp := t.TempDir()
	forms := filepath.Join(tmp, "forms")
	if code, _, errs := runGbo("survey", "make", "sample:golf-2024", "-o", forms, "--lang", "nl"); code != 0 {
		t.Fatalf("make: %s", errs)
	}
	fillSurvey(t, forms, "nl", nil)
	comma, semi := filepath.Join(tmp, "a.csv"), filepath.Join(tmp, "b.csv")
	if code, _, errs := runGbo("survey", "collect", forms, "-o", comma); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runGbo("survey", "collect", forms, "-o", semi, "--csv-sep", ";", "--decimal-comma"); code != 0 {
		t.Fatal(errs)
	}
	a, _ := os.ReadFile(comma)
	b, _ := os.ReadFile(semi)
	if !bytes.Equal(bytes.ReplaceAll(a, []byte(","), []byte(";")), b) || bytes.Contains(b, []byte(",")) {
		t.Errorf("the ';' file is not the ',' file with ';':\n%s\n%s", a, b)
	}
	d1, d2 := filepath.Join(tmp, "d1"), filepath.Join(tmp, "d2")
	writeSampleDir(t, "golf-2024", d1, a)
	writeSampleDir(t, "golf-2024", d2, b)
	if x, y := tiesJSON(t, d1), tiesJSON(t, d2); !reflect.DeepEqual(x, y) {
		t.Errorf("ties.csv with ';' reads otherwise than with ',':\n%s", jsonDiff(x, y, ""))
	}
}

// TestSurveyHelpPerStep: every way of asking for the survey's help prints
// it (no "unknown command"), each step's help lists that step's options
// only, never a flag the step refuses, and never another command's words;
// in English and in Dutch.
func TestSurveyHelpPerStep(t *testing.T) {
	refused := map[string][]string{
		"make":    {"--as-of", "--since", "--min-depth", "--people", "--without", "--format", "--case", "--csv-sep"},
		"collect": {"--as-of", "--since", "--min-depth", "--people", "--without", "--format", "--depth-model"},
		"":        {"--as-of", "--output", "--depth-model", "--max-rows"},
	}
	own := map[string][]string{
		"make":    {"--output", "-o", "--depth-model", "--max-file-mb", "--pseudonym-key"},
		"collect": {"--output", "-o", "--case", "--csv-sep", "--decimal-comma", "--max-file-mb", "--pseudonym-key"},
		"":        {"make", "collect"},
	}
	for _, lang := range []string{"en", "nl"} {
		for _, step := range []string{"", "make", "collect"} {
			var forms [][]string
			if step == "" {
				forms = [][]string{{"survey", "--help"}, {"survey", "-h"}, {"help", "survey"}, {"survey", "--help", "--lang", lang}}
			} else {
				forms = [][]string{{"survey", step, "--help"}, {"survey", "--help", step}, {"help", "survey", step}, {"survey", step, "-h", "somewhere"}}
			}
			for _, args := range forms {
				args = append([]string{"--lang", lang}, args...)
				code, out, errs := runGbo(args...)
				if code != 0 || errs != "" || strings.Contains(out, "unknown") || strings.Contains(out, "onbekend") {
					t.Errorf("%v: exit %d: %s %s", args, code, out, errs)
					continue
				}
				usage := strings.TrimSpace("gbo survey " + step)
				if !strings.Contains(out, usage+" [") && !strings.Contains(out, usage+" -") {
					t.Errorf("%v: not the help of %q:\n%s", args, usage, out)
				}
				for _, f := range own[step] {
					if !strings.Contains(out, f) {
						t.Errorf("%v: the help lacks %s:\n%s", args, f, out)
					}
				}
				for _, f := range refused[step] {
					if regexpOption(f).MatchString(out) {
						t.Errorf("%v: the help lists %s, which survey %s refuses:\n%s", args, f, step, out)
					}
				}
				for _, w := range []string{"anonymise", "(default: \"pseudonyms\")"} {
					if strings.Contains(out, w) {
						t.Errorf("%v: the help says %q:\n%s", args, w, out)
					}
				}
				nl := strings.Contains(out, "OPTIES:")
				if nl != (lang == "nl") || (lang == "nl" && strings.Contains(out, "OPTIONS:")) {
					t.Errorf("%v: help not in %s:\n%s", args, lang, out)
				}
			}
		}
	}
	// The steps' -o says what each writes.
	for _, c := range [][3]string{
		{"en", "make", "the new (or empty) folder for the forms"}, {"nl", "make", "de nieuwe (of lege) map voor de formulieren"},
		{"en", "collect", "or with --case a new workbook"}, {"nl", "collect", "of met --case een nieuwe werkmap"},
	} {
		if _, out, _ := runGbo("--lang", c[0], "survey", c[1], "--help"); !strings.Contains(out, c[2]) {
			t.Errorf("%s survey %s --help: -o does not say %q:\n%s", c[0], c[1], c[2], out)
		}
	}
	// A folder named like a step's help is a case: gbo validate help still
	// reads it (TestCaseNamedHelp); survey make with a case named help too.
	tmp := t.TempDir()
	t.Chdir(tmp)
	if code, _, errs := runGbo("sample", "kennismaking", "help"); code != 0 {
		t.Fatal(errs)
	}
	if code, out, errs := runGbo("survey", "make", "help", "-o", "forms", "--lang", "en"); code != 0 || !strings.Contains(out, "survey forms written") {
		t.Errorf("survey make help: %d %s %s", code, out, errs)
	}
}

// regexpOption matches an option line of a help that lists flag f.
func regexpOption(f string) *regexp.Regexp {
	return regexp.MustCompile(`(?m)^ +(?:-[\w-]+(?: \w+)?, )*` + regexp.QuoteMeta(f) + `(?:[ ,=]|$)`)
}
