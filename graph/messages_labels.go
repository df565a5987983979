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
	} {
		messages[k] = m
	}
}
