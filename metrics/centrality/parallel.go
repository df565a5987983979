package centrality

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// chunkSize is the number of sources handled as one unit of work. It is a
// constant, not derived from the core count, so that the order of
// floating-point additions (within a chunk by source, then chunk by chunk)
// never depends on the machine.
const chunkSize = 32

// parallelWorkers is the number of goroutines the all-sources kernels use;
// tests replace it to force a worker count.
var parallelWorkers = func() int { return runtime.GOMAXPROCS(0) }

// forChunks calls work(lo, hi) for consecutive source ranges of chunkSize
// covering [0, n), on up to GOMAXPROCS goroutines. newWorker is called once
// per goroutine to build its scratch state and returns that worker's work
// function.
func forChunks(n int, newWorker func() func(lo, hi int)) {
	forChunksOf(chunkSize, n, newWorker)
}

// forChunksOf is forChunks with ranges of the given size.
func forChunksOf(chunkSize, n int, newWorker func() func(lo, hi int)) {
	chunks := (n + chunkSize - 1) / chunkSize
	workers := min(parallelWorkers(), chunks)
	if workers <= 1 {
		if n > 0 {
			work := newWorker()
			for lo := 0; lo < n; lo += chunkSize {
				work(lo, min(lo+chunkSize, n))
			}
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWorker()
			for {
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				lo := c * chunkSize
				work(lo, min(lo+chunkSize, n))
			}
		}()
	}
	wg.Wait()
}

// orderedSum adds per-chunk vectors into a total strictly in chunk order,
// whatever order the chunks finish in. A chunk that finishes early waits in
// pending until its predecessors are in; spent vectors are recycled.
type orderedSum struct {
	mu      sync.Mutex
	total   []float64
	next    int
	pending [][]float64 // by chunk; nil until it finishes
	free    [][]float64
}

func newOrderedSum(n int) *orderedSum {
	chunks := (n + chunkSize - 1) / chunkSize
	return &orderedSum{total: make([]float64, n), pending: make([][]float64, chunks)}
}

// buffer returns a zeroed vector for one chunk's sums.
func (o *orderedSum) buffer() []float64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	if k := len(o.free); k > 0 {
		b := o.free[k-1]
		o.free = o.free[:k-1]
		clear(b)
		return b
	}
	return make([]float64, len(o.total))
}

// add hands in chunk c's vector (the chunk starting at source c*chunkSize).
func (o *orderedSum) add(c int, v []float64) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.pending[c] = v
	for o.next < len(o.pending) && o.pending[o.next] != nil {
		b := o.pending[o.next]
		o.pending[o.next] = nil
		for i, x := range b {
			o.total[i] += x
		}
		o.free = append(o.free, b)
		o.next++
	}
}

// sourcer is one worker's Brandes scratch: it adds the dependencies of the
// paths from one source into acc.
type sourcer interface {
	source(s int32, acc []float64)
}

// sumSources runs a worker over a chunk of sources and hands the chunk's
// sums to sum, in the chunk's place (so the total is the same on any
// number of cores).
func sumSources(sum *orderedSum, b sourcer) func(lo, hi int) {
	return func(lo, hi int) {
		acc := sum.buffer()
		for s := int32(lo); s < int32(hi); s++ {
			b.source(s, acc)
		}
		sum.add(lo/chunkSize, acc)
	}
}
