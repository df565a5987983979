package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// fakeVocabulary is a small stand-in for package metrics' vocabulary: a few
// kinds of docs/depth-model.md#kinds with their Dutch aliases, rungs by number and by name.
type fakeVocabulary struct {
	kinds map[string]struct {
		name string
		rung int
	}
	rungs map[string]int
}

var rungWords = [6][2]string{
	{"none", "geen contact"}, {"acquaintance", "kennismaking"}, {"knowledge sharing", "kennisdeling"},
	{"referral", "doorverwijzing"}, {"alignment", "afstemming"}, {"integration", "integratie"},
}

func newFakeVocabulary(d DepthConfig) (Vocabulary, error) {
	v := &fakeVocabulary{kinds: map[string]struct {
		name string
		rung int
	}{}, rungs: map[string]int{}}
	add := func(name string, rung int, aliases ...string) {
		for _, s := range append([]string{name}, aliases...) {
			v.kinds[strings.ToLower(s)] = struct {
				name string
				rung int
			}{name, rung}
		}
	}
	add("introduction", 1, "kennismaking")
	add("network_meeting", 1, "netwerkmoment", "overleg")
	add("info_exchange", 2, "kennisdeling", "infosessie")
	add("referral", 3, "doorverwijzing", "toeleiding")
	add("warm_referral", 3, "warme doorverwijzing")
	add("case_consultation", 4, "casusoverleg")
	add("joint_action", 5, "gezamenlijke actie")
	for name, k := range d.Kinds {
		add(name, k.Rung, k.Aliases...)
	}
	for i, w := range rungWords {
		v.rungs[strconv.Itoa(i)] = i
		v.rungs[w[0]] = i
		v.rungs[w[1]] = i
	}
	return v, nil
}

func (v *fakeVocabulary) Kind(s string) (string, int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if k, ok := v.kinds[s]; ok {
		return k.name, k.rung, true
	}
	if r, ok := v.rungs[s]; ok {
		return strings.ReplaceAll(rungWords[r][0], " ", "_"), r, true
	}
	return "", 0, false
}

func (v *fakeVocabulary) Rung(s string) (int, bool) {
	r, ok := v.rungs[strings.ToLower(strings.TrimSpace(s))]
	return r, ok
}

func (v *fakeVocabulary) Names() []string {
	var out []string
	for k := range v.kinds {
		out = append(out, k)
	}
	return out
}

var fakeOptions = Options{Vocabulary: newFakeVocabulary}

// readMap reads a case made of in-memory files (file name -> content).
func readMap(files map[string]string, opt Options) (*Case, Problems) {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return Read(OpenFS("t", fsys), opt)
}

// writeDir writes files into a new temporary folder and returns its path.
func writeDir(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readTestdata reads a case folder of graph/testdata with the fake vocabulary.
func readTestdata(t *testing.T, name string) (*Case, Problems) {
	t.Helper()
	src, err := Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return Read(src, fakeOptions)
}

// only returns the problems with the given code.
func only(ps Problems, code string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Code == code {
			out = append(out, p)
		}
	}
	return out
}

// baseFile is Pos.File without the folder, for comparing positions.
func baseFile(p Pos) string {
	f := p.File
	if i := strings.LastIndexAny(f, `/\`); i >= 0 {
		f = f[i+1:]
	}
	return f
}

// minimal is a correct small case, to which tests add one mistake.
func minimal() map[string]string {
	return map[string]string{
		"partners.csv":     "id,name,sector\nA,Alpha,CAW\nB,Beta,OCMW\nC,Gamma,buurtwerk\n",
		"interactions.csv": "date,from,with,kind\n2024-01-10,A,B,referral\n2024-02-01,B,C|A,overleg\n",
	}
}

func with(base map[string]string, name, text string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	if text == "" {
		delete(out, name)
	} else {
		out[name] = text
	}
	return out
}

func mustNoErrors(t *testing.T, ps Problems) {
	t.Helper()
	if ps.HasErrors() {
		for _, p := range ps.Errors() {
			t.Error(p)
		}
		t.FailNow()
	}
}

func writeDirFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func sprint(v any) string { return fmt.Sprintf("%+v", v) }
