package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"gbo/graph"
	"gbo/metrics/depth"
	"gbo/samples"
)

// benchCase writes a synthetic case once per size into a cache folder.
func benchCase(b *testing.B, partners, events int) string {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "gbo-bench", filepathName(partners, events))
	if _, err := os.Stat(filepath.Join(dir, "interactions.csv")); err != nil {
		os.RemoveAll(dir)
		if err := samples.Generate(samples.GenerateOptions{Partners: partners, Events: events, Seed: 1, People: true, Objects: 8}, dir); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

func filepathName(p, e int) string {
	return "p" + itoa(p) + "-e" + itoa(e)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

func readAndScore(b testing.TB, dir string) *depth.Scored {
	src, err := graph.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	var model *depth.Model
	c, ps := graph.Read(src, graph.Options{Vocabulary: func(d graph.DepthConfig) (graph.Vocabulary, error) {
		m, err := depth.NewModel(d)
		model = m
		return m, err
	}})
	if ps.HasErrors() {
		b.Fatal(ps.Errors()[0])
	}
	return depth.Score(&c.Case, model, depth.ScoreOptions{})
}

// BenchmarkReadAndScore is issue 7's target: 2,000 partners and 1,000,000
// events read and scored within 3 s.
func BenchmarkReadAndScore(b *testing.B) {
	dir := benchCase(b, 2000, 1000000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		readAndScore(b, dir)
	}
}

// BenchmarkTiesCommand runs the whole `gbo ties --format json` on the large case.
func BenchmarkTiesCommand(b *testing.B) {
	dir := benchCase(b, 2000, 1000000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := run([]string{"gbo", "ties", dir, "--format", "json"}, io.Discard, io.Discard); code != 0 {
			b.Fatal(code)
		}
	}
}

// BenchmarkMetricsCommand runs `gbo metrics --format json` on the large case.
func BenchmarkMetricsCommand(b *testing.B) {
	dir := benchCase(b, 2000, 1000000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if code := run([]string{"gbo", "metrics", dir, "--format", "json"}, io.Discard, io.Discard); code != 0 {
			b.Fatal(code)
		}
	}
}
