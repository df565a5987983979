package metrics

import (
	"encoding/hex"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"gbo/graph/casedata"
)

// keyHex is a key as openssl rand -hex 32 makes one.
func keyHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != KeySize || KeyWeakness(b) != "" {
		t.Fatalf("test key %s: %v %q", s, err, KeyWeakness(b))
	}
	return b
}

// sectorCase is a partnership anyone could list: 12 OCMWs named after
// their municipalities and 3 other partners, with ties and events written
// in the alphabetical order of the ids, as a spreadsheet sorts them.
func sectorCase() *casedata.Case {
	c := &casedata.Case{Name: "GBO Scheldemeersen", Region: "Scheldemeersen", Language: "nl", Coordinator: "caw-scheldemeersen"}
	towns := []string{"aalst", "berlare", "buggenhout", "dendermonde", "hamme", "lebbeke", "lede", "waasmunster", "wetteren", "wichelen", "zele", "zottegem"}
	for _, m := range towns {
		c.Partners = append(c.Partners, casedata.Partner{ID: "ocmw-" + m, Name: "OCMW " + m, Sector: "OCMW", Core: true, Municipality: m,
			Attrs: map[string]string{"adres": "Markt 1, " + m}})
	}
	c.Partners = append(c.Partners,
		casedata.Partner{ID: "caw-scheldemeersen", Name: "CAW Scheldemeersen", Sector: "CAW", Core: true, Municipality: "dendermonde"},
		casedata.Partner{ID: "dmw-cm", Name: "DMW CM", Sector: "DMW", Municipality: "aalst"},
		casedata.Partner{ID: "dmw-helan", Name: "DMW Helan", Sector: "DMW", Municipality: "zele"})
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, m := range towns {
		id := "ocmw-" + m
		c.Ratings = append(c.Ratings, casedata.Rating{From: id, To: "caw-scheldemeersen", Depth: 1 + i%4})
		c.Events = append(c.Events, casedata.Event{Date: day, From: "caw-scheldemeersen", With: []string{"dmw-cm", id}, Kind: "overleg", Rung: 2, Count: 1 + i})
		c.Targets = append(c.Targets, casedata.Target{A: id, B: "sector:DMW", Depth: 3})
	}
	return c
}

// With partners by sector, the numbers within a sector follow an order
// only the key gives: not the ids' alphabetical order (for 12 OCMWs that
// happens for one key in 12!), another for another key, the same for the
// same key; nothing of the copy names the case, its region or a
// municipality; no row order follows the original ids.
func TestSectorNumbersFollowTheKeyNotTheIds(t *testing.T) {
	c := sectorCase()
	k1 := keyHex(t, "fd3c24ea5973b5995c542043e24cb460c5ce59b805109bd2816617eb8662c64d")
	k2 := keyHex(t, "7a01c55e9b3f2d8846e0f1a9b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5")
	order := func(key []byte) ([]string, *casedata.Case) {
		out, err := Anonymise(c, AnonymiseOptions{PartnersBySector: true, Key: key, Name: "shared copy"})
		if err != nil {
			t.Fatal(err)
		}
		// Event i+1 (its count) is the only one with town i: its OCMW
		// in the copy is the number that town got.
		got := make([]string, 12)
		for _, e := range out.Events {
			var ocmw string
			for _, w := range e.With {
				if strings.HasPrefix(w, "ocmw-") {
					ocmw = w
				}
			}
			got[e.Count-1] = ocmw
		}
		return got, out
	}
	o1, copy1 := order(k1)
	again, copy1b := order(k1)
	o2, _ := order(k2)
	if !reflect.DeepEqual(copy1, copy1b) {
		t.Errorf("the same key gave another copy")
	}
	if !reflect.DeepEqual(o1, again) {
		t.Errorf("the same key numbered the OCMWs %v, then %v", o1, again)
	}
	if slices.IsSorted(o1) {
		t.Errorf("the OCMWs are numbered in the alphabetical order of their ids: %v", o1)
	}
	if reflect.DeepEqual(o1, o2) {
		t.Errorf("two keys numbered the OCMWs alike: %v", o1)
	}
	sorted := slices.Clone(o1)
	sort.Strings(sorted)
	for i, id := range sorted {
		if want := fmt.Sprintf("ocmw-%02d", i+1); id != want {
			t.Fatalf("OCMW numbers %v, want ocmw-01 … ocmw-12", sorted)
		}
	}

	if copy1.Name != "shared copy" || copy1.Region != "" || copy1.Language != "nl" {
		t.Errorf("case name %q, region %q, language %q; want the language only", copy1.Name, copy1.Region, copy1.Language)
	}
	for _, p := range copy1.Partners {
		if p.Municipality != "" || p.Attrs != nil || !strings.HasPrefix(p.Name, p.Sector+" ") {
			t.Errorf("partner %+v keeps more than its sector and number", p)
		}
	}
	all := fmt.Sprintf("%+v", *copy1)
	for _, word := range []string{"scheldemeersen", "Scheldemeersen", "aalst", "zele", "helan", "Markt"} {
		if strings.Contains(all, word) {
			t.Errorf("the copy still holds %q", word)
		}
	}
	if !strings.HasPrefix(copy1.Coordinator, "caw-") {
		t.Errorf("coordinator %q, want the CAW's new id", copy1.Coordinator)
	}
	// Rows written in the originals' id order come out in the copy's order.
	if !slices.IsSortedFunc(copy1.Ratings, func(a, b casedata.Rating) int { return strings.Compare(a.From, b.From) }) {
		t.Errorf("ratings keep the order of the original ids")
	}
	if !slices.IsSortedFunc(copy1.Targets, func(a, b casedata.Target) int { return strings.Compare(a.A, b.A) }) {
		t.Errorf("targets keep the order of the original ids")
	}
	for _, e := range copy1.Events {
		if !slices.IsSorted(e.With) {
			t.Errorf("an event's partners %v keep the original order", e.With)
		}
	}
	if !slices.IsSortedFunc(copy1.Events, func(a, b casedata.Event) int {
		return strings.Compare(strings.Join(a.With, "|"), strings.Join(b.With, "|"))
	}) {
		t.Errorf("events of one day keep the order of the original ids")
	}
	// The copy keeps the structure: every partner's ties and event counts.
	if len(copy1.Partners) != len(c.Partners) || len(copy1.Ratings) != len(c.Ratings) || len(copy1.Events) != len(c.Events) {
		t.Errorf("the copy lost rows")
	}
	depths := func(rs []casedata.Rating) []int {
		var d []int
		for _, r := range rs {
			d = append(d, r.Depth)
		}
		sort.Ints(d)
		return d
	}
	if !reflect.DeepEqual(depths(c.Ratings), depths(copy1.Ratings)) {
		t.Errorf("the ratings' depths changed")
	}

	// Without --partners sector, ids, names, municipalities and the case's
	// name stay: that copy hides people only.
	keep, _ := Anonymise(c, AnonymiseOptions{Key: k1})
	if keep.Name != c.Name || keep.Region != c.Region || keep.Partners[0].Municipality == "" {
		t.Errorf("keep mode changed the case's name, region or a municipality")
	}
	// By sector, the copy is named as the caller says (metrics holds no
	// words), and without a name the case's own name is dropped all the same.
	named, _ := Anonymise(c, AnonymiseOptions{PartnersBySector: true, Key: k1, Name: "anonymised case"})
	unnamed, _ := Anonymise(c, AnonymiseOptions{PartnersBySector: true, Key: k1})
	if named.Name != "anonymised case" || unnamed.Name != "" || c.Name == "" {
		t.Errorf("copies named %q and %q (case %q)", named.Name, unnamed.Name, c.Name)
	}
}
