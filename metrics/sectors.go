package metrics

import (
	"math"
	"slices"
	"sort"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
)

// SectorMatrix is the mean depth of the ties between each two sectors:
// Mean[i][j] (rungs, 0..5; NaN where the two sectors share no tie) over
// Count[i][j] ties, symmetric, for Sectors[i] and Sectors[j].
type SectorMatrix struct {
	Sectors []string
	Mean    [][]float64
	Count   [][]int
}

// sectorOrder puts the core sectors of a GBO partnership first, by family
// in the order of casedata.CoreFamilies (OCMW or CPAS, CAW, DMW or a
// mutualité: casedata.CoreFamily), every other sector after them.
func sectorOrder(s string) int {
	if f, ok := casedata.CoreFamily(s); ok {
		return slices.Index(casedata.CoreFamilies[:], f)
	}
	return len(casedata.CoreFamilies)
}

// Sectors is the sector × sector matrix of the ties of s at minDepth or
// deeper. The sectors are the partners' sectors as written (a partner's
// empty sector is a sector ""): the core sectors first (OCMW, CAW, DMW
// and their other names, by family, in byte order within one), the
// others in byte order. A tie within one sector counts once on the diagonal. Time is
// linear in the ties, memory quadratic in the sectors.
func Sectors(s *depth.Scored, minDepth int) SectorMatrix {
	sector := map[string]string{}
	names := map[string]bool{}
	for _, p := range s.Case.Partners {
		sector[p.ID] = p.Sector
		names[p.Sector] = true
	}
	var list []string
	for n := range names {
		list = append(list, n)
	}
	sort.Slice(list, func(i, j int) bool {
		if sectorOrder(list[i]) != sectorOrder(list[j]) {
			return sectorOrder(list[i]) < sectorOrder(list[j])
		}
		return list[i] < list[j]
	})
	idx := map[string]int{}
	for i, n := range list {
		idx[n] = i
	}
	k := len(list)
	sum := make([][]float64, k)
	cnt := make([][]int, k)
	for i := range sum {
		sum[i] = make([]float64, k)
		cnt[i] = make([]int, k)
	}
	for _, t := range s.Ties {
		if t.Depth < minDepth {
			continue
		}
		i, j := idx[sector[t.A]], idx[sector[t.B]]
		sum[i][j] += float64(t.Depth)
		cnt[i][j]++
		if i != j {
			sum[j][i] += float64(t.Depth)
			cnt[j][i]++
		}
	}
	h := SectorMatrix{Sectors: list, Mean: make([][]float64, k), Count: cnt}
	for i := range sum {
		h.Mean[i] = make([]float64, k)
		for j := range sum[i] {
			if cnt[i][j] == 0 {
				h.Mean[i][j] = math.NaN()
			} else {
				h.Mean[i][j] = sum[i][j] / float64(cnt[i][j])
			}
		}
	}
	return h
}
