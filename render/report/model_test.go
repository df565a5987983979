package report

import (
	"fmt"
	"math"
)

// hostile names a report must show as text, never run or break on.
const (
	hostileScript = `"><script>alert(1)</script>`
	hostileCafe   = `Café "De Brug" & co`
)

// sampleReport is a realistic hand-filled model: 25 partners of a Flemish
// partnership, Dutch names with diacritics, and two hostile names.
func sampleReport(lang string) Report {
	type p struct {
		id, name, sector string
		core             bool
	}
	ps := []p{
		{"ocmw-gent", "OCMW Gent", "OCMW", true},
		{"ocmw-merelbeke", "OCMW Merelbeke", "OCMW", true},
		{"ocmw-melle", "OCMW Melle", "OCMW", true},
		{"caw-ov", "CAW Oost-Vlaanderen", "CAW", true},
		{"cm", "CM Midden-Vlaanderen", "DMW", true},
		{"solidaris", "Solidaris Oost-Vlaanderen", "DMW", true},
		{"lm", "Liberale Mutualiteit", "DMW", true},
		{"helan", "Helan Ziekenfonds", "DMW", true},
		{"hvhk-zoe", "Huis van het Kind Zoë", "Huis van het Kind", false},
		{"hvhk-melle", "Huis van het Kind Melle", "Huis van het Kind", false},
		{"sam-gent", "Samenlevingsopbouw Gent", "Samenlevingsopbouw", false},
		{"wvdma", "Welzijnsschakel De Meersen — armoedevereniging", "Armoedevereniging", false},
		{"beweging", "Beweging van mensen met een laag inkomen en kinderen", "Armoedevereniging", false},
		{"hak", "Huisartsenkring Gent", "Eerstelijnszorg", false},
		{"elz", "Eerstelijnszone Gent", "Eerstelijnszorg", false},
		{"thuiszorg", "Familiehulp thuiszorg", "Thuiszorg", false},
		{"slm", "Sociale huisvestingsmaatschappij WoninGent", "Wonen", false},
		{"svk", "Sociaal Verhuurkantoor Gent", "Wonen", false},
		{"vdab", "VDAB Gent", "Werk", false},
		{"clb", "CLB Gent", "Onderwijs", false},
		{"bib", "Bibliotheek De Krook", "Cultuur", false},
		{"jac", "JAC Gent", "Jeugdwelzijn", false},
		{"oca", "Opvoedingswinkel", "Huis van het Kind", false},
		{"hostile", hostileScript, "Vrije tijd", false},
		{"cafe", hostileCafe, `Horeca <b>&</b>`, false},
	}
	r := Report{
		Lang: lang, CaseName: "GBO Gent–Merelbeke–Melle", Region: "Oost-Vlaanderen", AsOf: "2025-06-30", Since: "2023-07-01",
		Generated: "2025-06-30",
		Figures: Figures{Partners: len(ps), CorePartners: 8, Ties: 58, MinDepth: 1, Density: 58.0 / 300, MeanDepth: 2.38,
			Components: 2, LargestComponent: 24, Centralization: 0.41, Coordinator: "ocmw-gent"},
		DepthProfile: [6]int{6, 17, 16, 13, 9, 3},
		ObjectsKnown: true,
		Method: MethodInfo{HalfLifeDays: 365, Threshold: 0.5, Combine: "min", People: "pseudonyms",
			Sources: []string{"partners.csv", "interactions.csv", "objects.csv", "case.toml"},
			Kinds: []KindRow{
				{"introduction", 1, []string{"kennismaking"}}, {"network_meeting", 1, []string{"netwerkmoment", "overleg"}},
				{"info_exchange", 2, []string{"kennisdeling", "infosessie"}}, {"referral", 3, []string{"doorverwijzing", "toeleiding"}},
				{"case_consultation", 4, []string{"casusoverleg"}}, {"joint_action", 5, []string{"gezamenlijke actie"}},
			}},
	}
	for i, q := range ps {
		r.Partners = append(r.Partners, PartnerRow{ID: q.id, Name: q.name, Sector: q.sector, Core: q.core,
			Degree: 2 + (i*7)%9, Strength: 4.5 + float64(i%5)*1.25, Betweenness: float64((i*13)%17) / 40,
			MeanDepth: 1.5 + float64(i%4)*0.5, Articulation: i == 3 || i == 10})
	}
	// Ties: a ring through every partner but the last, plus chords from the core.
	for i := 0; i < len(ps)-2; i++ {
		a, b := ps[i].id, ps[i+1].id
		if a > b {
			a, b = b, a
		}
		r.Ties = append(r.Ties, TieRow{A: a, B: b, Depth: 1 + i%5})
	}
	for i := 0; i < 8; i++ {
		for _, j := range []int{8 + i, 16 + i%8} {
			a, b := ps[i].id, ps[j].id
			if a > b {
				a, b = b, a
			}
			r.Ties = append(r.Ties, TieRow{A: a, B: b, Depth: 1 + (i+j)%5})
		}
	}
	sectors := []string{"Armoedevereniging", "CAW", "DMW", "Eerstelijnszorg", "Huis van het Kind", "OCMW", "Wonen", `Horeca <b>&</b>`}
	r.SectorHeat.Sectors = sectors
	for i := range sectors {
		var row []float64
		var cnt []int
		for j := range sectors {
			if (i+j)%4 == 3 {
				row, cnt = append(row, math.NaN()), append(cnt, 0)
				continue
			}
			row = append(row, 1+float64((i*3+j*5)%40)/10)
			cnt = append(cnt, 1+(i+j)%6)
		}
		r.SectorHeat.Mean = append(r.SectorHeat.Mean, row)
		r.SectorHeat.Count = append(r.SectorHeat.Count, cnt)
	}
	// The broker reasons arrive in the page's language (English when the
	// sample has none in it).
	why := map[string]map[string]string{
		"cut": {"en": "cut point: without it the network falls apart", "nl": "snijpunt: zonder deze partner valt het netwerk uiteen",
			"fr": "point d'articulation\u00a0: sans lui, le réseau se divise"},
		"betw": {"en": "lies between many others (top 10% betweenness)", "nl": "ligt tussen veel anderen (hoogste 10% tussenpositie)",
			"fr": "se trouve entre beaucoup d'autres (intermédiarité parmi les 10\u202f% les plus élevées)"},
	}
	loc := func(k string) string {
		if s, ok := why[k][lang]; ok {
			return s
		}
		return why[k]["en"]
	}
	r.Brokers = []BrokerRow{
		{ID: "caw-ov", Name: "CAW Oost-Vlaanderen", Sector: "CAW", Reasons: []string{loc("cut"), loc("betw")}},
		{ID: "sam-gent", Name: "Samenlevingsopbouw Gent", Sector: "Samenlevingsopbouw", Reasons: []string{loc("cut")}},
		{ID: "hostile", Name: hostileScript, Sector: "Vrije tijd", Reasons: []string{loc("betw")}},
	}
	r.Objects = []ObjectRow{
		{ID: "o1", Name: "Gezamenlijk onthaal voor kwetsbare huurders", Verdict: "boundary_object", Partners: 6, Sectors: 4, Blau: 0.72, MaxRung: 4, Reasons: []string{"6 partners, 4 sectoren"}},
		{ID: "o2", Name: "Gezinnen met kinderen van 0–3 jaar in armoede", Verdict: "candidate", Partners: 5, Sectors: 3, Blau: 0.64, MaxRung: 2},
		{ID: "o3", Name: hostileCafe, Verdict: "local", Partners: 2, Sectors: 1, Blau: 0, MaxRung: 3},
		{ID: "o4", Name: "Rechtenverkenning", Verdict: "unused"},
	}
	r.Weak = []WeakRow{
		{A: "caw-ov", B: "ocmw-gent", Depth: 2, Reasons: []string{"shallow_core"}},
		{A: "cafe", B: "hostile", Depth: 1, Reasons: []string{"bridge", "fading"}},
		{A: "hvhk-zoe", B: "ocmw-melle", Depth: 3, Reasons: []string{"single_carrier", "one_sided", "below_target"}},
	}
	r.IsolatedExternals = []string{"bib", "cafe"}
	r.Fragility = []FragilityRow{
		{ID: "caw-ov", Kind: "partner", DeepTiesLost: 5, TiesWeakened: 0, PairsDisconnected: 0},
		{ID: "hostile", Kind: "partner", DeepTiesLost: 0, TiesWeakened: 0, PairsDisconnected: 1},
		{ID: "P-07", Kind: "person", DeepTiesLost: 2, TiesWeakened: 3},
		{ID: "bib", Kind: "partner"},
	}
	r.Survey = sampleSurvey()
	r.DataNotes = []string{
		fmt.Sprintf("interactions.csv: %d events after the as-of date were left out.", 3),
		"partners.csv: column \"opmerking\" is not used.",
	}
	if lang == "fr" { // the command line's notes arrive in the page's language
		r.DataNotes = []string{
			fmt.Sprintf("interactions.csv\u00a0: %d événements postérieurs à la date de référence ont été omis.", 3),
			"partners.csv\u00a0: la colonne \"opmerking\" n'est pas utilisée.",
		}
	}
	return r
}
