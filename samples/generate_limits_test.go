package samples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gbo/graph"
	"gbo/samples"
)

// Every case Generate may write is read by gbo with its default limits:
// the largest interactions.csv (MaxGenerateEvents rows of the longest ids)
// stays under graph.DefaultMaxFileBytes with a margin of a fifth, and no
// file has more rows than graph.DefaultMaxRows. Options over a limit are
// refused with the limit in the message, before anything is written.
func TestGenerateLimitsFitTheReader(t *testing.T) {
	if samples.MaxGenerateEvents+1 > graph.DefaultMaxRows || samples.MaxGeneratePartners+1 > graph.DefaultMaxRows {
		t.Fatalf("events %d or partners %d exceed the reader's %d rows", samples.MaxGenerateEvents, samples.MaxGeneratePartners, graph.DefaultMaxRows)
	}
	// Measured with 100,000 partners (ids of 6 digits); the largest case
	// has ids of 7: one byte more for each id of a row, at most 8 partners
	// and 8 people, so 16 bytes are added to the mean.
	dir := t.TempDir()
	opt := samples.GenerateOptions{Partners: 100_000, Events: 40_000, Seed: 3, People: true, Objects: 6}
	if err := samples.Generate(opt, dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		rows int
	}{{"interactions.csv", samples.MaxGenerateEvents}, {"partners.csv", samples.MaxGeneratePartners}} {
		data, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		n := bytes.Count(data, []byte("\n")) - 1
		mean := float64(len(data)) / float64(n)
		worst := (mean + 16) * float64(f.rows)
		if worst > 0.8*graph.DefaultMaxFileBytes {
			t.Errorf("%s: %.1f bytes a row; %d rows make %.0f MiB, over 80%% of the reader's %d MiB",
				f.name, mean, f.rows, worst/(1<<20), graph.DefaultMaxFileBytes>>20)
		}
	}
	for _, tc := range []struct {
		opt  samples.GenerateOptions
		want string
	}{
		{samples.GenerateOptions{Partners: 30, Events: samples.MaxGenerateEvents + 1}, "events must be from 1 to 5,000,000"},
		{samples.GenerateOptions{Partners: 30, Events: 0}, "events must be from 1 to 5,000,000"},
		{samples.GenerateOptions{Partners: samples.MaxGeneratePartners + 1, Events: 10}, "partners must be from 2 to 1,000,000"},
		{samples.GenerateOptions{Partners: 1, Events: 10}, "partners must be from 2 to 1,000,000"},
		{samples.GenerateOptions{Partners: 30, Events: 10, Objects: -1}, "objects must be from 0 to 100,000"},
	} {
		out := filepath.Join(t.TempDir(), "case")
		err := samples.Generate(tc.opt, out)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.opt, err, tc.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%+v: wrote %s", tc.opt, out)
		}
	}
}
