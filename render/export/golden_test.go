package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenFiles keeps the sample network in every format in
// testdata/sample.*.golden, to be read in review like code. Regenerate with
// go test ./render/export -run Golden -update.
func TestGoldenFiles(t *testing.T) {
	for _, f := range []Format{FormatGEXF, FormatGraphML, FormatJSON, FormatCSV, "nodes.csv"} {
		var b bytes.Buffer
		var err error
		if f == "nodes.csv" {
			err = NodesCSV(&b, sample())
		} else {
			err = Write(&b, f, sample())
		}
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "sample."+string(f)+".golden")
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from %s:\n%s", f, path, b.String())
		}
	}
}
