package stories

// grensobject: a deep boundary object pulls external partners in. From the
// spring of 2023 the shared intake trajectory for vulnerable tenants
// (asked for by community development and the housing company) gathers
// OCMWs, the CAW, DMWs, the housing company, community development and the
// poverty association around referrals, case consultations and joint
// actions. The rights checklist spans sectors but stays at info sessions (a
// candidate); the energy-poverty files stay between two core partners
// (local); the digital-divide object was listed and never used.
func grensobject() *Case {
	b := newBuilder(202, "2023-01-01", "2024-12-31")
	c := b.c
	c.Dir, c.Name, c.Region, c.Language = "grensobject", "GBO Scheldemeersen", "Scheldemeersen", "en"
	c.Coordinator = "caw-scheldemeersen"

	ocmw := b.ocmws("Meersbeke", "Oostmolen", "Scheldeveld")
	caw := "caw-scheldemeersen"
	b.partner(caw, "CAW Scheldemeersen", "CAW", "Meersbeke")
	dmw := b.dmws("Meersbeke", "dmw-cm", "dmw-solidaris", "dmw-helan", "dmw-lm")
	ext := b.orgs(
		org{"wm-scheldemeersen", "Woonmaatschappij Scheldemeersen", "Sociale huisvesting", "Meersbeke"},
		org{"so-scheldemeersen", "Samenlevingsopbouw Scheldemeersen", "Samenlevingsopbouw", "Oostmolen"},
		org{"vwahw-zoe", "Vereniging Zoë, waar armen het woord nemen", "Armoedevereniging", "Meersbeke"},
		org{"svk-scheldemeersen", "Sociaal Verhuurkantoor Scheldemeersen", "Wonen", "Oostmolen"},
		org{"huurders-scheldemeersen", "Huurderssyndicaat Scheldemeersen", "Wonen", "Scheldeveld"},
		org{"energiehuis", "Energiehuis Scheldemeersen", "Energie", "Oostmolen"},
		org{"hvhk-oostmolen", "Huis van het Kind Oostmolen", "Huis van het Kind", "Oostmolen"},
		org{"wgc-meersbeke", "Wijkgezondheidscentrum De Brug", "Eerstelijnsgezondheid", "Meersbeke"},
		org{"thuiszorg-schelde", "Thuiszorg Scheldemeersen", "Thuiszorg", "Scheldeveld"},
		org{"vdab-meersbeke", "VDAB Meersbeke", "Werk", "Meersbeke"},
		org{"bib-oostmolen", "Bibliotheek Oostmolen", "Bibliotheek", "Oostmolen"},
		org{"school-scheldeveld", "Basisschool De Wilgenhoek", "Onderwijs", "Scheldeveld"},
		org{"ldc-meersbeke", "Lokaal Dienstencentrum Zonnewende", "Ouderenzorg", "Meersbeke"},
		org{"cafe-solidair", "Café Solidair Oostmolen", "Buurtwerk", "Oostmolen"},
		org{"infopunt-go", "Infopunt Geïntegreerd Onthaal Scheldeveld", "Buurtwerk", "Scheldeveld"},
	)
	b.staffAll(roles)
	b.hire("wm-scheldemeersen", "sociaal consulent")
	b.hire(caw, "onthaalmedewerker")

	b.object("huurders", "Gedeeld onthaaltraject kwetsbare huurders", "werkgroep wonen, op vraag van samenlevingsopbouw",
		"Eén onthaaltraject voor huurders met betalingsachterstand: signaal van de woonmaatschappij, rechtenverkenning door OCMW of CAW, opvolging samen met de armoedevereniging.")
	b.object("rechtencheck", "Checklist rechtenverkenning", "stuurgroep",
		"Een gedeelde lijst van rechten die elke onthaalmedewerker nagaat, voorgesteld op infosessies.")
	b.object("energie", "Premiedossiers energiearmoede", "OCMW Oostmolen",
		"Samen opvolgen van premiedossiers bij energieschulden.")
	b.object("digitaal", "Digitale drempels bij onthaal", "klankbordgroep",
		"Ondersteuning bij digitale aanvragen; opgelijst maar nog niet opgenomen.")

	core := append(append(append([]string{}, ocmw...), caw), dmw...)
	all := append(append([]string{}, core...), ext...)
	start := b.day("2023-04-01")

	// The everyday network: meetings and some knowledge sharing.
	// The steering group of the core partners, and knowledge sharing.
	b.addGathering(gathering{host: caw, pool: core, min: 4, max: 7, n: 14, kinds: []string{"network_meeting"}})
	b.addGathering(gathering{pool: all, min: 1, max: 3, n: 40, kinds: []string{"info_exchange"}})
	for _, p := range pairs(all) {
		if b.r.Float64() < 0.2 {
			b.addTie(tie{a: p[0], b: p[1], depth: 1 + b.r.IntN(2), n: 1 + b.r.IntN(3)})
		}
	}
	for _, p := range pairs(core) {
		b.addTie(tie{a: p[0], b: p[1], depth: 2 + b.r.IntN(2), n: 3 + b.r.IntN(5)})
	}

	// The boundary object: the housing company signals, OCMW and CAW take
	// the intake, DMWs check the health-insurance rights, community
	// development and the poverty association follow up with the tenants.
	housing := []string{"wm-scheldemeersen", "so-scheldemeersen", "vwahw-zoe", "svk-scheldemeersen"}
	rail := []string{"ocmw-meersbeke", "ocmw-oostmolen", caw, "dmw-cm", "dmw-solidaris"}
	for _, h := range housing {
		for _, k := range rail {
			depth, n := 3, 5+b.r.IntN(6)
			if h == "wm-scheldemeersen" || h == "so-scheldemeersen" {
				depth, n = 4, 10+b.r.IntN(8)
			}
			b.addTie(tie{a: h, b: k, depth: depth, n: n, from: start, object: "huurders", objectShare: 1, lateDeep: true})
		}
	}
	b.addTie(tie{a: "wm-scheldemeersen", b: "so-scheldemeersen", depth: 5, n: 14, from: start, object: "huurders", objectShare: 1})
	b.addTie(tie{a: "huurders-scheldemeersen", b: "so-scheldemeersen", depth: 3, n: 6, from: start, object: "huurders", objectShare: 1})
	// Monthly case consultations around the trajectory, and two joint
	// "tenant days" a year at the housing company's office.
	b.addGathering(gathering{host: "wm-scheldemeersen", pool: append(append([]string{}, housing...), rail...), min: 3, max: 6,
		n: 20, kinds: []string{"case_consultation"}, from: start, object: "huurders", always: []string{"ocmw-meersbeke"}})
	b.addGathering(gathering{host: "so-scheldemeersen", pool: append(append([]string{}, housing...), rail...), min: 2, max: 4,
		n: 3, kinds: []string{"joint_action"}, from: start + 120, object: "huurders"})

	// The rights checklist: presented widely, never used in a case.
	b.addGathering(gathering{host: "ocmw-scheldeveld", pool: all, min: 2, max: 5, n: 10, kinds: []string{"info_exchange", "joint_training"}, object: "rechtencheck"})
	// Energy-poverty files: two core partners between themselves.
	b.addTie(tie{a: "ocmw-oostmolen", b: caw, depth: 4, n: 12, object: "energie", objectShare: 1})

	b.target("wm-scheldemeersen", "ocmw-meersbeke", 4)
	b.target("wm-scheldemeersen", "caw-scheldemeersen", 4)
	b.target("sector:Sociale huisvesting", "sector:DMW", 3)
	b.target("sector:OCMW", "sector:CAW", 4)
	b.target("vwahw-zoe", "sector:OCMW", 3)
	return b.finish()
}
