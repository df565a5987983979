package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gbo/render/report"
)

// The last outputs that spoke GBO's words for a case with [labels]
// (testdata/labels-response): the compare table, the no-core notes, the
// export workbook, the survey forms and collect; and the inputs named as
// the case has them (objects, people). Uses ownRungs, gboRungs, hasNone,
// hasAll of labels_outputs_test.go and gboWords, copyCase, editFile,
// objectsCase of labels_compare_test.go.

// labelsCoreCount is labels-response with only the first n of its core
// partners still core (its partners.csv marks them "yes").
func labelsCoreCount(t *testing.T, n int) string {
	c := copyCase(t, filepath.Join("testdata", "labels-response"), t.TempDir(), "core"+string(rune('0'+n)))
	editFile(t, filepath.Join(c, "partners.csv"), func(s string) string {
		lines := strings.SplitAfter(s, "\n")
		seen := 0
		for i, l := range lines {
			if strings.HasSuffix(strings.TrimSpace(l), ",yes") {
				seen++
				if seen > n {
					lines[i] = strings.Replace(l, ",yes", ",no", 1)
				}
			}
		}
		return strings.Join(lines, "")
	})
	return c
}

// The Dutch table and md view of gbo compare name the figures in the
// cases' words, and the footnotes say "no core partner" / "one core
// partner" in the words of the case they are about; the tidy CSV keeps
// the codes.
func TestCompareTableSpeaksTheCasesWords(t *testing.T) {
	own := filepath.Join("testdata", "labels-response")
	noCore, oneCore := labelsCoreCount(t, 0), labelsCoreCount(t, 1)
	for _, format := range []string{"table", "md"} {
		out, stderr, code := runGBO(t, "--lang", "nl", "compare", own, noCore, oneCore, "--format", format)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", format, code, stderr)
		}
		what := "nl compare --format " + format
		out = strings.ReplaceAll(out, `\`, "") // markdown escapes "(3)" as "\(3\)"
		hasNone(t, what, out, gboWords("nl")...)
		hasAll(t, what, out, "aandeel banden op overdragend (trede 3)", "aandeel banden op samen bevelend (trede 4)",
			"paren hulpdiensten op de doeltrede of dieper", "externe partners zonder diepe band met de hulpdiensten",
			"geen hulpdienst", "één hulpdienst: geen paar hulpdiensten")
	}
	csv, _, code := runGBO(t, "--lang", "nl", "compare", own, noCore, "--format", "csv")
	if code != 0 {
		t.Fatalf("csv: exit %d", code)
	}
	if !strings.HasPrefix(csv, "case,measure,value\n") {
		t.Errorf("csv header: %q", csv[:min(len(csv), 40)])
	}
	hasAll(t, "nl compare csv", csv, ",depth_share_3,", ",core_pairs_at_target,", ",isolated_externals_count,")
	hasNone(t, "nl compare csv", csv, "hulpdienst", "overdragend", "aandeel")
	// --periods: the rows are named after the page has the case's words.
	per, stderr, code := runGBO(t, "--lang", "nl", "compare", own, "--periods", "2024-01-01..2024-04-30,2024-05-01..2024-09-30", "--format", "md")
	if code != 0 {
		t.Fatalf("periods: exit %d %s", code, stderr)
	}
	hasNone(t, "nl compare --periods", per, gboWords("nl")...)
	hasAll(t, "nl compare --periods", per, "| dichtheid |")
}

// Cases without [labels] keep GBO's names and footnotes in the table.
func TestCompareTableOfDefaultCasesKeepsGBOsWords(t *testing.T) {
	out, stderr, code := runGBO(t, "--lang", "nl", "compare", "sample:grensobject", "sample:kennismaking")
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	hasAll(t, "default nl table", out, "aandeel banden op doorverwijzing (trede 3)", "paren kernpartners op de doeltrede of dieper")
}

// tableMeasureName lowers the page's name for a Dutch table but keeps the
// case's own words as the case writes them (capitals of an acronym too);
// with GBO's words it is the page's name in lower case.
func TestTableMeasureNameKeepsTheCasesCapitals(t *testing.T) {
	w := &report.Words{Core: "OCMW-diensten", CoreOne: "OCMW-dienst", Rungs: [6]string{"geen", "Bewust", "Info", "Overdracht", "Samen", "Eén"}}
	for _, c := range []struct {
		key  string
		w    *report.Words
		want string
	}{
		{"core_pairs_at_target", w, "paren OCMW-diensten op de doeltrede of dieper"},
		{"depth_share_3", w, "aandeel banden op Overdracht (trede 3)"},
		{"depth_share_3", nil, "aandeel banden op doorverwijzing (trede 3)"},
		{"pagerank", nil, "pagerank"},
	} {
		if got := tableMeasureName(c.key, "nl", c.w); got != c.want {
			t.Errorf("%s: %q, want %q", c.key, got, c.want)
		}
	}
}

// Without any core partner, gbo brokers and the report advise to mark the
// core group by the case's name of it; GBO's case keeps "core partners".
func TestNoCoreNotesNameTheCasesGroup(t *testing.T) {
	noCore := labelsCoreCount(t, 0)
	want := map[string][]string{
		"en": {"whom a partner links to the responding agencies. Mark responding agencies with a ‘core’ column."},
		"nl": {"wie een partner met de hulpdiensten verbindt. Duid hulpdiensten aan met een kolom ‘kern’."},
	}
	for _, lang := range []string{"en", "nl"} {
		out, stderr, code := runGBO(t, "--lang", lang, "brokers", noCore)
		if code != 0 {
			t.Fatalf("%s brokers: exit %d %s", lang, code, stderr)
		}
		hasAll(t, lang+" brokers", out, want[lang]...)
		hasNone(t, lang+" brokers", out, gboCore[lang])
	}
	page := filepath.Join(t.TempDir(), "r.html")
	if _, stderr, code := runGBO(t, "report", noCore, "-o", page, "--lang", "en"); code != 0 {
		t.Fatalf("report: exit %d %s", code, stderr)
	}
	b, _ := os.ReadFile(page)
	text := strings.Join(strings.Fields(comparePageText(t, page)), " ")
	hasAll(t, "no-core report", text, "so the findings about the responding agencies are left out. Mark responding agencies with a ‘core’ column.")
	if strings.Contains(string(b), "Mark core partners") {
		t.Error("no-core report: GBO's 'Mark core partners' is there")
	}
	// A GBO case without core partners keeps GBO's words.
	gbo := copyCase(t, filepath.Join("testdata", "labels-nocore"), t.TempDir(), "gbo")
	out, _, code := runGBO(t, "--lang", "en", "brokers", gbo)
	if code != 0 {
		t.Fatalf("default brokers: exit %d", code)
	}
	hasAll(t, "default brokers", out, "links to the core. Mark core partners with a ‘core’ column.")
}

// xlsxCells is every non-empty cell of every sheet of the workbook at
// path, read by openpyxl: sheet name -> rows of cell texts.
func xlsxCells(t *testing.T, path string) map[string][][]string {
	t.Helper()
	if err := exec.Command("/usr/bin/python3", "-c", "import openpyxl").Run(); err != nil {
		t.Skip("openpyxl is not installed")
	}
	script := `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[str(c) for c in row if c is not None] for row in ws.iter_rows(values_only=True)] for ws in wb}))
`
	out, err := exec.Command("/usr/bin/python3", "-c", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var m map[string][][]string
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// joinCells is every cell of sheets, one line per row.
func joinCells(sheets map[string][][]string) string {
	var b strings.Builder
	names := make([]string, 0, len(sheets))
	for n := range sheets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, row := range sheets[n] {
			b.WriteString(n + ": " + strings.Join(row, " | ") + "\n")
		}
	}
	return b.String()
}

// gbo export -o x.xlsx of a case with [labels]: the weak-link reasons, the
// objects' reasons and the notes of the core and verdict columns name the
// case's core group and rungs, in English and Dutch; none of GBO's.
func TestExportWorkbookSpeaksTheCasesWords(t *testing.T) {
	c := objectsCase(t)
	want := map[string][]string{
		"en": {"two responding agencies who have not got beyond informed", "TRUE for a responding agency of the partnership.",
			"responding agencies and external partners among them, to handing over or deeper",
			"responding agencies and external partners meet on it", "stays at rung 1, below handing over (3)"},
		"nl": {"twee hulpdiensten die niet verder komen dan geïnformeerd", "WAAR voor een hulpdienst van het samenwerkingsverband.",
			"hulpdiensten en externe partners onder hen, tot overdragend of dieper samen",
			"hulpdiensten en externe partners vinden elkaar erin", "blijft op trede 1, onder overdragend (3)"},
	}
	dir := t.TempDir()
	for _, lang := range []string{"en", "nl"} {
		out := filepath.Join(dir, lang+".xlsx")
		if _, stderr, code := runGBO(t, "--lang", lang, "export", c, "-o", out); code != 0 {
			t.Fatalf("%s: exit %d %s", lang, code, stderr)
		}
		text := joinCells(xlsxCells(t, out))
		hasNone(t, lang+" export workbook", text, gboWords(lang)...)
		hasAll(t, lang+" export workbook", text, want[lang]...)
	}
	// GBO's case keeps GBO's words.
	out := filepath.Join(dir, "default.xlsx")
	if _, stderr, code := runGBO(t, "--lang", "en", "export", "sample:intersectoraal", "-o", out); code != 0 {
		t.Fatalf("default: exit %d %s", code, stderr)
	}
	hasAll(t, "default export workbook", joinCells(xlsxCells(t, out)), "two core partners who have not got beyond knowledge sharing",
		"TRUE for a core partner of the partnership.", "core and external, to referral or deeper")
}

// gbo survey make on a case with [labels] rungs: the forms' dropdown, the
// instructions and the hidden check sheet give the case's rung names, not
// GBO's; forms filled with those names (any case) are read back by
// collect, with and without --case; a name that is not the form's is
// refused with the form's names; a form whose list of names was damaged
// is refused. GBO's forms keep GBO's names and no list.
func TestSurveyFormsSpeakTheCasesRungs(t *testing.T) {
	tmp := t.TempDir()
	forms := filepath.Join(tmp, "forms")
	if code, _, errs := runGbo("survey", "make", filepath.Join("testdata", "labels-response"), "-o", forms, "--lang", "en"); code != 0 {
		t.Fatalf("make: %d %s", code, errs)
	}
	form := filepath.Join(forms, "fire-north.xlsx")
	cells := xlsxCells(t, form)
	instr := joinCells(map[string][][]string{"i": cells["Instructions"]})
	hasAll(t, "instructions", instr, "aware (1)", "informed (2)", "handing over (3)", "commanding jointly (4)", "merged (5)")
	hasNone(t, "instructions", instr, gboRungs["en"]...)
	hasNone(t, "instructions", instr, "you refer clients") // GBO's description of referral
	var check []string
	for _, row := range cells["gbo"][:6] {
		check = append(check, row[len(row)-1])
	}
	if got := strings.Join(check, ","); got != "no contact,aware,informed,handing over,commanding jointly,merged" {
		t.Errorf("check sheet column C: %q", got)
	}
	dv, err := exec.Command("/usr/bin/python3", "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(wb["Ratings"].data_validations.dataValidation[0].formula1)`, form).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(dv)); got != `"no contact,aware,informed,handing over,commanding jointly,merged"` {
		t.Errorf("dropdown: %s", got)
	}

	// Filled with the case's names (as chosen, and typed in other case).
	fillForms(t, []map[string]any{
		{"src": form, "dst": form, "sheet": "Ratings", "rows": map[string]any{
			"fire-south": map[string]any{"4": "commanding jointly", "5": 4},
			"police-hq":  map[string]any{"4": "Handing Over"},
			"redcross":   map[string]any{"4": "3 handing over"},
		}},
	})
	csvOut := filepath.Join(tmp, "ties.csv")
	if code, _, errs := runGbo("survey", "collect", forms, "-o", csvOut); code != 0 {
		t.Fatalf("collect: %d %s", code, errs)
	}
	got, _ := os.ReadFile(csvOut)
	wantCSV := "from,to,depth,trust,value\nfire-north,fire-south,4,4,\nfire-north,police-hq,3,,\nfire-north,redcross,3,,\n"
	if string(got) != wantCSV {
		t.Errorf("collected:\n%s\nwant:\n%s", got, wantCSV)
	}
	xlsxOut := filepath.Join(tmp, "with.xlsx")
	if code, _, errs := runGbo("survey", "collect", forms, "--case", filepath.Join("testdata", "labels-response"), "-o", xlsxOut); code != 0 {
		t.Fatalf("collect --case: %d %s", code, errs)
	}

	// GBO's name for a rung is still read (the reader takes GBO's names
	// too); a word that is neither is refused, naming the form's names.
	fillForms(t, []map[string]any{
		{"src": form, "dst": form, "sheet": "Ratings", "rows": map[string]any{"shelter": map[string]any{"4": "coordinating"}}},
	})
	code, _, errs := runGbo("survey", "collect", forms, "-o", filepath.Join(tmp, "bad.csv"))
	if code != 2 || !strings.Contains(errs, `"coordinating" is not a rung: choose from the list (no contact, aware, informed, handing over, commanding jointly, merged) or type 0-5`) {
		t.Errorf("bad rung: exit %d, %s", code, errs)
	}

	// A damaged list of names (two rungs one name) is refused.
	fillForms(t, []map[string]any{
		{"src": form, "dst": form, "sheet": "Ratings", "rows": map[string]any{"shelter": map[string]any{"4": nil}}},
	})
	damage := exec.Command("/usr/bin/python3", "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["gbo"]["C3"] = "Aware"
wb.save(sys.argv[1])`, form)
	if out, err := damage.CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	code, _, errs = runGbo("survey", "collect", forms, "-o", filepath.Join(tmp, "damaged.csv"))
	if code != 2 || !strings.Contains(errs, "rungs 1 and 2 have one name") {
		t.Errorf("damaged names: exit %d, %s", code, errs)
	}

	// GBO's forms: GBO's names, and nothing in column C.
	gboForms := filepath.Join(tmp, "gbo")
	if code, _, errs := runGbo("survey", "make", "sample:golf-2024", "-o", gboForms, "--lang", "en"); code != 0 {
		t.Fatalf("make gbo: %d %s", code, errs)
	}
	ents, _ := os.ReadDir(gboForms)
	gc := xlsxCells(t, filepath.Join(gboForms, ents[0].Name()))
	hasAll(t, "gbo instructions", joinCells(map[string][][]string{"i": gc["Instructions"]}), "referral (3): you refer clients to each other")
	for i, row := range gc["gbo"][:6] {
		if len(row) != 2 {
			t.Errorf("gbo check row %d: %q (column C must stay empty)", i+1, row)
		}
	}
}

// gbo objects of a workbook case names the sheet of objects (not
// objects.csv), in the run's language; a folder case names objects.csv.
// The report's people_unknown sentence names only the case's own input.
func TestInputsNamedAsTheCaseHasThem(t *testing.T) {
	dir := t.TempDir()
	folder := objectsCase(t)
	if err := os.WriteFile(filepath.Join(folder, "objects.csv"), []byte("id,name\nflood plan,Flood plan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "case.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", folder, "-o", book); code != 0 {
		t.Fatalf("template --from: exit %d %s", code, stderr)
	}
	for _, c := range []struct {
		lang, arg, want, not string
	}{
		{"en", folder, "not listed in objects.csv", "sheet"},
		{"en", book, "not listed in the sheet ‘objects’", "objects.csv"},
		{"nl", book, "niet opgenomen in het blad ‘objecten’", "objects.csv"},
	} {
		out, stderr, code := runGBO(t, "--lang", c.lang, "objects", c.arg)
		if code != 0 {
			t.Fatalf("%s %s: exit %d %s", c.lang, c.arg, code, stderr)
		}
		hasAll(t, c.lang+" objects "+filepath.Base(c.arg), out, c.want)
		hasNone(t, c.lang+" objects "+filepath.Base(c.arg), out, c.not)
	}
	// No objects at all: the note names the list the case would have.
	empty := filepath.Join(dir, "empty.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", filepath.Join("testdata", "labels-response"), "-o", empty); code != 0 {
		t.Fatalf("template --from: exit %d %s", code, stderr)
	}
	out, _, _ := runGBO(t, "--lang", "nl", "objects", empty)
	hasAll(t, "nl objects of a workbook without objects", out, "De gegevens noemen geen objecten (het blad ‘objecten’ of een kolom grensobject).")

	// The report: no people data, the input named as the case has it.
	noPeople := copyCase(t, filepath.Join("testdata", "labels-response"), dir, "nopeople")
	editFile(t, filepath.Join(noPeople, "interactions.csv"), func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if j := strings.LastIndex(l, ","); j >= 0 {
				lines[i] = l[:j] // the people column is the last
			}
		}
		return strings.Join(lines, "\n")
	})
	noPeopleBook := filepath.Join(dir, "nopeople.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", noPeople, "-o", noPeopleBook); code != 0 {
		t.Fatalf("template --from: exit %d %s", code, stderr)
	}
	for _, c := range []struct{ lang, arg, want, not string }{
		{"en", noPeople, "(people.csv in the case folder)", "sheet ‘people’"},
		{"nl", noPeople, "(people.csv in de map met gegevens)", "blad ‘personen’"},
		{"en", noPeopleBook, "(the sheet ‘people’ of the case workbook)", "people.csv"},
		{"nl", noPeopleBook, "(het blad ‘personen’ van de werkmap met gegevens)", "people.csv"},
	} {
		page := filepath.Join(dir, c.lang+filepath.Base(c.arg)+".html")
		if _, stderr, code := runGBO(t, "--lang", c.lang, "report", c.arg, "-o", page); code != 0 {
			t.Fatalf("report %s: exit %d %s", c.arg, code, stderr)
		}
		text := strings.Join(strings.Fields(comparePageText(t, page)), " ")
		hasAll(t, c.lang+" report people_unknown", text, c.want)
		hasNone(t, c.lang+" report people_unknown", sentenceWith(text, c.want), c.not)
	}
}

// sentenceWith is the sentence of text that holds s ("" if none).
func sentenceWith(text, s string) string {
	i := strings.Index(text, s)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(text[:i], ". ") + 1
	end := strings.Index(text[i:], ".")
	if end < 0 {
		return text[start:]
	}
	return text[start : i+end+1]
}

// Every condition the report's sentences name (report.Needs) is one the
// claims test checks against the analysis (claimConditions): no sentence
// may be printed on a condition nobody checks.
func TestEveryClaimConditionIsChecked(t *testing.T) {
	for key, cond := range report.Needs() {
		if _, ok := claimConditions[cond]; !ok {
			t.Errorf("sentence %q: condition %q is not in claimConditions", key, cond)
		}
	}
}
