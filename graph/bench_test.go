package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// writeBigCase writes a case of 200 partners and rows interactions (about
// 45 bytes a row, like issue 7's million-row file) into dir.
func writeBigCase(tb testing.TB, dir string, rows int) {
	tb.Helper()
	p, err := os.Create(filepath.Join(dir, "partners.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	fmt.Fprintln(p, "id;naam;sector")
	sectors := []string{"CAW", "OCMW", "DMW", "buurtwerk", "huisarts"}
	for i := 0; i < 200; i++ {
		fmt.Fprintf(p, "P%03d;Partner %d;%s\n", i, i, sectors[i%len(sectors)])
	}
	p.Close()
	f, err := os.Create(filepath.Join(dir, "interactions.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "datum;van;met;soort;aantal")
	kinds := []string{"casusoverleg", "doorverwijzing", "kennismaking", "overleg", "3"}
	for i := 0; i < rows; i++ {
		a, b, c := i%200, (i*7+1)%200, (i*13+5)%200
		if b == a {
			b = (a + 1) % 200
		}
		with := fmt.Sprintf("P%03d", b)
		if i%3 == 0 && c != a && c != b {
			with += fmt.Sprintf("|P%03d", c)
		}
		fmt.Fprintf(w, "%02d/%02d/2024;P%03d;%s;%s;%d\n", i%28+1, i%12+1, a, with, kinds[i%len(kinds)], i%3+1)
	}
	w.Flush()
	f.Close()
}

// BenchmarkReadInteractions reads a 200,000-row interactions.csv.
func BenchmarkReadInteractions(b *testing.B) {
	benchReadEvents(b, 200_000, func(dir string) { writeBigCase(b, dir, 200_000) })
}

// benchReadEvents reads the case write makes in a folder, whose
// interactions.csv has rows events.
func benchReadEvents(b *testing.B, rows int, write func(dir string)) {
	dir := b.TempDir()
	write(dir)
	st, _ := os.Stat(filepath.Join(dir, "interactions.csv"))
	b.SetBytes(st.Size())
	src, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, ps := Read(src, fakeOptions)
		if ps.HasErrors() || len(c.Events) != rows {
			b.Fatalf("%d events, %v", len(c.Events), ps.Errors())
		}
	}
}

// BenchmarkReadMillion is issue 7's size: run with -bench ReadMillion.
func BenchmarkReadMillion(b *testing.B) {
	benchReadEvents(b, 1_000_000, func(dir string) { writeBigCase(b, dir, 1_000_000) })
}
