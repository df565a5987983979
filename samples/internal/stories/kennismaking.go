package stories

// kennismaking: a partnership stuck at acquaintance. A coordinator fills the
// agenda with network meetings, introductions and info sessions; partners
// get to know one another, refer now and then, and almost never align.
// Written as a Belgian Excel export (`;`, Dutch headers and kinds, dd/mm/yyyy).
func kennismaking() *Case {
	b := newBuilder(101, "2023-01-01", "2024-12-31")
	c := b.c
	c.Dir, c.Name, c.Region, c.Language = "kennismaking", "GBO Kempenrand", "Kempenrand", "nl"
	c.Excel = true
	c.Coordinator = "regie-kempenrand"

	b.partner("regie-kempenrand", "Regie GBO Kempenrand", "Regie", "Heistbroek")
	b.setCore("regie-kempenrand", true)
	ocmw := b.ocmws("Heistbroek", "Olmendonk", "Lommelrode", "Dessenhout")
	caw := "caw-kempen"
	b.partner(caw, "CAW De Kempen", "CAW", "Heistbroek")
	dmw := b.dmws("Heistbroek", "dmw-cm", "dmw-solidaris", "dmw-helan", "dmw-lm", "dmw-vnz")
	ext := b.orgs(
		org{"so-kempen", "Samenlevingsopbouw Kempen", "Samenlevingsopbouw", "Olmendonk"},
		org{"vwahw-keeting", "De Keeting, vereniging waar armen het woord nemen", "Armoedevereniging", "Heistbroek"},
		org{"hvhk-heistbroek", "Huis van het Kind Heistbroek", "Huis van het Kind", "Heistbroek"},
		org{"wgc-olmendonk", "Wijkgezondheidscentrum De Noë", "Eerstelijnsgezondheid", "Olmendonk"},
		org{"ha-lommelrode", "Huisartsenpraktijk Sint-Anna", "Eerstelijnsgezondheid", "Lommelrode"},
		org{"thuiszorg-kempen", "Thuiszorgdienst Kempenrand", "Thuiszorg", "Dessenhout"},
		org{"wm-kempenrand", "Woonmaatschappij Kempenrand", "Sociale huisvesting", "Heistbroek"},
		org{"vdab-heistbroek", "VDAB Heistbroek", "Werk", "Heistbroek"},
		org{"school-olmendonk", "Sint-Jozefsinstituut Olmendonk", "Onderwijs", "Olmendonk"},
		org{"clb-kempen", "CLB Kempenrand", "Leerlingenbegeleiding", "Lommelrode"},
		org{"bib-heistbroek", "Bibliotheek Heistbroek", "Bibliotheek", "Heistbroek"},
		org{"ldc-dessenhout", "Lokaal Dienstencentrum Noëlla", "Ouderenzorg", "Dessenhout"},
		org{"cafe-solidair", "Café Solidair Lommelrode", "Buurtwerk", "Lommelrode"},
	)
	b.hire("regie-kempenrand", "GBO-coördinator")
	b.staffAll(roles)

	b.object("sociale-kaart", "Sociale kaart Kempenrand", "regie",
		"Wie doet wat in de regio: elke partner stelt zijn aanbod voor op een netwerkmoment.")
	b.object("rechtenverkenning", "Proactieve rechtenverkenning", "stuurgroep",
		"Samen rechten verkennen bij mensen die onder de radar blijven; nog niet concreet opgenomen.")

	core := append(append(append([]string{"regie-kempenrand"}, ocmw...), caw), dmw...)
	all := append(append([]string{}, core...), ext...)

	// The coordinator's agenda: network meetings every six weeks or so, a
	// few trainings, and a steady stream of partners presenting their offer.
	b.addGathering(gathering{host: "regie-kempenrand", pool: all, min: 5, max: 9, n: 8, kinds: []string{"network_meeting"}})
	b.addGathering(gathering{pool: all, min: 1, max: 3, n: 46, kinds: []string{"info_exchange"}})
	b.addGathering(gathering{pool: all, min: 1, max: 3, n: 10, kinds: []string{"info_exchange"}, object: "sociale-kaart"})
	b.addGathering(gathering{host: "regie-kempenrand", pool: core, min: 4, max: 8, n: 3, kinds: []string{"network_meeting"}, object: "rechtenverkenning"})
	b.addGathering(gathering{host: "regie-kempenrand", pool: all, min: 3, max: 6, n: 5, kinds: []string{"joint_training"}})

	// Introductions between many pairs, one or two each.
	for _, p := range pairs(all) {
		if b.r.Float64() < 0.3 {
			b.addTie(tie{a: p[0], b: p[1], depth: 1, n: 1 + b.r.IntN(2)})
		}
	}
	// Core partners share knowledge, little more.
	for _, p := range pairs(core[1:]) {
		if b.r.Float64() < 0.55 {
			b.addTie(tie{a: p[0], b: p[1], depth: 2, n: 2 + b.r.IntN(4)})
		}
	}
	// Some referral routes exist.
	for _, o := range ocmw {
		b.addTie(tie{a: o, b: caw, depth: 3, n: 4 + b.r.IntN(5)})
	}
	b.addTie(tie{a: "ocmw-heistbroek", b: "dmw-cm", depth: 3, n: 6})
	b.addTie(tie{a: "vwahw-keeting", b: caw, depth: 3, n: 5, initA: 0.8})
	b.addTie(tie{a: "ocmw-heistbroek", b: "wm-kempenrand", depth: 3, n: 4})
	b.addTie(tie{a: "ha-lommelrode", b: "ocmw-lommelrode", depth: 3, n: 3, initA: 0.9})
	// One pair has started to align, hesitantly.
	b.addTie(tie{a: "ocmw-heistbroek", b: caw, depth: 4, n: 6, lateDeep: true})

	b.target("sector:OCMW", "sector:CAW", 4)
	b.target("sector:OCMW", "sector:DMW", 3)
	b.target("sector:CAW", "sector:DMW", 3)
	b.target("caw-kempen", "vwahw-keeting", 3)
	b.target("ocmw-heistbroek", "wm-kempenrand", 3)
	return b.finish()
}
