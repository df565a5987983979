package depth

import (
	"errors"
	"slices"
	"testing"

	"gbo/graph/casedata"
)

// A name, a kind's or an alias, stands for one kind only. A table whose
// kind name or alias is already another kind's name or alias (in the
// default model, an earlier table, or the same table, whatever the order)
// is an error that names the key at fault and both kinds; nothing is
// silently shadowed.
func TestModelNameCollisions(t *testing.T) {
	kind := func(r int, aliases ...string) casedata.KindConfig {
		return casedata.KindConfig{Rung: r, Aliases: aliases}
	}
	for _, tc := range []struct {
		name   string
		layers []map[string]casedata.KindConfig
		key    string
		code   string
		args   []string
	}{
		{"alias is a default kind", []map[string]casedata.KindConfig{{"referral": kind(3, "joint_action", "introduction")}},
			"kinds.referral", "depth_alias_is_kind", []string{"joint_action", "referral", "joint_action"}},
		{"alias is a kind, other spelling", []map[string]casedata.KindConfig{{"huisbezoek": kind(2, "Warm-Referral")}},
			"kinds.huisbezoek", "depth_alias_is_kind", []string{"Warm-Referral", "huisbezoek", "warm_referral"}},
		{"alias is a default alias", []map[string]casedata.KindConfig{{"huisbezoek": kind(2, "overleg")}},
			"kinds.huisbezoek", "depth_alias_taken", []string{"overleg", "huisbezoek", "network_meeting"}},
		{"kind is a default alias", []map[string]casedata.KindConfig{{"overleg": kind(2)}},
			"kinds.overleg", "depth_kind_is_alias", []string{"overleg", "network_meeting"}},
		{"alias is a later kind of the same table", []map[string]casedata.KindConfig{{"aaa": kind(2, "zzz"), "zzz": kind(4)}},
			"kinds.aaa", "depth_alias_is_kind", []string{"zzz", "aaa", "zzz"}},
		{"alias is an earlier kind of the same table", []map[string]casedata.KindConfig{{"aaa": kind(2), "zzz": kind(4, "aaa")}},
			"kinds.zzz", "depth_alias_is_kind", []string{"aaa", "zzz", "aaa"}},
		{"two kinds, one name", []map[string]casedata.KindConfig{{"Huis_Bezoek": kind(2), "huis bezoek": kind(3)}},
			"kinds.huis bezoek", "depth_kind_twice", []string{"Huis_Bezoek", "huis bezoek"}},
		{"alias of an earlier table's kind", []map[string]casedata.KindConfig{{"huisbezoek": kind(2, "thuis")}, {"koffie": kind(1, "thuis")}},
			"kinds.koffie", "depth_alias_taken", []string{"thuis", "koffie", "huisbezoek"}},
	} {
		var cfgs []casedata.DepthConfig
		for _, l := range tc.layers {
			cfgs = append(cfgs, casedata.DepthConfig{Kinds: l})
		}
		_, err := NewModel(cfgs...)
		var de *casedata.DepthError
		if !errors.As(err, &de) {
			t.Errorf("%s: %v, want a DepthError", tc.name, err)
			continue
		}
		if de.Key != tc.key || de.Code != tc.code || !slices.Equal(de.Args, tc.args) {
			t.Errorf("%s: %q %s %q, want %q %s %q", tc.name, de.Key, de.Code, de.Args, tc.key, tc.code, tc.args)
		}
	}
}

// What is not a collision stays allowed: a kind given again with its own
// aliases, an alias freed by giving its kind again without it (whatever
// the order of the names), and anything after replace_kinds.
func TestModelRedefinitionsStayAllowed(t *testing.T) {
	kind := func(r int, aliases ...string) casedata.KindConfig {
		return casedata.KindConfig{Rung: r, Aliases: aliases}
	}
	for _, tc := range []struct {
		name string
		cfg  casedata.DepthConfig
		in   string
		kind string
		rung int
	}{
		{"same kind again", casedata.DepthConfig{Kinds: map[string]casedata.KindConfig{"referral": kind(2, "doorverwijzing", "toeleiding")}}, "toeleiding", "referral", 2},
		{"alias moved, new kind sorts first", casedata.DepthConfig{Kinds: map[string]casedata.KindConfig{
			"a_overleg": kind(2, "overleg"), "network_meeting": kind(1, "netwerkmoment")}}, "overleg", "a_overleg", 2},
		{"alias moved, new kind sorts last", casedata.DepthConfig{Kinds: map[string]casedata.KindConfig{
			"zz_overleg": kind(2, "overleg"), "network_meeting": kind(1, "netwerkmoment")}}, "overleg", "zz_overleg", 2},
		{"replace_kinds", casedata.DepthConfig{ReplaceKinds: true, Kinds: map[string]casedata.KindConfig{"referral": kind(3, "introduction")}}, "introduction", "referral", 3},
	} {
		m, err := NewModel(tc.cfg)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if k, r, ok := m.Kind(tc.in); !ok || k != tc.kind || r != tc.rung {
			t.Errorf("%s: %q is %q rung %d (%v), want %q rung %d", tc.name, tc.in, k, r, ok, tc.kind, tc.rung)
		}
	}
}
