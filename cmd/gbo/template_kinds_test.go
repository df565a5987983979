package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kindsCase writes a case that needs more than the default model: kinds
// of its own ("warme overdracht", an alias of warme_overdracht, rung 3;
// huisbezoek, rung 4, no alias), partner attribute columns (a region, a
// code with leading zeros, a number) and, with people, a people column.
// depth is the case.toml [depth] part ("" for none).
func kindsCase(t *testing.T, depth string, people bool) string {
	t.Helper()
	dir := t.TempDir()
	ev := "datum,van,met,soort\n" +
		"2024-01-10,caw,ocmw,warme overdracht\n2024-02-10,ocmw,dmw,huisbezoek\n2024-03-10,caw,dmw,overleg\n" +
		"2024-04-02,dmw,caw|ocmw,Warme overdracht\n2024-05-20,buurt,caw,kennismaking\n"
	if people {
		ev = "datum,van,met,soort,personen\n" +
			"2024-01-10,caw,ocmw,warme overdracht,p1\n2024-02-10,ocmw,dmw,huisbezoek,p2|p3\n2024-03-10,caw,dmw,overleg,p1\n" +
			"2024-04-02,dmw,caw|ocmw,Warme overdracht,p3\n2024-05-20,buurt,caw,kennismaking,\n"
	}
	files := map[string]string{
		"partners.csv": "id,naam,sector,regio,code,budget\n" +
			"caw,CAW Oost,CAW,Oost,007,12\nocmw,OCMW Gent,OCMW,Gent,010,3.5\ndmw,DMW,DMW,,,\nbuurt,Buurtwerk,buurtwerk,Gent,x-1,\n",
		"interactions.csv": ev,
		"ties.csv":         "van,naar,diepte,vertrouwen,waarde\ncaw,ocmw,4,3,2\nocmw,caw,2,4,\nbuurt,dmw,1,,\n",
		"case.toml":        "name = \"eigen soorten\"\nas_of = 2024-06-30\n" + depth,
	}
	if people {
		files["people.csv"] = "id,partner,role\np1,caw,onthaal\np2,ocmw,\np3,dmw,\n"
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const ownKindsTOML = "[depth]\nhalf_life = 180\ncombine = \"mean\"\n[depth.kinds]\n" +
	"warme_overdracht = { rung = 3, aliases = [\"warme overdracht\"] }\nhuisbezoek = 4\n"

// TestTemplateCarriesTheDepthModelAndAttributes pins the kind "a case
// with more than the template's fixed columns": the kinds of its own
// depth model (from case.toml [depth.kinds], from --depth-model, or a
// model that replaces the default kinds), its half-life and combine rule,
// and its partners' attribute columns. template --from writes them into
// the workbook, and the workbook alone (no --depth-model) reads back to
// the same ties and the same export, in English and in Dutch, with and
// without people.
func TestTemplateCarriesTheDepthModelAndAttributes(t *testing.T) {
	model := filepath.Join(t.TempDir(), "model.toml")
	if err := os.WriteFile(model, []byte("threshold = 0.8\n[kinds]\nwarme_overdracht = { rung = 3, aliases = [\"warme overdracht\", \"overdracht\"] }\nhuisbezoek = 4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	only := filepath.Join(t.TempDir(), "only.toml")
	if err := os.WriteFile(only, []byte("replace_kinds = true\n[kinds]\nwarme_overdracht = { rung = 3, aliases = [\"warme overdracht\"] }\nhuisbezoek = 4\n"+
		"overleg = 1\nkennismaking = { rung = 1, aliases = [\"intro\"] }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		depth  string   // case.toml [depth]
		flags  []string // for reading the original
		people bool
	}{
		{name: "case.toml kinds", depth: ownKindsTOML},
		{name: "case.toml kinds, with people", depth: ownKindsTOML, people: true},
		{name: "--depth-model kinds", flags: []string{"--depth-model", model}, people: true},
		{name: "a model replacing the default kinds", flags: []string{"--depth-model", only}},
	} {
		for _, lang := range []string{"en", "nl"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				dir := kindsCase(t, tc.depth, tc.people)
				book := filepath.Join(t.TempDir(), "t.xlsx")
				args := append([]string{"template", "--from", dir, "-o", book, "--lang", lang}, tc.flags...)
				if _, errOut, code := runGBO(t, args...); code != 0 {
					t.Fatalf("template: status %d: %s", code, errOut)
				}
				want := tiesWithoutLabel(t, append([]string{dir}, tc.flags...)...)
				if d := jsonDiff(want, tiesWithoutLabel(t, book), ""); d != "" {
					t.Errorf("ties of the workbook differ: %s", d)
				}
				// The export: every partner attribute and measure.
				exp := func(in string, flags ...string) string {
					out := filepath.Join(t.TempDir(), "n.json")
					if _, errOut, code := runGBO(t, append([]string{"export", in, "-o", out}, flags...)...); code != 0 {
						t.Fatalf("export %s: %s", in, errOut)
					}
					b, err := os.ReadFile(out)
					if err != nil {
						t.Fatal(err)
					}
					return string(b)
				}
				a, b := exp(dir, tc.flags...), exp(book)
				if a != b {
					t.Errorf("export of the workbook differs:\n%s\n%s", a, b)
				}
				for _, w := range []string{`"attr_code": "007"`, `"attr_regio": "Oost"`, `"attr_budget": "3.5"`} {
					if !strings.Contains(b, w) {
						t.Errorf("export of the workbook lacks %s", w)
					}
				}
			})
		}
	}
}

// TestTemplateKindsSeenByOpenpyxl: a second reader finds the case's own
// kinds in the list the kind dropdown reads, named in the chosen language
// (a Dutch alias in Dutch), on the instructions sheet's ladder, and the
// attribute columns on the partners sheet.
func TestTemplateKindsSeenByOpenpyxl(t *testing.T) {
	py := openpyxl(t)
	dir := kindsCase(t, ownKindsTOML, false)
	for _, tc := range []struct{ lang, events, kind, own, partners string }{
		{"en", "interactions", "kind", "warme_overdracht", "partners"},
		{"nl", "interacties", "soort", "warme overdracht", "partners"},
	} {
		book := filepath.Join(t.TempDir(), tc.lang+".xlsx")
		if _, errOut, code := runGBO(t, "template", "--from", dir, "-o", book, "--lang", tc.lang); code != 0 {
			t.Fatal(errOut)
		}
		out := runPy(t, py, `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
hdr = [c.value for c in ws[1]]
col = openpyxl.utils.get_column_letter(hdr.index(sys.argv[3]) + 1)
dv = [dv for dv in ws.data_validations.dataValidation if col + "2" in dv.sqref][0]
sheet, rng = dv.formula1.split("!")
src = wb[sheet.strip("'")]
first, last = rng.replace("$", "").split(":")
print("|".join(str(r[0].value) for r in src[first:last] if r[0].value is not None))
print("|".join(str(c.value) for c in wb.worksheets[0]["A"] if c.value))
print("|".join(str(c.value) for c in wb[sys.argv[4]][1]))
print("|".join(str(c.value) for c in wb[sys.argv[4]][2]))
print("|".join(str(c.number_format) for c in wb[sys.argv[4]][2]))`, book, tc.events, tc.kind, tc.partners)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 5 {
			t.Fatalf("%s: openpyxl said %q", tc.lang, out)
		}
		kinds := strings.Split(lines[0], "|")
		if !contains(kinds, tc.own) || !contains(kinds, "huisbezoek") {
			t.Errorf("%s: the kind dropdown lists %v, want %q and huisbezoek in it", tc.lang, kinds, tc.own)
		}
		if !strings.Contains(lines[1], "3  ") || !strings.Contains(lines[1], tc.own) || !strings.Contains(lines[1], "huisbezoek (4)") {
			t.Errorf("%s: the instructions do not show the own kinds on the ladder: %s", tc.lang, lines[1])
		}
		if !strings.HasSuffix(lines[2], "|budget|code|regio") || !strings.HasSuffix(lines[3], "|12|007|Oost") {
			t.Errorf("%s: partners sheet header %q, first row %q; want the attribute columns", tc.lang, lines[2], lines[3])
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
