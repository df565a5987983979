package graph_test

import (
	"testing"

	"gbo/graph"
)

// TestProblemsCarryTheirColumnsHeader: a problem at a column carries that
// column's header as the file has it (a reader finds a column by its
// title: gbo serve's problem list), and a problem without a column none.
func TestProblemsCarryTheirColumnsHeader(t *testing.T) {
	files := map[string][]byte{
		"partners.csv":     []byte("id,sector\na,CAW\nb,OCMW\n"),
		"interactions.csv": []byte("Date;Van;Met;Soort\n2024-01-02;a;zz;referral\n"),
	}
	_, ps := graph.Read(graph.OpenMemFolder("c", files), modelOptions)
	found := false
	for _, p := range ps {
		if p.Code == "unknown_partner" {
			found = true
			if p.Pos.Col != 3 || p.Header != "Met" {
				t.Errorf("unknown partner at column %d, header %q; want 3, %q", p.Pos.Col, p.Header, "Met")
			}
		}
		if p.Pos.Col == 0 && p.Header != "" {
			t.Errorf("%s without a column has header %q", p.Code, p.Header)
		}
	}
	if !found {
		t.Fatalf("no unknown_partner problem: %v", ps)
	}
}
