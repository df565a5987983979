package mapview

import (
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
			fh, err := os.Create(filepath.Join(dir, name+"."+string(f)))
			if err != nil {
				t.Fatal(err)
			}
			if err := Render(context.Background(), d, f, fh); err != nil {
				t.Fatal(err)
			}
			fh.Close()
		}
	}
}
