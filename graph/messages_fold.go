package graph

// Problem codes of folded follow-on references (fold.go). Args: the id or
// kind (%[1]q), how many more references (%[2]s), their first lines (%[3]s).
// A person's fold names the person (the CLI shows a pseudonym), so that
// every message about a person shows which one as --people says.
func init() {
	for code, m := range map[string]message{
		"unknown_partner_more": {"and %[2]s more references to this partner (lines %[3]s)",
			"en nog %[2]s verwijzingen naar deze partner (regels %[3]s)"},
		"unknown_partner_more_one": {"and 1 more reference to this partner (line %[3]s)",
			"en nog 1 verwijzing naar deze partner (regel %[3]s)"},
		"unknown_person_more": {"and %[2]s more references to person %[1]q (lines %[3]s)",
			"en nog %[2]s verwijzingen naar persoon %[1]q (regels %[3]s)"},
		"unknown_person_more_one": {"and 1 more reference to person %[1]q (line %[3]s)",
			"en nog 1 verwijzing naar persoon %[1]q (regel %[3]s)"},
		"unknown_object_more": {"and %[2]s more rows with this object (lines %[3]s)",
			"en nog %[2]s rijen met dit object (regels %[3]s)"},
		"unknown_object_more_one": {"and 1 more row with this object (line %[3]s)",
			"en nog 1 rij met dit object (regel %[3]s)"},
		"unknown_kind_more": {"and %[2]s more rows with kind %[1]q (lines %[3]s)",
			"en nog %[2]s rijen met soort %[1]q (regels %[3]s)"},
		"unknown_kind_more_one": {"and 1 more row with kind %[1]q (line %[3]s)",
			"en nog 1 rij met soort %[1]q (regel %[3]s)"},
	} {
		messages[code] = m
	}
}
