package stories

// The social services of the health-insurance funds, as DMW partners.
var funds = map[string]string{
	"dmw-cm":        "Dienst Maatschappelijk Werk CM",
	"dmw-solidaris": "Dienst Maatschappelijk Werk Solidaris",
	"dmw-helan":     "Dienst Maatschappelijk Werk Helan",
	"dmw-lm":        "Dienst Maatschappelijk Werk Liberale Mutualiteit",
	"dmw-vnz":       "Dienst Maatschappelijk Werk Vlaams & Neutraal Ziekenfonds",
}

// org is one row of a partner table: id, name, sector, municipality.
type org [4]string

func (b *builder) orgs(rows ...org) []string {
	ids := make([]string, len(rows))
	for i, o := range rows {
		b.partner(o[0], o[1], o[2], o[3])
		ids[i] = o[0]
	}
	return ids
}

// dmws adds the DMWs of the named funds, all with a regional office in mun.
func (b *builder) dmws(mun string, ids ...string) []string {
	for _, id := range ids {
		b.partner(id, funds[id], "DMW", mun)
	}
	return ids
}

// ocmws adds the OCMW (municipal social service) of each municipality.
func (b *builder) ocmws(muns ...string) []string {
	var ids []string
	for _, m := range muns {
		id := "ocmw-" + slug(m)
		b.partner(id, "OCMW "+m, "OCMW", m)
		ids = append(ids, id)
	}
	return ids
}

func slug(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			out = append(out, r+'a'-'A')
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			out = append(out, r)
		case r == 'ë', r == 'é', r == 'è':
			out = append(out, 'e')
		case r == 'ï':
			out = append(out, 'i')
		default:
			out = append(out, '-')
		}
	}
	return string(out)
}

// staffAll gives every partner without staff one or two workers.
func (b *builder) staffAll(defaultRoles map[string][]string) {
	for _, p := range b.c.Partners {
		if len(b.staff[p.ID]) > 0 {
			continue
		}
		roles, ok := defaultRoles[p.Sector]
		if !ok {
			roles = []string{"medewerker"}
		}
		b.hire(p.ID, roles...)
	}
}

// Roles per sector, in the words the partners use themselves.
var roles = map[string][]string{
	"OCMW":                    {"maatschappelijk werker", "onthaalmedewerker", "diensthoofd sociale dienst"},
	"CAW":                     {"onthaalmedewerker", "maatschappelijk werker", "teamverantwoordelijke", "trajectbegeleider"},
	"DMW":                     {"maatschappelijk werker", "maatschappelijk werker"},
	"Samenlevingsopbouw":      {"opbouwwerker", "opbouwwerker"},
	"Armoedevereniging":       {"ervaringsdeskundige", "coördinator"},
	"Huis van het Kind":       {"coördinator Huis van het Kind", "gezinsondersteuner"},
	"Eerstelijnsgezondheid":   {"maatschappelijk werker", "huisarts"},
	"Thuiszorg":               {"maatschappelijk werker"},
	"Sociale huisvesting":     {"huurdersbegeleider", "sociaal consulent"},
	"Werk":                    {"trajectbegeleider"},
	"Onderwijs":               {"zorgcoördinator"},
	"Leerlingenbegeleiding":   {"leerlingenbegeleider", "maatschappelijk werker"},
	"Bibliotheek":             {"bibliothecaris"},
	"Ouderenzorg":             {"centrumleider"},
	"Jeugdwerk":               {"jeugdwerker"},
	"Buurtwerk":               {"buurtwerker"},
	"Wonen":                   {"consulent"},
	"Energie":                 {"energiesnoeier"},
	"Kinderopvang":            {"verantwoordelijke kinderopvang"},
	"Gezinsondersteuning":     {"gezinsondersteuner", "verpleegkundige"},
	"Opvoedingsondersteuning": {"opvoedingsconsulent"},
	"Regie":                   {"GBO-coördinator"},
}
