package main

// Messages of the range checks of flags (flags_check.go, cmd_compare.go,
// cmd_generate.go), in English and Dutch.
func init() {
	for k, v := range map[string][2]string{
		"compare_too_many_cases": {"compare reads at most %[2]d cases at once, got %[1]d: compare them in smaller groups",
			"compare leest hoogstens %[2]d samenwerkingsverbanden tegelijk, %[1]d gekregen: vergelijk ze in kleinere groepen"},
		"compare_periods_one_case": {"--periods compares one case over time; give one case",
			"--periods vergelijkt één samenwerkingsverband over de tijd; geef er één"},
		"compare_too_many_periods": {"--periods: %[1]d periods; at most %[2]d periods can be compared: join short periods into longer ones",
			"--periods: %[1]d periodes; hoogstens %[2]d periodes kunnen vergeleken worden: voeg korte periodes samen tot langere"},
		"compare_too_few_periods": {"--periods needs 2 to %[1]d periods START..END, separated by a comma",
			"--periods verwacht 2 tot %[1]d periodes BEGIN..EINDE, gescheiden door een komma"},
		"compare_bad_period": {"--periods: %[1]q is not START..END (2023-01-01..2023-12-31)",
			"--periods: %[1]q is geen BEGIN..EINDE (2023-01-01..2023-12-31)"},
		"compare_period_backwards": {"--periods: %[1]q ends before it starts",
			"--periods: %[1]q eindigt voor het begint"},
		"compare_periods_overlap": {"--periods: %[2]s does not start after %[1]s ends: give the periods in time order, not overlapping",
			"--periods: %[2]s begint niet na het einde van %[1]s: geef de periodes in volgorde van tijd, zonder overlap"},
		"flag_out_of_range": {"--%[1]s %[2]d is out of range: %[3]s",
			"--%[1]s %[2]d valt buiten het bereik: %[3]s"},
		"since_after_as_of": {"--since %[1]s is after the as-of date %[2]s: --since must be on or before --as-of",
			"--since %[1]s ligt na de peildatum %[2]s: --since moet op of voor --as-of liggen"},
		"since_after_case_as_of": {"--since %[1]s is after %[2]s, the date the case is analysed from (its as_of, else its latest event): --since must be on or before it, or give a later --as-of",
			"--since %[1]s ligt na %[2]s, de peildatum van de gegevens (de as_of, anders de laatste gebeurtenis): --since moet daar op of voor liggen, of geef een latere --as-of"},
	} {
		texts[k] = v
	}
}
