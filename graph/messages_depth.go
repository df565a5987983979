package graph

// Problem codes of a depth model's names (depth.Model in metrics/depth, through
// DepthError): one name, a kind's or an alias, stands for one kind only.
func init() {
	for code, m := range map[string]message{
		"depth_alias_is_kind": {"alias %[1]q of kind %[2]s is the name of kind %[3]s, so every %[3]s event would count as %[2]s: drop the alias (to rate %[3]s differently, give kinds.%[3]s its own rung)",
			"alias %[1]q van soort %[2]s is de naam van soort %[3]s, zodat elke gebeurtenis %[3]s als %[2]s zou tellen: schrap de alias (om %[3]s anders te waarderen, geef kinds.%[3]s een eigen trede)"},
		"depth_alias_taken": {"alias %[1]q of kind %[2]s is already an alias of kind %[3]s: a name stands for one kind only; drop it from one of them (or give kind %[3]s again without it)",
			"alias %[1]q van soort %[2]s is al een alias van soort %[3]s: een naam staat voor één soort; schrap hem bij een van beide (of geef soort %[3]s opnieuw zonder die alias)"},
		"depth_kind_is_alias": {"kind %[1]q is already an alias of kind %[2]s: a name stands for one kind only; choose another name, or give kind %[2]s again without that alias",
			"soort %[1]q is al een alias van soort %[2]s: een naam staat voor één soort; kies een andere naam, of geef soort %[2]s opnieuw zonder die alias"},
		"depth_kind_twice": {"kinds %[1]q and %[2]q are the same name (case, '_', '-' and spaces do not count): keep one",
			"soorten %[1]q en %[2]q zijn dezelfde naam (hoofdletters, '_', '-' en spaties tellen niet): hou er één"},
	} {
		messages[code] = m
	}
}
