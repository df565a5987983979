package metrics

import (
	"reflect"
	"testing"
)

// TestSectorsFamiliesFirst: the sector matrix lists the core sectors by
// family (OCMW, CAW, DMW: casedata.CoreFamily), whatever they are called
// (CPAS with OCMW, the mutualités with DMW), before every other sector.
func TestSectorsFamiliesFirst(t *testing.T) {
	sectors := []string{"logement", "Mutualité", "CPAS", "caw", "OCMW", "Service social des mutualités", "SSM"}
	h := Sectors(scored(sectors, map[[2]int]int{{0, 1}: 3}), 1)
	want := []string{"CPAS", "OCMW", "caw", "Mutualité", "Service social des mutualités", "SSM", "logement"}
	if !reflect.DeepEqual(h.Sectors, want) {
		t.Errorf("sectors %q, want %q", h.Sectors, want)
	}
}
