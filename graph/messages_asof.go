package graph

// Problem codes of the as-of checks (asof.go).
func init() {
	for code, m := range map[string]message{
		"asof_far_beyond": {"the latest event, on %[1]s, lies %[2]s days after the event before it (%[3]s; more than %[4]s days), and with no as_of it sets the as-of date %[1]s: every tie is scored as seen from that day. If the date is a typing error, correct it; otherwise set as_of in case.toml (or the case sheet) or pass --as-of",
			"de laatste gebeurtenis, op %[1]s, valt %[2]s dagen na de gebeurtenis ervoor (%[3]s; meer dan %[4]s dagen), en zonder as_of bepaalt ze de peildatum %[1]s: elke band wordt gescoord zoals hij er op die dag uitziet. Is de datum een tikfout, verbeter hem dan; zet anders as_of in case.toml (of het blad case) of geef --as-of"},
		"event_after_today": {"event on %[1]s lies after today (%[2]s), and with no as_of the latest event sets the as-of date %[3]s. If the date is a typing error, correct it; otherwise set as_of in case.toml (or the case sheet) or pass --as-of",
			"gebeurtenis op %[1]s valt na vandaag (%[2]s), en zonder as_of bepaalt de laatste gebeurtenis de peildatum %[3]s. Is de datum een tikfout, verbeter hem dan; zet anders as_of in case.toml (of het blad case) of geef --as-of"},
		"events_after_today": {"%[1]s events lie after today (%[3]s), the latest on %[2]s, and with no as_of the latest event sets the as-of date %[4]s. If a date is a typing error, correct it; otherwise set as_of in case.toml (or the case sheet) or pass --as-of",
			"%[1]s gebeurtenissen vallen na vandaag (%[3]s), de laatste op %[2]s, en zonder as_of bepaalt de laatste gebeurtenis de peildatum %[4]s. Is een datum een tikfout, verbeter hem dan; zet anders as_of in case.toml (of het blad case) of geef --as-of"},
	} {
		messages[code] = m
	}
}
