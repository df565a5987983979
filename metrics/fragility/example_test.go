package fragility_test

import (
	"fmt"
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/depth"
	"gbo/metrics/fragility"
)

// A referral tie between a CAW and a GP practice that rests on one social
// worker: a weak link, and her departure loses the deep tie.
func ExampleFragility() {
	d := time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	c := &casedata.Case{
		HasPeople: true,
		Partners:  []casedata.Partner{{ID: "caw", Sector: "CAW", Core: true}, {ID: "gp", Sector: "Huisarts"}},
		People:    []casedata.Person{{ID: "an", Partner: "caw"}, {ID: "bo", Partner: "gp"}, {ID: "cy", Partner: "gp"}},
		Events: []casedata.Event{
			{Date: d, From: "caw", With: []string{"gp"}, Kind: "referral", Rung: 3, Count: 1, People: []string{"an", "bo"}},
			{Date: d, From: "gp", With: []string{"caw"}, Kind: "referral", Rung: 3, Count: 1, People: []string{"an", "cy"}},
		},
	}
	s := depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{})
	for _, w := range fragility.WeakLinks(s, 1).Weak {
		fmt.Println(w.A, w.B, w.Depth, w.Reasons)
	}
	for _, f := range fragility.Fragility(s, 1, fragility.Options{})[:2] {
		fmt.Printf("%s %s: deep ties lost %d, pairs disconnected %d\n", f.Kind, f.ID, f.DeepTiesLost, f.PairsDisconnected)
	}
	// Output:
	// caw gp 3 [bridge single_carrier]
	// person an: deep ties lost 1, pairs disconnected 1
	// partner caw: deep ties lost 1, pairs disconnected 0
}
