package graph

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// foldCase is a case in which many rows name one unknown partner, person,
// object or kind, and what the reader must say about it: the root cause
// (if any) first, then the first reference in full, then one fold.
type foldCase struct {
	name   string
	tables map[string][][]string // table base name -> rows, header first
	root   string                // code of the root cause, reported before the reference ("" if none)
	file   string                // table of the references
	code   string                // code of the first reference
	id     string
	line   int // of the first reference
	col    int
	sugg   string
	count  int   // follow-on references folded
	lines  []int // lines the fold lists
	en, nl string
}

// rows makes n data rows with make(i), i counting from 0.
func rows(header []string, n int, make func(i int) []string) [][]string {
	out := [][]string{header}
	for i := 0; i < n; i++ {
		out = append(out, make(i))
	}
	return out
}

var (
	foldPartners = [][]string{{"id", "naam", "sector"}, {"caw", "CAW", "CAW"}, {"ocmw_gent", "OCMW Gent", "OCMW"}, {"dmw", "DMW", "DMW"}}
	eventHeader  = []string{"datum", "van", "met", "soort", "object", "personen"}
)

func foldCases() []foldCase {
	return []foldCase{
		{name: "partner id with a typo, in from and in with lists",
			tables: map[string][][]string{"partners": foldPartners,
				"interactions": rows(eventHeader, 21, func(i int) []string {
					if i%2 == 0 {
						return []string{"2024-01-10", "ocmw-gent", "caw", "referral", "", ""}
					}
					return []string{"2024-01-10", "caw", "dmw|ocmw-gent", "referral", "", ""}
				})},
			file: "interactions", code: "unknown_partner", id: "ocmw-gent", line: 2, col: 2, sugg: "ocmw_gent",
			count: 20, lines: []int{3, 4, 5, 6, 7},
			en: "and 20 more references to this partner (lines 3, 4, 5, 6, 7, …)",
			nl: "en nog 20 verwijzingen naar deze partner (regels 3, 4, 5, 6, 7, …)"},
		{name: "partner row refused for a bad cell, named with a typo: the suggestion is that row's id",
			tables: map[string][][]string{
				"partners": {{"id", "naam", "sector", "kern"}, {"caw", "CAW", "CAW", ""}, {"ocmw_gent", "OCMW Gent", "OCMW", "misschien"}},
				"interactions": rows(eventHeader, 20, func(i int) []string {
					return []string{"2024-01-10", "caw", "ocmw-gent|ocmw_gent", "overleg", "", ""}
				})},
			root: "bad_bool", file: "interactions", code: "unknown_partner", id: "ocmw-gent", line: 2, col: 3, sugg: "ocmw_gent",
			count: 19, lines: []int{3, 4, 5, 6, 7},
			en: "and 19 more references to this partner (lines 3, 4, 5, 6, 7, …)",
			nl: "en nog 19 verwijzingen naar deze partner (regels 3, 4, 5, 6, 7, …)"},
		{name: "partner row refused: empty id",
			tables: map[string][][]string{
				"partners": {{"id", "naam", "sector"}, {"caw", "CAW", "CAW"}, {"", "OCMW Gent", "OCMW"}, {"dmw", "DMW", "DMW"}},
				"interactions": rows(eventHeader, 6, func(i int) []string {
					return []string{"2024-01-10", "caw", "ocmw_gent", "overleg", "", ""}
				})},
			root: "empty_value", file: "interactions", code: "unknown_partner", id: "ocmw_gent", line: 2, col: 3,
			count: 5, lines: []int{3, 4, 5, 6, 7},
			en: "and 5 more references to this partner (lines 3, 4, 5, 6, 7)",
			nl: "en nog 5 verwijzingen naar deze partner (regels 3, 4, 5, 6, 7)"},
		{name: "partner row refused: a duplicate id, referenced from ratings",
			tables: map[string][][]string{
				"partners":     {{"id", "naam", "sector"}, {"caw", "CAW", "CAW"}, {"ocmw_gent", "OCMW Gent", "OCMW"}, {"ocmw_gent", "OCMW Eeklo", "OCMW"}},
				"interactions": {eventHeader, {"2024-01-10", "caw", "ocmw_gent", "overleg", "", ""}},
				"ties": rows([]string{"van", "naar", "diepte"}, 3, func(i int) []string {
					return [][]string{{"caw", "ocmw_eeklo", "2"}, {"ocmw_eeklo", "caw", "3"}, {"ocmw_gent", "ocmw_eeklo", "1"}}[i]
				})},
			root: "duplicate_id", file: "ties", code: "unknown_partner", id: "ocmw_eeklo", line: 2, col: 2,
			count: 2, lines: []int{3, 4},
			en: "and 2 more references to this partner (lines 3, 4)",
			nl: "en nog 2 verwijzingen naar deze partner (regels 3, 4)"},
		{name: "person id not in people",
			tables: map[string][][]string{"partners": foldPartners,
				"people": {{"id", "partner"}, {"p1", "caw"}},
				"interactions": rows(eventHeader, 8, func(i int) []string {
					return []string{"2024-01-10", "caw", "dmw", "overleg", "", "p1|p9"}
				})},
			file: "interactions", code: "unknown_person", id: "p9", line: 2, col: 6,
			count: 7, lines: []int{3, 4, 5, 6, 7},
			en: `and 7 more references to person "p9" (lines 3, 4, 5, 6, 7, …)`,
			nl: `en nog 7 verwijzingen naar persoon "p9" (regels 3, 4, 5, 6, 7, …)`},
		{name: "object not in objects",
			tables: map[string][][]string{"partners": foldPartners,
				"objects": {{"id", "naam"}, {"o1", "Rechtenverkenning"}},
				"interactions": rows(eventHeader, 5, func(i int) []string {
					return []string{"2024-01-10", "caw", "dmw", "overleg", []string{"o1", "o2", "o2", "o1", "o2"}[i], ""}
				})},
			file: "interactions", code: "unknown_object", id: "o2", line: 3, col: 5,
			count: 2, lines: []int{4, 6},
			en: "and 2 more rows with this object (lines 4, 6)",
			nl: "en nog 2 rijen met dit object (regels 4, 6)"},
		{name: "object named once more: the singular",
			tables: map[string][][]string{"partners": foldPartners,
				"objects": {{"id", "naam"}, {"o1", "Rechtenverkenning"}},
				"interactions": rows(eventHeader, 3, func(i int) []string {
					return []string{"2024-01-10", "caw", "dmw", "overleg", []string{"o2", "o1", "o2"}[i], ""}
				})},
			file: "interactions", code: "unknown_object", id: "o2", line: 2, col: 5,
			count: 1, lines: []int{4},
			en: "and 1 more row with this object (line 4)",
			nl: "en nog 1 rij met dit object (regel 4)"},
		{name: "kind the depth model lacks",
			tables: map[string][][]string{"partners": foldPartners,
				"interactions": rows(eventHeader, 9, func(i int) []string {
					kind := "warme overdracht"
					if i == 4 {
						kind = "telefonisch contact"
					}
					return []string{"2024-01-10", "caw", "dmw", kind, "", ""}
				})},
			file: "interactions", code: "unknown_kind", id: "warme overdracht", line: 2, col: 4,
			count: 7, lines: []int{3, 4, 5, 7, 8},
			en: `and 7 more rows with kind "warme overdracht" (lines 3, 4, 5, 7, 8, …)`,
			nl: `en nog 7 rijen met soort "warme overdracht" (regels 3, 4, 5, 7, 8, …)`},
	}
}

// foldSheetNames are the Dutch sheet names the workbook variant uses.
var foldSheetNames = map[string]string{"partners": "Partnerorganisaties", "interactions": "Contacten",
	"people": "Medewerkers", "objects": "Grensobjecten", "ties": "Bevraging"}

// TestFollowOnReferencesAreFolded pins the kind "one mistake, many rows":
// for an unknown partner (a typo, or a partner row refused for an empty or
// duplicate id), person, object or kind, in a CSV folder and in a workbook
// with Dutch sheet names, the root cause comes first, then the first
// reference with its place and suggestion, then one fold right after it
// with the exact count of the later references and their first lines, in
// English and Dutch.
func TestFollowOnReferencesAreFolded(t *testing.T) {
	for _, tc := range foldCases() {
		for _, book := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/workbook=%v", tc.name, book), func(t *testing.T) {
				ps, file := readFoldCase(t, tc.tables, book, tc.file)
				first, fold := -1, -1
				for i, p := range ps {
					switch {
					case p.Code == tc.code && firstArg(p) == tc.id && first < 0:
						first = i
					case foldRoot(p.Code) == tc.code && firstArg(p) == tc.id:
						if fold >= 0 {
							t.Errorf("two folds: %v and %v", ps[fold], p)
						}
						fold = i
					case p.Code == tc.code && firstArg(p) == tc.id:
						t.Errorf("a second reference not folded: %v", p)
					}
				}
				if first < 0 || fold != first+1 {
					t.Fatalf("want the first reference then its fold; first %d, fold %d in\n%s", first, fold, list(ps))
				}
				p, f := ps[first], ps[fold]
				if p.Pos.File != file || p.Pos.Line != tc.line || p.Pos.Col != tc.col || p.Suggest != tc.sugg {
					t.Errorf("first reference %+v, want %s:%d:%d suggesting %q", p, file, tc.line, tc.col, tc.sugg)
				}
				if f.Pos != p.Pos || f.Severity != p.Severity || f.Count != tc.count || fmt.Sprint(f.Lines) != fmt.Sprint(tc.lines) {
					t.Errorf("fold %+v, want at %v, count %d, lines %v", f, p.Pos, tc.count, tc.lines)
				}
				wantEN, wantNL := tc.en, tc.nl
				if book { // a sheet has rows, not lines
					wantEN = strings.NewReplacer("(lines ", "(rows ", "(line ", "(row ").Replace(wantEN)
					wantNL = strings.NewReplacer("(regels ", "(rijen ", "(regel ", "(rij ").Replace(wantNL)
				}
				if en := f.Message("en"); !strings.HasSuffix(en, ": "+wantEN) {
					t.Errorf("en: %s\nwant …%s", en, wantEN)
				}
				if nl := f.Message("nl"); !strings.HasSuffix(nl, ": "+wantNL) {
					t.Errorf("nl: %s\nwant …%s", nl, wantNL)
				}
				if tc.root != "" {
					r := -1
					for i, q := range ps {
						if q.Code == tc.root {
							r = i
							break
						}
					}
					if r < 0 || r > first {
						t.Errorf("root cause %s at %d, the first reference at %d:\n%s", tc.root, r, first, list(ps))
					}
				}
			})
		}
	}
}

// readFoldCase reads tables as a CSV folder or as a workbook, and returns
// the problems and the file name the references' table has in them.
func readFoldCase(t *testing.T, tables map[string][][]string, book bool, table string) (Problems, string) {
	t.Helper()
	if !book {
		files := map[string]string{}
		for name, rs := range tables {
			var b strings.Builder
			for _, r := range rs {
				b.WriteString(strings.Join(r, ",") + "\n")
			}
			files[name+".csv"] = b.String()
		}
		_, ps := readMap(files, fakeOptions)
		return ps, "t/" + table + ".csv"
	}
	var sheets []sheet
	for _, name := range []string{"partners", "objects", "people", "interactions", "ties"} {
		rs, ok := tables[name]
		if !ok {
			continue
		}
		s := sheet{name: foldSheetNames[name]}
		for _, r := range rs {
			row := make([]any, len(r))
			for i, c := range r {
				row[i] = c
			}
			s.rows = append(s.rows, row)
		}
		sheets = append(sheets, s)
	}
	path := writeWorkbook(t, filepath.Join(t.TempDir(), "b.xlsx"), sheets)
	_, ps := readBook(t, path)
	return ps, path + ":" + foldSheetNames[table]
}

func list(ps Problems) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %v\n", p)
	}
	return b.String()
}

// TestFoldsKeepTheWholeCount: beyond the cap of problems of one code in a
// file, references are counted in more_problems, so that every reference
// is in the problems once: as a first reference, in a fold's Count, or in
// more_problems. 150 unknown ids named three times each: 100 first
// references with folds of 2, and 50 × 3 counted.
func TestFoldsKeepTheWholeCount(t *testing.T) {
	var b strings.Builder
	b.WriteString("date,from,with,kind\n")
	for rep := 0; rep < 3; rep++ {
		for i := 0; i < 150; i++ {
			fmt.Fprintf(&b, "2024-01-01,A,Z%03d,1\n", i)
		}
	}
	_, ps := readMap(with(minimal(), "interactions.csv", b.String()), fakeOptions)
	firsts, folded, counted := 0, 0, 0
	for _, p := range ps {
		switch {
		case p.Code == "unknown_partner":
			firsts++
		case foldRoot(p.Code) == "unknown_partner":
			folded += p.Count
			if p.Count != 2 || p.Code != "unknown_partner_more" {
				t.Errorf("%+v", p)
			}
		case p.Code == "more_problems" && p.Args[1] == "unknown_partner":
			fmt.Sscan(p.Args[0], &counted)
		}
	}
	if firsts != problemCap || folded != 2*problemCap || counted != 150 || firsts+folded+counted != 450 {
		t.Errorf("first %d, folded %d, counted %d; want %d, %d, 150 (450 references)", firsts, folded, counted, problemCap, 2*problemCap)
	}
}

// TestSortIsTotalAndPutsRootCausesFirst: problems of every table, shuffled,
// sort to one order whatever order they came in: tables in reading order
// (case.toml, partners, objects, people, interactions, ties, targets),
// within a workbook by sheet names in Dutch or English, and a fold right
// after the first reference to its own id even when two ids share a cell.
func TestSortIsTotalAndPutsRootCausesFirst(t *testing.T) {
	at := func(file string, line, col int, code string, args ...string) Problem {
		return Problem{Pos: Pos{File: file, Line: line, Col: col}, Code: code, Args: args}
	}
	want := Problems{
		at("c/case.toml", 3, 1, "unknown_partner", "x"),
		at("c/partners.csv", 4, 1, "empty_value", "id"),
		at("c/objects.csv", 2, 1, "duplicate_key", "o"),
		at("c/people.csv", 2, 2, "unknown_partner", "y"),
		at("c/interactions.csv", 2, 3, "unknown_partner", "a"),
		at("c/interactions.csv", 2, 3, "unknown_partner_more", "a", "3", "3, 4, 5"),
		at("c/interactions.csv", 2, 3, "unknown_partner", "b"),
		at("c/interactions.csv", 2, 3, "unknown_partner_more_one", "b", "1", "7"),
		at("c/interactions.csv", 2, 4, "unknown_kind", "koffie"),
		at("c/ties.csv", 2, 1, "unknown_partner", "a"),
		at("c/targets.csv", 2, 1, "unknown_partner", "a"),
		at("d/book.xlsx", 0, 0, "bad_xlsx", "x"), // not a table: with case.toml
		at("d/partners.csv", 2, 1, "bad_bool", "x"),
		at("d/interactions.csv", 2, 1, "bad_date", "x"),
		at("d/book.xlsx:case", 2, 2, "bad_date", "x"),
		at("d/book.xlsx:Partnerorganisaties", 3, 1, "empty_value", "id"),
		at("d/book.xlsx:Contacten", 2, 2, "unknown_partner", "q"),
		at("d/book.xlsx:Contacten", 2, 2, "unknown_partner_more", "q", "9", "3"),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50; i++ {
		ps := append(Problems(nil), want...)
		rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		ps.Sort()
		if fmt.Sprint(ps) != fmt.Sprint(want) {
			t.Fatalf("got\n%s\nwant\n%s", list(ps), list(want))
		}
	}
}

// TestFoldedReadIsTheSameTwice: the folds come out of a map; the problems
// of one input are the same, in the same order, on every read.
func TestFoldedReadIsTheSameTwice(t *testing.T) {
	tc := foldCases()[0]
	tables := tc.tables
	tables["people"] = [][]string{{"id", "partner"}, {"p1", "kaw"}, {"p2", "kaw"}, {"p3", "ocmw-gent"}}
	a, _ := readFoldCase(t, tables, false, "interactions")
	for i := 0; i < 5; i++ {
		b, _ := readFoldCase(t, tables, false, "interactions")
		if list(a) != list(b) {
			t.Fatalf("read %d differs:\n%s\n%s", i, list(a), list(b))
		}
	}
	if len(only(a, "unknown_partner_more")) != 1 || len(only(a, "unknown_partner_more_one")) != 1 {
		t.Errorf("want a fold in interactions and one in people:\n%s", list(a))
	}
}

// TestCellProblemComesBeforeWhatFollowsFromIt: at one cell, a problem of
// the cell itself (xlsx_formula_error) is listed before a problem of its
// value (unknown_partner), whatever the codes' alphabetical order.
func TestCellProblemComesBeforeWhatFollowsFromIt(t *testing.T) {
	at := Pos{File: "book.xlsx:interactions", Line: 4, Col: 2}
	ps := Problems{
		{Severity: Error, Pos: at, Code: "bad_bool"},
		{Severity: Error, Pos: at, Code: "unknown_partner", Args: []string{"#N/A"}},
		{Severity: Error, Pos: at, Code: "xlsx_formula_error", Args: []string{"#N/A"}},
	}
	ps.Sort()
	if ps[0].Code != "xlsx_formula_error" || ps[1].Code != "bad_bool" || ps[2].Code != "unknown_partner" {
		t.Errorf("order %s, %s, %s; want the xlsx_ cell problem first", ps[0].Code, ps[1].Code, ps[2].Code)
	}
}
