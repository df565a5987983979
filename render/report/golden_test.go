package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var (
	update     = flag.Bool("update", false, "rewrite testdata/*.golden.html")
	updateOnly = flag.String("update-only", "", "with -update, rewrite only this golden file (report-fr.golden.html)")
)

// TestGoldenPages pins the pages byte for byte (docs/guarantees.md#same-input-same-bytes: same input, same
// bytes). After a deliberate change run go test -update and review the
// diff of testdata/*.golden.html.
func TestGoldenPages(t *testing.T) {
	pages := []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"report-nl.golden.html", func(b *bytes.Buffer) error { return Write(b, sampleReport("nl")) }},
		{"report-en.golden.html", func(b *bytes.Buffer) error { return Write(b, sampleReport("en")) }},
		{"compare-en.golden.html", func(b *bytes.Buffer) error { return WriteCompare(b, sampleCompare("en")) }},
		{"report-fr.golden.html", func(b *bytes.Buffer) error { return Write(b, sampleReport("fr")) }},
		{"compare-fr.golden.html", func(b *bytes.Buffer) error { return WriteCompare(b, sampleCompare("fr")) }},
	}
	for _, p := range pages {
		var b bytes.Buffer
		if err := p.write(&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", p.file)
		if *update && (*updateOnly == "" || *updateOnly == p.file) {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs from the page written now; if the change is meant, run go test -update and review the diff", path)
		}
	}
}
