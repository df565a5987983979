package render_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// renderPackage is the part of `go list -json` the rule reads.
type renderPackage struct {
	ImportPath string
	Imports    []string // direct imports of the package's non-test files
	Deps       []string // every package it needs to build, transitively
}

// allowedGbo says whether a render package may depend on the gbo package
// p: another render package, the catalogue (graph/locale) or the output
// helpers (graph/output). Never the readers (graph and its other
// sub-packages), the analysis (metrics/...), samples or cmd.
func allowedGbo(p string) bool {
	switch {
	case p == "gbo/render" || strings.HasPrefix(p, "gbo/render/"):
		return true
	case p == "gbo/graph/locale" || p == "gbo/graph/output":
		return true
	}
	return false
}

// TestRenderTakesValues: no render package imports, or needs to build, a
// gbo package but the catalogue, the output helpers and other render
// packages (docs/layout.md#import-rules: render takes values). The view
// models are filled by cmd/gbo (view_workbook.go, view_report_kinds.go …);
// a test file may still import graph to read a written file back.
func TestRenderTakesValues(t *testing.T) {
	if testing.Short() {
		t.Skip("go list is not run with -short")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goBin, "list", "-e", "-json=ImportPath,Imports,Deps", "gbo/render/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s list: %v\n%s", goBin, err, stderr.Bytes())
	}
	seen := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p renderPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		seen[p.ImportPath] = true
		for _, imp := range p.Imports {
			if (imp == "gbo" || strings.HasPrefix(imp, "gbo/")) && !allowedGbo(imp) {
				t.Errorf("%s imports %s: render takes values (a view model the command fills)", p.ImportPath, imp)
			}
		}
		for _, dep := range p.Deps {
			if strings.HasPrefix(dep, "gbo/") && !allowedGbo(dep) {
				t.Errorf("%s needs %s to build: render takes values", p.ImportPath, dep)
			}
		}
	}
	for _, want := range []string{"gbo/render/workbook", "gbo/render/report", "gbo/render/mapview", "gbo/render/export", "gbo/render/chart"} {
		if !seen[want] {
			t.Errorf("go list did not list %s", want)
		}
	}
}

// The rule itself: it lets the catalogue and the output helpers through
// and stops the readers, the analysis and the commands.
func TestAllowedGbo(t *testing.T) {
	for p, want := range map[string]bool{
		"gbo/graph/locale": true, "gbo/graph/output": true, "gbo/render/chart": true,
		"gbo/graph": false, "gbo/graph/casedata": false, "gbo/graph/network": false, "gbo/metrics": false,
		"gbo/metrics/depth": false, "gbo/metrics/boundary": false, "gbo/cmd/gbo": false, "gbo/samples": false,
		"gbo/renderer": false, "gbo/graph/localex": false,
	} {
		if got := allowedGbo(p); got != want {
			t.Errorf("allowedGbo(%q) = %v, want %v", p, got, want)
		}
	}
}
