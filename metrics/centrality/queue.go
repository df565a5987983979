package centrality

import "math"

// The priority queues of the Dijkstra searches in BetweennessWeighted.

// buckets is a bucket queue for distances (E. A. Dinitz, 1978; R. B. Dial,
// 1969, for integers): bucket k holds the nodes whose tentative distance
// is in [k·width, (k+1)·width). With width below the shortest tie length,
// a node in the lowest non-empty bucket cannot be improved by another of
// the same bucket, so the whole bucket is settled in turn, in any order,
// without comparisons: O(1) per insertion and per removal. Buckets are
// reused cyclically; an entry whose node has since moved to a lower bucket
// (a decrease) is left behind and skipped.
type buckets struct {
	width float64
	slot  [][]int32 // bucket k is slot[k % len(slot)]
}

// maxBuckets bounds the bucket index: below it the width's margin under
// the shortest length (1e-4 of it) exceeds the tie tolerance on any
// distance, so a node and its predecessor never share a bucket. A search
// that goes further is redone with the heap.
const maxBuckets = 100000

// maxLengthRatio is the largest ratio of longest to shortest tie length
// for which buckets are used; beyond it most buckets would be empty.
const maxLengthRatio = 1024

// newBuckets returns a bucket queue for the given tie lengths (negative
// ones unused), or nil when the heap suits them better.
func newBuckets(length []float64) *buckets {
	lo, hi := math.Inf(1), 0.0
	for _, l := range length {
		if l >= 0 {
			lo, hi = min(lo, l), max(hi, l)
		}
	}
	if !(lo > 0) || hi/lo > maxLengthRatio {
		return nil
	}
	width := lo / (1 + 1e-4)
	// A search relaxes from bucket k into buckets up to k + hi/width,
	// so that many slots plus one never wrap onto a live bucket.
	return &buckets{width: width, slot: make([][]int32, int(hi/width)+2)}
}

// empty drops every entry, stale ones included.
func (q *buckets) empty() {
	for i := range q.slot {
		q.slot[i] = q.slot[i][:0]
	}
}

// index is the bucket of distance d.
func (q *buckets) index(d float64) int32 {
	if k := d / q.width; k < maxBuckets {
		return int32(k)
	}
	return maxBuckets
}

func (q *buckets) put(v int32, k int32) {
	i := int(k) % len(q.slot)
	q.slot[i] = append(q.slot[i], v)
}

// heap is a 4-ary min-heap of nodes keyed on their distance, the keys kept
// beside the nodes, with each node's position so that a shortened distance
// can move up in place.
type heap struct {
	item []heapItem
	pos  []int32
}

type heapItem struct {
	key float64
	v   int32
}

func newHeap(n int) *heap {
	return &heap{item: make([]heapItem, 0, n), pos: make([]int32, n)}
}

func (h *heap) len() int { return len(h.item) }

func (h *heap) push(v int32, key float64) {
	h.item = append(h.item, heapItem{key, v})
	h.up(len(h.item)-1, heapItem{key, v})
}

// decrease lowers v's key.
func (h *heap) decrease(v int32, key float64) { h.up(int(h.pos[v]), heapItem{key, v}) }

func (h *heap) up(i int, x heapItem) {
	item, pos := h.item, h.pos
	for i > 0 {
		p := (i - 1) / 4
		if item[p].key <= x.key {
			break
		}
		item[i] = item[p]
		pos[item[i].v] = int32(i)
		i = p
	}
	item[i] = x
	pos[x.v] = int32(i)
}

// pop removes the node of least key and returns it with its key. The hole left at the root sinks to a
// leaf along the smaller children (one comparison a level), and the last
// item is put in the hole and moved up, usually by little (Floyd's
// bottom-up variant).
func (h *heap) pop() (int32, float64) {
	item, pos := h.item, h.pos
	top, key := item[0].v, item[0].key
	last := len(item) - 1
	x := item[last]
	h.item = item[:last]
	if last == 0 {
		return top, key
	}
	item = item[:last]
	i := 0
	for {
		c := 4*i + 1
		if c >= last {
			break
		}
		if end := c + 4; end <= last {
			kids := item[c:end:end]
			m := 0
			if kids[1].key < kids[m].key {
				m = 1
			}
			if kids[2].key < kids[m].key {
				m = 2
			}
			if kids[3].key < kids[m].key {
				m = 3
			}
			c += m
		} else {
			for j := c + 1; j < last; j++ {
				if item[j].key < item[c].key {
					c = j
				}
			}
		}
		item[i] = item[c]
		pos[item[i].v] = int32(i)
		i = c
	}
	h.up(i, x)
	return top, key
}
