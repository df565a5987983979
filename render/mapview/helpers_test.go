package mapview

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

// sampleMap is a partnership like the bundled samples: 30 partners with
// Dutch names (ë, é, ï), nine core partners, ties on every rung, a few weak
// links and bridging partners, and two objects.
func sampleMap() Data {
	names := []struct{ id, name, sector string }{
		{"caw-zwvl", "CAW Zuid-West-Vlaanderen", "CAW"},
		{"caw-jac", "CAW JAC Kortrijk", "CAW"},
		{"ocmw-kortrijk", "OCMW Kortrijk", "OCMW"},
		{"ocmw-menen", "OCMW Menen", "OCMW"},
		{"ocmw-wevelgem", "OCMW Wevelgem", "OCMW"},
		{"ocmw-kuurne", "Sociaal Huis Kuurne", "OCMW"},
		{"dmw-cm", "CM Dienst Maatschappelijk Werk", "DMW"},
		{"dmw-solidaris", "Solidaris DMW", "DMW"},
		{"dmw-helan", "Helan Ziekenfonds", "DMW"},
		{"sam-samenlevingsopbouw", "Samenlevingsopbouw West-Vlaanderen", "samenlevingsopbouw"},
		{"vzw-welzijnsschakel", "Welzijnsschakel De Brug", "armoede"},
		{"vzw-vierdewereld", "Vierdewereldgroep Mensen voor Mensen", "armoede"},
		{"hvk-kortrijk", "Huis van het Kind Kortrijk", "gezin"},
		{"kg-kind-gezin", "Kind en Gezin regio Zuid", "gezin"},
		{"wzc-rozenhof", "Woonzorgcentrum Rozenhof", "zorg"},
		{"thuiszorg-ilse", "Thuiszorg Familiehulp", "zorg"},
		{"huisarts-groep", "Huisartsengroep Sint-Eloois", "zorg"},
		{"shm-wonen", "Sociale Huisvestingsmaatschappij Wonen Zuid", "wonen"},
		{"sva-verhuur", "Sociaal Verhuurkantoor Leieland", "wonen"},
		{"vdab-kortrijk", "VDAB Kortrijk", "werk"},
		{"lokaal-dienstencentrum", "Lokaal Dienstencentrum 't Pleintje", "zorg"},
		{"school-sint-jozef", "Basisschool Sint-Jozef", "onderwijs"},
		{"clb-zuid", "CLB Groeninge", "onderwijs"},
		{"bib-kortrijk", "Bibliotheek Kortrijk – Café Één", "cultuur"},
		{"geïntegreerd", "Geïntegreerd Breed Onthaal Coördinatie", "GBO"},
		{"jeugdhuis", "Jeugdhuis Élan", "jeugd"},
		{"rode-kruis", "Rode Kruis Vlaanderen afdeling Menen", "noodhulp"},
		{"voedselbank", "Voedselbank Zuid-West", "armoede"},
		{"kerk-caritas", "Caritas Parochie Sint-Maarten", "levensbeschouwing"},
		{"moskee-vzw", "vzw Moskee El Fath", "levensbeschouwing"},
	}
	r := rand.New(rand.NewPCG(7, 11))
	var d Data
	d.Title = "GBO Regio Zuid — Geïntegreerd Breed Onthaal"
	d.Subtitle = "toestand op 2025-12-31"
	d.Lang = Dutch
	d.SizeBy = "betweenness"
	for i, n := range names {
		core := n.sector == "CAW" || n.sector == "OCMW" || n.sector == "DMW"
		p := Partner{ID: n.id, Label: n.name, Sector: n.sector, Core: core,
			Size: float64(r.IntN(100)) / 100, Community: i % 4,
			Figures: [][2]string{{"graad", strconv.Itoa(r.IntN(9))}, {"tussenheid", fmt.Sprintf("%.2f", r.Float64())}}}
		if i == 0 || i == 9 || i == 24 {
			p.Bridging, p.BridgingReasons = true, []string{"articulation_point", "betweenness"}
			p.Size = 1.2
		}
		d.Partners = append(d.Partners, p)
	}
	seen := map[[2]int]bool{}
	for len(d.Ties) < 60 {
		a, b := r.IntN(len(names)), r.IntN(len(names))
		if a == b || seen[[2]int{min(a, b), max(a, b)}] {
			continue
		}
		// Core partners tie among themselves more, and more deeply.
		if !d.Partners[a].Core && !d.Partners[b].Core && r.IntN(3) > 0 {
			continue
		}
		seen[[2]int{min(a, b), max(a, b)}] = true
		depth := 1 + r.IntN(5)
		t := Tie{A: names[a].id, B: names[b].id, Depth: depth, Score: float64(depth) + r.Float64()}
		if r.IntN(8) == 0 {
			t.Marks, t.WeakReasons = []Mark{MarkOnePerson}, []string{"fading", "single_carrier"}
		}
		d.Ties = append(d.Ties, t)
	}
	d.Objects = []Object{
		{ID: "rechtenverkenning", Label: "Rechtenverkenning checklist", Verdict: "boundary_object"},
		{ID: "gezinnen-0-3", Label: "Gezinnen met kinderen 0–3 jaar in armoede", Verdict: "candidate"},
		{ID: "unused", Label: "Nooit gebruikt"},
	}
	for i, p := range []string{"caw-zwvl", "ocmw-kortrijk", "dmw-cm", "vzw-welzijnsschakel"} {
		d.ObjectLinks = append(d.ObjectLinks, ObjectLink{Partner: p, Object: "rechtenverkenning", Rung: 2 + i%3})
	}
	for _, p := range []string{"hvk-kortrijk", "kg-kind-gezin", "ocmw-menen"} {
		d.ObjectLinks = append(d.ObjectLinks, ObjectLink{Partner: p, Object: "gezinnen-0-3", Rung: 2})
	}
	return d
}

// randomMap is a random small-world network of n partners and 2.5 n ties, for
// benchmarks and scale tests.
func randomMap(n int) Data {
	r := rand.New(rand.NewPCG(uint64(n), 3))
	sectors := []string{"CAW", "OCMW", "DMW", "zorg", "wonen", "werk", "onderwijs", "armoede", "cultuur", "jeugd", "gezin", "sport"}
	var d Data
	d.Title, d.Subtitle, d.Lang, d.SizeBy = "Synthetic case", "as of 2025-12-31", English, "degree"
	for i := 0; i < n; i++ {
		s := sectors[r.IntN(len(sectors))]
		d.Partners = append(d.Partners, Partner{ID: "p" + strconv.Itoa(i), Label: "Partner " + strconv.Itoa(i), Sector: s,
			Core: s == "CAW" || s == "OCMW" || s == "DMW", Size: r.Float64(), Bridging: r.IntN(50) == 0})
	}
	seen := map[[2]int]bool{}
	for len(d.Ties) < n*5/2 {
		a := r.IntN(n)
		b := (a + 1 + r.IntN(min(n-1, 40))) % n // mostly local ties: a structure sfdp can show
		if r.IntN(10) == 0 {
			b = r.IntN(n) // and some across: a small world
		}
		if a == b {
			continue
		}
		if seen[[2]int{min(a, b), max(a, b)}] {
			continue
		}
		seen[[2]int{min(a, b), max(a, b)}] = true
		d.Ties = append(d.Ties, Tie{A: d.Partners[a].ID, B: d.Partners[b].ID, Depth: 1 + r.IntN(5), Marks: [][]Mark{{MarkBridge}, {MarkThin}, nil, nil, nil, nil, nil, nil}[r.IntN(8)]})
	}
	return d
}
