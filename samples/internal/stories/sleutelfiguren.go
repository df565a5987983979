package stories

// sleutelfiguren: a partnership that hangs on a few people. Every deep tie
// of the CAW runs through one social worker (a trajectory worker who knows
// everyone); a social worker of OCMW Kortewalle carries the ties with housing
// and community development; and the student-guidance centre (CLB) is the
// only way from the schools and youth work to the core. No coordinator.
func sleutelfiguren() *Case {
	b := newBuilder(303, "2023-01-01", "2024-12-31")
	c := b.c
	c.Dir, c.Name, c.Region, c.Language = "sleutelfiguren", "GBO Leiedal-Zuid", "Leiedal-Zuid", "nl"

	ocmw := b.ocmws("Roeselbeke", "Kortewalle", "Leiegem")
	caw := "caw-leiedal"
	b.partner(caw, "CAW Leiedal", "CAW", "Roeselbeke")
	dmw := b.dmws("Roeselbeke", "dmw-cm", "dmw-solidaris", "dmw-helan", "dmw-vnz")
	ext := b.orgs(
		org{"so-leiedal", "Samenlevingsopbouw Leiedal", "Samenlevingsopbouw", "Kortewalle"},
		org{"vwahw-noel", "Vereniging Noël, waar armen het woord nemen", "Armoedevereniging", "Roeselbeke"},
		org{"hvhk-roeselbeke", "Huis van het Kind Roeselbeke", "Huis van het Kind", "Roeselbeke"},
		org{"wgc-kortewalle", "Wijkgezondheidscentrum Kortewalle", "Eerstelijnsgezondheid", "Kortewalle"},
		org{"thuiszorg-leiedal", "Thuiszorg Leiedal", "Thuiszorg", "Leiegem"},
		org{"wm-leiedal", "Woonmaatschappij Leiedal", "Sociale huisvesting", "Kortewalle"},
		org{"vdab-roeselbeke", "VDAB Roeselbeke", "Werk", "Roeselbeke"},
		org{"bib-leiegem", "Bibliotheek Leiegem", "Bibliotheek", "Leiegem"},
		org{"clb-leiedal", "CLB Leiedal", "Leerlingenbegeleiding", "Roeselbeke"},
	)
	youth := b.orgs(
		org{"school-roeselbeke", "Basisschool De Regenboog", "Onderwijs", "Roeselbeke"},
		org{"school-kortewalle", "Sint-Michaëlcollege Kortewalle", "Onderwijs", "Kortewalle"},
		org{"school-leiegem", "GO! Atheneum Leiegem", "Onderwijs", "Leiegem"},
		org{"jh-kwadraat", "Jeugdhuis Kwadraat", "Jeugdwerk", "Kortewalle"},
		org{"speelplein-leiegem", "Speelpleinwerking Leiegem", "Jeugdwerk", "Leiegem"},
	)
	// The CAW has four workers, but one of them carries the partnership.
	cawStaff := b.hire(caw, "trajectbegeleider", "onthaalmedewerker", "maatschappelijk werker", "teamverantwoordelijke")
	anais := cawStaff[0]
	kw := b.hire("ocmw-kortewalle", "maatschappelijk werker", "onthaalmedewerker", "diensthoofd sociale dienst")
	loic := kw[0]
	clb := b.hire("clb-leiedal", "maatschappelijk werker", "leerlingenbegeleider", "leerlingenbegeleider")
	jolien := clb[0]
	b.staffAll(roles)
	for _, y := range youth {
		b.hire(y, "leerkracht")
	}

	core := append(append(append([]string{}, ocmw...), caw), dmw...)
	mainNet := append(append([]string{}, core...), ext...)
	byCAW := map[string][]string{caw: {anais}}

	// The steering group and knowledge sharing: anyone of the CAW may attend.
	b.addGathering(gathering{host: "ocmw-roeselbeke", pool: core, min: 4, max: 7, n: 12, kinds: []string{"network_meeting"}})
	b.addGathering(gathering{pool: mainNet, min: 1, max: 3, n: 40, kinds: []string{"info_exchange", "joint_training"}})
	for _, p := range pairs(mainNet) {
		if b.r.Float64() < 0.25 {
			b.addTie(tie{a: p[0], b: p[1], depth: 1 + b.r.IntN(2), n: 1 + b.r.IntN(3)})
		}
	}
	// Core partners share knowledge; the CAW's deep ties go through Anaïs.
	for _, p := range pairs(core) {
		depth := 2
		if p[0] == caw || p[1] == caw {
			depth = 3 + b.r.IntN(2)
		} else if b.r.Float64() < 0.3 {
			depth = 3
		}
		b.addTie(tie{a: p[0], b: p[1], depth: depth, n: 4 + b.r.IntN(6), carriers: byCAW, deepOnly: true})
	}
	for _, e := range []string{"vwahw-noel", "so-leiedal", "wm-leiedal", "hvhk-roeselbeke", "wgc-kortewalle"} {
		b.addTie(tie{a: caw, b: e, depth: 3 + b.r.IntN(2), n: 8 + b.r.IntN(8), carriers: byCAW, deepOnly: true})
	}
	// OCMW Kortewalle's ties with housing and community development are
	// Loïc's.
	byLoic := map[string][]string{"ocmw-kortewalle": {loic}}
	b.addTie(tie{a: "ocmw-kortewalle", b: "wm-leiedal", depth: 4, n: 16, carriers: byLoic, deepOnly: true})
	b.addTie(tie{a: "ocmw-kortewalle", b: "so-leiedal", depth: 4, n: 12, carriers: byLoic, deepOnly: true})
	b.addTie(tie{a: "ocmw-kortewalle", b: "vwahw-noel", depth: 3, n: 8, carriers: byLoic, deepOnly: true})

	// The CLB links the schools and youth work to the core, through
	// Jolien; schools and youth work meet among themselves and the CLB only.
	byJolien := map[string][]string{"clb-leiedal": {jolien}, caw: {anais}}
	b.addTie(tie{a: "clb-leiedal", b: caw, depth: 4, n: 14, carriers: byJolien, deepOnly: true})
	b.addTie(tie{a: "clb-leiedal", b: "ocmw-roeselbeke", depth: 3, n: 10, carriers: byJolien, deepOnly: true})
	b.addTie(tie{a: "clb-leiedal", b: "hvhk-roeselbeke", depth: 3, n: 8, carriers: byJolien, deepOnly: true})
	b.addTie(tie{a: "clb-leiedal", b: "dmw-cm", depth: 2, n: 4})
	for _, y := range youth {
		b.addTie(tie{a: y, b: "clb-leiedal", depth: 3 + b.r.IntN(2), n: 8 + b.r.IntN(8), initA: 0.7})
	}
	b.addGathering(gathering{host: "clb-leiedal", pool: youth, min: 2, max: 4, n: 10, kinds: []string{"network_meeting", "info_exchange"}})
	for _, p := range pairs(youth) {
		if b.r.Float64() < 0.5 {
			b.addTie(tie{a: p[0], b: p[1], depth: 1 + b.r.IntN(2), n: 1 + b.r.IntN(3)})
		}
	}
	return b.finish()
}
