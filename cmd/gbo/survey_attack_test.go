package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// makeForms runs survey make of sample into a new folder; args are added.
func makeForms(t *testing.T, sample string, args ...string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "forms")
	if code, _, errs := runGbo(append([]string{"survey", "make", sample, "-o", dir}, args...)...); code != 0 {
		t.Fatalf("make: %d %s", code, errs)
	}
	return dir
}

func randomKeyFile(t *testing.T) string {
	t.Helper()
	var b [32]byte
	rand.Read(b[:])
	return keyFile(t, t.TempDir(), hex.EncodeToString(b[:]))
}

// editCheck changes cells of a form's hidden check sheet, as someone
// would who unhides it in Excel.
func editCheck(t *testing.T, path string, cells map[string]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, v := range cells {
		if err := f.SetCellStr("gbo", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestSurveyCollectRefusesAFormInAnotherName: a returned form edited to
// say it is another partner's (the hidden respondent changed, the rows
// made to fit) is refused, naming the file; forms made with another key
// (another computer or user) are refused with how to proceed, and read
// with the key that made them.
func TestSurveyCollectRefusesAFormInAnotherName(t *testing.T) {
	key := randomKeyFile(t)
	dir := makeForms(t, "sample:golf-2024", "--pseudonym-key", key)
	caw := filepath.Join(dir, "caw-vlietland.xlsx")
	editForm(t, caw, map[string]any{"D3": 3})
	out := filepath.Join(t.TempDir(), "ties.csv")
	if code, _, errs := runGbo("survey", "collect", dir, "-o", out, "--pseudonym-key", key); code != 0 {
		t.Fatalf("the forms as made: exit %d %s", code, errs)
	}
	os.Remove(out)

	// Without the key that made them: refused, saying what to do.
	code, _, errs := runGbo("survey", "collect", dir, "-o", out)
	if code != 2 || !strings.Contains(errs, "caw-vlietland.xlsx:gbo:7:2: error: the form's check does not match") ||
		!strings.Contains(errs, "--pseudonym-key FILE") {
		t.Errorf("another key: exit %d\n%s", code, errs)
	}

	// caw answers as ocmw-vlietbeek: respondent edited, and the row of
	// ocmw-vlietbeek made caw's so the list fits.
	os.Remove(filepath.Join(dir, "ocmw-vlietbeek.xlsx"))
	editCheck(t, caw, map[string]string{"B2": "ocmw-vlietbeek"})
	editForm(t, caw, map[string]any{"A2": "caw-vlietland"})
	code, _, errs = runGbo("survey", "collect", dir, "-o", out, "--pseudonym-key", key)
	if code != 2 || !strings.Contains(errs, "caw-vlietland.xlsx:gbo:7:2: error: the form's check does not match: it was changed (this form says it is partner \"ocmw-vlietbeek\"") {
		t.Errorf("a form in another's name: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("something was written")
	}
}

// TestSurveyCollectOutputOutsideTheForms: -o anywhere inside the folder of
// forms (any case of the extension, through "..", through a link to the
// folder) is refused before anything is read.
func TestSurveyCollectOutputOutsideTheForms(t *testing.T) {
	dir := makeForms(t, "sample:golf-2024")
	editForm(t, filepath.Join(dir, "caw-vlietland.xlsx"), map[string]any{"D3": 3})
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(dir, link)
	for _, o := range []string{filepath.Join(dir, "x.CSV"), filepath.Join(dir, "sub", "new", "x.csv"),
		filepath.Join(dir, "..", filepath.Base(dir), "x.csv"), filepath.Join(link, "x.csv")} {
		code, stdout, errs := runGbo("survey", "collect", dir, "-o", o)
		if code != 2 || !strings.Contains(errs, "is inside the folder of forms") || stdout != "" {
			t.Errorf("-o %s: exit %d\n%s", o, code, errs)
		}
		if _, err := os.Stat(o); err == nil {
			t.Errorf("-o %s was written", o)
		}
	}
	// Beside the folder is fine.
	o := filepath.Join(filepath.Dir(dir), "ties.csv")
	if code, _, errs := runGbo("survey", "collect", dir, "-o", o); code != 0 {
		t.Errorf("-o beside the folder: exit %d %s", code, errs)
	}
}

// TestSurveyMakeOutputMessages: -o of survey make that is a device, a
// file name or a link gets a message about a folder of forms.
func TestSurveyMakeOutputMessages(t *testing.T) {
	tmp := t.TempDir()
	real := filepath.Join(tmp, "real")
	os.Mkdir(real, 0o755)
	link := filepath.Join(tmp, "linkdir")
	os.Symlink(real, link)
	file := filepath.Join(tmp, "file.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, tc := range []struct{ o, want string }{
		{"/dev/null", "it is not a folder (survey make writes a folder of forms"},
		{file, "it is not a folder"},
		{filepath.Join(tmp, "x.xlsx"), "survey make writes a folder of forms (one Excel workbook per partner)"},
		{link, "give a folder, not a link"},
	} {
		code, _, errs := runGbo("survey", "make", "sample:golf-2024", "-o", tc.o)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("-o %s: exit %d\n%s", tc.o, code, errs)
		}
		for _, bad := range []string{"every user", "CSV files", "regular file"} {
			if strings.Contains(errs, bad) {
				t.Errorf("-o %s: says %q: %s", tc.o, bad, errs)
			}
		}
	}
	if ents, _ := os.ReadDir(real); len(ents) != 0 {
		t.Errorf("written through the link: %v", ents)
	}
	// Ids whose safe names would clash get names of their own.
	caseDir := filepath.Join(tmp, "case")
	os.Mkdir(caseDir, 0o755)
	os.WriteFile(filepath.Join(caseDir, "partners.csv"), []byte("id,name,sector\na/b,A,x\na_b-c14cdd,B,x\nA/B,C,x\n"), 0o644)
	os.WriteFile(filepath.Join(caseDir, "ties.csv"), []byte("from,to,depth\na/b,a_b-c14cdd,2\n"), 0o644)
	forms := filepath.Join(tmp, "forms")
	if code, _, errs := runGbo("survey", "make", caseDir, "-o", forms); code != 0 {
		t.Fatalf("make: exit %d %s", code, errs)
	}
	if ents, _ := os.ReadDir(forms); len(ents) != 3 {
		t.Errorf("%d forms for 3 partners", len(ents))
	}
}

// TestSurveyCollectSpeaksOneLanguage: Dutch forms collected without
// --lang give every message in English, before and after the forms are
// read; with --lang nl every message is Dutch. Every error is counted,
// those beyond the 100 listed of a kind too.
func TestSurveyCollectSpeaksOneLanguage(t *testing.T) {
	dir := makeForms(t, "sample:golf-2024", "--lang", "nl")
	caw := filepath.Join(dir, "caw-vlietland.xlsx")
	cells := map[string]any{"D3": "heel diep"}
	for r := 40; r < 340; r++ {
		cells[fmt.Sprintf("A%d", r)], cells[fmt.Sprintf("D%d", r)] = "ocmw-vlietbeek", 1
	}
	editForm(t, caw, cells)
	out := filepath.Join(t.TempDir(), "ties.csv")
	_, _, before := runGbo("survey", "collect", dir, "-o", out+".txt")
	_, _, after := runGbo("survey", "collect", dir, "-o", out)
	for _, errs := range []string{before, after} {
		for _, nl := range []string{"fout", "wordt niet", "geef een", "formulier"} {
			if strings.Contains(errs, nl) {
				t.Errorf("Dutch (%q) in a run without --lang:\n%s", nl, errs)
			}
		}
	}
	if !strings.Contains(after, `is not a rung`) || !strings.Contains(after, "301 errors in") ||
		!strings.Contains(after, "200 more problems of this kind (survey_duplicate_row)") {
		t.Errorf("after the read:\n%s", after)
	}
	_, _, nl := runGbo("survey", "collect", dir, "-o", out, "--lang", "nl")
	if !strings.Contains(nl, "is geen trede") || !strings.Contains(nl, "301 fouten in") {
		t.Errorf("--lang nl:\n%s", nl)
	}
}
