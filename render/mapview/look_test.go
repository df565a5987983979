package mapview

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteForEyes writes the sample map as SVG, PNG and DOT into the folder
// named by GBO_MAP_OUT, for a person to look at; it does nothing otherwise.
func TestWriteForEyes(t *testing.T) {
	dir := os.Getenv("GBO_MAP_OUT")
	if dir == "" {
		t.Skip("set GBO_MAP_OUT to a folder to write the sample maps")
	}
	community := sampleMap()
	community.ColorBy, community.Lang = "community", English
	for name, d := range map[string]Data{"sample": sampleMap(), "random300": randomMap(300), "community": community} {
		for _, f := range []Format{SVG, PNG, DOTFormat} {
			// What a person looks at is what the command writes: the
			// same bytes on a second drawing, in the format's own form.
			var first, second bytes.Buffer
			if err := Render(context.Background(), d, f, &first); err != nil {
				t.Fatal(err)
			}
			if err := Render(context.Background(), d, f, &second); err != nil {
				t.Fatal(err)
			}
			magic := map[Format]string{SVG: "<svg", PNG: "\x89PNG\r\n\x1a\n", DOTFormat: "graph"}[f]
			if !bytes.Equal(first.Bytes(), second.Bytes()) || !bytes.Contains(first.Bytes()[:min(first.Len(), 200)], []byte(magic)) {
				t.Errorf("%s.%s: not the same bytes twice, or no %q at its start", name, f, magic)
			}
			if err := os.WriteFile(filepath.Join(dir, name+"."+string(f)), first.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
