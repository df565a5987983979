package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"gbo/graph"
	"gbo/graph/locale"
)

// unzipAll reads a .zip answer: its names in order and their bytes, and
// fails unless every entry has the fixed time.
func unzipAll(t *testing.T, b []byte) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string][]byte{}
	for _, f := range zr.File {
		if !f.Modified.Equal(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: time %v, not the fixed one", f.Name, f.Modified)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, f.Name)
		files[f.Name] = data
	}
	return names, files
}

// readFolder reads the files of a folder by name.
func readFolder(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

// zipOf zips files (name -> bytes) under the folder top ("" for none).
func zipOf(t *testing.T, top string, files map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range slices.Sorted(mapsKeys(files)) {
		w, err := zw.Create(strings.TrimPrefix(top+"/"+name, "/"))
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[name])
	}
	zw.Close()
	return b.Bytes()
}

func mapsKeys(m map[string][]byte) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// fillForm fills the first n partners of a form's ratings sheet (lang's
// sheet name) with rung, trust and value, as a respondent would in Excel,
// and returns the saved form.
func fillForm(t *testing.T, form []byte, lang string, n int, rung, trust, value any) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(form))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := graph.SurveyFormWords(lang).Ratings
	for row := 2; row < 2+n; row++ {
		for col, v := range []any{rung, trust, value} {
			cell, _ := excelize.CoordinatesToCellName(graph.SurveyColRung+1+col, row)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestServeSurveyMakeSameAsCLI: the .zip of /api/survey/make holds one
// form per partner, each with the bytes gbo survey make writes for the
// same case, language and key, under the same names, sorted, at a fixed
// time; the same request gives the same bytes again; for a sample and for
// an uploaded workbook.
func TestServeSurveyMakeSameAsCLI(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	dir := t.TempDir()
	bookPath := filepath.Join(dir, "grensobject.xlsx")
	if _, stderr, code := runGBO(t, "template", "--from", "sample:grensobject", "-o", bookPath); code != 0 {
		t.Fatal(stderr)
	}
	book, err := os.ReadFile(bookPath)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct {
		arg, lang string
		form      *form
		partners  int
	}{
		{"sample:golf-2024", "nl", &form{fields: map[string]string{"sample": "golf-2024", "lang": "nl"}}, 0},
		{bookPath, "fr", &form{fields: map[string]string{"lang": "fr"}, files: []namedFile{{"grensobject.xlsx", book}}}, 0},
	} {
		out := filepath.Join(dir, fmt.Sprint("forms", i))
		if _, stderr, code := runGBO(t, "survey", "make", c.arg, "-o", out, "--lang", c.lang); code != 0 {
			t.Fatal(stderr)
		}
		want := readFolder(t, out)
		w := do(t, s, http.MethodPost, "/api/survey/make", c.form, nil)
		if w.Code != 200 || w.Header().Get("Content-Type") != "application/zip" || !strings.Contains(w.Header().Get("Content-Disposition"), `filename="survey-forms.zip"`) {
			t.Fatalf("%s: %d %v %s", c.arg, w.Code, w.Header(), w.Body)
		}
		checkHeaders(t, c.arg, w)
		names, got := unzipAll(t, w.Body.Bytes())
		if !slices.IsSorted(names) || len(names) != len(want) || len(want) < 3 {
			t.Errorf("%s: names %v, CLI wrote %d forms", c.arg, names, len(want))
		}
		for name, b := range want {
			if !bytes.Equal(got[name], b) {
				t.Errorf("%s: %s differs from gbo survey make's (%d vs %d bytes)", c.arg, name, len(got[name]), len(b))
			}
		}
		again := do(t, s, http.MethodPost, "/api/survey/make", c.form, nil)
		if !bytes.Equal(again.Body.Bytes(), w.Body.Bytes()) {
			t.Errorf("%s: a second request gives other bytes", c.arg)
		}
	}
	// Survey make reads no analysis settings: refused as the CLI refuses them.
	w := do(t, s, http.MethodPost, "/api/survey/make", &form{fields: map[string]string{"sample": "golf-2024", "as_of": "2024-01-01"}}, nil)
	var ps []apiProblem
	if w.Code != 422 || json.Unmarshal(w.Body.Bytes(), &ps) != nil || len(ps) != 1 || !strings.Contains(ps[0].Message, "as-of") {
		t.Errorf("as_of for survey make: %d %s", w.Code, w.Body)
	}
}

// returnedForms makes the forms of sample:golf-2024 in Dutch with the CLI
// into a folder, fills two of them in, and returns the folder and its
// files by name.
func returnedForms(t *testing.T) (string, map[string][]byte) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "antwoorden")
	if _, stderr, code := runGBO(t, "survey", "make", "sample:golf-2024", "-o", dir, "--lang", "nl"); code != 0 {
		t.Fatal(stderr)
	}
	files := readFolder(t, dir)
	names := slices.Sorted(mapsKeys(files))
	files[names[0]] = fillForm(t, files[names[0]], "nl", 3, 3, 2, 4)
	files[names[1]] = fillForm(t, files[names[1]], "nl", 2, "kennisdeling", "3", 1)
	for _, n := range names[:2] {
		if err := os.WriteFile(filepath.Join(dir, n), files[n], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, files
}

// TestServeSurveyCollectSameAsCLI: the returned forms, two filled in,
// sent as several .xlsx files or as one .zip (in a folder or not), give
// the ties.csv bytes gbo survey collect writes from a folder of them;
// with the case (a sample), the new workbook gbo survey collect --case
// writes.
func TestServeSurveyCollectSameAsCLI(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	dir, files := returnedForms(t)
	out := t.TempDir()
	if _, stderr, code := runGBO(t, "survey", "collect", dir, "-o", filepath.Join(out, "ties.csv")); code != 0 {
		t.Fatal(stderr)
	}
	if _, stderr, code := runGBO(t, "survey", "collect", dir, "--case", "sample:golf-2024", "-o", filepath.Join(out, "new.xlsx")); code != 0 {
		t.Fatal(stderr)
	}
	ties, err := os.ReadFile(filepath.Join(out, "ties.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(ties, []byte("\n")); n != 1+3+2 {
		t.Fatalf("the CLI collected %d lines:\n%s", n, ties)
	}
	newBook, err := os.ReadFile(filepath.Join(out, "new.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	var loose []namedFile
	for _, n := range slices.Sorted(mapsKeys(files)) {
		loose = append(loose, namedFile{n, files[n]})
	}
	for _, c := range []struct {
		what  string
		files []namedFile
	}{
		{"files", loose},
		{"zip", []namedFile{{"antwoorden.zip", zipOf(t, "", files)}}},
		{"zip of a folder", []namedFile{{"x.zip", zipOf(t, "antwoorden", files)}}},
	} {
		w := do(t, s, http.MethodPost, "/api/survey/collect", &form{field: "forms", files: c.files, fields: map[string]string{"lang": "en"}}, nil)
		if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), ties) || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/csv") {
			t.Errorf("%s: %d, ties.csv differs from the CLI's:\n%s\nwant:\n%s", c.what, w.Code, w.Body, ties)
		}
		w = do(t, s, http.MethodPost, "/api/survey/collect", &form{field: "forms", files: c.files, fields: map[string]string{"sample": "golf-2024"}}, nil)
		if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), newBook) || !strings.Contains(w.Header().Get("Content-Disposition"), ".xlsx") {
			t.Errorf("%s --case: %d, the workbook differs from the CLI's (%d vs %d bytes) %s", c.what, w.Code, w.Body.Len(), len(newBook), w.Body.String()[:min(200, w.Body.Len())])
		}
	}
}

// TestServeSurveyCollectProblems: a form edited after it was made (its
// respondent changed: the signature no longer fits) and a form with a
// rung out of range give 422 and the problem list with the form's name,
// its sheet, row and column, severity and the CLI's own message; forms
// of another case than the one given are refused as the CLI refuses them.
func TestServeSurveyCollectProblems(t *testing.T) {
	s := newTestServer(t, serveOptions{})
	dir, files := returnedForms(t)
	names := slices.Sorted(mapsKeys(files))
	f, err := excelize.OpenReader(bytes.NewReader(files[names[2]]))
	if err != nil {
		t.Fatal(err)
	}
	respondent, _ := f.GetCellValue(graph.SurveyCheckSheet, "B2")
	other, _ := f.GetCellValue(graph.SurveyCheckSheet, "A9")
	if other == respondent {
		other, _ = f.GetCellValue(graph.SurveyCheckSheet, "A10")
	}
	f.SetCellStr(graph.SurveyCheckSheet, "B2", other)
	var b bytes.Buffer
	f.WriteTo(&b)
	f.Close()
	files[names[2]] = b.Bytes()
	files[names[3]] = fillForm(t, files[names[3]], "nl", 1, 7, 2, 2)
	for _, n := range names[2:4] {
		os.WriteFile(filepath.Join(dir, n), files[n], 0o644)
	}
	_, stderr, code := runGBO(t, "survey", "collect", dir, "-o", filepath.Join(t.TempDir(), "ties.csv"))
	if code != 2 {
		t.Fatalf("CLI: %d %s", code, stderr)
	}
	ratings := graph.SurveyFormWords("nl").Ratings
	for _, c := range []struct {
		what, label string
		files       []namedFile
	}{
		{"zip", "antwoorden", []namedFile{{"antwoorden.zip", zipOf(t, "", files)}}},
		{"files", "forms", func() (out []namedFile) {
			for _, n := range names {
				out = append(out, namedFile{n, files[n]})
			}
			return out
		}()},
	} {
		w := do(t, s, http.MethodPost, "/api/survey/collect", &form{field: "forms", files: c.files, fields: map[string]string{"lang": "en"}}, nil)
		var ps []apiProblem
		if w.Code != 422 || json.Unmarshal(w.Body.Bytes(), &ps) != nil {
			t.Fatalf("%s: %d %s", c.what, w.Code, w.Body)
		}
		want := map[string]bool{
			fmt.Sprintf("%s/%s:%s:7:2 error", c.label, names[2], graph.SurveyCheckSheet):          false,
			fmt.Sprintf("%s/%s:%s:2:%d error", c.label, names[3], ratings, graph.SurveyColRung+1): false,
		}
		for _, p := range ps {
			k := fmt.Sprintf("%s:%d:%d %s", p.File, p.Line, p.Column, p.Severity)
			if _, ok := want[k]; ok {
				want[k] = true
				if !strings.Contains(stderr, ": "+p.Message+"\n") {
					t.Errorf("%s: message %q is not the CLI's:\n%s", c.what, p.Message, stderr)
				}
			}
		}
		for k, found := range want {
			if !found {
				t.Errorf("%s: no problem at %s in %+v", c.what, k, ps)
			}
		}
	}
	// The forms of golf-2024 are not those of grensobject.
	w := do(t, s, http.MethodPost, "/api/survey/collect", &form{field: "forms", files: []namedFile{{"a.zip", zipOf(t, "", map[string][]byte{names[0]: files[names[0]]})}},
		fields: map[string]string{"sample": "grensobject", "lang": "en"}}, nil)
	if w.Code != 422 || !strings.Contains(w.Body.String(), "another case") {
		t.Errorf("forms of another case: %d %s", w.Code, w.Body)
	}
}

// TestServeSurveyUploadLimits: the forms' upload is bounded as a case's
// is (the same zip entry count and unzip budget, 413), names of two forms
// that differ in case only, a .zip among other files, and no forms at all
// are refused (400), and forms are refused where a case is expected.
func TestServeSurveyUploadLimits(t *testing.T) {
	s := newTestServer(t, serveOptions{maxUpload: 1 << 20})
	many := map[string][]byte{}
	for i := 0; i <= maxZipEntries; i++ {
		many[fmt.Sprintf("f%03d.xlsx", i)] = []byte("x")
	}
	var big bytes.Buffer
	zw := zip.NewWriter(&big)
	w0, _ := zw.Create("a.xlsx")
	w0.Write(bytes.Repeat([]byte{0}, zipUnzipFactor<<20+1))
	zw.Close()
	for _, c := range []struct {
		what   string
		target string
		f      *form
		status int
		word   string
	}{
		{"entries", "/api/survey/collect", &form{field: "forms", files: []namedFile{{"a.zip", zipOf(t, "", many)}}}, 413, "err_forms_zip_entries"},
		{"unzipped", "/api/survey/collect", &form{field: "forms", files: []namedFile{{"a.zip", big.Bytes()}}}, 413, "err_forms_zip_unzipped"},
		{"case twice", "/api/survey/collect", &form{field: "forms", files: []namedFile{{"a.xlsx", []byte("1")}, {"A.xlsx", []byte("2")}}}, 400, "err_forms_twice"},
		{"case twice in zip", "/api/survey/collect", &form{field: "forms", files: []namedFile{{"a.zip", zipOf(t, "", map[string][]byte{"a.xlsx": nil, "A.XLSX": nil})}}}, 400, "err_forms_twice"},
		{"zip among files", "/api/survey/collect", &form{field: "forms", files: []namedFile{{"a.xlsx", []byte("1")}, {"b.zip", []byte("2")}}}, 400, "err_forms_kind"},
		{"no forms", "/api/survey/collect", sample("golf-2024"), 400, "err_no_forms"},
		{"forms to make", "/api/survey/make", &form{field: "forms", files: []namedFile{{"a.xlsx", []byte("1")}}}, 400, "err_forms_here"},
		{"forms to analyse", "/api/analyse", &form{field: "forms", files: []namedFile{{"a.xlsx", []byte("1")}}}, 400, "err_forms_here"},
	} {
		w := do(t, s, http.MethodPost, c.target, c.f, nil)
		var body map[string]string
		json.Unmarshal(w.Body.Bytes(), &body)
		if w.Code != c.status || !strings.HasPrefix(body["error"], rawPrefix(c.word)) {
			t.Errorf("%s: %d %s, want %d %s", c.what, w.Code, w.Body, c.status, serveT("en", c.word, 0))
		}
	}
}

// TestServeSurveyWritesNothing: making and collecting forms (good, with
// problems, with a case) leaves no file anywhere but the user's own
// pseudonym key, and holds no forms after the answers; without a key,
// survey make creates the user's key (as gbo survey make does: forms must
// be checked weeks later, after the server stopped) and nothing else, and
// forms made so are collected.
func TestServeSurveyWritesNothing(t *testing.T) {
	_, files := returnedForms(t) // with the tests' key, before the folders change
	dirs := map[string]string{}
	for _, v := range []string{"HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA"} {
		d := t.TempDir()
		dirs[v] = d
		t.Setenv(v, d)
	}
	wd := t.TempDir()
	t.Chdir(wd)
	dirs["working folder"] = wd
	s := newTestServer(t, serveOptions{})
	w := do(t, s, http.MethodPost, "/api/survey/make", sample("golf-2024"), nil)
	if w.Code != 200 {
		t.Fatalf("make: %d %s", w.Code, w.Body)
	}
	key, err := defaultKeyPath()
	if err != nil {
		t.Fatal(err)
	}
	_, made := unzipAll(t, w.Body.Bytes())
	names := slices.Sorted(mapsKeys(made))
	made[names[0]] = fillForm(t, made[names[0]], "en", 2, 1, 1, 1)
	zipped := zipOf(t, "", made)
	for _, r := range []struct {
		target string
		f      *form
		status int
	}{
		{"/api/survey/make", &form{files: []namedFile{{"case.zip", mustZipSample(t, "grensobject")}}}, 200},
		{"/api/survey/collect", &form{field: "forms", files: []namedFile{{"returned.zip", zipped}}}, 200},
		{"/api/survey/collect", &form{field: "forms", files: []namedFile{{"returned.zip", zipped}}, fields: map[string]string{"sample": "golf-2024"}}, 200},
		// forms signed with another key (the tests'): 422
		{"/api/survey/collect", &form{field: "forms", files: []namedFile{{names[1], files[names[1]]}, {names[0], files[names[0]]}}}, 422},
	} {
		w := do(t, s, http.MethodPost, r.target, r.f, nil)
		if w.Code != r.status {
			t.Errorf("%s: %d %s", r.target, w.Code, w.Body)
		}
	}
	for name, d := range dirs {
		var found []string
		filepath.WalkDir(d, func(p string, e os.DirEntry, _ error) error {
			if p != d && !e.IsDir() {
				found = append(found, p)
			}
			return nil
		})
		if want := []string{key}; name == "XDG_CONFIG_HOME" && !slices.Equal(found, want) || name != "XDG_CONFIG_HOME" && len(found) > 0 {
			t.Errorf("%s holds %v", name, found)
		}
	}
	heldForms.Lock()
	held := len(heldForms.m)
	heldForms.Unlock()
	uploads.Lock()
	held += len(uploads.m)
	uploads.Unlock()
	if held != 0 {
		t.Errorf("%d uploads still held after their responses", held)
	}
}

// rawPrefix is serve's English message key up to its first verb.
func rawPrefix(key string) string {
	s, _ := locale.Raw("en", "serve."+key)
	return strings.SplitN(s, "%", 2)[0]
}
