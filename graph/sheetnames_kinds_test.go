package graph

import (
	"strings"
	"testing"
)

// An unknown kind lists the kinds of the model by rung, by their names in
// the message's language first (Dutch: kennismaking (introduction)), says how to add one, and keeps "did you mean" when one is close.
func TestUnknownKindListsTheModel(t *testing.T) {
	files := with(minimal(), "interactions.csv", "date,from,with,kind\n2024-01-01,A,B,warme overdracht\n2024-01-02,A,B,doorverwijzng\n")
	_, ps := readMap(files, fakeOptions)
	got := only(ps, "unknown_kind")
	if len(got) != 2 {
		t.Fatalf("%v", ps)
	}
	en, nl := got[0].Message("en"), got[0].Message("nl")
	for _, want := range []string{
		`unknown kind "warme overdracht"`, "1: introduction (kennismaking), network_meeting (netwerkmoment, overleg)",
		"; 3: referral (doorverwijzing, toeleiding), warm_referral (warme doorverwijzing)",
		"[depth.kinds]", `"warme overdracht" = { rung = 3 }`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("en lacks %q: %s", want, en)
		}
	}
	// Rung names ("acquaintance", "geen contact") are not kinds.
	if strings.Contains(en, "acquaintance") || strings.Contains(en, "geen contact") || strings.Contains(en, "0:") {
		t.Errorf("rung names listed as kinds: %s", en)
	}
	if !strings.Contains(nl, "per trede: 1: kennismaking (introduction)") || !strings.Contains(nl, "case.toml") {
		t.Errorf("nl: %s", nl)
	}
	if got[0].Suggest != "" || got[1].Suggest != "doorverwijzing" {
		t.Errorf("suggest %q, %q", got[0].Suggest, got[1].Suggest)
	}
	if !strings.HasSuffix(got[1].Message("en"), `; did you mean "doorverwijzing"?`) {
		t.Errorf("%s", got[1].Message("en"))
	}
	// Without a model, the rungs by number are what a kind may be.
	_, ps = readMap(files, Options{})
	if got := only(ps, "unknown_kind"); len(got) != 2 || !strings.Contains(got[0].Message("en"), "0 (none), 1 (acquaintance)") {
		t.Errorf("%v", got)
	}
}
