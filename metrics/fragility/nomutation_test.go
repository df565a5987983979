package fragility

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"gbo/metrics/depth"
	"gbo/metrics/flags"
)

// WeakLinks and flags.FlagTies (and flags.TieReasons under both) leave the
// scored ties they are given as they were, every field and every value a
// field points to: the flags live in WeakLinks' result and in FlagTies'
// copy. And that copy's flags are the reasons WeakLinks lists, so the two
// cannot drift apart. weakCase has every reason; the random cases ratings,
// decay and shared events.
func TestWeakLinksAndFlagTiesLeaveTheScoredTiesAlone(t *testing.T) {
	cases := []*depth.Scored{score(weakCase())}
	for seed := int64(1); seed <= 10; seed++ {
		cases = append(cases, depth.Score(randomCase(seed), depth.DefaultModel(), depth.ScoreOptions{}))
	}
	flagged := 0
	for k, s := range cases {
		for _, minDepth := range []int{1, 3} {
			before := slices.Clone(s.Ties)
			beforeJSON, err := json.Marshal(s.Ties)
			if err != nil {
				t.Fatal(err)
			}
			res := WeakLinks(s, minDepth)
			f := flags.FlagTies(s, minDepth)
			afterJSON, err := json.Marshal(s.Ties)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(before, s.Ties) || string(beforeJSON) != string(afterJSON) {
				t.Fatalf("case %d, min depth %d: WeakLinks or FlagTies changed the scored ties", k, minDepth)
			}
			if f == s || len(f.Ties) != len(s.Ties) || (len(f.Ties) > 0 && &f.Ties[0] == &s.Ties[0]) {
				t.Fatalf("case %d: FlagTies did not return a copy with its own ties", k)
			}
			listed := map[[2]string][]string{}
			for _, w := range res.Weak {
				listed[[2]string{w.A, w.B}] = w.Reasons
			}
			for i := range f.Ties {
				ft := &f.Ties[i]
				if ft.Flags == nil {
					t.Fatalf("case %d: %s-%s has nil flags, want a list", k, ft.A, ft.B)
				}
				if len(ft.Flags) == 0 {
					continue
				}
				flagged++
				if got := listed[[2]string{ft.A, ft.B}]; !sameSet(got, ft.Flags) {
					t.Errorf("case %d, min depth %d: %s-%s flags %v, WeakLinks lists %v", k, minDepth, ft.A, ft.B, ft.Flags, got)
				}
				// Apart from the flags the copy's tie is the scored one.
				c := *ft
				c.Flags = s.Ties[i].Flags
				if !reflect.DeepEqual(c, s.Ties[i]) {
					t.Errorf("case %d: %s-%s differs from the scored tie beyond its flags", k, ft.A, ft.B)
				}
			}
		}
	}
	if flagged == 0 {
		t.Fatal("no tie flagged: the cases test nothing")
	}
}

// sameSet reports whether a and b hold the same reasons (WeakLinks orders
// them worst first, FlagTies in the order they are judged).
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
