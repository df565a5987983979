package centrality

import (
	"fmt"
	"testing"
)

// Benchmarks on seeded random G(n,m) graphs with weights 1..5:
//
//	go test ./metrics/centrality -run - -bench . -benchtime 3x
func BenchmarkCentrality(b *testing.B) {
	for _, size := range [][2]int{{1000, 5000}, {5000, 25000}, {20000, 100000}} {
		g := randomGnm(size[0], size[1], []float64{1, 2, 3, 4, 5}, 42)
		for _, m := range all {
			b.Run(fmt.Sprintf("%s/%dk-%dk", m.name, size[0]/1000, size[1]/1000), func(b *testing.B) {
				for b.Loop() {
					m.f(g)
				}
			})
		}
	}
}
