package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Faults a new-user test found in the case readers (issue 12, item 4),
// one test per kind.

// findingsPartners is a partners sheet of n partners P01..Pn.
func findingsPartners(n int) [][]any {
	rows := [][]any{{"id", "naam", "sector"}}
	for i := 1; i <= n; i++ {
		rows = append(rows, []any{fmt.Sprintf("P%02d", i), fmt.Sprintf("Partner %d", i), "CAW"})
	}
	return rows
}

// findingsEvents is an interactions sheet of n events among partners P01..P12.
func findingsEvents(n int) [][]any {
	rows := [][]any{{"datum", "van", "met", "soort"}}
	for i := 0; i < n; i++ {
		rows = append(rows, []any{day(2024, 1+i%12, 1+i%28), fmt.Sprintf("P%02d", 1+i%12), fmt.Sprintf("P%02d", 1+(i+1)%12), "overleg"})
	}
	return rows
}

// Kind 1a: a sheet that is not read (a copy Excel renamed, a sheet typed
// otherwise, a second sheet of a table) is named in a warning with the
// case sheet it looks like and what to do; gbo's own helper sheets are
// not. A case with partners and neither events nor ratings is an error
// listing the sheets found, also when an empty ties sheet is there.
func TestSheetsNotReadAreNamed(t *testing.T) {
	// What spreadsheet programs and users make of the name of a copied or
	// re-saved interactions sheet.
	for _, name := range []string{"Interacties1", "Interacties (2)", "Kopie van interacties", "Copy of Interactions",
		"interactions.csv.txt", "Interactie", " INTERACTIES 2024 "} {
		path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
			{"Instructies", [][]any{{"Vul de bladen in."}}},
			{"Partners", findingsPartners(12)},
			{name, findingsEvents(40)},
			{"Banden", [][]any{{"van", "naar", "diepte"}}},
			// An error of the case sheet explains no missing event.
			{"Instellingen", [][]any{{"sleutel", "waarde"}, {"depth.half_life", "lang"}}},
		})
		c, ps := readBook(t, path)
		like := only(ps, "sheet_not_read_like")
		if len(like) != 1 || like[0].Severity != Warning || like[0].Pos.File != path+":"+name ||
			like[0].Args[0] != name || sheetAliases[like[0].Args[1]] != "interactions" {
			t.Errorf("%q: sheet_not_read_like = %v", name, like)
		}
		for _, p := range ps {
			if strings.HasSuffix(p.Pos.File, ":Instructies") {
				t.Errorf("%q: gbo's own instructions sheet warned about: %v", name, p)
			}
		}
		empty := only(ps, "no_events_or_ratings_sheets")
		if len(empty) != 1 || empty[0].Severity != Error || empty[0].Pos.File != path || len(c.Events) != 0 {
			t.Fatalf("%q: want one no_events_or_ratings_sheets error at the workbook, got %v", name, ps)
		}
		for _, lang := range []string{"en", "nl"} {
			m := empty[0].Message(lang)
			for _, want := range []string{`"Partners"`, fmt.Sprintf("%q", name), `"Banden"`, `"interacties"`, `"banden"`} {
				if !strings.Contains(m, want) {
					t.Errorf("%q %s: %s lacks %s", name, lang, m, want)
				}
			}
			if m := like[0].Message(lang); !strings.Contains(m, `"interact`) {
				t.Errorf("%q %s: %s does not say what to rename it to", name, lang, m)
			}
		}
		// Renamed as the warning says, the sheet is read.
		path2 := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
			{"Partners", findingsPartners(12)},
			{like[0].Args[1], findingsEvents(40)},
			{"Banden", [][]any{{"van", "naar", "diepte"}}},
		})
		c2, ps2 := readBook(t, path2)
		if ps2.HasErrors() || len(c2.Events) != 40 {
			t.Errorf("%q renamed to %q: %d events, %v", name, like[0].Args[1], len(c2.Events), ps2.Errors())
		}
	}

	// A second sheet of a table, a copy of a sheet that is read, and a
	// sheet that looks like none.
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"Partners", findingsPartners(12)},
		{"partnerorganisaties", findingsPartners(2)},
		{"Interacties", findingsEvents(3)},
		{"Interacties (2)", findingsEvents(3)},
		{"Blad1", [][]any{{"x"}, {"1"}}},
	})
	_, ps := readBook(t, path)
	got := map[string][]string{}
	for _, p := range ps {
		if strings.HasPrefix(p.Code, "sheet_not_read") {
			got[p.Code] = append(got[p.Code], strings.Join(p.Args, "|"))
		}
	}
	for _, l := range got {
		sort.Strings(l)
	}
	want := map[string][]string{
		"sheet_not_read_copy": {"Interacties (2)|Interacties", "partnerorganisaties|Partners"},
		"sheet_not_read":      {"Blad1"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if ps.HasErrors() {
		t.Errorf("a case with events: %v", ps.Errors())
	}

	// A command that needs only the partners (gbo survey make) reads a
	// partners-only workbook without an error.
	path = writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"Partners", findingsPartners(3)}, {"Banden", [][]any{{"van", "naar", "diepte"}}},
	})
	src, _ := Open(path)
	opt := fakeOptions
	opt.PartnersOnly = true
	if _, ps := Read(src, opt); ps.HasErrors() {
		t.Errorf("PartnersOnly: %v", ps.Errors())
	}
}

// Kind 1b: in a case folder, a file whose name looks like a case file's but
// is not read is named in a warning with the name it should have; other
// files are not; a case of partners only is an error listing the files.
func TestFolderFilesNotReadAreNamed(t *testing.T) {
	dir := writeDir(t, map[string]string{
		"partners.csv":          "id,sector\nA,CAW\nB,OCMW\n",
		"interactions (1).csv":  "date,from,with,kind\n2024-01-01,A,B,overleg\n",
		"Interacties.CSV.txt":   "date,from,with,kind\n2024-01-01,A,B,overleg\n",
		"ties.csv":              "from,to,depth\n",
		"Case (1).toml":         "name = \"x\"\n",
		"README.md":             "partners and interactions\n",
		"interactions_map.html": "<p>",
	})
	src, _ := Open(dir)
	_, ps := Read(src, fakeOptions)
	got := map[string]string{}
	for _, p := range only(ps, "file_not_read_like") {
		if p.Pos.File != filepath.Join(dir, p.Args[0]) || p.Severity != Warning {
			t.Errorf("%v", p)
		}
		got[p.Args[0]] = p.Args[1]
	}
	want := map[string]string{"interactions (1).csv": "interactions.csv", "Interacties.CSV.txt": "interactions.csv", "Case (1).toml": "case.toml"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("file_not_read_like: got %v, want %v (all: %v)", got, want, ps)
	}
	empty := only(ps, "no_events_or_ratings")
	if len(empty) != 1 || empty[0].Pos.File != dir {
		t.Fatalf("want no_events_or_ratings at the folder: %v", ps)
	}
	for _, lang := range []string{"en", "nl"} {
		m := empty[0].Message(lang)
		if !strings.Contains(m, `"interactions (1).csv"`) || !strings.Contains(m, "interactions.csv") || !strings.Contains(m, "ties.csv") {
			t.Errorf("%s: %s", lang, m)
		}
	}
	// With the right file there too, the look-alike is a copy.
	if err := os.WriteFile(filepath.Join(dir, "interactions.csv"), []byte("date,from,with,kind\n2024-01-01,A,B,overleg\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ps = Read(src, fakeOptions)
	if ps.HasErrors() || len(only(ps, "file_not_read_copy")) != 2 || len(only(ps, "file_not_read_like")) != 1 {
		t.Errorf("with interactions.csv: %v", ps)
	}
}

// caseSheetBook writes a workbook whose Instellingen sheet holds rows,
// with interactions of kind "warme overdracht".
func caseSheetBook(t *testing.T, rows ...[]any) string {
	return writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), []sheet{
		{"Partners", findingsPartners(3)},
		{"Interacties", [][]any{{"datum", "van", "met", "soort"},
			{day(2024, 1, 1), "P01", "P02", "warme overdracht"}, {day(2024, 1, 2), "P02", "P03", "overleg"}}},
		{"Instellingen", append([][]any{{"sleutel", "waarde"}}, rows...)},
	})
}

// parserWords are words of the TOML parser's messages, which no problem
// of the case sheet may show.
var parserWords = regexp.MustCompile(`(?i)case\.toml|expected|got|toml|incompatible|bare|\bkey '|destination`)

// Kind 2: a key row of the case sheet is read as the user meant it (a
// kind with spaces); a fault of a key or a value is reported at its row
// and its column (key 1, value 2), in words, in both languages, naming
// the sheet and never case.toml or the parser's words.
func TestCaseSheetRowsAsTyped(t *testing.T) {
	path := caseSheetBook(t,
		[]any{"depth.kinds.warme overdracht", 3},
		[]any{"depth.kinds.telefonisch contact.rung", 1},
		[]any{"depth.kinds.telefonisch contact.aliases", "gebeld | telefoon"},
		[]any{`depth.kinds."a.b"`, 2},
		[]any{"depth.replace_kinds", "nee"},
	)
	c, ps := readBook(t, path)
	if ps.HasErrors() {
		t.Fatalf("%v", ps.Errors())
	}
	if k := c.Depth.Kinds["warme overdracht"]; k.Rung != 3 || len(c.Events) != 2 {
		t.Errorf("kinds %v, %d events", c.Depth.Kinds, len(c.Events))
	}
	if k := c.Depth.Kinds["telefonisch contact"]; k.Rung != 1 || fmt.Sprint(k.Aliases) != "[gebeld telefoon]" {
		t.Errorf("telefonisch contact: %+v", k)
	}
	if k, ok := c.Depth.Kinds["a.b"]; !ok || k.Rung != 2 {
		t.Errorf("quoted key: %v", c.Depth.Kinds)
	}

	for _, tc := range []struct {
		rows [][]any
		code string
		row  int
		col  int
	}{
		{[][]any{{"depth.kinds..x", 3}}, "case_key_empty_part", 2, 1},
		{[][]any{{"depth.kinds.x.", 3}}, "case_key_empty_part", 2, 1},
		{[][]any{{"depth.half_life", "een half jaar"}}, "case_bad_days", 2, 2},
		{[][]any{{"depth.threshold", "laag"}}, "case_bad_number", 2, 2},
		{[][]any{{"depth.kinds.warme overdracht", "drie"}}, "case_bad_rung", 2, 2},
		{[][]any{{"depth.kinds.warme overdracht", 7}}, "case_bad_rung", 2, 2},
		{[][]any{{"depth.kinds.warme overdracht", 2.5}}, "case_bad_rung", 2, 2},
		{[][]any{{"depth.replace_kinds", "misschien"}}, "case_bad_yes_no", 2, 2},
		{[][]any{{"depth.combine", 3}}, "case_bad_text", 2, 2},
		{[][]any{{"depth.kinds.x", 3}, {"depth.kinds.x", 2}}, "case_key_twice", 3, 1},
		{[][]any{{"depth.kinds.x", 3}, {"depth.kinds.x.rung", 2}}, "case_key_conflict", 3, 1},
		// depth.kinds is a table: a row names one kind, never the table itself.
		{[][]any{{"depth.kinds", 3}, {"depth.kinds.x", 2}}, "case_key_bad", 2, 1},
		{[][]any{{"depth.kinds.x.kleur", 3}}, "unknown_key", 2, 1},
	} {
		path := caseSheetBook(t, tc.rows...)
		_, ps := readBook(t, path)
		var found bool
		for _, p := range ps {
			if !strings.HasSuffix(p.Pos.File, ":Instellingen") {
				continue
			}
			for _, lang := range []string{"en", "nl"} {
				if m := p.Message(lang); parserWords.MatchString(m) {
					t.Errorf("%v %s: parser's words: %s", tc.rows, lang, m)
				}
			}
			if p.Code == tc.code && p.Pos.Line == tc.row && p.Pos.Col == tc.col && p.Pos.File == path+":Instellingen" {
				found = true
			}
		}
		if !found {
			t.Errorf("%v: want %s at row %d column %d, got %v", tc.rows, tc.code, tc.row, tc.col, ps)
		}
	}
}

// Kind 2b: the unknown-kind advice names where to add the kind: in a
// workbook, a row depth.kinds.NAME of its case sheet as named there (or
// the name it would have); in a folder, case.toml's [depth.kinds]. The
// advice, followed, makes the kind known.
func TestUnknownKindAdviceFitsTheSource(t *testing.T) {
	for _, tc := range []struct {
		sheets []sheet
		where  string
	}{
		{[]sheet{{"Partners", findingsPartners(3)}, {"Interacties", [][]any{{"datum", "van", "met", "soort"}, {day(2024, 1, 1), "P01", "P02", "warme overdracht"}}},
			{" Instellingen ", [][]any{{"sleutel", "waarde"}, {"naam", "x"}}}}, " Instellingen "},
		{[]sheet{{"Partners", findingsPartners(3)}, {"Interacties", [][]any{{"datum", "van", "met", "soort"}, {day(2024, 1, 1), "P01", "P02", "warme overdracht"}}}}, "instellingen"},
		{[]sheet{{"Partners", findingsPartners(3)}, {"Interactions", [][]any{{"date", "from", "with", "kind"}, {day(2024, 1, 1), "P01", "P02", "warme overdracht"}}}}, "case"},
	} {
		path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), tc.sheets)
		_, ps := readBook(t, path)
		uk := only(ps, "unknown_kind")
		if len(uk) != 1 {
			t.Fatalf("%v", ps)
		}
		for _, lang := range []string{"en", "nl"} {
			m := uk[0].Message(lang)
			if !strings.Contains(m, fmt.Sprintf("%q", tc.where)) || !strings.Contains(m, "depth.kinds.warme overdracht") || strings.Contains(m, "case.toml") {
				t.Errorf("%s: %s", lang, m)
			}
		}
		// Followed: a row depth.kinds.warme overdracht = 3 on that sheet.
		sheets := append([]sheet(nil), tc.sheets...)
		i := len(sheets) - 1
		if sheets[i].name != tc.where {
			sheets = append(sheets, sheet{tc.where, [][]any{{"key", "value"}}})
			i++
		}
		sheets[i].rows = append(append([][]any(nil), sheets[i].rows...), []any{"depth.kinds.warme overdracht", 3})
		path = writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), sheets)
		if c, ps := readBook(t, path); ps.HasErrors() || len(c.Events) != 1 {
			t.Errorf("advice followed on %q: %v", tc.where, ps.Errors())
		}
	}
	m := minimal()
	m["interactions.csv"] = "date,from,with,kind\n2024-01-10,A,B,warme overdracht\n"
	_, ps := readMap(m, fakeOptions)
	uk := only(ps, "unknown_kind")
	if len(uk) != 1 || !strings.Contains(uk[0].Message("en"), "case.toml, under [depth.kinds]") {
		t.Errorf("folder: %v", uk)
	}
}

// Kind 3: a problem that names a column names it as the file's header has
// it (the user's word, in any language and case), in CSV and in a
// workbook: every empty required cell of every table, and bad scores.
func TestProblemsNameColumnsAsTheHeaderHasThem(t *testing.T) {
	tables := map[string][][]string{
		"partners":     {{"ID", "Naam", "Sector"}, {"", "x", "CAW"}, {"B", "y", ""}, {"C", "z", "OCMW"}, {"D", "w", "DMW"}},
		"interactions": {{"Datum", "Van", "Met", "Soort"}, {"", "C", "D", "overleg"}, {"2024-01-01", "", "D", "overleg"}, {"2024-01-01", "C", "", "overleg"}, {"2024-01-01", "C", "D", ""}},
		"ties":         {{"Van", "Naar", "Diepte", "Vertrouwen", "Waarde"}, {"", "D", "2", "", ""}, {"C", "", "2", "", ""}, {"C", "D", "", "", ""}, {"C", "D", "2", "9", "0"}},
		"objects":      {{"ID", "Naam"}, {"", "x"}},
		"people":       {{"ID", "Partner", "Rol"}, {"", "C", "r"}, {"p2", "", "r"}},
		"targets":      {{"A", "B", "Diepte"}, {"", "D", "2"}, {"C", "", "2"}, {"C", "D", ""}},
	}
	codes := map[string]bool{"empty_value": true, "bad_score": true, "too_many_chars": true}
	check := func(what string, ps Problems, header func(file string) []string) {
		n := 0
		for _, p := range ps {
			if !codes[p.Code] {
				continue
			}
			n++
			h := header(p.Pos.File)
			if p.Pos.Col < 1 || p.Pos.Col > len(h) || p.Args[0] != h[p.Pos.Col-1] {
				t.Errorf("%s: %v names column %q; the header there is %v", what, p, p.Args[0], h)
			}
		}
		if n < 17 {
			t.Errorf("%s: only %d problems naming a column: %v", what, n, ps)
		}
	}
	files := map[string]string{}
	var sheets []sheet
	for base, rows := range tables {
		var b strings.Builder
		var sr [][]any
		for _, row := range rows {
			b.WriteString(strings.Join(row, ",") + "\n")
			var cells []any
			for _, c := range row {
				if c == "" {
					cells = append(cells, nil)
				} else {
					cells = append(cells, c)
				}
			}
			sr = append(sr, cells)
		}
		files[base+".csv"] = b.String()
		sheets = append(sheets, sheet{base, sr})
	}
	_, ps := readMap(files, fakeOptions)
	check("csv", ps, func(file string) []string { return tables[strings.TrimSuffix(baseFile(Pos{File: file}), ".csv")][0] })
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), sheets)
	_, ps = readBook(t, path)
	check("xlsx", ps, func(file string) []string { return tables[file[strings.LastIndexByte(file, ':')+1:]][0] })
}

// Kind 4: a message that lists row numbers says rows ("rijen") for a
// workbook, whose rows are numbered, and lines ("regels") for a CSV file:
// every problem of a case with folded references, duplicate ids and keys.
func TestRowWordsFitTheSource(t *testing.T) {
	rows := [][]string{
		{"id", "sector"}, {"A", "CAW"}, {"A", "CAW"}, {"B", "OCMW"},
	}
	events := [][]string{{"date", "from", "with", "kind", "object", "people"}}
	for i := 0; i < 4; i++ {
		events = append(events, []string{"2024-01-01", "A", "Q", "onbekend", "obj9", "p9"})
		events = append(events, []string{"2024-01-01", "A", "R", "anders", "obj9", "p9"})
	}
	events = append(events, []string{"2024-01-01", "A", "Z", "overleg", "obj8", "p8"})
	people := [][]string{{"id", "partner"}, {"p1", "A"}, {"p1", "B"}}
	objects := [][]string{{"id"}, {"o1"}, {"o1"}}
	tables := map[string][][]string{"partners": rows, "interactions": events, "people": people, "objects": objects}
	files := map[string]string{}
	var sheets []sheet
	for base, rs := range tables {
		var b strings.Builder
		var sr [][]any
		for _, r := range rs {
			b.WriteString(strings.Join(r, ",") + "\n")
			var cells []any
			for _, c := range r {
				cells = append(cells, c)
			}
			sr = append(sr, cells)
		}
		files[base+".csv"] = b.String()
		sheets = append(sheets, sheet{base, sr})
	}
	lineWord := regexp.MustCompile(`(?i)\b(lines?|regels?)\b`)
	rowWord := regexp.MustCompile(`(?i)\b(rows? [0-9]|rij [0-9]|rijen [0-9])`)
	numbered := regexp.MustCompile(`(?i)\b(lines?|regels?|rows?|rij|rijen) [0-9]`)

	_, csvPs := readMap(files, fakeOptions)
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), sheets)
	_, bookPs := readBook(t, path)
	for _, run := range []struct {
		what  string
		ps    Problems
		right *regexp.Regexp
	}{{"csv", csvPs, lineWord}, {"xlsx", bookPs, rowWord}} {
		seen := map[string]bool{}
		for _, p := range run.ps {
			for _, lang := range []string{"en", "nl"} {
				m := p.Message(lang)
				if !numbered.MatchString(m) {
					continue
				}
				seen[p.Code] = true
				if !run.right.MatchString(m) || run.what == "xlsx" && lineWord.MatchString(m) {
					t.Errorf("%s %s: %s", run.what, lang, m)
				}
			}
		}
		for _, code := range []string{"duplicate_id", "duplicate_key", "unknown_partner_more", "unknown_kind_more", "unknown_object_more", "unknown_person_more"} {
			if !seen[code] {
				t.Errorf("%s: no %s with row numbers: %v", run.what, code, run.ps)
			}
		}
	}
}

// Any key and value typed on a row of the case sheet: no panic, and any
// problem is at that row's key (column 1) or value (column 2), in words.
func FuzzCaseSheetDepthRow(f *testing.F) {
	for _, s := range [][2]string{{"kinds.warme overdracht", "3"}, {`kinds."a.b".rung`, "2"}, {"kinds..x", "1"},
		{"half_life", "[[[["}, {"rungs.1", "a|b"}, {`kinds."x`, `"`}, {"kinds.x.aliases", "[1, 2]"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, key, val string) {
		r := &reader{counts: map[capKey]int{}, caseKeys: map[string]Pos{}, c: &Case{}}
		var d depthRows
		pos := Pos{File: "b.xlsx:case", Line: 2, Col: 2}
		r.addDepthRow(&d, key, "depth."+key, val, pos)
		r.addDepthRow(&d, key+".rung", "depth."+key+".rung", val, Pos{File: pos.File, Line: 3, Col: 2})
		r.finishDepth(&d)
		for _, p := range r.probs {
			if p.Pos.File != pos.File || p.Pos.Line < 2 || p.Pos.Line > 3 || p.Pos.Col < 1 || p.Pos.Col > 2 {
				t.Errorf("%q = %q: %v", key, val, p)
			}
			if p.Code == "bad_toml" {
				t.Errorf("%q = %q: parser's message: %v", key, val, p)
			}
		}
	})
}
