package stories

import "math/rand/v2"

// Fictional social workers. The names are invented combinations of common
// Flemish first and family names; they exist to show that names travel only
// on request, and that ë, é and ï survive every step.
var firstNames = []string{
	"Anaïs", "Noë", "Chloé", "Zoë", "Loïc", "Joëlle", "Raphaël", "Michaël",
	"Daniël", "Gaëlle", "Els", "Sofie", "Lien", "Pieter", "Jens", "Tine",
	"Ruben", "Wout", "Femke", "Hanne", "Lotte", "Bram", "Koen", "Griet",
	"Annelies", "Nathalie", "Inge", "Karolien", "Marijke", "Stijn", "Dries",
	"Jolien", "Elke", "Maarten", "Ilse", "Veerle", "Hilde", "Kobe", "Nele",
	"Yasmina", "Fatima", "Mehmet", "Youssef", "Ward", "Ine", "Sien", "Jef",
	"Ellen", "Bart", "Katrien", "Rania", "Emre", "Liesbeth", "Gert",
}

var familyNames = []string{
	"Desmedt-Geërts", "Peeters", "Janssens", "Maes", "Claes", "Wouters",
	"Goossens", "Vermeulen", "Van den Broeck", "De Smet", "Mertens", "Willems",
	"Dubois", "Lambrechts", "Van Damme", "Verhoeven", "Hermans", "Coppens",
	"Jacobs", "Vandenberghe", "Declercq", "Baeyens", "Verstraete", "Moerman",
	"Van Hoeck", "Noël", "Geërts", "De Wilde", "Vercammen", "Michiels",
	"El Amrani", "Yılmaz", "Bogaerts", "Van Acker", "Cools", "Thijs",
	"De Clercq", "Boeckx", "Raes", "Smets", "Daems", "Van Loon",
}

// namePool hands out distinct full names in a seeded order.
type namePool struct {
	r    *rand.Rand
	used map[string]bool
}

func newNamePool(r *rand.Rand) *namePool { return &namePool{r: r, used: map[string]bool{}} }

func (p *namePool) next() string {
	for {
		n := firstNames[p.r.IntN(len(firstNames))] + " " + familyNames[p.r.IntN(len(familyNames))]
		if !p.used[n] {
			p.used[n] = true
			return n
		}
	}
}
