package metrics_test

import (
	"slices"
	"strings"
	"testing"
)

// analysisPackages are the metrics packages above the kernels: they take a
// case's data (gbo/graph/casedata), never the readers.
var analysisPackages = []string{"gbo/metrics", "gbo/metrics/boundary", "gbo/metrics/depth", "gbo/metrics/flags",
	"gbo/metrics/fragility", "gbo/metrics/measures"}

// ownReaders are readers a package may need for itself: metrics/depth
// decodes its embedded default model (depthmodel.toml) with
// BurntSushi/toml, and every package above it inherits that.
var ownReaders = []string{"github.com/BurntSushi/toml", "github.com/BurntSushi/toml/internal"}

// analysisGbo says which of gbo's packages the analysis may depend on: the
// case's data, the network and the metrics packages; never gbo/graph (the
// readers), gbo/graph/locale (the catalogue of words), gbo/graph/output
// (the writers) or render, cmd, samples.
func analysisGbo(dep string) bool {
	return dep == "gbo/graph/casedata" || dep == "gbo/graph/network" ||
		dep == "gbo/metrics" || strings.HasPrefix(dep, "gbo/metrics/")
}

// TestAnalysisCarriesNoReader: the analysis packages (metrics/depth, flags,
// measures, boundary, fragility and the root metrics) name the case in
// gbo/graph/casedata, so none of them depends on a reader (gbo/graph, TOML
// beyond depth's own, x/text's encodings, excelize, net/html, go-i18n) or
// on any gbo package but casedata, the network and the metrics packages
// (docs/layout.md#import-rules). The rule can fail: gbo/graph, which reads
// cases, breaks both halves of it.
func TestAnalysisCarriesNoReader(t *testing.T) {
	pkgs := goList(t)
	check := func(name string) (readers, gbo []string) {
		p := pkgs[name]
		for _, dep := range p.Deps {
			if isReader(dep) && !slices.Contains(ownReaders, dep) {
				readers = append(readers, dep)
			}
			if strings.HasPrefix(dep, "gbo/") && !analysisGbo(dep) {
				gbo = append(gbo, dep)
			}
		}
		return readers, gbo
	}
	for _, name := range analysisPackages {
		p := pkgs[name]
		if len(p.Imports) == 0 || len(p.Deps) == 0 {
			t.Fatalf("%s: go list gave no imports", name)
		}
		if !slices.Contains(p.Deps, "gbo/graph/casedata") {
			t.Errorf("%s does not depend on gbo/graph/casedata: the list of analysis packages is out of date", name)
		}
		readers, gbo := check(name)
		if len(readers) > 0 {
			t.Errorf("%s depends on readers: %s", name, strings.Join(readers, " "))
		}
		if len(gbo) > 0 {
			t.Errorf("%s depends on %s: the analysis takes the case from gbo/graph/casedata", name, strings.Join(gbo, " "))
		}
	}
	// The rule itself can fail: the readers break it.
	if readers, gbo := check("gbo/graph"); len(readers) == 0 || !slices.Contains(gbo, "gbo/graph/locale") {
		t.Errorf("gbo/graph passes the analysis' rule (readers %v, gbo %v): the rule is out of date", readers, gbo)
	}
}
