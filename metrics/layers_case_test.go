package metrics_test

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// caseDoors are the metrics packages that still import gbo/graph (the
// readers), and what for; every other metrics package names the case's types
// in gbo/graph/casedata (docs/layout.md#known-exceptions). Both need
// graph.Case, which stays in graph while its Warnings are graph.Problems
// (rendered through the catalogue); metrics/depth also builds graph.DepthError.
var caseDoors = map[string]string{
	"gbo/metrics/depth": "graph.Case (Score's argument) and graph.DepthError (a depth model's error)",
	"gbo/metrics":       "graph.Case (Of, Anonymise, the privacy checks)",
}

// ownReaders are readers a package may need for itself, not through
// gbo/graph: metrics/depth decodes its embedded default model
// (depthmodel.toml) with BurntSushi/toml.
var ownReaders = map[string][]string{
	"gbo/metrics/depth": {"github.com/BurntSushi/toml", "github.com/BurntSushi/toml/internal"},
}

// TestAnalysisReachesReadersOnlyThroughCase: the analysis packages
// (metrics/depth, flags, measures, boundary, fragility and the root metrics)
// import no reader themselves, none but caseDoors imports gbo/graph, and
// every reader in their dependencies comes through gbo/graph (or is one of
// ownReaders). So the readers leave the analysis' dependencies when graph.Case
// moves to graph/casedata and caseDoors is emptied; an entry of caseDoors that
// no longer imports gbo/graph fails the test until it is removed.
func TestAnalysisReachesReadersOnlyThroughCase(t *testing.T) {
	pkgs := goList(t)
	through := map[string]bool{"gbo/graph": true}
	for _, d := range pkgs["gbo/graph"].Deps {
		through[d] = true
	}
	names := []string{"gbo/metrics", "gbo/metrics/boundary", "gbo/metrics/depth", "gbo/metrics/flags",
		"gbo/metrics/fragility", "gbo/metrics/measures"}
	for _, name := range names {
		p := pkgs[name]
		if len(p.Imports) == 0 {
			t.Fatalf("%s: go list gave no imports", name)
		}
		importsGraph := slices.Contains(p.Imports, "gbo/graph")
		if _, door := caseDoors[name]; door != importsGraph {
			if door {
				t.Errorf("%s no longer imports gbo/graph: remove it from caseDoors and docs/layout.md#known-exceptions", name)
			} else {
				t.Errorf("%s imports gbo/graph: name the case's types in gbo/graph/casedata", name)
			}
		}
		for _, imp := range p.Imports {
			if isReader(imp) && imp != "gbo/graph" && !slices.Contains(ownReaders[name], imp) {
				t.Errorf("%s imports the reader %s", name, imp)
			}
		}
		var stray []string
		for _, dep := range p.Deps {
			if isReader(dep) && !through[dep] && !slices.Contains(ownReaders[name], dep) {
				stray = append(stray, dep)
			}
		}
		if len(stray) > 0 {
			sort.Strings(stray)
			t.Errorf("%s depends on readers not through gbo/graph: %s", name, strings.Join(stray, " "))
		}
	}
}
