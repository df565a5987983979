package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"

	"gbo/graph/network"
	"gbo/metrics/centrality"
	"gbo/metrics/community"
)

func main() {
	edges := flag.String("edges", "", "edge-list file (first line: n m; then u v w per line)")
	repeat := flag.Int("repeat", 3, "runs per kernel; the fastest is reported")
	only := flag.String("only", "", "run only this kernel")
	flag.Parse()
	if *edges == "" {
		flag.Usage()
		os.Exit(2)
	}
	g, err := load(*edges)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	kernels := []struct {
		name string
		run  func()
	}{
		{"betweenness", func() { centrality.Betweenness(g) }},
		{"betweenness_weighted", func() { centrality.BetweennessWeighted(g) }},
		{"closeness", func() { centrality.Closeness(g) }},
		{"eigenvector", func() { centrality.Eigenvector(g) }},
		{"pagerank", func() { centrality.PageRank(g) }},
		{"louvain", func() { community.Louvain(g, 1) }},
	}
	for _, k := range kernels {
		if *only != "" && k.name != *only {
			continue
		}
		best, bestCPU := time.Duration(1<<63-1), time.Duration(0)
		for range *repeat {
			cpu0, start := cpuTime(), time.Now()
			k.run()
			if d := time.Since(start); d < best {
				best, bestCPU = d, cpuTime()-cpu0
			}
		}
		fmt.Printf("%s %.6f %.6f\n", k.name, best.Seconds(), bestCPU.Seconds())
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		fmt.Printf("# peak RSS %.0f MB, CPU %.2f s\n", float64(ru.Maxrss)/1024, cpu.Seconds())
	}
}

// cpuTime is the CPU time (user + system) the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func load(path string) (*network.Network, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	line := 1
	next := func() (float64, error) {
		if !sc.Scan() {
			return 0, fmt.Errorf("%s: unexpected end of file near line %d", path, line)
		}
		return strconv.ParseFloat(sc.Text(), 64)
	}
	n, err := next()
	if err != nil {
		return nil, err
	}
	m, err := next()
	if err != nil {
		return nil, err
	}
	ids := make([]string, int(n))
	for i := range ids {
		ids[i] = fmt.Sprintf("%09d", i) // sorted order = file order
	}
	es := make([]network.Edge, 0, int(m))
	for range int(m) {
		line++
		var x [3]float64
		for i := range x {
			if x[i], err = next(); err != nil {
				return nil, fmt.Errorf("%s line %d: %v", path, line, err)
			}
		}
		es = append(es, network.Edge{U: int32(x[0]), V: int32(x[1]), W: x[2]})
	}
	return network.New(ids, es), nil
}
