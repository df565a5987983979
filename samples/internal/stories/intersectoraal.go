package stories

// intersectoraal: GBO joins an existing intersectoral initiative. The Huis
// van het Kind network of Maasheide was dense long before GBO: preventive
// family support, childcare, community development, a poverty association,
// midwives and a school work together around families with young children in
// poverty. From the autumn of 2023 the GBO core partners connect into it
// through a few brokers: OCMW Maasheide (which sits on its steering group),
// the CAW (through the parenting shop) and the CM's social service (through
// the consultation office).
func intersectoraal() *Case {
	b := newBuilder(404, "2023-01-01", "2024-12-31")
	c := b.c
	c.Dir, c.Name, c.Region, c.Language = "intersectoraal", "GBO Maasvallei-Noord", "Maasvallei-Noord", "en"
	c.Coordinator = "ocmw-maasheide"

	ocmw := b.ocmws("Maasheide", "Elsterbeek", "Rotemhoven")
	caw := "caw-maasvallei"
	b.partner(caw, "CAW Maasvallei", "CAW", "Maasheide")
	dmw := b.dmws("Elsterbeek", "dmw-cm", "dmw-solidaris", "dmw-helan", "dmw-lm", "dmw-vnz")
	hvhk := b.orgs(
		org{"hvhk-maasheide", "Huis van het Kind Maasheide", "Huis van het Kind", "Maasheide"},
		org{"kg-maasheide", "Consultatiebureau Kind en Gezin Maasheide", "Gezinsondersteuning", "Maasheide"},
		org{"ko-ziezo", "Kinderdagverblijf Ziezo", "Kinderopvang", "Maasheide"},
		org{"ow-maasvallei", "Opvoedingswinkel Maasvallei", "Opvoedingsondersteuning", "Elsterbeek"},
		org{"so-maasvallei", "Samenlevingsopbouw Maasvallei", "Samenlevingsopbouw", "Maasheide"},
		org{"vwahw-klink", "De Klink, vereniging waar armen het woord nemen", "Armoedevereniging", "Elsterbeek"},
		org{"vv-anais", "Vroedvrouwenpraktijk Anaïs", "Eerstelijnsgezondheid", "Maasheide"},
		org{"school-klavertje", "Basisschool 't Klavertje", "Onderwijs", "Maasheide"},
		org{"speelotheek", "Speelotheek De Knikker", "Vrije tijd", "Rotemhoven"},
		org{"bib-maasheide", "Bibliotheek Maasheide", "Bibliotheek", "Maasheide"},
		org{"ko-elsterbeek", "Buitenschoolse opvang Elsterbeek", "Kinderopvang", "Elsterbeek"},
	)
	other := b.orgs(
		org{"wm-maasvallei", "Woonmaatschappij Maasvallei", "Sociale huisvesting", "Elsterbeek"},
		org{"vdab-elsterbeek", "VDAB Elsterbeek", "Werk", "Elsterbeek"},
		org{"thuiszorg-maas", "Thuiszorg Maasvallei", "Thuiszorg", "Rotemhoven"},
		org{"ha-rotemhoven", "Huisartsenpraktijk Rotemhoven", "Eerstelijnsgezondheid", "Rotemhoven"},
		org{"ldc-rotemhoven", "Lokaal Dienstencentrum Chloé", "Ouderenzorg", "Rotemhoven"},
	)
	b.staffAll(roles)
	for _, id := range []string{"hvhk-maasheide", "kg-maasheide", "so-maasvallei"} {
		b.hire(id, "gezinsondersteuner")
	}

	b.object("gezinnen-03", "Gezinnen met 0-3-jarigen in armoede", "Huis van het Kind Maasheide",
		"Vroege ondersteuning van gezinnen met jonge kinderen in armoede, van zwangerschap tot kleuterschool.")
	b.object("zitdag", "GBO-zitdag in het Huis van het Kind", "stuurgroep GBO",
		"Wekelijkse zitdag van OCMW, CAW en DMW in het Huis van het Kind voor rechtenverkenning.")
	b.object("groeipakket", "Rechtenverkenning groeipakket en verhoogde tegemoetkoming", "werkgroep GBO",
		"Checklist voor rechten bij geboorte; enkel onder kernpartners besproken.")

	core := append(append(append([]string{}, ocmw...), caw), dmw...)
	all := append(append(append([]string{}, core...), hvhk...), other...)
	joined := b.day("2023-09-15")

	// The existing initiative: dense and deep from the start.
	b.addGathering(gathering{host: "hvhk-maasheide", pool: hvhk, min: 5, max: 9, n: 22, kinds: []string{"network_meeting", "coordination"}, object: "gezinnen-03"})
	for _, p := range pairs(hvhk) {
		if b.r.Float64() < 0.75 {
			d := 2 + b.r.IntN(3)
			b.addTie(tie{a: p[0], b: p[1], depth: d, n: 4 + b.r.IntN(8), object: "gezinnen-03", objectShare: 0.7})
		}
	}
	// The GBO core among itself: knowledge sharing, referral, some alignment.
	b.addGathering(gathering{host: "ocmw-maasheide", pool: core, min: 4, max: 7, n: 12, kinds: []string{"network_meeting"}})
	b.addGathering(gathering{pool: append(append([]string{}, core...), other...), min: 1, max: 3, n: 25, kinds: []string{"info_exchange"}})
	for _, p := range pairs(core) {
		b.addTie(tie{a: p[0], b: p[1], depth: 2 + b.r.IntN(3), n: 3 + b.r.IntN(6), object: "groeipakket", objectShare: 0.2})
	}
	for _, o := range other {
		for _, k := range core {
			if b.r.Float64() < 0.3 {
				b.addTie(tie{a: o, b: k, depth: 1 + b.r.IntN(3), n: 1 + b.r.IntN(4)})
			}
		}
	}
	// The brokers: the GBO core enters the initiative through three partners.
	b.addTie(tie{a: "ocmw-maasheide", b: "hvhk-maasheide", depth: 5, n: 22, from: joined, object: "zitdag", objectShare: 0.6, lateDeep: true})
	b.addTie(tie{a: "ocmw-maasheide", b: "kg-maasheide", depth: 4, n: 12, from: joined, object: "gezinnen-03", objectShare: 0.8})
	b.addTie(tie{a: "ocmw-maasheide", b: "so-maasvallei", depth: 3, n: 8, from: joined, object: "gezinnen-03", objectShare: 0.5})
	b.addTie(tie{a: caw, b: "ow-maasvallei", depth: 4, n: 14, from: joined, object: "gezinnen-03", objectShare: 0.7})
	b.addTie(tie{a: caw, b: "hvhk-maasheide", depth: 3, n: 8, from: joined, object: "zitdag", objectShare: 0.8})
	b.addTie(tie{a: "dmw-cm", b: "kg-maasheide", depth: 3, n: 10, from: joined, object: "gezinnen-03", objectShare: 0.6})
	b.addTie(tie{a: "dmw-cm", b: "vv-anais", depth: 3, n: 6, from: joined + 90})
	// The weekly sitting day: OCMW, CAW and the CM together in the Huis van het Kind.
	b.addGathering(gathering{host: "hvhk-maasheide", pool: []string{"ocmw-maasheide", caw, "dmw-cm"}, min: 1, max: 2,
		n: 18, kinds: []string{"joint_intake"}, from: joined + 60, object: "zitdag", always: []string{"ocmw-maasheide"}})
	// Other core partners only meet the initiative at its open days.
	b.addGathering(gathering{host: "hvhk-maasheide", pool: all, min: 5, max: 9, n: 2, kinds: []string{"info_exchange"}, from: joined})

	b.target("sector:DMW", "sector:Huis van het Kind", 3)
	b.target("sector:OCMW", "sector:CAW", 4)
	b.target("ocmw-elsterbeek", "hvhk-maasheide", 3)
	b.target("caw-maasvallei", "hvhk-maasheide", 4)
	b.target("ocmw-rotemhoven", "kg-maasheide", 3)
	return b.finish()
}
