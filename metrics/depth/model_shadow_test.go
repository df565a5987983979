package depth

import (
	"errors"
	"slices"
	"testing"

	"gbo/graph"
)

// A name, a kind's or an alias, stands for one kind only. A table whose
// kind name or alias is already another kind's name or alias (in the
// default model, an earlier table, or the same table, whatever the order)
// is an error that names the key at fault and both kinds; nothing is
// silently shadowed.
func TestModelNameCollisions(t *testing.T) {
	kind := func(r int, aliases ...string) graph.KindConfig { return graph.KindConfig{Rung: r, Aliases: aliases} }
	for _, tc := range []struct {
		name   string
		layers []map[string]graph.KindConfig
		key    string
		code   string
		args   []string
	}{
		{"alias is a default kind", []map[string]graph.KindConfig{{"referral": kind(3, "joint_action", "introduction")}},
			"kinds.referral", "depth_alias_is_kind", []string{"joint_action", "referral", "joint_action"}},
		{"alias is a kind, other spelling", []map[string]graph.KindConfig{{"huisbezoek": kind(2, "Warm-Referral")}},
			"kinds.huisbezoek", "depth_alias_is_kind", []string{"Warm-Referral", "huisbezoek", "warm_referral"}},
		{"alias is a default alias", []map[string]graph.KindConfig{{"huisbezoek": kind(2, "overleg")}},
			"kinds.huisbezoek", "depth_alias_taken", []string{"overleg", "huisbezoek", "network_meeting"}},
		{"kind is a default alias", []map[string]graph.KindConfig{{"overleg": kind(2)}},
			"kinds.overleg", "depth_kind_is_alias", []string{"overleg", "network_meeting"}},
		{"alias is a later kind of the same table", []map[string]graph.KindConfig{{"aaa": kind(2, "zzz"), "zzz": kind(4)}},
			"kinds.aaa", "depth_alias_is_kind", []string{"zzz", "aaa", "zzz"}},
		{"alias is an earlier kind of the same table", []map[string]graph.KindConfig{{"aaa": kind(2), "zzz": kind(4, "aaa")}},
			"kinds.zzz", "depth_alias_is_kind", []string{"aaa", "zzz", "aaa"}},
		{"two kinds, one name", []map[string]graph.KindConfig{{"Huis_Bezoek": kind(2), "huis bezoek": kind(3)}},
			"kinds.huis bezoek", "depth_kind_twice", []string{"Huis_Bezoek", "huis bezoek"}},
		{"alias of an earlier table's kind", []map[string]graph.KindConfig{{"huisbezoek": kind(2, "thuis")}, {"koffie": kind(1, "thuis")}},
			"kinds.koffie", "depth_alias_taken", []string{"thuis", "koffie", "huisbezoek"}},
	} {
		var cfgs []graph.DepthConfig
		for _, l := range tc.layers {
			cfgs = append(cfgs, graph.DepthConfig{Kinds: l})
		}
		_, err := NewModel(cfgs...)
		var de *graph.DepthError
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
	kind := func(r int, aliases ...string) graph.KindConfig { return graph.KindConfig{Rung: r, Aliases: aliases} }
	for _, tc := range []struct {
		name string
		cfg  graph.DepthConfig
		in   string
		kind string
		rung int
	}{
		{"same kind again", graph.DepthConfig{Kinds: map[string]graph.KindConfig{"referral": kind(2, "doorverwijzing", "toeleiding")}}, "toeleiding", "referral", 2},
		{"alias moved, new kind sorts first", graph.DepthConfig{Kinds: map[string]graph.KindConfig{
			"a_overleg": kind(2, "overleg"), "network_meeting": kind(1, "netwerkmoment")}}, "overleg", "a_overleg", 2},
		{"alias moved, new kind sorts last", graph.DepthConfig{Kinds: map[string]graph.KindConfig{
			"zz_overleg": kind(2, "overleg"), "network_meeting": kind(1, "netwerkmoment")}}, "overleg", "zz_overleg", 2},
		{"replace_kinds", graph.DepthConfig{ReplaceKinds: true, Kinds: map[string]graph.KindConfig{"referral": kind(3, "introduction")}}, "introduction", "referral", 3},
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
