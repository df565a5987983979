package metrics

import "slices"

// WaveStep is what changed between two consecutive waves of one
// partnership (gbo compare --waves, "changes" in its JSON).
type WaveStep struct {
	// Joined are the partner ids in the later wave but not the earlier,
	// and Left those in the earlier but not the later; each sorted
	// (byte order), empty rather than nil.
	Joined, Left []string
	// WeakAppeared counts the weak-link pairs of the later wave not in the
	// earlier, WeakVanished those of the earlier not in the later. A pair
	// is unordered ({a, b} = {b, a}) and counted once however often it is
	// listed.
	WeakAppeared, WeakVanished int
}

// WaveChange compares two consecutive waves: before and after are each
// wave's partner ids (in any order), weakBefore and weakAfter each wave's
// weak-link pairs (gbo weak's list, {A, B} in either order). Nothing
// given is changed.
func WaveChange(before, after []string, weakBefore, weakAfter [][2]string) WaveStep {
	st := WaveStep{Joined: []string{}, Left: []string{}}
	inBefore, inAfter := map[string]bool{}, map[string]bool{}
	for _, id := range before {
		inBefore[id] = true
	}
	for _, id := range after {
		inAfter[id] = true
		if !inBefore[id] {
			st.Joined = append(st.Joined, id)
		}
	}
	for _, id := range before {
		if !inAfter[id] {
			st.Left = append(st.Left, id)
		}
	}
	slices.Sort(st.Joined)
	slices.Sort(st.Left)
	wb, wa := pairSet(weakBefore), pairSet(weakAfter)
	for k := range wa {
		if !wb[k] {
			st.WeakAppeared++
		}
	}
	for k := range wb {
		if !wa[k] {
			st.WeakVanished++
		}
	}
	return st
}

// pairSet is the set of the unordered pairs ps, each as {smaller, larger}.
func pairSet(ps [][2]string) map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range ps {
		a, b := p[0], p[1]
		if b < a {
			a, b = b, a
		}
		m[[2]string{a, b}] = true
	}
	return m
}
