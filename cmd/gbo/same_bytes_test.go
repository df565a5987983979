package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Same input, same bytes out, for every command and every output it
// writes: each run below is made twice, in two fresh folders, and what
// it prints (standard output and error), its exit status and every file
// it writes (names and bytes) must be the same both times. Each run must
// also succeed and write what it is for (want: a piece of its output or
// of the files it wrote), so that two identical failures, or two empty
// outputs, do not pass.
//
// {out} in an argument is the run's own folder. A message may name it (it
// is read back as {out}); a file that named it would differ between the
// runs: none should.
func TestEveryCommandGivesTheSameBytesTwice(t *testing.T) {
	type run struct {
		name string
		args []string
		want string // in the standard output or in a written file
	}
	const gs, golf, golf2 = "sample:grensobject", "sample:golf-2024", "sample:golf-2025"
	var runs []run
	// The analysis commands in each format and both languages.
	for _, cmd := range []string{"validate", "ties", "metrics", "brokers", "objects", "weak"} {
		for _, format := range []string{"table", "csv", "json", "md"} {
			for _, lang := range []string{"en", "nl"} {
				want := map[string]string{"validate": "637", "brokers": "ocmw-scheldeveld", "weak": "caw-scheldemeersen"}[cmd]
				if want == "" {
					want = "huurders" // the sample's boundary object
				}
				runs = append(runs, run{cmd + " " + format + " " + lang, []string{cmd, gs, "--format", format, "--lang", lang}, want})
			}
		}
	}
	runs = append(runs,
		run{"ties --explain", []string{"ties", gs, "--explain", "bib-oostmolen,ldc-meersbeke"}, "2024-06-05"},
		run{"ties --explain json", []string{"ties", gs, "--explain", "bib-oostmolen,ldc-meersbeke", "--format", "json", "--lang", "nl"}, "2024-06-05"},
		run{"ties ratings", []string{"ties", golf, "--format", "json"}, `"ratings"`},
		run{"metrics network", []string{"metrics", gs, "--level", "network"}, "23"},
		run{"metrics ties directed", []string{"metrics", gs, "--level", "ties", "--directed"}, "huurders"},
		run{"weak --without", []string{"weak", "sample:sleutelfiguren", "--without", "clb-leiedal", "--format", "json"}, "clb-leiedal"},
		run{"weak --key-players", []string{"weak", gs, "--key-players", "3", "--format", "json"}, "key"},
		run{"map svg", []string{"map", gs, "-o", "{out}/kaart.svg"}, "<svg"},
		run{"map svg nl community", []string{"map", gs, "-o", "{out}/kaart.svg", "--lang", "nl", "--color", "community", "--size", "betweenness"}, "<svg"},
		run{"map svg ego", []string{"map", gs, "-o", "{out}/ego.svg", "--focus", "caw-scheldemeersen", "--radius", "1"}, "<svg"},
		run{"map svg two-mode", []string{"map", gs, "-o", "{out}/twee.svg", "--two-mode"}, "<svg"},
		run{"map png", []string{"map", gs, "-o", "{out}/kaart.png"}, "\x89PNG"},
		run{"map dot", []string{"map", gs, "-o", "{out}/kaart.dot"}, "graph"},
		run{"export gexf", []string{"export", gs, "-o", "{out}/net.gexf"}, "caw-scheldemeersen"},
		run{"export graphml", []string{"export", gs, "-o", "{out}/net.graphml"}, "caw-scheldemeersen"},
		run{"export json", []string{"export", gs, "-o", "{out}/net.json"}, "caw-scheldemeersen"},
		run{"export csv", []string{"export", gs, "-o", "{out}/net.csv"}, "caw-scheldemeersen"},
		run{"export xlsx", []string{"export", gs, "-o", "{out}/net.xlsx"}, "PK\x03\x04"},
		run{"export gexf --periods", []string{"export", gs, "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "-o", "{out}/dyn.gexf"}, "dynamic"},
		run{"export gexf --waves", []string{"export", golf, golf2, "--waves", "-o", "{out}/waves.gexf"}, "dynamic"},
		run{"report en", []string{"report", gs, "-o", "{out}/report.html", "--lang", "en"}, "Bridging partners"},
		run{"report nl", []string{"report", "sample:kennismaking", "-o", "{out}/rapport.html", "--lang", "nl"}, "Verbindende partners"},
		run{"compare cases", []string{"compare", golf, golf2}, "GBO Vlietland 2025"},
		run{"compare cases json", []string{"compare", golf, golf2, "--format", "json"}, `"cases"`},
		run{"compare --periods", []string{"compare", gs, "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "--format", "json"}, `"transitions"`},
		run{"compare page", []string{"compare", "sample:kennismaking", gs, "-o", "{out}/vergelijking.html", "--lang", "nl"}, "GBO Scheldemeersen"},
		run{"compare page periods", []string{"compare", gs, "--periods", "2023-01-01..2023-12-31,2024-01-01..2024-12-31", "-o", "{out}/perioden.html"}, "<html"},
		run{"sample list", []string{"sample", "--format", "json"}, "grensobject"},
		run{"sample to a folder", []string{"sample", "grensobject", "{out}/case"}, "caw-scheldemeersen"},
		run{"sample to xlsx", []string{"sample", "kennismaking", "{out}/case.xlsx"}, "PK\x03\x04"},
		run{"template", []string{"template", "-o", "{out}/leeg.xlsx", "--lang", "nl"}, "PK\x03\x04"},
		run{"template --from", []string{"template", "--from", gs, "-o", "{out}/gevuld.xlsx"}, "PK\x03\x04"},
		run{"survey make", []string{"survey", "make", golf, "-o", "{out}/forms", "--lang", "nl"}, "PK\x03\x04"},
		run{"anonymise", []string{"anonymise", gs, "-o", "{out}/anon"}, "P-"},
		run{"anonymise by sector", []string{"anonymise", golf, "-o", "{out}/anon", "--partners", "sector"}, "OCMW"},
		run{"generate", []string{"generate", "--partners", "40", "--events", "500", "--seed", "7", "{out}/gen"}, "p"},
		run{"generate no people", []string{"generate", "--partners", "12", "--events", "80", "--no-people", "{out}/gen"}, "p"},
	)
	base := t.TempDir()
	once := func(i int, r run) (got map[string]string) {
		t.Helper()
		dir := filepath.Join(base, "r"+string(rune('0'+i)), strings.ReplaceAll(r.name, " ", "_"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		args := make([]string, len(r.args))
		for k, a := range r.args {
			args[k] = strings.ReplaceAll(a, "{out}", dir)
		}
		stdout, stderr, code := runGBO(t, args...)
		if code != 0 {
			t.Fatalf("gbo %s: exit %d: %s", strings.Join(args, " "), code, stderr)
		}
		// Messages name the output as given: that part is the run's own.
		got = map[string]string{"stdout": strings.ReplaceAll(stdout, dir, "{out}"), "stderr": strings.ReplaceAll(stderr, dir, "{out}")}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			got["file "+filepath.ToSlash(rel)] = string(b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	for _, r := range runs {
		first, second := once(1, r), once(2, r)
		var keys []string
		for k := range first {
			keys = append(keys, k)
		}
		for k := range second {
			if _, ok := first[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		found := false
		for _, k := range keys {
			a, b := first[k], second[k]
			if a != b {
				t.Errorf("%s: %s differs between two runs (%d and %d bytes): %s", r.name, k, len(a), len(b), firstDiff(a, b))
			}
			if k != "stderr" && strings.Contains(a, r.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q in neither its output nor a file it wrote (%d outputs)", r.name, r.want, len(keys))
		}
	}
}
