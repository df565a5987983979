package boundary_test

import (
	"fmt"
	"time"

	"gbo/graph/casedata"
	"gbo/metrics/boundary"
	"gbo/metrics/depth"
)

// A rights check that a CAW, an OCMW and a poverty association refer
// clients on is a boundary object.
func ExampleObjects() {
	d := time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	c := &casedata.Case{
		Partners: []casedata.Partner{
			{ID: "caw", Sector: "CAW", Core: true},
			{ID: "ocmw", Sector: "OCMW", Core: true},
			{ID: "armoede", Sector: "Armoedevereniging"},
		},
		Objects: []casedata.Object{{ID: "rights", Name: "Rights check"}},
		Events: []casedata.Event{
			{Date: d, From: "armoede", With: []string{"caw", "ocmw"}, Kind: "referral", Rung: 3, Object: "rights", Count: 2},
		},
	}
	res := boundary.Objects(depth.Score(c, depth.DefaultModel(), depth.ScoreOptions{}))
	o := res.Objects[0]
	fmt.Println(o.Name, o.Verdict, o.Partners, o.Sectors)
	fmt.Printf("blau %.3f\n", o.Blau)
	for _, r := range o.Reasons {
		fmt.Println("-", r.Code, r.N)
	}
	// Output:
	// Rights check boundary_object 3 [Armoedevereniging CAW OCMW]
	// blau 0.667
	// - spans_sectors 3
	// - partners 3
	// - core_external 0
	// - reaches_rung 3
	// - unique_pairs 3
}
