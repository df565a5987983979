package graph

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// at is an expected problem: code, file (base name), line, column, and the
// "did you mean" if any.
type at struct {
	code    string
	file    string
	line    int
	col     int
	suggest string
}

func (a at) String() string {
	return fmt.Sprintf("%s at %s:%d:%d (suggest %q)", a.code, a.file, a.line, a.col, a.suggest)
}

func got(p Problem) at {
	return at{p.Code, baseFile(p.Pos), p.Pos.Line, p.Pos.Col, p.Suggest}
}

// TestEveryProblemHasItsPlace gives one small case per problem and checks
// every problem of that code: file, line and column (0 = the whole line or
// file), and the suggestion.
func TestEveryProblemHasItsPlace(t *testing.T) {
	m := minimal()
	tests := []struct {
		name  string
		files map[string]string
		opt   Options
		want  []at
	}{
		{"a case without partners.csv is an error", with(m, "partners.csv", ""), fakeOptions,
			[]at{{code: "missing_file", file: "partners.csv"}}},
		{"a case without interactions.csv and ties.csv is an error", with(m, "interactions.csv", ""), fakeOptions,
			[]at{{code: "missing_events", file: "interactions.csv"}}},
		{"a missing required column is reported at the header line", with(m, "interactions.csv", "\n\ndatum,van,soort\n2024-01-01,A,1\n"), fakeOptions,
			[]at{{code: "missing_column", file: "interactions.csv", line: 3}}},
		{"a partners.csv without sector is an error", with(m, "partners.csv", "id,name\nA,a\n"), fakeOptions,
			[]at{{code: "missing_column", file: "partners.csv", line: 1}}},
		{"a duplicate partner id names the first line", with(m, "partners.csv", "id,sector\nA,CAW\nB,OCMW\nC,x\nA,DMW\n"), fakeOptions,
			[]at{{code: "duplicate_id", file: "partners.csv", line: 5, col: 1}}},
		{"an unknown partner in from and with, with did-you-mean", with(m, "interactions.csv",
			"date;kind;from;with\n2024-01-10;1;a;B\n2024-01-10;1;A;B|Cc|Zeta\n"), fakeOptions,
			[]at{{"unknown_partner", "interactions.csv", 2, 3, "A"}, {"unknown_partner", "interactions.csv", 3, 4, "C"}, {"unknown_partner", "interactions.csv", 3, 4, ""}}},
		{"unknown partners in every file", map[string]string{
			"partners.csv":     "id,sector\nOCMW-Gent,OCMW\ncaw-oost,CAW\nBuurtwerk 't Punt,buurtwerk\n",
			"interactions.csv": "date,from,with,kind\n2024-01-01,ocmw-gent,caw-oost,1\n2024-01-01,OCMW-Gent,caw_oost|Buurtwerk 't Punt,1\n",
			"ties.csv":         "from,to,depth\nOCMW-Gent,CAW-oost,2\nBuurtwerk t Punt,OCMW-Gent,1\n",
			"people.csv":       "id,partner\np1,OCMW Gent\n",
			"targets.csv":      "a,b,depth\nsector:CAW,OCMW-Gnet,3\n",
			"case.toml":        "name = \"x\"\n\ncoordinator = \"OCMW-gent\"\n",
		}, fakeOptions, []at{
			// Files in reading order (Problems.Sort): root causes first.
			{"unknown_partner", "case.toml", 3, 15, "OCMW-Gent"},
			{"unknown_partner", "people.csv", 2, 2, "OCMW-Gent"},
			{"unknown_partner", "interactions.csv", 2, 2, "OCMW-Gent"},
			{"unknown_partner", "interactions.csv", 3, 3, "caw-oost"},
			{"unknown_partner", "ties.csv", 2, 2, "caw-oost"},
			{"unknown_partner", "ties.csv", 3, 1, "Buurtwerk 't Punt"},
			{"unknown_partner", "targets.csv", 2, 2, "OCMW-Gent"},
		}},
		{"an unknown kind suggests a close one", with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,B,doorverwijsing\n2024-01-10,A,B,koffie\n"), fakeOptions,
			[]at{{"unknown_kind", "interactions.csv", 2, 4, "doorverwijzing"}, {"unknown_kind", "interactions.csv", 3, 4, ""}}},
		{"bad dates", with(m, "interactions.csv", "kind,date,from,with\n1,15.03.24,A,B\n1,29/02/2024,A,B\n1,2024/03/15,A,B\n"), fakeOptions,
			[]at{{code: "bad_date", file: "interactions.csv", line: 2, col: 2}, {code: "bad_date", file: "interactions.csv", line: 4, col: 2}}},
		{"dates in gbo's forms that name no day", with(m, "interactions.csv", "kind,date,from,with\n1,2024-02-30,A,B\n1,29/02/2024,A,B\n1,03/15/2024,A,B\n"), fakeOptions,
			[]at{{code: "impossible_date", file: "interactions.csv", line: 2, col: 2}, {code: "impossible_date", file: "interactions.csv", line: 4, col: 2}}},
		{"a depth outside 0-5", with(m, "ties.csv", "from,to,depth\nA,B,6\nB,A,-1\nA,C,diep\n"), fakeOptions,
			[]at{{code: "bad_depth", file: "ties.csv", line: 2, col: 3}, {code: "bad_depth", file: "ties.csv", line: 3, col: 3}, {code: "bad_depth", file: "ties.csv", line: 4, col: 3}}},
		{"a rung written with a decimal comma is still a rung", with(m, "ties.csv", "from;to;depth\nA;B;3,0\nB;A;2.0\nA;C;2,5\n"), fakeOptions,
			[]at{{code: "bad_depth", file: "ties.csv", line: 4, col: 3}}},
		{"a target depth outside 0-5", with(m, "targets.csv", "a,b,diepte\nA,B,9\n"), fakeOptions,
			[]at{{code: "bad_depth", file: "targets.csv", line: 2, col: 3}}},
		{"a count below 1 or not whole", with(m, "interactions.csv", "date,from,with,kind,count\n2024-01-10,A,B,1,0\n2024-01-10,A,B,1,\"1,5\"\n2024-01-10,A,B,1,twee\n2024-01-10,A,B,1,\"2,0\"\n"), fakeOptions,
			[]at{{code: "bad_count", file: "interactions.csv", line: 2, col: 5}, {code: "bad_count", file: "interactions.csv", line: 3, col: 5}, {code: "bad_count", file: "interactions.csv", line: 4, col: 5}}},
		{"a weight that is not a number", with(m, "ties.csv", "from;to;depth;weight\nA;B;1;1,2,3\nB;A;1;veel\n"), fakeOptions,
			[]at{{code: "bad_number", file: "ties.csv", line: 2, col: 4}, {code: "bad_number", file: "ties.csv", line: 3, col: 4}}},
		{"a weight that is not positive", with(m, "ties.csv", "from;to;depth;weight\nA;B;1;0\nB;A;1;-0,5\n"), fakeOptions,
			[]at{{code: "bad_weight", file: "ties.csv", line: 2, col: 4}, {code: "bad_weight", file: "ties.csv", line: 3, col: 4}}},
		{"trust and value must be 1-4", with(m, "ties.csv", "from\tto\tdepth\ttrust\tvalue\nA\tB\t1\t5\t4\nB\tA\t1\t1\t0\n"), fakeOptions,
			[]at{{code: "bad_score", file: "ties.csv", line: 2, col: 4}, {code: "bad_score", file: "ties.csv", line: 3, col: 5}}},
		{"core must be yes or no", with(m, "partners.csv", "id,sector,core\nA,CAW,misschien\nB,OCMW,\nC,x,ja\n"), fakeOptions,
			[]at{{code: "bad_bool", file: "partners.csv", line: 2, col: 3}}},
		{"an empty required cell", with(m, "interactions.csv", "date,from,with,kind\n,A,B,1\n2024-01-01,,B,1\n2024-01-01,A,|,1\n2024-01-01,A,B, \n"), fakeOptions,
			[]at{{code: "empty_value", file: "interactions.csv", line: 2, col: 1}, {code: "empty_value", file: "interactions.csv", line: 3, col: 2},
				{code: "empty_value", file: "interactions.csv", line: 4, col: 3}, {code: "empty_value", file: "interactions.csv", line: 5, col: 4}}},
		{"an empty partner id or sector", with(m, "partners.csv", "id,sector\nA,CAW\n,OCMW\nC,\n"), fakeOptions,
			[]at{{code: "empty_value", file: "partners.csv", line: 3, col: 1}, {code: "empty_value", file: "partners.csv", line: 4, col: 2}}},
		{"unparsable CSV, and reading goes on", with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,B\"x,1\n2024-01-10,A,Q,1\n"), fakeOptions,
			[]at{{code: "bad_csv", file: "interactions.csv", line: 2, col: 15}}},
		{"a row longer than its header", with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,B,1,,\n2024-01-10,A,B,1,,extra\n"), fakeOptions,
			[]at{{code: "extra_field", file: "interactions.csv", line: 3, col: 6}}},
		{"an empty file", with(m, "people.csv", "\n \n"), fakeOptions,
			[]at{{code: "empty_file", file: "people.csv"}}},
		{"bad TOML", with(m, "case.toml", "name = \"x\"\nas_of = 2024-13-01\n"), fakeOptions,
			[]at{{code: "bad_toml", file: "case.toml", line: 2, col: 9}}},
		{"a bad as_of", with(m, "case.toml", "name = \"x\"\nas_of = \"gisteren\"\n"), fakeOptions,
			[]at{{code: "bad_date", file: "case.toml", line: 2, col: 9}}},
		{"a bad language", with(m, "case.toml", "language = \"de\"\n"), fakeOptions,
			[]at{{code: "bad_language", file: "case.toml", line: 1, col: 12}}},
		{"a bad kind rung in [depth]", with(m, "case.toml", "[depth]\nkinds.huisbezoek = 7\n"), fakeOptions,
			[]at{{code: "bad_toml", file: "case.toml", line: 2, col: 20}}},
		{"the vocabulary refuses the depth model", with(m, "case.toml", "name = \"x\"\n[depth]\nhalf_life = -1.0\n"),
			Options{Vocabulary: func(d DepthConfig) (Vocabulary, error) {
				if d.HalfLife != nil && *d.HalfLife < 0 {
					return nil, errors.New("half_life must be positive")
				}
				return newFakeVocabulary(d)
			}},
			[]at{{code: "bad_depth_model", file: "case.toml", line: 2, col: 1}}},
		{"a file over the size limit", with(m, "ties.csv", "from,to,depth\n"+strings.Repeat("A,B,1\n", 100)), Options{Vocabulary: newFakeVocabulary, MaxFileBytes: 200},
			[]at{{code: "file_too_large", file: "ties.csv"}}},
		{"a field over the length limit", with(m, "interactions.csv", "date,from,with,kind,object\n2024-01-10,A,B,1,"+strings.Repeat("o", 40)+"\n"), Options{Vocabulary: newFakeVocabulary, MaxFieldBytes: 32},
			[]at{{code: "field_too_long", file: "interactions.csv", line: 2, col: 5}}},
		{"a duplicate object or person id", with(with(m, "objects.csv", "id,name\nx,X\nx,Y\n"), "people.csv", "id,partner\np,A\np,B\n"), fakeOptions,
			[]at{{code: "duplicate_key", file: "objects.csv", line: 3, col: 1}, {code: "duplicate_key", file: "people.csv", line: 3, col: 1}}},

		// Warnings.
		{"events after as_of: one warning per file", with(with(m, "case.toml", "as_of = 2024-01-15"), "interactions.csv",
			"date,from,with,kind\n2024-01-10,A,B,1\n2024-01-16,A,B,1\n2024-03-01,A,C,1\n"), fakeOptions,
			[]at{{code: "events_after_asof", file: "interactions.csv", line: 3, col: 1}}},
		{"a self-tie in an event, a rating and a target", with(with(with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,A|B,1\n2024-01-10,C,C,1\n"),
			"ties.csv", "from,to,depth\nB,B,3\n"), "targets.csv", "a,b,depth\nA,A,3\nsector:CAW,sector:caw,2\n"), fakeOptions,
			[]at{{code: "self_tie", file: "interactions.csv", line: 2, col: 3}, {code: "self_tie", file: "interactions.csv", line: 3, col: 3},
				{code: "self_tie", file: "ties.csv", line: 2, col: 2}, {code: "self_tie", file: "targets.csv", line: 2, col: 2}}},
		{"an unused partner", with(m, "partners.csv", "id,sector\nA,CAW\nB,OCMW\nC,x\nD,y\n"), fakeOptions,
			[]at{{code: "unused_partner", file: "partners.csv", line: 5, col: 1}}},
		{"an unknown column, once per column", with(m, "interactions.csv", "date,from,with,kind,kleur\n2024-01-10,A,B,1,rood\n2024-01-10,A,C,1,rood\n"), fakeOptions,
			[]at{{code: "unknown_column", file: "interactions.csv", line: 1, col: 5}}},
		{"a repeated column", with(m, "interactions.csv", "date,from,with,kind,soort\n2024-01-10,A,B,1,2\n"), fakeOptions,
			[]at{{code: "duplicate_column", file: "interactions.csv", line: 1, col: 5}}},
		{"an object missing from objects.csv, once", with(with(m, "objects.csv", "id,name\nx,Rechtenverkenning\n"), "interactions.csv",
			"date,from,with,kind,object\n2024-01-10,A,B,1,rechtenverkenning\n2024-01-10,A,B,1,y\n2024-01-10,A,B,1,y\n2024-01-10,A,B,1,x\n"), fakeOptions,
			[]at{{code: "unknown_object", file: "interactions.csv", line: 3, col: 5}}},
		{"no object warning without objects.csv", with(m, "interactions.csv", "date,from,with,kind,object\n2024-01-10,A,B,1,y\n2024-01-10,C,B,1,\n"), fakeOptions,
			nil},
		{"a person missing from people.csv", with(with(m, "people.csv", "id,partner\np1,A\n"), "interactions.csv",
			"date,from,with,kind,people\n2024-01-10,A,B,1,p1|p2\n2024-01-10,C,B,1,p2\n"), fakeOptions,
			[]at{{code: "unknown_person", file: "interactions.csv", line: 2, col: 5}}},
		{"a sector target naming no partner's sector", with(m, "targets.csv", "a,b,depth\nsector:CAW,sector:huisartsen,3\n"), fakeOptions,
			[]at{{code: "unknown_sector", file: "targets.csv", line: 2, col: 2}}},
		{"an unknown case.toml key", with(m, "case.toml", "name = \"x\"\nregion = \"y\"\nkleur = \"rood\"\n[depth]\nhalflife = 3\n"), fakeOptions,
			[]at{{code: "unknown_key", file: "case.toml", line: 3, col: 9}, {code: "unknown_key", file: "case.toml", line: 5, col: 12}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := readMap(tc.files, tc.opt)
			code := ""
			if len(tc.want) > 0 {
				code = tc.want[0].code
			}
			var gotList []at
			for _, p := range ps {
				if p.Code == code || code == "" {
					gotList = append(gotList, got(p))
				}
			}
			if fmt.Sprint(gotList) != fmt.Sprint(tc.want) {
				t.Errorf("got  %v\nwant %v\nall: %v", gotList, tc.want, ps)
			}
			// Nothing else may be wrong with these cases than the one mistake.
			for _, p := range ps {
				// A fold of later references (fold.go) goes with its first.
				if root := foldRoot(p.Code); root == code || root == "unknown_partner" {
					continue
				}
				if p.Code != code && p.Code != "unused_partner" && p.Code != "unknown_partner" {
					t.Errorf("unexpected %v", p)
				}
			}
		})
	}
}

func TestSeverities(t *testing.T) {
	_, ps := readMap(with(minimal(), "partners.csv", "id,sector\nA,CAW\nB,OCMW\nC,x\nD,y\n"), fakeOptions)
	if len(ps) != 1 || ps[0].Severity != Warning || ps.HasErrors() {
		t.Errorf("an unused partner must be a warning: %v", ps)
	}
}

func TestManyProblemsAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("date,from,with,kind\n")
	for i := 0; i < 250; i++ {
		// 250 different ids: references to one id fold (fold_test.go).
		fmt.Fprintf(&b, "2024-01-01,A,Zed%d,1\n", i)
	}
	_, ps := readMap(with(minimal(), "interactions.csv", b.String()), fakeOptions)
	if n := len(only(ps, "unknown_partner")); n != problemCap {
		t.Errorf("%d unknown_partner problems, want %d", n, problemCap)
	}
	more := only(ps, "more_problems")
	if len(more) != 1 || more[0].Args[0] != "150" || more[0].Args[1] != "unknown_partner" || more[0].Severity != Error {
		t.Errorf("summary %v", more)
	}
}

func TestOpen(t *testing.T) {
	_, err := Open("testdata/nothing-here")
	var p Problem
	if !errors.As(err, &p) || p.Code != "case_not_found" {
		t.Errorf("missing case: %v", err)
	}
	_, err = Open("testdata/make_quirky.py")
	if !errors.As(err, &p) || p.Code != "not_a_case" {
		t.Errorf("not a case: %v", err)
	}
	src := OpenFS("sample:x", nil)
	if src.Label() != "sample:x" {
		t.Errorf("label %q", src.Label())
	}
	_, ps := Read(nil, Options{})
	if !ps.HasErrors() {
		t.Error("nil source read without error")
	}
}

func TestReadDepthConfig(t *testing.T) {
	dir := writeDir(t, map[string]string{
		"good.toml":  "half_life = 200\nthreshold = 0.4\ncombine = \"mean\"\nkinds.huisbezoek = 3\n\n[kinds.warme_overdracht]\nrung = 4\naliases = [\"warme overdracht\"]\n[rungs]\n1 = [\"contact\"]\n",
		"bad.toml":   "half_life = 200\nthreshold = [\n",
		"typo.toml":  "half_life = \"lang\"\n",
		"extra.toml": "treshold = 0.4\n",
	})
	d, ps := ReadDepthConfig(dir + "/good.toml")
	if len(ps) != 0 || *d.HalfLife != 200 || *d.Threshold != 0.4 || d.Combine != "mean" ||
		d.Kinds["huisbezoek"].Rung != 3 || d.Kinds["warme_overdracht"].Aliases[0] != "warme overdracht" ||
		d.Kinds["warme_overdracht"].Rung != 4 || d.Rungs["1"][0] != "contact" {
		t.Errorf("good: %+v %v", d, ps)
	}
	_, ps = ReadDepthConfig(dir + "/bad.toml")
	if len(ps) != 1 || ps[0].Code != "bad_depth_model" || ps[0].Pos.Line != 2 || ps[0].Pos.Col != 14 {
		t.Errorf("bad: %v", ps)
	}
	_, ps = ReadDepthConfig(dir + "/typo.toml")
	if len(ps) != 1 || ps[0].Code != "bad_depth_model" || ps[0].Pos.Line != 1 || ps[0].Pos.Col != 13 ||
		!strings.HasPrefix(ps[0].Args[0], "incompatible types") {
		t.Errorf("typo: %v", ps)
	}
	_, ps = ReadDepthConfig(dir + "/extra.toml")
	if len(ps) != 1 || ps[0].Code != "unknown_key" || ps[0].Severity != Warning || ps[0].Pos.Line != 1 || ps[0].Pos.Col != 12 {
		t.Errorf("extra: %v", ps)
	}
	_, ps = ReadDepthConfig(dir + "/none.toml")
	if len(ps) != 1 || ps[0].Code != "case_not_found" {
		t.Errorf("none: %v", ps)
	}
}

func TestCaseTOMLDates(t *testing.T) {
	for _, s := range []string{"2024-06-30", `"2024-06-30"`, `"30/06/2024"`, `"30-6-2024"`, "2024-06-30T12:00:00Z", "2024-06-30T23:00:00+02:00"} {
		c, ps := readMap(with(minimal(), "case.toml", "as_of = "+s+"\n"), fakeOptions)
		mustNoErrors(t, ps)
		if !c.AsOf.Equal(day(2024, 6, 30)) {
			t.Errorf("as_of = %s read as %v", s, c.AsOf)
		}
	}
	c, _ := readMap(with(minimal(), "case.toml", "as_of = 2024-06-30\n"), Options{AsOf: time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)})
	if !c.AsOf.Equal(day(2023, 1, 2)) {
		t.Errorf("Options.AsOf did not override: %v", c.AsOf)
	}
}

// TestDutchNumbersInMessages: a number gbo writes in a message (a limit, a
// count) is in Dutch notation in Dutch, while a value the user typed (%q)
// is quoted exactly as typed.
func TestDutchNumbersInMessages(t *testing.T) {
	got := Text("count_too_large", "nl", "1,000,001", "1,000,000")
	if want := `aantal "1,000,001" is te groot: hoogstens 1.000.000`; got != want {
		t.Errorf("nl: %s\nwant %s", got, want)
	}
	if got := Text("count_too_large", "en", "1,000,001", "1,000,000"); got != `count "1,000,001" is too large: at most 1,000,000` {
		t.Errorf("en: %s", got)
	}
	if got := Text("weight_out_of_range", "nl", "1e308", "0.000001", "1,000,000"); !strings.Contains(got, "minstens 0,000001 en hoogstens 1.000.000") {
		t.Errorf("nl decimals: %s", got)
	}
	if got := Text("file_too_large", "nl", "1.5 MiB"); !strings.Contains(got, "groter dan 1,5 MiB") {
		t.Errorf("size with decimals: %s", got)
	}
	if got := Text("missing_file", "nl", "ocmw-1,2"); !strings.Contains(got, "ocmw-1,2") {
		t.Errorf("an id is not a number: %s", got)
	}
}
