package stories

import (
	"math/rand/v2"
	"strconv"
)

// golf: one partnership (GBO Vlietland) in two yearly waves, each with the
// survey of that year (every partner rates its tie with every partner it
// knows; one partner did not answer) and the events of that year. Between the
// waves the local service centre left, VDAB joined, and the working group on
// warm referral deepened the ties of the core with community development,
// the poverty association and the housing company.
func golf(year int) *Case {
	y := strconv.Itoa(year)
	b := newBuilder(505, y+"-01-01", y+"-12-31")
	c := b.c
	c.Dir, c.Name, c.Region, c.Language = "golf-"+y, "GBO Vlietland "+y, "Vlietland", "nl"
	c.Coordinator = "caw-vlietland"

	ocmw := b.ocmws("Vlietbeek", "Hoogmolen", "Brugveld")
	caw := "caw-vlietland"
	b.partner(caw, "CAW Vlietland", "CAW", "Vlietbeek")
	dmw := b.dmws("Vlietbeek", "dmw-cm", "dmw-solidaris", "dmw-helan", "dmw-lm")
	ext := b.orgs(
		org{"so-vlietland", "Samenlevingsopbouw Vlietland", "Samenlevingsopbouw", "Hoogmolen"},
		org{"vwahw-hoekske", "'t Hoekske, vereniging waar armen het woord nemen", "Armoedevereniging", "Vlietbeek"},
		org{"hvhk-vlietbeek", "Huis van het Kind Vlietbeek", "Huis van het Kind", "Vlietbeek"},
		org{"wgc-hoogmolen", "Wijkgezondheidscentrum Hoogmolen", "Eerstelijnsgezondheid", "Hoogmolen"},
		org{"thuiszorg-vlietland", "Thuiszorg Vlietland", "Thuiszorg", "Brugveld"},
		org{"wm-vlietland", "Woonmaatschappij Vlietland", "Sociale huisvesting", "Vlietbeek"},
		org{"bib-vlietbeek", "Bibliotheek Vlietbeek", "Bibliotheek", "Vlietbeek"},
		org{"clb-vlietland", "CLB Vlietland", "Leerlingenbegeleiding", "Hoogmolen"},
		org{"school-hoogmolen", "Sint-Gabriëlinstituut Hoogmolen", "Onderwijs", "Hoogmolen"},
		org{"cafe-solidair", "Café Solidair Brugveld", "Buurtwerk", "Brugveld"},
	)
	b.staffAll(roles)
	// Who is in this wave: the service centre left after 2024, VDAB joined
	// in 2025. Person ids stay stable across the waves.
	leaver, joiner := "ldc-brugveld", "vdab-vlietbeek"
	if year <= 2024 {
		b.partner(leaver, "Lokaal Dienstencentrum De Geïnspireerde Buur", "Ouderenzorg", "Brugveld")
		b.hire(leaver, "centrumleider")
		b.c.People[len(b.c.People)-1].ID = "p900"
	} else {
		b.partner(joiner, "VDAB Vlietbeek", "Werk", "Vlietbeek")
		b.hire(joiner, "trajectbegeleider")
		b.c.People[len(b.c.People)-1].ID = "p901"
	}
	b.staff[leaver] = []string{"p900"}
	b.staff[joiner] = []string{"p901"}

	core := append(append(append([]string{}, ocmw...), caw), dmw...)
	everyone := append(append(append([]string{}, core...), ext...), leaver, joiner)
	present := func(id string) bool { _, ok := b.index[id]; return ok }
	var here []string
	for _, id := range everyone {
		if present(id) {
			here = append(here, id)
		}
	}

	// The latent depth of every pair, the same draw for both waves.
	lat := latentDepths(everyone, map[string]bool{"ocmw-vlietbeek": true, "ocmw-hoogmolen": true, "ocmw-brugveld": true, caw: true,
		"dmw-cm": true, "dmw-solidaris": true, "dmw-helan": true, "dmw-lm": true}, year)

	// Events and survey of this year draw from their own seed.
	b.r = rand.New(rand.NewPCG(uint64(505+year), 0x243f6a8885a308d3))
	b.addGathering(gathering{host: caw, pool: core, min: 4, max: 7, n: 8, kinds: []string{"network_meeting"}})
	b.addGathering(gathering{pool: here, min: 1, max: 3, n: 20, kinds: []string{"info_exchange", "joint_training"}})
	for _, p := range pairs(here) {
		d := lat[p]
		if d == 0 {
			continue
		}
		b.addTie(tie{a: p[0], b: p[1], depth: d, n: 2*d + b.r.IntN(4)})
	}

	// The survey: every partner but one rates every partner it knows.
	silent := map[int]string{2024: "bib-vlietbeek", 2025: "thuiszorg-vlietland"}[year]
	for _, from := range here {
		if from == silent {
			continue
		}
		for _, to := range here {
			if to == from {
				continue
			}
			p := [2]string{from, to}
			if idx(everyone, to) < idx(everyone, from) {
				p = [2]string{to, from}
			}
			d := lat[p]
			if d == 0 {
				continue
			}
			rated := d
			switch x := b.r.IntN(100); {
			case x < 14:
				rated++
			case x < 24:
				rated--
			case x < 28:
				rated += 2 // one side sees far more than the other
			}
			rated = min(max(rated, 1), 5)
			trust := min(max(1+(d+b.r.IntN(3))/2, 1), 4)
			value := min(max((d+1+b.r.IntN(3))/2, 1), 4)
			if b.r.IntN(10) == 0 {
				value = 0 // left blank
			}
			b.c.Ratings = append(b.c.Ratings, Rating{From: from, To: to, Depth: rated, Trust: trust, Value: value})
		}
	}

	b.target("sector:OCMW", "sector:CAW", 4)
	b.target("sector:CAW", "sector:Samenlevingsopbouw", 3)
	b.target("caw-vlietland", "wm-vlietland", 3)
	b.target("sector:DMW", "sector:Armoedevereniging", 3)
	return b.finish()
}

func idx(ids []string, id string) int {
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	return -1
}

// latentDepths draws the depth each pair really reaches in 2024, and how it
// changed by 2025. Pairs are keyed in the order of ids.
func latentDepths(ids []string, core map[string]bool, year int) map[[2]string]int {
	r := rand.New(rand.NewPCG(506, 0x13198a2e03707344))
	deepened := map[string]bool{"so-vlietland": true, "vwahw-hoekske": true, "wm-vlietland": true}
	out := map[[2]string]int{}
	for _, p := range pairs(ids) {
		a, c := p[0], p[1]
		var d int
		switch {
		case core[a] && core[c]:
			d = 2 + r.IntN(3)
		case core[a] || core[c]:
			if r.Float64() < 0.6 {
				d = 1 + r.IntN(3)
			}
		default:
			if r.Float64() < 0.25 {
				d = 1 + r.IntN(2)
			}
		}
		x := r.Float64()
		if year >= 2025 && d > 0 {
			switch {
			case (core[a] && deepened[c]) || (core[c] && deepened[a]):
				d = min(d+1, 5)
			case x < 0.25:
				d = min(d+1, 5)
			case x > 0.95:
				d--
			}
		}
		out[p] = d
	}
	return out
}
