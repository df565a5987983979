package boundary

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Reason is one plain-language finding about an object: a machine-readable
// code with at most one number, which Text renders in English or Dutch.
// In JSON it is {"code": "spans_sectors", "n": 3}; "n" is left out for
// codes that take no number.
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

var withN = map[string]bool{
	CodeSpansSectors: true, CodeManyPartners: true, CodeReachesRung: true,
	CodeUniquePairs: true, CodeBelowRung: true, CodeFewPartners: true,
}

// texts are the reasons' words in English and Dutch; a code of withN
// has its plural form here and its singular form (n = 1) in textsOne.
var texts = map[string][2]string{
	CodeSpansSectors: {"brings %d sectors together", "brengt %d sectoren samen"},
	CodeManyPartners: {"%d partners take part", "%d partners nemen deel"},
	CodeCoreExternal: {"core and external partners meet on it", "kern- en externe partners vinden elkaar erin"},
	CodeReachesRung:  {"reaches rung %d", "bereikt trede %d"},
	CodeUniquePairs:  {"%d pairs from different sectors meet only here", "%d paren uit verschillende sectoren ontmoeten elkaar alleen hier"},
	CodeBelowRung:    {"stays at rung %d, below referral (3)", "blijft op trede %d, onder doorverwijzing (3)"},
	CodeFewPartners:  {"only %d partners take part (3 needed)", "slechts %d partners nemen deel (3 nodig)"},
	CodeOneSector:    {"all its partners are from one sector", "al zijn partners komen uit één sector"},
	CodeNoCore:       {"no core partner takes part", "geen kernpartner neemt deel"},
	CodeNoExternal:   {"no external partner takes part", "geen externe partner neemt deel"},
	CodeNoEvents:     {"no event in the period", "geen activiteit in de periode"},
	CodeNotInObjects: {"not listed in %s", "niet opgenomen in %s"},
	CodeCaseNoCore:   {"cannot be judged: the case has no core partner", "niet te beoordelen: de gegevens hebben geen kernpartner"},
}

// textsOne are the singular forms (n = 1) of the reasons with a count of
// things; textsZero say n = 0 where "0 …" would read wrong.
var (
	textsOne = map[string][2]string{
		CodeSpansSectors: {"brings %d sector together", "brengt %d sector samen"},
		CodeManyPartners: {"%d partner takes part", "%d partner neemt deel"},
		CodeUniquePairs:  {"%d pair from different sectors meets only here", "%d paar uit verschillende sectoren ontmoet elkaar alleen hier"},
		CodeFewPartners:  {"only %d partner takes part (3 needed)", "slechts %d partner neemt deel (3 nodig)"},
	}
	textsZero = map[string][2]string{
		CodeFewPartners: {"no partner takes part (3 needed)", "geen partner neemt deel (3 nodig)"},
	}
)

// objectsList is how Text names the list of objects when it does not know
// whether the case is a folder or a workbook.
var objectsList = [2]string{"the objects list (objects.csv or the objects sheet)", "de objectenlijst (objects.csv of het blad objecten)"}

// Text renders the reason in lang ("nl" for Dutch, anything else English).
// A count of one thing takes the singular. not_in_objects names the list
// in general words (objects.csv or the objects sheet); TextIn names it as
// the case has it.
func (r Reason) Text(lang string) string { return r.TextIn(lang, "") }

// TextIn is Text with the case's list of objects named as the case has
// it: "objects.csv" for a case folder, or the sheet (e.g. "the sheet
// ‘objecten’" / "het blad ‘objecten’", already in lang) for a workbook;
// "" names it in general words.
func (r Reason) TextIn(lang, objects string) string {
	t, ok := texts[r.Code]
	if !ok {
		return r.Code
	}
	if withN[r.Code] {
		if o, ok := textsOne[r.Code]; ok && r.N == 1 {
			t = o
		} else if z, ok := textsZero[r.Code]; ok && r.N == 0 {
			t = z
		}
	}
	i := 0
	if lang == "nl" {
		i = 1
	}
	switch {
	case r.Code == CodeNotInObjects:
		if objects == "" {
			objects = objectsList[i]
		}
		return fmt.Sprintf(t[i], objects)
	case withN[r.Code] && strings.Contains(t[i], "%d"):
		return fmt.Sprintf(t[i], r.N)
	}
	return t[i]
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
