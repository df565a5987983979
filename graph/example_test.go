package graph_test

import (
	"fmt"
	"testing/fstest"

	"gbo/graph"
)

// A Belgian export: semicolons, Dutch headers, day-first dates, and one
// mistyped partner id.
func ExampleRead() {
	fsys := fstest.MapFS{
		"partners.csv":     {Data: []byte("id;naam;sector\nCAW-Oost;CAW Oost;CAW\nOCMW-Gent;OCMW Gent;OCMW\n")},
		"interactions.csv": {Data: []byte("datum;van;met;soort\n15/03/2024;CAW-Oost;OCMW-Gent;3\n16/03/2024;CAW-Oost;ocmw-gent;2\n")},
	}
	c, problems := graph.Read(graph.OpenFS("sample:voorbeeld", fsys), graph.Options{})
	for _, e := range c.Events {
		fmt.Println(e.Date.Format("2006-01-02"), e.From, e.With, e.Rung)
	}
	for _, p := range problems {
		fmt.Println(p.Message("nl"))
	}
	// Output:
	// 2024-03-15 CAW-Oost [OCMW-Gent] 3
	// sample:voorbeeld/interactions.csv:3:3: fout: onbekende partner-id "ocmw-gent"; bedoelde u "OCMW-Gent"?
}
