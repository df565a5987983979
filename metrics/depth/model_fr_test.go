package depth

import (
	"strings"
	"testing"
)

// French event kinds, aliases of the default model (depthmodel.toml),
// resolve to their kind and its rung, with and without accents, in any
// case, with "’" or "'" where the name has an apostrophe; French rung
// names resolve to their rung. Each row is a French name a Brussels
// partnership writes and the English kind (or, for a rung name, the
// rung's kind name) it must mean.
func TestFrenchKindsResolve(t *testing.T) {
	m := DefaultModel()
	for _, tc := range []struct {
		name, kind string
		rung       int
	}{
		{"faire connaissance", "introduction", 1},
		{"Prise de contact", "introduction", 1},
		{"réunion de réseau", "network_meeting", 1},
		{"Reunion de reseau", "network_meeting", 1},
		{"échange d'informations", "info_exchange", 2},
		{"echange d'informations", "info_exchange", 2},
		{"Échange d’informations", "info_exchange", 2},
		{"séance d'information", "info_exchange", 2},
		{"formation commune", "joint_training", 2},
		{"intervision", "joint_training", 2},
		{"orientation", "referral", 3},
		{"Réorientation", "referral", 3},
		{"orientation accompagnée", "warm_referral", 3},
		{"orientation_accompagnee", "warm_referral", 3},
		{"concertation de cas", "case_consultation", 4},
		{"accueil commun", "joint_intake", 4},
		{"coordination", "coordination", 4},
		{"concertation", "coordination", 4},
		{"action commune", "joint_action", 5},
		{"personnel partagé", "shared_staff", 5},
		{"PERSONNEL PARTAGE", "shared_staff", 5},
		{"offre adaptée", "adapted_offer", 5},
		{"offre-adaptee", "adapted_offer", 5},
		// Rung names that are no kind's alias resolve as rungs.
		{"aucun contact", "none", 0},
		{"partage de connaissances", "info_exchange", 2},
		{"intégration", "integration", 5},
	} {
		kind, rung, ok := m.Kind(tc.name)
		if !ok || kind != tc.kind || rung != tc.rung {
			t.Errorf("Kind(%q) = %q, %d, %v; want %q, %d", tc.name, kind, rung, ok, tc.kind, tc.rung)
		}
	}
	// The six French rung names of the glossary, as a rating's depth.
	for r, name := range []string{"aucun contact", "faire connaissance", "partage de connaissances", "orientation", "concertation", "intégration"} {
		if got, ok := m.Rung(name); !ok || got != r {
			t.Errorf("Rung(%q) = %d, %v; want %d", name, got, ok, r)
		}
		if got, ok := m.Rung("  " + strings.ToUpper(name) + " "); !ok || got != r {
			t.Errorf("Rung(%q) = %d, %v; want %d", strings.ToUpper(name), got, ok, r)
		}
	}
}

// The French names are appended: every kind's first alias is still its
// Dutch name (the Dutch report shows it in the kind's place), and the
// English rung names are still each rung's first.
func TestFrenchNamesAppended(t *testing.T) {
	dutch := map[string]string{
		"introduction": "kennismaking", "network_meeting": "netwerkmoment", "info_exchange": "kennisdeling",
		"joint_training": "vorming", "referral": "doorverwijzing", "warm_referral": "warme doorverwijzing",
		"case_consultation": "casusoverleg", "joint_intake": "gezamenlijk onthaal", "coordination": "afstemming",
		"joint_action": "gezamenlijke actie", "shared_staff": "gedeeld personeel", "adapted_offer": "aangepast aanbod",
	}
	kinds := DefaultModel().Kinds()
	if len(kinds) != len(dutch) {
		t.Fatalf("%d kinds, want %d", len(kinds), len(dutch))
	}
	for _, k := range kinds {
		if len(k.Aliases) == 0 || k.Aliases[0] != dutch[k.Kind] {
			t.Errorf("kind %s: aliases %q, want %q first", k.Kind, k.Aliases, dutch[k.Kind])
		}
	}
}
