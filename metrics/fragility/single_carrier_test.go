package fragility

import (
	"slices"
	"testing"

	"gbo/metrics/depth"
	"gbo/metrics/flags"
)

// Every tie flagged single_carrier names a person (its one carrier on a
// side) whose departure, as Fragility costs it, loses a deep tie or weakens
// one; and on these random cases (ratings, decay, shared events) some ties
// are flagged, so the check is not empty.
func TestSingleCarrierAgreesWithPersonFragility(t *testing.T) {
	flagged := 0
	for seed := int64(1); seed <= 40; seed++ {
		c := randomCase(seed)
		s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
		s = flags.FlagTies(s, 1)
		cost := map[string]Cost{}
		for _, x := range Fragility(s, 1, Options{}) {
			if x.Kind == KindPerson {
				cost[x.ID] = x
			}
		}
		for i := range s.Ties {
			tie := &s.Ties[i]
			if !slices.Contains(tie.Flags, flags.ReasonSingleCarrier) {
				continue
			}
			flagged++
			ca, cb := tie.CarrierIDs()
			ok := false
			for _, side := range [][]string{ca, cb} {
				if len(side) == 1 {
					x := cost[side[0]]
					ok = ok || x.DeepTiesLost+x.TiesWeakened > 0
				}
			}
			if !ok {
				t.Errorf("seed %d: %s-%s flagged single_carrier (depth %d, carriers %v %v) but no carrier's departure costs a tie",
					seed, tie.A, tie.B, tie.Depth, ca, cb)
			}
		}
	}
	if flagged == 0 {
		t.Fatal("no tie flagged single_carrier: the random cases test nothing")
	}
}
