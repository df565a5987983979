package export

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// python is Debian's interpreter, which has networkx and igraph installed
// (the python3 on PATH may be a pyenv without them).
const python = "/usr/bin/python3"

// readBack is run by python: it reads every file with networkx (and the
// GraphML file with igraph too) and prints what it found as JSON.
const readBack = `
import json, sys
import networkx as nx
from networkx.readwrite import json_graph
d = sys.argv[1]
out = {}
def summary(g):
    n = g.nodes
    e = g.edges
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "directed": g.is_directed(),
            "caw_sector": n["caw"].get("sector"), "caw_label": n["caw"].get("label"),
            "caw_degree": n["caw"].get("degree"), "caw_core": n["caw"].get("core"),
            "ocmw_constraint": n["ocmw-a"].get("constraint", "absent"),
            "hostile_label": n["=cmd"].get("label"),
            "bib_label": n["bib"].get("label"),
            "weight": e["caw", "ocmw-a"].get("weight"), "depth": e["caw", "ocmw-a"].get("depth"),
            "weak": e["bib", "caw"].get("weak")}
out["gexf"] = summary(nx.read_gexf(d + "/g.gexf"))
out["graphml"] = summary(nx.read_graphml(d + "/g.graphml"))
out["json"] = summary(json_graph.node_link_graph(json.load(open(d + "/g.json"))))
import igraph
g = igraph.Graph.Read_GraphML(d + "/g.graphml")
caw = g.vs.find(id="caw")
out["igraph"] = {"nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
    "caw_sector": caw["sector"], "caw_degree": caw["degree"], "caw_label": caw["label"],
    "hostile_label": g.vs.find(id="=cmd")["label"]}
print(json.dumps(out))
`

// needPython skips the test when Debian's python lacks networkx or igraph,
// except on CI (CI=true), where the round trip must run.
func needPython(t *testing.T) {
	t.Helper()
	err := exec.Command(python, "-c", "import networkx, igraph").Run()
	if err == nil {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s cannot import networkx and igraph: %v", python, err)
	}
	t.Skipf("%s cannot import networkx and igraph: %v", python, err)
}

func TestNetworkxAndIgraphReadOurFilesBack(t *testing.T) {
	needPython(t)
	dir := t.TempDir()
	for f, name := range map[Format]string{FormatGEXF: "g.gexf", FormatGraphML: "g.graphml", FormatJSON: "g.json"} {
		fh, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(fh, f, sample()); err != nil {
			t.Fatal(err)
		}
		fh.Close()
	}
	out, err := exec.Command(python, "-c", readBack, dir).Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("python: %v\n%s", err, msg)
	}
	var got map[string]map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, reader := range []string{"gexf", "graphml", "json", "igraph"} {
		g := got[reader]
		check := func(key string, want any) {
			t.Helper()
			if g[key] != want {
				t.Errorf("%s: %s = %#v, want %#v", reader, key, g[key], want)
			}
		}
		check("nodes", 4.0)
		check("edges", 3.0)
		check("directed", false)
		check("caw_sector", "CAW")
		check("caw_label", "CAW Zuid-West-Vlaanderen")
		check("caw_degree", 2.0)
		check("hostile_label", hostile)
		if reader == "igraph" {
			continue
		}
		check("caw_core", true)
		check("bib_label", "Bibliotheek Ieper – Café Één")
		check("weight", 4.25)
		check("depth", 4.0)
		check("weak", true)
		if reader == "json" {
			check("ocmw_constraint", nil) // null kept
		} else {
			check("ocmw_constraint", "absent") // null omitted
		}
	}
}
