package samples

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gbo/graph/locale"
	"gbo/samples/internal/stories"
)

var wantSamples = []string{"golf-2024", "golf-2025", "grensobject", "intersectoraal", "kennismaking", "sleutelfiguren"}

func sample(t *testing.T, name string) *sampleCase {
	t.Helper()
	fsys, ok := FS(name)
	if !ok {
		t.Fatalf("no sample %q", name)
	}
	return load(t, fsys)
}

func TestListNamesEverySampleInOrder(t *testing.T) {
	var got []string
	for _, in := range List() {
		got = append(got, in.Name)
		// Every language's catalogue describes it in one sentence.
		for _, lang := range locale.Languages() {
			d := locale.T(lang, in.DescriptionKey)
			if in.DescriptionKey != "samples."+in.Name || !locale.Has(in.DescriptionKey) {
				t.Errorf("%s: no description %q in the catalogue", in.Name, in.DescriptionKey)
			}
			if !strings.HasSuffix(d, ".") || strings.Count(d, ". ") > 0 {
				t.Errorf("%s (%s): description is not one sentence: %q", in.Name, lang, d)
			}
		}
	}
	if !slices.Equal(got, wantSamples) {
		t.Fatalf("List() = %v, want %v", got, wantSamples)
	}
}

func TestListCountsMatchTheFiles(t *testing.T) {
	for _, in := range List() {
		t.Run(in.Name, func(t *testing.T) {
			c := sample(t, in.Name)
			events := 0
			for _, e := range c.events {
				events += e.count
			}
			if in.Partners != len(c.partners) || in.Events != events {
				t.Errorf("List says %d partners, %d events; files hold %d, %d", in.Partners, in.Events, len(c.partners), events)
			}
			if in.Partners < 15 || in.Partners > 40 {
				t.Errorf("%d partners, want 15-40", in.Partners)
			}
			if in.Events < 300 || in.Events > 3000 {
				t.Errorf("%d events, want 300-3000", in.Events)
			}
		})
	}
}

func TestEverySampleIsAWholeValidCase(t *testing.T) {
	for _, name := range wantSamples {
		t.Run(name, func(t *testing.T) {
			c := sample(t, name) // checks every reference
			fsys, _ := FS(name)
			table(t, fsys, "interactions.csv", "date", "from", "with", "kind", "object", "people", "count")
			used := map[string]bool{}
			for _, e := range c.events {
				for _, p := range e.parts() {
					used[p] = true
				}
			}
			for _, id := range c.order {
				if !used[id] {
					t.Errorf("partner %s takes part in no event", id)
				}
			}
			if len(c.people) < 24 {
				t.Errorf("%d people, want dozens", len(c.people))
			}
			for _, key := range []string{"name", "region", "as_of", "language"} {
				if !strings.Contains(c.toml, key+" = ") {
					t.Errorf("case.toml has no %s", key)
				}
			}
			if strings.Contains(c.toml, "coordinator = ") {
				co := strings.Split(strings.SplitAfter(c.toml, "coordinator = \"")[1], "\"")[0]
				if _, ok := c.partners[co]; !ok {
					t.Errorf("coordinator %q is not a partner", co)
				}
			}
			cores, dmws, ocmws := 0, 0, 0
			for _, id := range c.order {
				if c.core(id) {
					cores++
				}
				switch c.sector(id) {
				case "DMW":
					dmws++
				case "OCMW":
					ocmws++
				}
			}
			if ocmws < 2 || dmws < 2 || cores >= len(c.order) {
				t.Errorf("want several OCMWs and DMWs and external partners: %d OCMW, %d DMW, %d core of %d", ocmws, dmws, cores, len(c.order))
			}
		})
	}
}

func TestBuilderIsDeterministicAndMatchesTheCommittedData(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := stories.Build(a); err != nil {
		t.Fatal(err)
	}
	if err := stories.Build(b); err != nil {
		t.Fatal(err)
	}
	built := tree(t, os.DirFS(a))
	if again := tree(t, os.DirFS(b)); !sameTree(t, built, again) {
		t.Fatal("two builds differ")
	}
	sub, _ := fs.Sub(data, "data")
	if !sameTree(t, built, tree(t, sub)) {
		t.Fatal("samples/data is not what the builder makes: run go run ./samples/internal/build")
	}
}

func tree(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		out[p], err = fs.ReadFile(fsys, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t *testing.T, x, y map[string][]byte) bool {
	t.Helper()
	same := len(x) == len(y)
	for p, b := range x {
		if !bytes.Equal(b, y[p]) {
			t.Errorf("%s differs", p)
			same = false
		}
	}
	return same
}

func TestFSRefusesUnknownNamesAndPaths(t *testing.T) {
	for _, name := range []string{"", ".", "..", "nope", "../samples", "golf-2024/..", "data"} {
		if _, ok := FS(name); ok {
			t.Errorf("FS(%q) found a sample", name)
		}
	}
	fsys, ok := FS("grensobject")
	if !ok {
		t.Fatal("FS(grensobject) not found")
	}
	if _, err := fs.Stat(fsys, "partners.csv"); err != nil {
		t.Error("partners.csv is not at the root")
	}
}

func TestWriteToCopiesAndRefusesToOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "case")
	if err := WriteTo("golf-2025", dir); err != nil {
		t.Fatal(err)
	}
	fsys, _ := FS("golf-2025")
	if !sameTree(t, tree(t, fsys), tree(t, os.DirFS(dir))) {
		t.Fatal("the copy differs from the sample")
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "ties.csv"))
	os.WriteFile(filepath.Join(dir, "ties.csv"), []byte("edited"), 0o644)
	err := WriteTo("golf-2025", dir)
	if err == nil {
		t.Fatal("WriteTo overwrote an existing case")
	}
	for _, f := range []string{"partners.csv", "ties.csv", "case.toml"} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error does not name %s: %v", f, err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "ties.csv")); string(b) != "edited" || len(before) == 0 {
		t.Error("an existing file was touched")
	}
	// A folder holding other files only is fine.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "readme.txt"), nil, 0o644)
	if err := WriteTo("kennismaking", other); err != nil {
		t.Errorf("WriteTo into a folder with unrelated files: %v", err)
	}
	if err := WriteTo("nope", t.TempDir()); err == nil || !strings.Contains(err.Error(), "grensobject") {
		t.Errorf("unknown sample: %v, want an error listing the samples", err)
	}
}
