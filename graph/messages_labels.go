package graph

// Problems of the [labels] table of case.toml and the labels.* keys of a
// workbook's case sheet (labels.go).
func init() {
	for k, m := range map[string]message{
		"labels_not_table":  {"[labels] must be a table (see the README: case.toml [labels])", "[labels] moet een tabel zijn (zie de README: case.toml [labels])"},
		"labels_not_text":   {"%[1]s: %[2]q is not text", "%[1]s: %[2]q is geen tekst"},
		"labels_empty":      {"%[1]s: a name is empty", "%[1]s: een naam is leeg"},
		"labels_bad_name":   {"%[1]s must be a name, \"singular|plural\" or [singular, plural]", "%[1]s moet een naam zijn, \"enkelvoud|meervoud\" of [enkelvoud, meervoud]"},
		"labels_bad_rungs":  {"%[1]s must be six names for rungs 0-5, as an array or separated by |", "%[1]s moet zes namen voor de treden 0-5 zijn, als lijst of gescheiden door |"},
		"labels_rung_count": {"%[1]s must name the six rungs 0-5; it names %[2]s", "%[1]s moet de zes treden 0-5 benoemen; het benoemt er %[2]s"},
		"labels_rung_twice": {"%[1]s: %[2]q names both rung %[3]s and rung %[4]s", "%[1]s: %[2]q benoemt zowel trede %[3]s als trede %[4]s"},
		"labels_target":     {"labels.target_rung %[1]q must be a rung 0-5", "labels.target_rung %[1]q moet een trede 0-5 zijn"},
		// The case sheet's column 1 (casesheet.go). Args: the key as typed.
		"case_key_bad": {"key %[1]q in the first column cannot be read: a key is plain words joined by dots, one of " + caseKeysEN + "; its value goes in the second column; nothing of this row is used",
			"sleutel %[1]q in de eerste kolom is onleesbaar: een sleutel is gewone woorden verbonden door punten, een van " + caseKeysNL + "; de waarde staat in de tweede kolom; niets van deze rij wordt gebruikt"},
		"case_key_unknown": {"key %[1]q in the first column is not a setting and is ignored; the settings are " + caseKeysEN,
			"sleutel %[1]q in de eerste kolom is geen instelling en wordt genegeerd; de instellingen zijn " + caseKeysNL},
	} {
		messages[k] = m
	}
}

// The keys of the case sheet (caseSheetKeyList), in words.
const (
	caseKeysEN = "name, region, as_of, language, coordinator, depth.half_life, depth.threshold, depth.combine, depth.replace_kinds, " +
		"depth.kinds.NAME (.rung, .aliases), depth.rungs.RUNG, labels.core, labels.person, labels.rungs (each also .en or .nl) and labels.target_rung"
	caseKeysNL = "naam, regio, peildatum, taal, coordinator, depth.half_life, depth.threshold, depth.combine, depth.replace_kinds, " +
		"depth.kinds.NAAM (.rung, .aliases), depth.rungs.TREDE, labels.core, labels.person, labels.rungs (elk ook .en of .nl) en labels.target_rung"
)
