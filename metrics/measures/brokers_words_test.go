package measures

import "testing"

// LinksCore is the one choice of words metrics makes for a cut point: its
// rest holds core partners that none of its parts holds. A part with core
// partners, a rest without them or another code does not link to the core.
func TestBrokerReasonLinksCore(t *testing.T) {
	part := []CutPart{{Partners: []string{"Night shelter"}, Sectors: []string{"Housing"}}}
	corePart := []CutPart{{Partners: []string{"OCMW"}, Sectors: []string{"OCMW"}, HasCore: true}}
	for _, c := range []struct {
		name string
		r    BrokerReason
		want bool
	}{
		{"rest holds the core", BrokerReason{Code: ReasonCutPoint, Parts: part, RestCore: true}, true},
		{"rest without core", BrokerReason{Code: ReasonCutPoint, Parts: part}, false},
		{"a part holds core too", BrokerReason{Code: ReasonCutPoint, Parts: append(append([]CutPart{}, part...), corePart...), RestCore: true}, false},
		{"betweenness", BrokerReason{Code: ReasonBetweenness, RestCore: true, Value: 0.25}, false},
	} {
		if got := c.r.LinksCore(); got != c.want {
			t.Errorf("%s: LinksCore = %v, want %v", c.name, got, c.want)
		}
	}
}
