package mapview

import (
	"context"
	"io"
	"testing"
)

func benchmarkRender(b *testing.B, d Data, f Format) {
	ctx := context.Background()
	for b.Loop() {
		if err := Render(ctx, d, f, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMap40SVG(b *testing.B)    { benchmarkRender(b, randomMap(40), SVG) }
func BenchmarkMap40PNG(b *testing.B)    { benchmarkRender(b, randomMap(40), PNG) }
func BenchmarkSample30PNG(b *testing.B) { benchmarkRender(b, sampleMap(), PNG) }
func BenchmarkMap2000SVG(b *testing.B)  { benchmarkRender(b, randomMap(2000), SVG) }
func BenchmarkMap2000PNG(b *testing.B)  { benchmarkRender(b, randomMap(2000), PNG) }

func BenchmarkMap150SVG(b *testing.B) { benchmarkRender(b, randomMap(150), SVG) }
