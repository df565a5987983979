package boundary

import "encoding/json"

// Reason is one finding about an object: a machine-readable code with at
// most one number. It holds no words: the commands and the workbook say it
// with the catalogue's analysis.boundary.CODE (graph/locale). In JSON it is
// {"code": "spans_sectors", "n": 3}; "n" is left out for codes that take no
// number.
type Reason struct {
	Code string
	N    int
}

// Reason codes. The verdict of an object follows from them (docs/flags.md#boundary-objects).
const (
	// Why an object is (or nearly is) a boundary object.
	CodeSpansSectors = "spans_sectors" // n = sectors among its partners (≥ 2)
	CodeManyPartners = "partners"      // n = partners on its events (≥ 3)
	CodeCoreExternal = "core_external" // core and external partners take part
	CodeReachesRung  = "reaches_rung"  // n = highest rung reached (≥ 3)
	CodeUniquePairs  = "unique_pairs"  // n = cross-sector pairs that meet only here
	// Why it falls short.
	CodeBelowRung    = "below_rung"     // n = highest rung, under 3
	CodeFewPartners  = "few_partners"   // n = partners, under 3
	CodeOneSector    = "one_sector"     // every partner from one sector
	CodeNoCore       = "no_core"        // no core partner takes part
	CodeNoExternal   = "no_external"    // no external partner takes part
	CodeNoEvents     = "no_events"      // no event on it in the window
	CodeNotInObjects = "not_in_objects" // named on events, absent from the objects list (file or sheet)
	// Why it cannot be judged (verdict no_core).
	CodeCaseNoCore = "case_no_core" // the case has no core partner at all
)

// withN are the codes that carry a number in N.
var withN = map[string]bool{
	CodeSpansSectors: true, CodeManyPartners: true, CodeReachesRung: true,
	CodeUniquePairs: true, CodeBelowRung: true, CodeFewPartners: true,
}

// MarshalJSON writes {"code": ..., "n": ...}, without "n" for codes that
// take no number.
func (r Reason) MarshalJSON() ([]byte, error) {
	if withN[r.Code] {
		return json.Marshal(struct {
			Code string `json:"code"`
			N    int    `json:"n"`
		}{r.Code, r.N})
	}
	return json.Marshal(struct {
		Code string `json:"code"`
	}{r.Code})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Reason) UnmarshalJSON(b []byte) error {
	var v struct {
		Code string `json:"code"`
		N    int    `json:"n"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	r.Code, r.N = v.Code, v.N
	return nil
}
