package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"gbo/graph/locale"
)

// checkRead asserts what must hold for any input: a case comes back, every
// problem has a known code, a file and a message that formats, and what was
// read is consistent with the rules (known partners, rungs 0..5, counts ≥ 1)
// and the limits (partners per event, counts, weights, names), and holds
// no character that could rewrite a terminal or reorder text.
func checkRead(t *testing.T, c *Case, ps Problems) {
	t.Helper()
	checkReadLimits(t, c, ps, DefaultMaxEventPartners)
}

func checkReadLimits(t *testing.T, c *Case, ps Problems, eventPartners int) {
	t.Helper()
	if c == nil {
		t.Fatal("nil case")
	}
	if s := fmt.Sprintf("%+v", c); firstHostile(s) >= 0 {
		t.Errorf("a control or bidi character passed into the case: %q", s)
	}
	for _, p := range ps {
		for _, a := range p.Args {
			if firstHostile(a) >= 0 || utf8.RuneCountInString(a) > maxArgChars+1 {
				t.Errorf("problem argument %q", a)
			}
		}
		if !locale.Has(problemsArea + p.Code) {
			t.Errorf("problem with unknown code %q", p.Code)
		}
		if p.Pos.File == "" || p.Pos.Line < 0 || p.Pos.Col < 0 {
			t.Errorf("problem without a place: %+v", p)
		}
		for _, lang := range locale.Languages() {
			if m := p.Message(lang); strings.Contains(m, "%!") {
				t.Errorf("bad message format: %s", m)
			}
		}
	}
	ids := map[string]bool{}
	for _, p := range c.Partners {
		if p.ID == "" || ids[p.ID] {
			t.Errorf("empty or repeated partner %q", p.ID)
		}
		ids[p.ID] = true
	}
	for _, p := range c.Partners {
		if longerThan(p.ID, maxIDChars) || longerThan(p.Name, maxNameChars) || longerThan(p.Sector, maxIDChars) {
			t.Errorf("partner beyond the name limits: %+v", p)
		}
	}
	if longerThan(c.Name, maxNameChars) || longerThan(c.Region, maxNameChars) {
		t.Errorf("case name %q", c.Name)
	}
	for _, e := range c.Events {
		if e.Rung < 0 || e.Rung > 5 || e.Count < 1 || e.Count > maxCount || len(e.With) == 0 || e.Date.IsZero() ||
			len(e.With)+1 > eventPartners {
			t.Errorf("bad event %+v", e)
		}
		for _, id := range e.Participants() {
			if len(c.Partners) > 0 && !ids[id] {
				t.Errorf("event names unknown partner %q", id)
			}
		}
		for _, w := range e.With {
			if w == e.From {
				t.Errorf("self-tie kept in %+v", e)
			}
		}
	}
	for _, r := range c.Ratings {
		if r.Depth < 0 || r.Depth > 5 || r.From == r.To || r.Trust < 0 || r.Trust > 4 || r.Weight < 0 ||
			r.Weight > maxWeight || r.Weight > 0 && r.Weight < minWeight {
			t.Errorf("bad rating %+v", r)
		}
	}
	if len(c.Warnings) > len(ps) {
		t.Error("more warnings than problems")
	}
}

func FuzzReadCSVCase(f *testing.F) {
	for _, dir := range []string{"belgian", "english", "bom", "multiline"} {
		p, _ := os.ReadFile(filepath.Join("testdata", dir, "partners.csv"))
		i, _ := os.ReadFile(filepath.Join("testdata", dir, "interactions.csv"))
		f.Add(p, i)
	}
	m := minimal()
	f.Add([]byte(m["partners.csv"]), []byte("date,from,with,kind\n\"2024-01-10\",A,\"B|\nC\",1\n"))
	f.Add([]byte("id;sector\r\nA;CAW\r\n"), []byte("datum\tvan\tmet\tsoort\n15/3/2024\tA\tA\t3\n"))
	f.Fuzz(func(t *testing.T, partners, interactions []byte) {
		if len(partners)+len(interactions) > 1<<20 {
			return
		}
		fsys := fstest.MapFS{
			"partners.csv":     {Data: partners},
			"interactions.csv": {Data: interactions},
			"ties.csv":         {Data: []byte("from,to,depth,weight\nA,B,2,\"1,5\"\n")},
			"targets.csv":      {Data: []byte("a,b,depth\nsector:CAW,A,3\n")},
		}
		c, ps := Read(OpenFS("fuzz", fsys), Options{Vocabulary: newFakeVocabulary, MaxFieldBytes: 256,
			MaxEventPartners: 6, MaxRows: 500, MaxPairs: 200})
		checkReadLimits(t, c, ps, 6)
		pairs := 0
		for _, e := range c.Events {
			pairs += (len(e.With) + 1) * len(e.With) / 2
		}
		if pairs > 200 {
			t.Errorf("%d pairs kept over the limit of 200", pairs)
		}
	})
}

func FuzzReadXLSX(f *testing.F) {
	dir := f.TempDir()
	for _, path := range []string{gentWorkbook(f), writeWorkbook(f, filepath.Join(dir, "small.xlsx"), []sheet{
		{"partners", [][]any{{"id", "sector"}, {"A", "CAW"}, {"B", 3.5}}},
		{"ties", [][]any{{"from", "to", "depth"}, {"A", "B", 2}}},
		{"case", [][]any{{"as_of", 45366}, {"depth.kinds.x", 3}}},
	})} {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		path := filepath.Join(t.TempDir(), "case.xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		src, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		c, ps := Read(src, Options{Vocabulary: newFakeVocabulary, MaxFileBytes: 4 << 20})
		checkRead(t, c, ps)
	})
}

func FuzzReadTOML(f *testing.F) {
	for _, dir := range []string{"belgian", "english"} {
		b, _ := os.ReadFile(filepath.Join("testdata", dir, "case.toml"))
		f.Add(b)
	}
	f.Add([]byte("[depth]\nkinds.huisbezoek = 3\n[depth.kinds.warm]\nrung = 4\naliases = \"warm\"\n[depth.rungs]\n1 = [\"contact\"]\n"))
	f.Add([]byte("as_of = 2024-06-30T10:00:00+02:00\ncoordinator = \"a\"\nlanguage = \"NL\"\n"))
	f.Add([]byte("name = 3\n[[depth]]\n"))
	f.Add([]byte("a = " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\n" + strings.Repeat("b.", 30) + "c = 1\n"))
	f.Add([]byte("name = \"\\u202eG\\u001b[2J\"\n[depth.kinds.\"x\\u0007\"]\nrung = 3\n[depth]\nthreshold = 1e-300\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		files := minimal()
		fsys := fstest.MapFS{"case.toml": {Data: data}}
		for k, v := range files {
			fsys[k] = &fstest.MapFile{Data: []byte(v)}
		}
		c, ps := Read(OpenFS("fuzz", fsys), Options{Vocabulary: newFakeVocabulary})
		checkRead(t, c, ps)
		path := filepath.Join(t.TempDir(), "model.toml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, ps = ReadDepthConfig(path)
		for _, p := range ps {
			if p.Pos.File != path {
				t.Errorf("depth model problem without its file: %+v", p)
			}
		}
	})
}
