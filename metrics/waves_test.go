package metrics

import (
	"reflect"
	"testing"
)

// TestWaveChange: joined and left are sorted and empty rather than nil;
// weak pairs are unordered and counted once.
func TestWaveChange(t *testing.T) {
	before := []string{"d", "a", "b", "c"}
	after := []string{"b", "z", "a", "e"}
	weakBefore := [][2]string{{"a", "b"}, {"c", "d"}, {"b", "a"}, {"a", "c"}}
	weakAfter := [][2]string{{"b", "a"}, {"e", "z"}, {"a", "e"}, {"z", "e"}}
	got := WaveChange(before, after, weakBefore, weakAfter)
	want := WaveStep{Joined: []string{"e", "z"}, Left: []string{"c", "d"}, WeakAppeared: 2, WeakVanished: 2}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WaveChange = %+v, want %+v", got, want)
	}
	if before[0] != "d" || after[0] != "b" || weakBefore[2] != [2]string{"b", "a"} {
		t.Errorf("WaveChange changed its input: %v %v %v", before, after, weakBefore)
	}

	// The same wave twice: nothing changed, and the lists are empty, not nil
	// (JSON [] rather than null).
	same := WaveChange(before, before, weakBefore, weakBefore)
	if same.Joined == nil || same.Left == nil || len(same.Joined)+len(same.Left) != 0 ||
		same.WeakAppeared != 0 || same.WeakVanished != 0 {
		t.Errorf("WaveChange(w, w) = %#v, want no change", same)
	}

	// Everyone replaced, weak links only before.
	swap := WaveChange([]string{"b", "a"}, []string{"y", "x"}, [][2]string{{"a", "b"}}, nil)
	if !reflect.DeepEqual(swap, WaveStep{Joined: []string{"x", "y"}, Left: []string{"a", "b"}, WeakVanished: 1}) {
		t.Errorf("WaveChange(swap) = %+v", swap)
	}
}
