package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"gbo/samples"
)

func runGbo(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(append([]string{"gbo"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// sampleTies are the ratings of a sample's ties.csv: from -> to -> [depth,
// trust, value] (0: not given).
func sampleTies(t *testing.T, name string) map[string]map[string][3]int {
	t.Helper()
	fsys, ok := samples.FS(name)
	if !ok {
		t.Fatal("no sample " + name)
	}
	b, err := fs.ReadFile(fsys, "ties.csv")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][3]int{}
	for _, r := range recs[1:] {
		var v [3]int
		for i := range v {
			v[i], _ = strconv.Atoi(r[2+i])
		}
		if out[r[0]] == nil {
			out[r[0]] = map[string][3]int{}
		}
		out[r[0]][r[1]] = v
	}
	return out
}

// fillForms fills forms through openpyxl: each job opens src, writes the
// given cells of the ratings sheet in the row of each partner id, and saves
// it as dst (removing src when the two differ). A cell is written as the
// JSON value gives it: a number as a number, a string as text.
func fillForms(t *testing.T, jobs []map[string]any) {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	script := `
import json, os, sys, openpyxl
for job in json.load(sys.stdin):
    wb = openpyxl.load_workbook(job["src"])
    ws = wb[job["sheet"]]
    rows = {str(ws.cell(row=r, column=1).value): r for r in range(2, ws.max_row + 1)}
    for pid, cells in job["rows"].items():
        for col, v in cells.items():
            ws.cell(row=rows[pid], column=int(col), value=v)
    wb.save(job["dst"])
    if job["dst"] != job["src"]:
        os.remove(job["src"])
`
	in, _ := json.Marshal(jobs)
	cmd := exec.Command("/usr/bin/python3", "-c", script)
	cmd.Stdin = bytes.NewReader(in)
	if out, err := cmd.CombinedOutput(); err != nil {
		if strings.Contains(string(out), "No module named 'openpyxl'") {
			t.Skip("openpyxl is not installed (apt-get install python3-openpyxl)")
		}
		t.Fatalf("openpyxl: %v: %s", err, out)
	}
}

// TestSurveyRoundTrip: survey make on a sample, every form filled through
// openpyxl with the sample's own ratings (two forms not returned, one only
// half filled, one renamed, one with trust typed as text, rungs as Dutch
// names, English names and numbers, comments everywhere), collect, and the
// written ties.csv read as a case with the sample's partners: gbo ties
// shows exactly the ratings filled in, no comment travels, and the
// response printed counts what was filled.
func TestSurveyRoundTrip(t *testing.T) {
	tmp := t.TempDir()
	forms := filepath.Join(tmp, "formulieren")
	if code, _, errs := runGbo("survey", "make", "sample:golf-2024", "-o", forms, "--lang", "nl"); code != 0 {
		t.Fatalf("make: %d %s", code, errs)
	}
	all := sampleTies(t, "golf-2024")
	unreturned := map[string]bool{"bib-vlietbeek": true, "ldc-brugveld": true}
	const secret = "GEHEIM: mevrouw Peeters"
	want := map[string]bool{}
	var jobs []map[string]any
	var froms []string
	for from := range all {
		froms = append(froms, from)
	}
	sort.Strings(froms)
	rungNames := [2][6]string{{"no contact", "acquaintance", "knowledge sharing", "referral", "alignment", "integration"},
		{"geen contact", "kennismaking", "kennisdeling", "doorverwijzing", "afstemming", "integratie"}}
	for fi, from := range froms {
		if unreturned[from] {
			continue
		}
		var tos []string
		for to := range all[from] {
			tos = append(tos, to)
		}
		sort.Strings(tos)
		if from == "school-hoogmolen" { // partly filled
			tos = tos[:len(tos)/2]
		}
		rows := map[string]map[string]any{}
		for ti, to := range tos {
			v := all[from][to]
			cells := map[string]any{"7": secret}
			switch (fi + ti) % 3 {
			case 0:
				cells["4"] = rungNames[1][v[0]]
			case 1:
				cells["4"] = rungNames[0][v[0]]
			default:
				cells["4"] = v[0]
			}
			for i, col := range []string{"5", "6"} {
				if v[1+i] > 0 {
					cells[col] = v[1+i]
					if from == "dmw-helan" {
						cells[col] = strconv.Itoa(v[1+i]) // typed as text
					}
				}
			}
			rows[to] = cells
			want[fmt.Sprintf("%s>%s:%d/%d/%d", from, to, v[0], v[1], v[2])] = true
		}
		src := filepath.Join(forms, from+".xlsx")
		dst := src
		if from == "caw-vlietland" {
			dst = filepath.Join(forms, "Antwoord CAW Vlietland (definitief).xlsx")
		}
		jobs = append(jobs, map[string]any{"src": src, "dst": dst, "sheet": "Beoordelingen", "rows": rows})
	}
	for id := range unreturned {
		if err := os.Remove(filepath.Join(forms, id+".xlsx")); err != nil {
			t.Fatal(err)
		}
	}
	fillForms(t, jobs)

	caseDir := filepath.Join(tmp, "case")
	if err := os.Mkdir(caseDir, 0o755); err != nil {
		t.Fatal(err)
	}
	fsys, _ := samples.FS("golf-2024")
	partners, _ := fs.ReadFile(fsys, "partners.csv")
	if err := os.WriteFile(filepath.Join(caseDir, "partners.csv"), partners, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runGbo("survey", "collect", forms, "-o", filepath.Join(caseDir, "ties.csv"), "--lang", "en")
	if code != 0 {
		t.Fatalf("collect: %d\n%s\n%s", code, out, errs)
	}
	written, _ := os.ReadFile(filepath.Join(caseDir, "ties.csv"))
	if strings.Contains(string(written)+out+errs, "GEHEIM") {
		t.Error("a comment reached an output")
	}
	code, js, errs := runGbo("ties", caseDir, "--format", "json")
	if code != 0 {
		t.Fatalf("ties: %d %s", code, errs)
	}
	var doc struct {
		Ties []struct {
			A, B    string
			Ratings map[string]struct{ Depth, Trust, Value *int }
		}
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, tie := range doc.Ties {
		for rater, r := range tie.Ratings {
			other := tie.A
			if rater == tie.A {
				other = tie.B
			}
			n := func(p *int) int {
				if p == nil {
					return 0
				}
				return *p
			}
			got[fmt.Sprintf("%s>%s:%d/%d/%d", rater, other, n(r.Depth), n(r.Trust), n(r.Value))] = true
		}
	}
	if fmt.Sprint(sortedKeys(got)) != fmt.Sprint(sortedKeys(want)) {
		t.Errorf("ratings after the round trip differ:\n got %v\nwant %v", sortedKeys(got), sortedKeys(want))
	}

	// The response, computed here from what was filled.
	answered := map[string]bool{}
	for k := range want {
		answered[k[:strings.Index(k, ">")]] = true
	}
	both, one, silent := 0, 0, 0
	pairs := map[[2]string]int{}
	for k := range want {
		from, rest, _ := strings.Cut(k, ">")
		to, _, _ := strings.Cut(rest, ":")
		p := [2]string{min(from, to), max(from, to)}
		pairs[p]++
		if pairs[p] == 2 {
			both++
		}
	}
	for k := range want {
		from, rest, _ := strings.Cut(k, ">")
		to, _, _ := strings.Cut(rest, ":")
		if pairs[[2]string{min(from, to), max(from, to)}] == 1 {
			one++
			if !answered[to] {
				silent++
			}
		}
	}
	var missing []string
	for _, line := range strings.Split(string(partners), "\n")[1:] {
		if id, _, _ := strings.Cut(line, ","); id != "" && !answered[id] {
			missing = append(missing, id)
		}
	}
	sort.Strings(missing)
	for _, line := range []string{
		fmt.Sprintf("response: answers from %d of 19 partners", len(answered)),
		"did not answer: " + strings.Join(missing, ", "),
		fmt.Sprintf("pairs rated by both sides: %d; by one side only: %d (of which %d because the other side did not answer)", both, one, silent),
		fmt.Sprintf("%d ratings from 17 forms", len(want)),
	} {
		if !strings.Contains(out, line) {
			t.Errorf("collect's report lacks %q:\n%s", line, out)
		}
	}
	if len(missing) != 2 || silent == 0 || one == 0 || both == 0 {
		t.Errorf("the test data do not exercise every count: missing %v, both %d, one %d, silent %d", missing, both, one, silent)
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestSurveyMakeIsTheSameBytesTwice: two runs of make write the same
// files, byte for byte; and make refuses a folder that is not empty.
func TestSurveyMakeIsTheSameBytesTwice(t *testing.T) {
	tmp := t.TempDir()
	var dirs []string
	for _, d := range []string{"a", "b"} {
		dir := filepath.Join(tmp, d)
		if code, _, errs := runGbo("survey", "make", "sample:golf-2024", "-o", dir); code != 0 {
			t.Fatalf("make: %d %s", code, errs)
		}
		dirs = append(dirs, dir)
	}
	ents, _ := os.ReadDir(dirs[0])
	if len(ents) != 19 {
		t.Fatalf("%d forms, want 19", len(ents))
	}
	for _, e := range ents {
		a, _ := os.ReadFile(filepath.Join(dirs[0], e.Name()))
		b, err := os.ReadFile(filepath.Join(dirs[1], e.Name()))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs (%v)", e.Name(), err)
		}
	}
	code, _, errs := runGbo("survey", "make", "sample:golf-2024", "-o", dirs[0], "--lang", "en")
	if code != 2 || !strings.Contains(errs, "not empty") {
		t.Errorf("make into a full folder: %d %s", code, errs)
	}
}

// editForm changes cells of the ratings sheet of a form (excelize, as
// another program would save it).
func editForm(t *testing.T, path string, cells map[string]any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, v := range cells {
		if err := f.SetCellValue("Beoordelingen", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSurveyCollectRefusesBadForms: one bad form per kind; collect exits
// 2, names file, sheet, row and column (or the file), and writes nothing.
func TestSurveyCollectRefusesBadForms(t *testing.T) {
	tmp := t.TempDir()
	base := filepath.Join(tmp, "base")
	other := filepath.Join(tmp, "other")
	for dir, sample := range map[string]string{base: "sample:golf-2024", other: "sample:golf-2025"} {
		if code, _, errs := runGbo("survey", "make", sample, "-o", dir, "--lang", "nl"); code != 0 {
			t.Fatalf("make: %d %s", code, errs)
		}
	}
	// caw-vlietland's form: row 2 rates ocmw-vlietbeek, the first partner.
	tests := []struct {
		name  string
		spoil func(t *testing.T, dir string)
		want  string // in stderr, after the folder and a separator
	}{
		{"a bad rung", func(t *testing.T, dir string) {
			editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"D2": "heel diep"})
		}, `caw-vlietland.xlsx:Beoordelingen:2:4: fout: trede "heel diep" is geen trede`},
		{"trust 7", func(t *testing.T, dir string) {
			editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"D2": "kennismaking", "E2": 7})
		}, `caw-vlietland.xlsx:Beoordelingen:2:5: fout: vertrouwen "7" moet 1, 2, 3 of 4 zijn`},
		{"a form whose ratings sheet is another partner's", func(t *testing.T, dir string) {
			editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"A2": "caw-vlietland", "D2": 3})
		}, `caw-vlietland.xlsx:gbo:2:2: fout: dit formulier is gemaakt voor "ocmw-vlietbeek" maar zegt "caw-vlietland"`},
		{"two forms of one partner", func(t *testing.T, dir string) {
			editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"D2": 3})
			copyFile(t, filepath.Join(dir, "caw-vlietland.xlsx"), filepath.Join(dir, "kopie.xlsx"))
		}, `kopie.xlsx:gbo:2:2: fout: dit formulier is voor partner "caw-vlietland", en `},
		{"a form of another case", func(t *testing.T, dir string) {
			editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"D2": 3})
			copyFile(t, filepath.Join(other, "dmw-cm.xlsx"), filepath.Join(dir, "zz.xlsx"))
			os.Remove(filepath.Join(dir, "dmw-cm.xlsx"))
		}, `zz.xlsx:gbo:4:2: fout: dit formulier hoort bij een andere bevraging: "GBO Vlietland 2025"`},
		{"a file that is no form", func(t *testing.T, dir string) {
			editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"D2": 3})
			os.WriteFile(filepath.Join(dir, "notities.txt"), []byte("bellen"), 0o644)
		}, `notities.txt: fout: geen bevragingsformulier`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "antwoorden")
			os.Mkdir(dir, 0o755)
			ents, _ := os.ReadDir(base)
			for _, e := range ents {
				copyFile(t, filepath.Join(base, e.Name()), filepath.Join(dir, e.Name()))
			}
			tc.spoil(t, dir)
			out := filepath.Join(t.TempDir(), "ties.csv")
			code, stdout, errs := runGbo("survey", "collect", dir, "-o", out, "--lang", "nl")
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s", code, errs)
			}
			if !strings.Contains(errs, dir+string(filepath.Separator)+tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, errs)
			}
			if _, err := os.Stat(out); err == nil || stdout != "" {
				t.Errorf("something was written: %v %q", err, stdout)
			}
		})
	}
	t.Run("an output that exists", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "antwoorden")
		os.Mkdir(dir, 0o755)
		copyFile(t, filepath.Join(base, "caw-vlietland.xlsx"), filepath.Join(dir, "caw.xlsx"))
		editForm(t, filepath.Join(dir, "caw.xlsx"), map[string]any{"D2": 3})
		out := filepath.Join(t.TempDir(), "ties.csv")
		os.WriteFile(out, []byte("oud"), 0o644)
		code, _, errs := runGbo("survey", "collect", dir, "-o", out)
		if b, _ := os.ReadFile(out); code != 2 || string(b) != "oud" || !strings.Contains(errs, "collect never overwrites") {
			t.Errorf("exit %d, file %q: %s", code, b, errs)
		}
		// And over an input: into the forms' own folder.
		code, _, errs = runGbo("survey", "collect", dir, "-o", filepath.Join(dir, "ties.csv"))
		if _, err := os.Stat(filepath.Join(dir, "ties.csv")); code != 2 || err == nil {
			t.Errorf("writing into the forms' folder: exit %d, %s", code, errs)
		}
	})
}

// TestSurveyCollectRefusesFlagsWithoutEffect: collect reads forms, not a
// case, so a flag that shapes a case's analysis is refused (exit 2, nothing
// written) rather than silently ignored.
func TestSurveyCollectRefusesFlagsWithoutEffect(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ties.csv")
	for _, flag := range [][]string{{"--depth-model", "model.toml"}, {"--as-of", "2024-01-01"}, {"--min-depth", "2"}, {"--people", "names"}} {
		args := append([]string{"survey", "collect", dir, "-o", out}, flag...)
		_, stderr, code := runGBO(t, args...)
		if code != 2 || !strings.Contains(stderr, flag[0]+" has no effect on survey collect") {
			t.Errorf("%v: exit %d, stderr %q", flag, code, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Fatalf("%v: %s was written", flag, out)
		}
	}
}
