package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// within runs f and fails the test if it does not return in time: a reader
// that opens a named pipe blocks for ever.
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still reading after %v: blocked on a pipe or reading a device?", d)
	}
}

// allText is every problem in both languages, to look for leaked content.
func allText(ps Problems) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Message("en") + "\n" + p.Message("nl") + "\n")
	}
	return b.String()
}

// readDir reads a real case folder with the fake vocabulary, in time.
func readDir(t *testing.T, dir string) (*Case, Problems) {
	t.Helper()
	var c *Case
	var ps Problems
	within(t, 5*time.Second, func() {
		src, err := Open(dir)
		if err != nil {
			t.Error(err)
			return
		}
		c, ps = Read(src, fakeOptions)
	})
	return c, ps
}

// partnersN is a partners.csv of n partners P0..P(n-1).
func partnersN(n int) string {
	var b strings.Builder
	b.WriteString("id,sector\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "P%d,x\n", i)
	}
	return b.String()
}

// eventOf is an interactions.csv row of an event among partners lo..hi-1.
func eventOf(lo, hi int) string {
	ids := make([]string, 0, hi-lo)
	for i := lo + 1; i < hi; i++ {
		ids = append(ids, fmt.Sprintf("P%d", i))
	}
	return fmt.Sprintf("2024-01-10,P%d,%s,1\n", lo, strings.Join(ids, "|"))
}

// one returns the one problem of code in ps, or fails.
func one(t *testing.T, ps Problems, code string) Problem {
	t.Helper()
	got := only(ps, code)
	if len(got) != 1 {
		t.Fatalf("%d %s problems, want 1: %v", len(got), code, ps)
	}
	return got[0]
}

// says checks that a problem states its limit in words (and, where a user
// may raise it, the flag), in both languages, and never "at least 1".
func says(t *testing.T, p Problem, words ...string) {
	t.Helper()
	en, nl := p.Message("en"), p.Message("nl")
	for _, w := range words {
		if !strings.Contains(en, w) {
			t.Errorf("%q lacks %q", en, w)
		}
		if strings.HasPrefix(w, "--") && !strings.Contains(nl, w) {
			t.Errorf("%q lacks %q", nl, w)
		}
	}
	if strings.Contains(en, "at least 1") {
		t.Errorf("%q", en)
	}
}

// TestEveryLimitIsAProblemWithItsPlace: each limit of limits.go, exceeded by
// a small generated input, is one problem at the right file, line and
// column that states the limit.
func TestEveryLimitIsAProblemWithItsPlace(t *testing.T) {
	m := minimal()
	t.Run("an event with more partners than the limit, before any look-up", func(t *testing.T) {
		files := map[string]string{"partners.csv": partnersN(600),
			"interactions.csv": "date,from,with,kind\n2024-01-10,P0,P1,1\n" + eventOf(0, 201) + eventOf(0, 200)}
		c, ps := readMap(files, fakeOptions)
		p := one(t, ps, "too_many_event_partners")
		if p.Pos.Line != 3 || p.Pos.Col != 3 || len(c.Events) != 2 {
			t.Errorf("%v; %d events", p, len(c.Events))
		}
		says(t, p, "201", "at most 200", "--max-event-partners")
		_, ps = readMap(files, Options{Vocabulary: newFakeVocabulary, MaxEventPartners: 201})
		mustNoErrors(t, ps)
	})
	t.Run("the pairs of all events together, by default", func(t *testing.T) {
		// 200 partners make 19,900 pairs; the third such event goes over
		// 50,000 (a file of 4 rows may make 50,000).
		ev := eventOf(0, 200)
		files := map[string]string{"partners.csv": partnersN(200),
			"interactions.csv": "date,from,with,kind\n2024-01-10,P0,P1,1\n" + strings.Repeat(ev, 3)}
		c, ps := readMap(files, fakeOptions)
		p := one(t, ps, "too_many_pairs")
		if p.Pos.Line != 5 || p.Pos.Col != 3 || len(c.Events) != 0 {
			t.Errorf("%v; %d events kept", p, len(c.Events))
		}
		says(t, p, "59,701", "at most 50,000", "--max-pairs")
		files["interactions.csv"] = "date,from,with,kind\n" + strings.Repeat(ev, 2)
		_, ps = readMap(files, fakeOptions)
		mustNoErrors(t, ps)
	})
	t.Run("the pairs of all events together, set by the user", func(t *testing.T) {
		files := with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,B,1\n2024-01-11,A,B|C,1\n2024-01-12,B,C,1\n")
		_, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, MaxPairs: 3})
		p := one(t, ps, "too_many_pairs")
		if p.Pos.Line != 3 || p.Pos.Col != 3 {
			t.Errorf("%v", p)
		}
		says(t, p, "makes 5 pairs"[6:], "at most 3")
	})
	t.Run("rows", func(t *testing.T) {
		files := with(m, "interactions.csv", "date,from,with,kind\n2024-01-10,A,B,1\n\n2024-01-10,A,B,1\n2024-01-10,A,B,1\n2024-01-10,A,B,1\n2024-01-10,A,B,1\n")
		c, ps := readMap(files, Options{Vocabulary: newFakeVocabulary, MaxRows: 3})
		p := one(t, ps, "too_many_rows")
		if p.Pos.Line != 6 || len(c.Events) != 3 {
			t.Errorf("%v; %d events", p, len(c.Events))
		}
		says(t, p, "more than 3 rows", "--max-rows")
	})
	t.Run("columns", func(t *testing.T) {
		head := "id,sector" + strings.Repeat(",kleur", 2000) + "\n"
		_, ps := readMap(with(m, "partners.csv", head+"A,CAW\n"), fakeOptions)
		p := one(t, ps, "too_many_columns")
		if baseFile(p.Pos) != "partners.csv" || p.Pos.Line != 1 || p.Pos.Col != 1001 {
			t.Errorf("%v", p)
		}
		says(t, p, "2,002 fields", "at most 1,000 columns")
	})
	t.Run("a count over the limit says the limit", func(t *testing.T) {
		files := with(m, "interactions.csv", "date,from,with,kind,count\n2024-01-10,A,B,1,1000000\n2024-01-10,A,B,1,1000001\n2024-01-10,A,B,1,3000000000\n2024-01-10,A,B,1,1e308\n")
		_, ps := readMap(files, fakeOptions)
		got := only(ps, "count_too_large")
		if len(got) != 3 || got[0].Pos.Line != 3 || got[0].Pos.Col != 5 || got[2].Pos.Line != 5 || len(only(ps, "bad_count")) != 0 {
			t.Fatalf("%v", ps)
		}
		says(t, got[1], `"3000000000"`, "at most 1,000,000")
	})
	t.Run("weights within a finite range", func(t *testing.T) {
		files := with(m, "ties.csv", "from;to;depth;weight\nA;B;1;1000000\nB;A;1;1e308\nA;C;1;1e400\nC;A;1;0,0000001\nB;C;1;NaN\nC;B;1;Inf\n")
		c, ps := readMap(files, fakeOptions)
		var got []string
		for _, p := range ps.Errors() {
			got = append(got, fmt.Sprintf("%s@%d:%d", p.Code, p.Pos.Line, p.Pos.Col))
		}
		want := "weight_out_of_range@3:4 bad_number@4:4 weight_out_of_range@5:4 bad_number@6:4 bad_number@7:4"
		if strings.Join(got, " ") != want || len(c.Ratings) != 1 || c.Ratings[0].Weight != 1e6 {
			t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
		}
		says(t, only(ps, "weight_out_of_range")[0], "at least 0.000001", "at most 1,000,000")
	})
	t.Run("ids and names", func(t *testing.T) {
		long := func(n int) string { return strings.Repeat("é", n) }
		files := map[string]string{
			"partners.csv":     "id,name,sector\n" + long(201) + ",x,CAW\nA," + long(300) + ",CAW\nB," + long(301) + ",OCMW\nC,c," + long(201) + "\n",
			"interactions.csv": "date,from,with,kind,object,people\n2024-01-10,A,B,1," + long(301) + ",p1\n2024-01-10,A,B,1,o," + long(201) + "\n",
			"objects.csv":      "id,name\n" + long(201) + ",x\n",
			"people.csv":       "id,partner,role\np1,A," + long(201) + "\n",
			"case.toml":        "name = \"" + long(301) + "\"\nregion = \"" + long(300) + "\"\n",
		}
		c, ps := readMap(files, fakeOptions)
		var got []string
		for _, p := range only(ps, "too_many_chars") {
			got = append(got, fmt.Sprintf("%s:%d:%d:%s", baseFile(p.Pos), p.Pos.Line, p.Pos.Col, p.Args[0]))
		}
		// A cell's column is named as the header writes it; files in
		// reading order (Problems.Sort).
		want := "case.toml:1:8:name partners.csv:2:1:id partners.csv:4:2:name partners.csv:5:3:sector objects.csv:2:1:id " +
			"people.csv:2:3:role interactions.csv:2:5:object interactions.csv:3:6:people"
		if strings.Join(got, " ") != want {
			t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
		}
		if c.Name != "" || len([]rune(c.Region)) != 300 || len(c.Partners) != 1 || len([]rune(c.Partners[0].Name)) != 300 {
			t.Errorf("kept: name %d, region %d, partners %d", len(c.Name), len(c.Region), len(c.Partners))
		}
		says(t, only(ps, "too_many_chars")[0], "name has 301 characters", "at most 300")
	})
	t.Run("a case.toml of more than 1 MiB, such as a 3 MB case name", func(t *testing.T) {
		_, ps := readMap(with(m, "case.toml", "name = \""+strings.Repeat("x", 3<<20)+"\"\n"), fakeOptions)
		says(t, one(t, ps, "toml_too_large"), "1 MiB")
	})
	t.Run("the lines of a file", func(t *testing.T) {
		big := "2024-01-10,A,B,1," + strings.Repeat("é", 600_000) + "\n"
		files := with(m, "interactions.csv", "date,from,with,kind,object\n2024-01-10,A,B,1,\n"+big+"2024-01-10,A,C,1,x\n"+big)
		c, ps := readMap(files, fakeOptions)
		got := only(ps, "line_too_long")
		// The limit (1 MiB) is crossed inside the 524,280th "é", after
		// 17 characters of ASCII.
		if len(got) != 2 || got[0].Pos.Line != 3 || got[0].Pos.Col != 17+524_280 || got[1].Pos.Line != 5 {
			t.Fatalf("%v", got)
		}
		if len(c.Events) != 2 || c.Events[1].Pos.Line != 4 {
			t.Errorf("the other lines are read: %+v", c.Events)
		}
		says(t, got[0], "1,048,576 bytes")
	})
}

// TestLongLineCostsNoMoreThanItsFile: a 64 MB line (and a 64 MB file of one
// unclosed quote) is refused without encoding/csv ever holding it: what
// reading allocates stays within twice the file.
func TestLongLineCostsNoMoreThanItsFile(t *testing.T) {
	dir := writeDir(t, minimal())
	const size = 64 << 20
	for name, body := range map[string]string{
		"line":  "date,from,with,kind\n2024-01-10,A,B," + strings.Repeat("x", size) + "\n",
		"quote": "date,from,with,kind\n2024-01-10,A,\"B" + strings.Repeat("x,y\n", size/4),
	} {
		writeDirFile(t, filepath.Join(dir, "interactions.csv"), body)
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, ps := readDir(t, dir)
		runtime.ReadMemStats(&after)
		if !ps.HasErrors() {
			t.Errorf("%s: no error", name)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 2*size+(8<<20) {
			t.Errorf("%s: reading allocated %d MB for a %d MB file", name, alloc>>20, size>>20)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v", name, d)
		}
	}
}

// TestUnclosedQuoteIsWhereItOpens: a quote opened on line 2 and never
// closed is reported on line 2 at the quote, not at the end of the file.
func TestUnclosedQuoteIsWhereItOpens(t *testing.T) {
	var b strings.Builder
	b.WriteString("date;from;with;kind\n2024-01-10;A;B;1\n2024-01-10;A;\"B;1\n")
	for i := 0; i < 100_000; i++ {
		b.WriteString("2024-01-10;A;B;1\n")
	}
	for _, sep := range []string{";", ","} {
		_, ps := readMap(with(minimal(), "interactions.csv", strings.ReplaceAll(b.String(), ";", sep)), fakeOptions)
		p := one(t, ps, "unclosed_quote")
		if p.Pos.Line != 3 || p.Pos.Col != 14 || baseFile(p.Pos) != "interactions.csv" {
			t.Errorf("%v", p)
		}
	}
	// A quote closed on a later line, then followed by junk, is reported
	// where encoding/csv finds the junk.
	_, ps := readMap(with(minimal(), "interactions.csv", "date,from,with,kind\n2024-01-10,A,\"B\nC\"x,1\n2024-01-10,A,B,1\n"), fakeOptions)
	if p := one(t, ps, "bad_csv"); p.Pos.Line != 3 {
		t.Errorf("%v", p)
	}
}

// TestStrayByteInUTF8: one byte that is not UTF-8 in a UTF-8 file is read
// as Windows-1252 on its own, the rest as UTF-8; a warning names the line
// and field of that byte and says how it was read. A Windows-1252 file is
// not warned about; a file with a UTF-8 byte-order mark is read the same
// way. (TestStrayBytesKeepUTF8 pins more of the kind.)
func TestStrayByteInUTF8(t *testing.T) {
	files := with(minimal(), "partners.csv", "id,name,sector\nA,Café Zoë,CAW\nB,B\xe9ta,OCMW\nC,Gamma,x\n")
	c, ps := readMap(files, fakeOptions)
	mustNoErrors(t, ps)
	p := one(t, ps, "not_utf8")
	if p.Severity != Warning || p.Pos.Line != 3 || p.Pos.Col != 2 || baseFile(p.Pos) != "partners.csv" {
		t.Errorf("%v", p)
	}
	says(t, p, "0xE9", "Windows-1252")
	if c.Partners[0].Name != "Café Zoë" || c.Partners[1].Name != "Béta" {
		t.Errorf("names %q %q", c.Partners[0].Name, c.Partners[1].Name)
	}
	c, ps = readMap(with(minimal(), "partners.csv", "\xef\xbb\xbfid,name,sector\nA,Café,CAW\nB,B\xe9ta,OCMW\nC,Gamma,x\n"), fakeOptions)
	if p := one(t, ps, "not_utf8_bom"); p.Pos.Line != 3 || p.Pos.Col != 2 || c.Partners[0].Name != "Café" || c.Partners[1].Name != "Béta" {
		t.Errorf("%v %q", p, c.Partners[0].Name)
	}
	_, ps = readTestdata(t, "belgian")
	if len(only(ps, "not_utf8")) != 0 {
		t.Errorf("a Windows-1252 file warned about: %v", ps)
	}
}

// TestHostileCharactersAreDropped: terminal escapes (title, screen clear,
// OSC 52 clipboard), C1 controls, DEL, a lone carriage return and the
// bidirectional overrides and isolates never reach the case, from any
// field, header, case.toml value or depth model name; one warning per file
// names the first.
func TestHostileCharactersAreDropped(t *testing.T) {
	for name, bad := range map[string]string{
		"title":    "\x1b]0;pwned\x07",
		"clear":    "\x1b[2J\x1b[H",
		"osc52":    "\x1b]52;c;ZXZpbA==\x07",
		"c1 csi":   "\u009b31m",
		"del":      "\x7f",
		"cr":       "\rover",
		"rlo":      "\u202e",
		"isolates": "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d",
	} {
		t.Run(name, func(t *testing.T) {
			shown, _, _ := dropHostile(bad, 0) // what stays of bad
			ctl := strings.Map(func(r rune) rune {
				if strings.ContainsRune(shown, r) {
					return -1
				}
				return r
			}, bad) // only what goes
			files := map[string]string{
				"partners.csv":     "id,name,sector,kleur" + bad + "\nA,Al" + bad + "pha,CAW,x\nB,Beta,OCMW,y\nC,Gamma,x,z\n",
				"interactions.csv": "date,from,with,kind,object\n2024-01-10,A,B,1,o" + bad + "\n2024-01-11,B" + ctl + ",C,1,\n",
				"objects.csv":      "id,name,description\no,O,tekst " + bad + " tekst\n",
				"case.toml":        "name = \"Gent" + tomlEscape(bad) + "\"\n[depth]\nkinds.\"huis" + tomlEscape(bad) + "\" = 3\n",
			}
			c, ps := readMap(files, fakeOptions)
			mustNoErrors(t, ps)
			dump := fmtCase(c) + fmt.Sprint(c.Depth.Kinds) + allText(ps)
			if i := firstHostile(dump); i >= 0 {
				t.Errorf("passed: %q", dump[max(0, i-20):min(len(dump), i+20)])
			}
			if c.Partners[0].Name != "Al"+shown+"pha" || c.Events[1].From != "B" || c.Name != "Gent"+shown {
				t.Errorf("case: %q %q %q", c.Partners[0].Name, c.Events[1].From, c.Name)
			}
			var got []string
			for _, p := range only(ps, "hostile_chars") {
				got = append(got, fmt.Sprintf("%s:%d:%d", baseFile(p.Pos), p.Pos.Line, p.Pos.Col))
			}
			if want := "case.toml:1:8 partners.csv:1:4 objects.csv:2:3 interactions.csv:2:5"; strings.Join(got, " ") != want {
				t.Errorf("warnings at %v, want %s", got, want)
			}
		})
	}
}

// tomlEscape writes s as it stands inside a TOML basic string.
func tomlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x20 || r >= 0x7f && r < 0xa0 {
			fmt.Fprintf(&b, "\\u%04X", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestTOMLNestingIsBoundedBeforeParsing: case.toml and a depth model nested
// deeper than the limit (arrays, inline tables, dotted keys, headers) are
// refused at the place it goes too deep, before the TOML library recurses;
// the depth tables a user writes pass.
func TestTOMLNestingIsBoundedBeforeParsing(t *testing.T) {
	deep := map[string]string{
		"arrays":        "a = " + strings.Repeat("[", 200_000) + strings.Repeat("]", 200_000) + "\n",
		"inline tables": "name = \"x\"\na = " + strings.Repeat("{b = ", 50) + "1" + strings.Repeat("}", 50) + "\n",
		"dotted keys":   strings.Repeat("a.", 100) + "b = 1\n",
		"a header":      "[" + strings.Repeat("t.", 100) + "u]\n",
	}
	for name, text := range deep {
		_, ps := readMap(with(minimal(), "case.toml", text), fakeOptions)
		p := one(t, ps, "toml_too_deep")
		if p.Pos.Line < 1 || p.Pos.Col < 1 || baseFile(p.Pos) != "case.toml" {
			t.Errorf("%s: %v", name, p)
		}
		says(t, p, "16")
		path := filepath.Join(t.TempDir(), "model.toml")
		writeDirFile(t, path, text)
		if _, ps := ReadDepthConfig(path); len(ps) != 1 || ps[0].Code != "toml_too_deep" {
			t.Errorf("%s: depth model %v", name, ps)
		}
	}
	ok := "name = \"x\"\n[depth]\nthreshold = 0.5 # a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r\nkinds.huisbezoek = 3\n" +
		"[depth.kinds.warm]\nrung = 4\naliases = [\"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r\", 'x[[[[[[[[[[[[[[[[[[[', \"\"\"\n{{{{{{{{{{{{{{{{{{{\"\"\"]\n"
	c, ps := readMap(with(minimal(), "case.toml", ok), fakeOptions)
	mustNoErrors(t, ps)
	if c.Depth.Kinds["warm"].Rung != 4 || len(c.Depth.Kinds["warm"].Aliases) != 3 {
		t.Errorf("depth %+v", c.Depth)
	}
}

// TestDepthModelNumbersAreBounded: a threshold or half-life that would make
// depth_score or decay overflow is refused where it is written.
func TestDepthModelNumbersAreBounded(t *testing.T) {
	_, ps := readMap(with(minimal(), "case.toml", "[depth]\nthreshold = 1e-300\nhalf_life = 1e300\n"), fakeOptions)
	got := only(ps, "depth_number_out_of_range")
	if len(got) != 2 || got[0].Pos.Line != 2 || got[1].Pos.Line != 3 {
		t.Fatalf("%v", ps)
	}
	says(t, got[0], "at least 0.001", "at most 1,000,000")
	path := filepath.Join(t.TempDir(), "m.toml")
	writeDirFile(t, path, "threshold = 0.0000001\n")
	if _, ps := ReadDepthConfig(path); len(ps) != 1 || ps[0].Code != "depth_number_out_of_range" || ps[0].Pos.Line != 1 {
		t.Errorf("%v", ps)
	}
	if err := os.WriteFile(path, []byte("threshold = 0.5\nhalf_life = 30\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ps := ReadDepthConfig(path); len(ps) != 0 {
		t.Errorf("%v", ps)
	}
}

// TestFirstHostileWordAtATime: the eight-bytes-at-a-time scan finds the
// same first character as a byte-by-byte one, wherever it falls.
func TestFirstHostileWordAtATime(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"abcdefghijklmnop", -1}, {"abcdefgh\x1bjklmnop", 8}, {"abcdefghijklmno\x7f", 15},
		{"abc\u202edefghij", 3}, {"abcdefgh\tjk\nlmnop", -1}, {"aé\u0085bcdefgh", 3},
		{"abcdefg\r\nhijk", -1}, {"abcdefgh\rx", 8}, {"~~~~~~~~ ~~~~~~~\x00", 16}, {"\u2069", 0},
	} {
		if got := firstHostile(tc.s); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.s, got, tc.want)
		}
	}
}
