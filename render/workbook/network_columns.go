// The network workbook's sheets and their columns: what each column holds and of which kind.

package workbook

// cellKind is the type of a column's cells.
type cellKind int

const (
	kText  cellKind = iota
	kInt            // a whole number
	kFloat          // a number
	kBool           // TRUE/FALSE (shown in Excel's language)
	kDate           // a date cell, shown yyyy-mm-dd
)

// netCol is one column of a network sheet. key is gbo's JSON field; its
// header and its explanation on the first sheet are the catalogue's
// workbook.net_<sheet>_<key> and …_help. An explanation that names the
// case's input (partners.csv, the sheet ‘partners’) has input set: the
// base name of that table, filled in by Network.inputName.
type netCol struct {
	key   string
	kind  cellKind
	width float64
	input string
}

// netSheet is one sheet: its id (partner, tie, weak, object: its name is
// the catalogue's workbook.net_sheet_<id>), columns and rows (one value per
// column: string, int, float64, bool, time.Time, or nil for an empty cell).
type netSheet struct {
	id   string
	cols []netCol
	rows [][]any
}

// header is c's header on sheet id in lang.
func (c netCol) header(id, lang string) string { return word(lang, "net_"+id+"_"+c.key) }

var partnerCols = []netCol{
	{"id", kText, 24, "partners"},
	{"name", kText, 36, ""},
	{"sector", kText, 18, ""},
	{"core", kBool, 8, ""},
	{"degree", kInt, 9, ""},
	{"strength", kFloat, 10, ""},
	{"betweenness", kFloat, 12, ""},
	{"betweenness_weighted", kFloat, 12, ""},
	{"closeness", kFloat, 10, ""},
	{"eigenvector", kFloat, 11, ""},
	{"pagerank", kFloat, 10, ""},
	{"constraint", kFloat, 10, ""},
	{"effective_size", kFloat, 10, ""},
	{"core_number", kInt, 9, ""},
	{"clustering", kFloat, 10, ""},
	{"community", kInt, 11, ""},
	{"articulation_point", kBool, 9, ""},
	{"brokerage_coordinator", kFloat, 11, ""},
	{"brokerage_itinerant", kFloat, 11, ""},
	{"brokerage_representative", kFloat, 11, ""},
	{"brokerage_gatekeeper", kFloat, 11, ""},
	{"brokerage_liaison", kFloat, 11, ""},
	{"brokerage_total", kFloat, 11, ""},
	{"bridging", kBool, 11, ""},
}

var tieCols = []netCol{
	{"a", kText, 24, ""},
	{"b", kText, 24, ""},
	{"depth", kInt, 8, ""},
	{"rung", kText, 18, ""},
	{"depth_score", kFloat, 11, ""},
	{"depth_events", kInt, 11, ""},
	{"depth_survey", kInt, 11, "ties"},
	{"gap", kInt, 8, ""},
	{"one_sided", kBool, 9, ""},
	{"events", kInt, 10, ""},
	{"first", kDate, 12, ""},
	{"last", kDate, 12, ""},
	{"initiated_a", kInt, 10, ""},
	{"initiated_b", kInt, 10, ""},
	{"carriers_a", kInt, 9, ""},
	{"carriers_b", kInt, 9, ""},
	{"objects", kText, 24, ""},
	{"flags", kText, 24, ""},
}

// ratingCols are added to the ties sheet when any tie is rated.
var ratingCols = []netCol{
	{"rating_a_depth", kInt, 10, ""},
	{"rating_a_trust", kInt, 10, ""},
	{"rating_a_value", kInt, 10, ""},
	{"rating_a_weight", kFloat, 10, ""},
	{"rating_b_depth", kInt, 10, ""},
	{"rating_b_trust", kInt, 10, ""},
	{"rating_b_value", kInt, 10, ""},
	{"rating_b_weight", kFloat, 10, ""},
}

// measuredCols end the ties sheet: the tie's measures in the network,
// empty for a tie below the minimum depth.
var measuredCols = []netCol{
	{"weight", kFloat, 9, ""},
	{"bridge", kBool, 8, ""},
	{"local_bridge", kBool, 9, ""},
	{"span", kInt, 9, ""},
	{"embeddedness", kInt, 10, ""},
}

var weakCols = []netCol{
	{"a", kText, 24, ""},
	{"b", kText, 24, ""},
	{"depth", kInt, 8, ""},
	{"rung", kText, 18, ""},
	{"families", kText, 14, ""},
	{"reasons", kText, 28, ""},
	{"texts", kText, 60, ""},
}

var objectCols = []netCol{
	{"id", kText, 18, "objects"},
	{"name", kText, 36, ""},
	{"verdict", kText, 16, ""},
	{"partners", kInt, 9, ""},
	{"partner_ids", kText, 40, ""},
	{"sectors", kText, 30, ""},
	{"blau", kFloat, 8, ""},
	{"max_rung", kInt, 9, ""},
	{"mean_rung", kFloat, 10, ""},
	{"events", kInt, 10, ""},
	{"unique_pairs", kInt, 9, ""},
	{"degree_centrality", kFloat, 11, ""},
	{"betweenness", kFloat, 11, ""},
	{"reasons", kText, 60, ""},
}

// aboutCols are the columns of the table on the first sheet.
var aboutCols = []netCol{
	{"sheet", kText, 18, ""},
	{"column", kText, 26, ""},
	{"field", kText, 24, ""},
	{"meaning", kText, 100, ""},
}
