package metrics_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// listedPackage is the part of `go list -json` the layer rules read.
type listedPackage struct {
	ImportPath string
	Imports    []string // direct imports of the package's non-test files
	Deps       []string // every package it needs to build, transitively
}

// goList runs the go command of the toolchain that built this test on every
// package of the module.
func goList(t *testing.T) map[string]listedPackage {
	t.Helper()
	if testing.Short() {
		// The second-user CI run (-test.short) has no module cache of its
		// own, and go list would need one.
		t.Skip("go list of the whole module is not run with -short")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goBin, "list", "-json=ImportPath,Imports,Deps", "gbo/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s list: %v\n%s", goBin, err, stderr.Bytes())
	}
	pkgs := map[string]listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs[p.ImportPath] = p
	}
	for _, want := range []string{"gbo/graph", "gbo/graph/network", "gbo/graph/output", "gbo/metrics", "gbo/metrics/centrality",
		"gbo/metrics/depth", "gbo/metrics/flags", "gbo/metrics/boundary", "gbo/metrics/fragility", "gbo/metrics/measures"} {
		if _, ok := pkgs[want]; !ok {
			t.Fatalf("go list did not list %s (listed %d packages)", want, len(pkgs))
		}
	}
	return pkgs
}

// readerPackages are what reading a case needs: a package that depends on
// one of these (or on a package below one of these paths) carries a reader.
var readerPackages = []string{
	"gbo/graph", // the case readers themselves
	"archive/zip",
	"encoding/csv",
	"encoding/xml",
	"github.com/BurntSushi/toml",
	"github.com/xuri/excelize/v2",
	"golang.org/x/net/html",
	"golang.org/x/text/encoding",
	"github.com/nicksnyder/go-i18n", // the catalogue's library (graph/locale)
}

// isReader reports whether the package path dep is one of readerPackages
// or lies below one (gbo/graph's own sub-packages excepted: they sit below
// the readers, not among them).
func isReader(dep string) bool {
	if strings.HasPrefix(dep, "gbo/graph/") {
		return false
	}
	for _, r := range readerPackages {
		if dep == r || strings.HasPrefix(dep, r+"/") {
			return true
		}
	}
	return false
}

// TestKernelsCarryNoReader: the measure kernels, and the network they take,
// build from the standard library, gonum's graph interfaces and
// gbo/graph/network only, so a user of a kernel carries no case reader, no
// TOML, no excelize and no text decoder (docs/layout.md). graph/output, used
// by every writer, and graph/casedata, the case format's types, carry no
// reader either and no other gbo package.
func TestKernelsCarryNoReader(t *testing.T) {
	pkgs := goList(t)
	allowedGbo := map[string][]string{
		"gbo/metrics/centrality": {"gbo/graph/network"},
		"gbo/metrics/community":  {"gbo/graph/network"},
		"gbo/metrics/structure":  {"gbo/graph/network"},
		"gbo/graph/network":      nil,
		"gbo/graph/output":       nil,
		"gbo/graph/casedata":     nil,
	}
	var names []string
	for name := range allowedGbo {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := pkgs[name]
		if len(p.Deps) == 0 && len(p.Imports) == 0 {
			t.Errorf("%s: go list gave no dependencies at all", name)
		}
		var readers, gbo []string
		for _, dep := range p.Deps {
			if isReader(dep) {
				readers = append(readers, dep)
			}
			if strings.HasPrefix(dep, "gbo/") {
				ok := false
				for _, a := range allowedGbo[name] {
					ok = ok || dep == a
				}
				if !ok {
					gbo = append(gbo, dep)
				}
			}
		}
		if len(readers) > 0 {
			t.Errorf("%s depends on readers: %s", name, strings.Join(readers, " "))
		}
		if len(gbo) > 0 {
			t.Errorf("%s depends on %s; among gbo's packages it may depend on %v only", name, strings.Join(gbo, " "), allowedGbo[name])
		}
	}
	// The rule itself: the readers' package does depend on what it names.
	if g := pkgs["gbo/graph"]; !containsReader(g.Deps) {
		t.Errorf("gbo/graph's dependencies %v hold none of %v: the reader list is out of date", g.Deps, readerPackages)
	}
}

func containsReader(deps []string) bool {
	for _, d := range deps {
		if d != "gbo/graph" && isReader(d) {
			return true
		}
	}
	return false
}

// TestNoPackageImportsItsParent: a package of gbo never imports a package
// whose path is a prefix of its own (its parent or any ancestor), so that
// a sub-package is always below the package it lives in.
func TestNoPackageImportsItsParent(t *testing.T) {
	pkgs := goList(t)
	var names []string
	for name := range pkgs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, imp := range pkgs[name].Imports {
			if strings.HasPrefix(name, imp+"/") {
				t.Errorf("%s imports %s, a package above it", name, imp)
			}
		}
	}
}

// TestAnalysisBelowCommands: metrics, the top of the metrics packages (the
// report's and compare's analysis), depends on no render package, no
// command and no CLI library, and returns no words: it imports only
// gbo/graph/casedata and the metrics packages its doc names (docs/layout.md#import-rules).
func TestAnalysisBelowCommands(t *testing.T) {
	pkgs := goList(t)
	p := pkgs["gbo/metrics"]
	allowed := map[string]bool{"gbo/graph/casedata": true, "gbo/metrics/measures": true, "gbo/metrics/depth": true, "gbo/metrics/flags": true,
		"gbo/metrics/boundary": true, "gbo/metrics/fragility": true, "gbo/metrics/structure": true}
	if len(p.Imports) == 0 {
		t.Fatal("go list gave gbo/metrics no imports")
	}
	for _, imp := range p.Imports {
		switch {
		case strings.HasPrefix(imp, "gbo/") && !allowed[imp]:
			t.Errorf("gbo/metrics imports %s; it may import %v", imp, allowed)
		case strings.Contains(strings.SplitN(imp, "/", 2)[0], "."): // not the standard library
			t.Errorf("gbo/metrics imports %s: only the standard library and gbo's metrics packages", imp)
		}
	}
	for _, dep := range p.Deps {
		if strings.HasPrefix(dep, "gbo/render") || strings.HasPrefix(dep, "gbo/cmd") || strings.HasPrefix(dep, "github.com/urfave/cli") {
			t.Errorf("gbo/metrics depends on %s", dep)
		}
	}
}

// TestWordsComeFromTheCatalogue: the catalogue (gbo/graph/locale) imports
// no gbo package, so every layer that prints words may import it; and no
// package of metrics imports it: metrics returns codes and numbers, the
// layers above turn them into words (docs/layout.md).
func TestWordsComeFromTheCatalogue(t *testing.T) {
	pkgs := goList(t)
	loc, ok := pkgs["gbo/graph/locale"]
	if !ok {
		t.Fatal("gbo/graph/locale is not listed")
	}
	for _, d := range loc.Deps {
		if strings.HasPrefix(d, "gbo/") {
			t.Errorf("gbo/graph/locale depends on %s", d)
		}
	}
	var names []string
	for name := range pkgs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if name != "gbo/metrics" && !strings.HasPrefix(name, "gbo/metrics/") {
			continue
		}
		for _, imp := range pkgs[name].Imports {
			if imp == "gbo/graph/locale" {
				t.Errorf("%s imports the catalogue: metrics returns codes, not words", name)
			}
		}
	}
}
