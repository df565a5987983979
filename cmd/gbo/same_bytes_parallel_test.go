package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestSameBytesOnTwoCores: the outputs built on the parallel measure kernels
// (metrics, compare over periods, a dynamic export over periods) of a
// generated 600-partner case are the same bytes on every run with
// GOMAXPROCS=2 and with GOMAXPROCS=1. BetweennessWeighted once differed in
// its last bits from run to run on this very case.
func TestSameBytesOnTwoCores(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and measures a 600-partner case 30 times")
	}
	dir := t.TempDir()
	c := filepath.Join(dir, "gen600")
	if _, stderr, code := runGBO(t, "generate", "--partners", "600", "--events", "20000", "--seed", "1", c); code != 0 {
		t.Fatalf("generate: status %d: %s", code, stderr)
	}
	periods := "2023-01-01..2023-06-30,2023-07-01..2023-12-31"
	outputs := []struct {
		name string
		run  func(i int) []byte
	}{
		{"metrics --format json", func(int) []byte {
			return gboOut(t, "metrics", c, "--since", "2023-01-01", "--as-of", "2023-12-31", "--format", "json")
		}},
		{"compare --periods --format json", func(int) []byte {
			return gboOut(t, "compare", c, "--periods", periods, "--format", "json")
		}},
		{"export --periods -o .gexf", func(i int) []byte {
			out := filepath.Join(dir, "periods.gexf")
			gboOut(t, "export", c, "--periods", periods, "-o", out)
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			os.Remove(out)
			return b
		}},
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, o := range outputs {
		runtime.GOMAXPROCS(1)
		want := o.run(0)
		runtime.GOMAXPROCS(2)
		for i := range 10 {
			if got := o.run(i); !bytes.Equal(got, want) {
				t.Fatalf("%s: run %d with GOMAXPROCS=2 differs from GOMAXPROCS=1: %s", o.name, i+1, firstDiff(string(got), string(want)))
			}
		}
	}
}

// gboOut runs gbo and returns its standard output, failing on a non-zero status.
func gboOut(t *testing.T, args ...string) []byte {
	t.Helper()
	stdout, stderr, code := runGBO(t, args...)
	if code != 0 {
		t.Fatalf("gbo %v: status %d: %s", args, code, stderr)
	}
	return []byte(stdout)
}
