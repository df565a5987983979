package workbook

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gbo/graph"
	"gbo/graph/casedata"
)

func surveyCase() *graph.Case {
	return &graph.Case{Case: casedata.Case{Name: "Proef Vlietland", Partners: []graph.Partner{
		{ID: "caw-oost", Name: "CAW Oost", Sector: "CAW"},
		{ID: "ocmw-a", Name: "OCMW A", Sector: "OCMW"},
		{ID: "school-b", Name: "Sint-Jozef", Sector: "onderwijs"},
	}, People: []graph.Person{{ID: "p1", Partner: "caw-oost", Name: "Jan Peeters"}}}}
}

// readBack runs openpyxl (Debian's python3-openpyxl) on a form and returns
// what it sees: sheets and their states, the ratings sheet's cells,
// validations, comments and frozen pane, and the check sheet.
func readBack(t *testing.T, path string) map[string]any {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	script := `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets]}
ws = wb.worksheets[1]
out["cells"] = [[("" if c.value is None else str(c.value)) for c in row] for row in ws.iter_rows()]
out["freeze"] = ws.freeze_panes
out["validations"] = sorted([[str(dv.sqref), dv.type or "", dv.formula1 or ""] for dv in ws.data_validations.dataValidation])
out["comments"] = [ws.cell(row=1, column=c).comment.text if ws.cell(row=1, column=c).comment else "" for c in range(1, 8)]
out["check"] = [[("" if c.value is None else str(c.value)) for c in row] for row in wb.worksheets[2].iter_rows()]
out["instructions"] = "\n".join(str(r[0].value) for r in wb.worksheets[0].iter_rows() if r[0].value)
print(json.dumps(out))
`
	cmd := exec.Command("/usr/bin/python3", "-c", script, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		if strings.Contains(stderr.String(), "No module named 'openpyxl'") {
			t.Skip("openpyxl is not installed (apt-get install python3-openpyxl)")
		}
		t.Fatalf("openpyxl: %v: %s", err, stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func js(v any) string { b, _ := json.Marshal(v); return string(b) }

// TestSurveyFormReadsBackInOpenpyxl: a second reader sees the sheets in
// order with the check sheet very hidden, the other partners with name
// and sector, dropdowns of the rung names and of 1-4, a comment on every
// header, the header row frozen, and the check rows; the instructions
// describe every rung and level and forbid client data and names.
func TestSurveyFormReadsBackInOpenpyxl(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "form.xlsx")
			var b bytes.Buffer
			if err := SurveyForm(&b, surveyOf(lang, surveyCase(), "ocmw-a", testKey)); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			got := readBack(t, path)
			li := map[string]int{"en": 0, "nl": 1}[lang]
			words := graph.SurveyFormWords(lang)
			want := js([][]string{{words.Instructions, "visible"}, {words.Ratings, "visible"}, {"gbo", "veryHidden"}})
			if js(got["sheets"]) != want {
				t.Errorf("sheets %s, want %s", js(got["sheets"]), want)
			}
			head := words.Columns[:]
			wantCells := js([][]string{head, {"caw-oost", "CAW Oost", "CAW", "", "", "", ""}, {"school-b", "Sint-Jozef", "onderwijs", "", "", "", ""}})
			if js(got["cells"]) != wantCells {
				t.Errorf("cells %s, want %s", js(got["cells"]), wantCells)
			}
			if got["freeze"] != "A2" {
				t.Errorf("freeze %v", got["freeze"])
			}
			rungs := `"` + strings.Join(words.Rungs[:], ",") + `"`
			wantDV := js([][]string{{"D2:D3", "list", rungs}, {"E2:E3", "list", `"1,2,3,4"`}, {"F2:F3", "list", `"1,2,3,4"`}})
			if js(got["validations"]) != wantDV {
				t.Errorf("validations %s, want %s", js(got["validations"]), wantDV)
			}
			for i, c := range got["comments"].([]any) {
				if !strings.Contains(c.(string), word(lang, "survey_help_"+surveyHelpKeys[i])) {
					t.Errorf("comment of %s: %q", head[i], c)
				}
			}
			fp := graph.SurveyFingerprint("Proef Vlietland", []string{"school-b", "ocmw-a", "caw-oost"})
			wantCheck := js([][]string{{graph.SurveyFormTag, graph.SurveyFormVersion}, {"respondent", "ocmw-a"}, {"case", "Proef Vlietland"},
				{"fingerprint", fp}, {"lang", lang}, {"partners", "3"}, {"signature", graph.SurveySignature(testKey, "ocmw-a", fp)},
				{"caw-oost", ""}, {"ocmw-a", ""}, {"school-b", ""}})
			if js(got["check"]) != wantCheck {
				t.Errorf("check %s, want %s", js(got["check"]), wantCheck)
			}
			ins := got["instructions"].(string)
			for _, w := range append(words.Rungs[:], "OCMW A (ocmw-a)", word(lang, "survey_trust_4"), word(lang, "survey_value_1"),
				[]string{"Never enter client data, and never names of people.", "Vul nooit cliëntgegevens in, en nooit namen van personen."}[li]) {
				if !strings.Contains(ins, w) {
					t.Errorf("instructions lack %q", w)
				}
			}
			if strings.Contains(string(b.Bytes()), "Jan Peeters") || strings.Contains(ins, "Jan Peeters") {
				t.Error("a person's name is in the form")
			}
		})
	}
}

// TestSurveyFormIsTheSameBytesTwice: same options, same bytes.
func TestSurveyFormIsTheSameBytesTwice(t *testing.T) {
	var a, b bytes.Buffer
	for _, w := range []*bytes.Buffer{&a, &b} {
		if err := SurveyForm(w, surveyOf("nl", surveyCase(), "caw-oost", testKey)); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two forms of the same options differ")
	}
}

// TestSurveyFormRefusesWhatItCannotWrite: an unknown respondent and a
// case beyond MaxSurveyPartners are errors before anything is written.
func TestSurveyFormRefusesWhatItCannotWrite(t *testing.T) {
	// Each refusal is its own error, naming the respondent or the count,
	// and writes nothing.
	var b bytes.Buffer
	if err := SurveyForm(&b, surveyOf("en", surveyCase(), "nobody", testKey)); !errors.Is(err, ErrNoRespondent) ||
		!strings.Contains(err.Error(), `"nobody"`) || b.Len() > 0 {
		t.Errorf("unknown respondent: %v, %d bytes", err, b.Len())
	}
	big := &graph.Case{}
	for i := 0; i <= graph.MaxSurveyPartners; i++ {
		big.Partners = append(big.Partners, graph.Partner{ID: "p" + js(i)})
	}
	if err := SurveyForm(&b, surveyOf("en", big, big.Partners[0].ID, testKey)); !errors.Is(err, ErrSurveyTooLarge) ||
		!strings.HasPrefix(err.Error(), js(graph.MaxSurveyPartners+1)+" partners: ") || b.Len() > 0 {
		t.Errorf("too many partners: %v, %d bytes", err, b.Len())
	}
	c := surveyCase()
	if err := SurveyForm(&b, surveyOf("en", c, c.Partners[0].ID, nil)); !errors.Is(err, ErrNoSurveyKey) || b.Len() > 0 {
		t.Errorf("no key: %v, %d bytes", err, b.Len())
	}
	// At the limit, the form is written.
	big.Partners = big.Partners[:graph.MaxSurveyPartners]
	if err := SurveyForm(&b, surveyOf("en", big, big.Partners[0].ID, testKey)); err != nil || b.Len() == 0 {
		t.Errorf("at the limit of %d partners: %v", graph.MaxSurveyPartners, err)
	}
}

// TestSurveyFileNamesAreSafeEverywhere: characters and names Windows
// refuses, ids equal but for case, long ids and leading dots get a safe
// name each, and every id its own name.
func TestSurveyFileNamesAreSafeEverywhere(t *testing.T) {
	ids := []string{"caw-oost", "CON", "nul.backup", "a/b", `x:y*?`, "CAW-OOST", ".verborgen", "~$lock", "com1", "eind. ",
		strings.Repeat("lang", 40), "Huis van het Kind", "tab\there"}
	names := SurveyFileNames(ids)
	seen := map[string]bool{}
	for i, n := range names {
		stem := strings.TrimSuffix(n, ".xlsx")
		low := strings.ToLower(stem)
		base, _, _ := strings.Cut(low, ".")
		switch {
		case !strings.HasSuffix(n, ".xlsx"), strings.ContainsAny(stem, "<>:\"/\\|?*\t"), windowsReserved[base],
			strings.HasPrefix(stem, "."), strings.HasPrefix(stem, "~"), strings.HasSuffix(stem, "."), strings.HasSuffix(stem, " "),
			len(stem) > maxFileStem+7, seen[strings.ToLower(n)]:
			t.Errorf("%q -> %q is not a safe, unique name", ids[i], n)
		}
		seen[strings.ToLower(n)] = true
	}
	if names[0] != "caw-oost-"+names[0][9:15]+".xlsx" || names[11] != "Huis van het Kind.xlsx" {
		t.Errorf("names %q", names)
	}
}

// testKey signs the test forms.
var testKey = graph.SurveyKey([]byte("0123456789abcdef0123456789abcdef"))

// TestSurveyFileNamesAreUniqueByConstruction: ids chosen so that the name
// one id gets by its hash suffix is the name another id has by right
// ("a/b" beside "a_b-c14cdd"), or equal once case-folded or normalised
// (NFC "é" beside NFD "é", "ǅ" beside "ǆ", "ß" beside "SS"), all get names
// that differ as Windows and macOS compare them.
func TestSurveyFileNamesAreUniqueByConstruction(t *testing.T) {
	hashName := func(id string) string { return SurveyFileNames([]string{id})[0] }
	sets := [][]string{
		{"a/b", strings.TrimSuffix(hashName("a/b"), ".xlsx")},
		{strings.TrimSuffix(hashName("a/b"), ".xlsx"), "a/b"},
		{"caf\u00e9", "cafe\u0301", "CAF\u00c9", "CAFE\u0301"},
		{"\u01c5", "\u01c6", "\u01c4"},
		{"stra\u00dfe", "STRASSE", "strasse"},
		{"x", "X", "x.", "x ", "x?", strings.TrimSuffix(hashName("X"), ".xlsx"), strings.TrimSuffix(hashName("x."), ".xlsx")},
	}
	for _, ids := range sets {
		names := SurveyFileNames(ids)
		seen := map[string]string{}
		for i, n := range names {
			k := nameKey(n)
			if prev, ok := seen[k]; ok {
				t.Errorf("%q: %q and %q get one name %q", ids, prev, ids[i], n)
			}
			seen[k] = ids[i]
			if !strings.HasSuffix(n, ".xlsx") || strings.ContainsAny(n, "/\\?") {
				t.Errorf("%q -> %q", ids[i], n)
			}
		}
		if again := SurveyFileNames(ids); strings.Join(again, "|") != strings.Join(names, "|") {
			t.Errorf("%q: names differ from run to run", ids)
		}
	}
}
